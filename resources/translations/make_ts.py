"""Writes repatria_uk.ts, the Ukrainian translation source, from the table below.

Run ``python resources/translations/make_ts.py`` after changing a user-visible
string, then ``pyside6-lrelease`` (``make translations``) to build the .qm the app loads.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

LABELS = {
    # person status
    "missing": "зниклі безвісти",
    "captured": "у полоні",
    "captured (unconfirmed)": "у полоні (не підтверджено)",
    "returned": "повернуті",
    "deceased": "загиблі",
    "unknown": "невідомо",
    # health
    "good": "добрий",
    "not wounded": "без поранень",
    "recovered": "одужав(-ла)",
    "convalescent": "одужує",
    "sick": "хворий(-а)",
    "seriously ill": "тяжкохворий(-а)",
    "slightly wounded": "легкопоранений(-а)",
    "seriously wounded": "тяжкопоранений(-а)",
    # records, as the change log names them
    "person": "особа",
    "name spelling": "написання імені",
    "timeline event": "подія",
    "next of kin": "родич",
    "source": "джерело",
    "health report": "звіт про здоров'я",
    "medical commission": "змішана медична комісія",
    "attachment": "вкладення",
    "agreement": "домовленість",
    "criteria": "критерії",
    "phase": "етап",
    "commitment": "зобов'язання",
    "list": "список",
    "list version": "версія списку",
    "list entry": "запис списку",
    "exchange": "обмін",
    "exchange participant": "учасник обміну",
    "remains batch": "партія тіл",
    "remains case": "справа тіла",
    "custody transfer": "передача (ланцюг зберігання)",
    "ante-mortem record": "прижиттєві дані",
    "DNA sample": "зразок ДНК",
    "DNA result": "результат ДНК",
    "candidate": "кандидат",
    "identification": "ідентифікація",
    "counterparty": "адресат",
    "thread": "листування",
    "thread link": "зв'язок листування",
    "letter": "лист",
    "office": "офіс",
    "user": "користувач",
    # timeline events
    "went missing": "зник безвісти",
    "taken prisoner": "потрапив у полон",
    "seen on video": "побачений на відео",
    "letter received": "отримано лист",
    "transferred": "переведений",
    "hospitalised": "госпіталізований",
    "released": "звільнений",
    "escaped": "втік",
    "exchanged": "обміняний",
    "repatriated": "репатрійований",
    "died": "помер",
    "remains identified": "останки ідентифіковано",
    "other": "інше",
    # reliability
    "confirmed": "підтверджено",
    "probable": "ймовірно",
    "possible": "можливо",
    "unconfirmed": "не підтверджено",
    # sources
    "relative": "родич",
    "released prisoner": "звільнений полонений",
    "video": "відео",
    "the other side's list": "список іншої сторони",
    "ICRC": "МКЧХ",
    "military unit": "військова частина",
    "media": "ЗМІ",
    "document": "документ",
    # name forms
    "original": "оригінал",
    "official Latin (2010)": "офіційна латиниця (2010)",
    "Russian form": "російська форма",
    "passport Latin": "паспортна латиниця",
    # commission decisions
    "repatriate": "репатріювати",
    "exclude": "відмовити",
    "re-examine": "переогляд",
    # sex and consent
    "male": "чоловіча",
    "female": "жіноча",
    "given": "надано",
    "refused": "відмовився",
    # change-log operations
    "created": "створено",
    "changed": "змінено",
    "deleted": "видалено",
}

UK: dict[str, dict[str, str]] = {
    "Labels": LABELS,
    "LoginDialog": {
        "Repatria — log in": "Repatria — вхід",
        "Browse…": "Огляд…",
        "&User:": "&Користувач:",
        "&Password:": "&Пароль:",
        "&Database:": "&База даних:",
        "Log in": "Увійти",
        "This is a demo database with made-up data. User: {0}, password: {1}": (
            "Це демонстраційна база з вигаданими даними. Користувач: {0}, пароль: {1}"
        ),
        "Choose the database": "Виберіть базу даних",
        "Repatria databases (*.db);;All files (*)": "Бази Repatria (*.db);;Усі файли (*)",
        "Enter your user name.": "Введіть ім'я користувача.",
        "Opening the database…": "Відкриття бази даних…",
    },
    "MainWindow": {
        "Repatria — {0}": "Repatria — {0}",
        "&View": "&Вигляд",
        "&Dashboard": "&Огляд",
        "&Persons": "&Особи",
        "&Find": "&Знайти",
        "&Refresh": "&Оновити",
        "Dashboard": "Огляд",
        "Persons": "Особи",
        "Search": "Пошук",
        "Search:": "Пошук:",
        "Search by name in any spelling, service number, date of birth…": (
            "Пошук за ім'ям у будь-якому написанні, особистим номером, датою народження…"
        ),
        "found: {0}": "знайдено: {0}",
        "&Person": "&Особа",
        "&New person": "&Нова особа",
        "&Open selected": "&Відкрити вибрану",
        "&Merge the two selected…": "&Об'єднати дві вибрані…",
        "Not merged": "Не об'єднано",
        "&Lists": "&Списки",
        "Lists": "Списки",
        "&Language": "&Мова",
        "Language": "Мова",
        "Save or close the persons being edited, then switch the language.": (
            "Збережіть або закрийте особи, що редагуються, і тоді змініть мову."
        ),
        "Select exactly two persons to merge (Ctrl+click).": "Виберіть рівно дві особи для об'єднання (Ctrl+клік).",
        "{0} merged into {1}.": "{0} об'єднано з {1}.",
        "shown: {0} of {1}": "показано: {0} з {1}",
        "{0} persons": "осіб: {0}",
    },
    "FilterBar": {
        "Status": "Статус",
        "Health": "Здоров'я",
        "Annex I": "Додаток I",
        "Unit": "Підрозділ",
        "Citizenship": "Громадянство",
        "Captured from": "Полон з",
        "to": "по",
        "list: any": "список: будь-який",
        "Clear filters": "Скинути фільтри",
    },
    "DashboardPage": {
        "{0} persons in the registry": "У реєстрі осіб: {0}",
        "Persons by status": "Особи за статусом",
        "Health of the captured and returned": "Стан здоров'я полонених і повернутих",
        "Captures and returns per month": "Полонення і повернення за місяцями",
        "Recent changes": "Останні зміни",
        "No news for over six months": "Без новин понад пів року",
        "When": "Коли",
        "Who": "Хто",
        "Record": "Запис",
        "What changed": "Що змінено",
        "Person": "Особа",
        "Status": "Статус",
        "Last news": "Останні відомості",
        "persons": "осіб",
        "captured": "потрапили в полон",
        "returned": "повернулися",
    },
    "Task": {"Cancel": "Скасувати"},
    "ListsPage": {
        "Agreements and lists": "Домовленості та списки",
        "Import list…": "Імпортувати список…",
        "Check again": "Перевірити знову",
        "Review matches…": "Переглянути збіги…",
        "Import a list": "Імпорт списку",
        "Lists (*.csv *.xlsx *.txt);;All files (*)": "Списки (*.csv *.xlsx *.txt);;Усі файли (*)",
        "Importing and checking the list…": "Імпорт і перевірка списку…",
        "Checking the list…": "Перевірка списку…",
        "Lists": "Списки",
        "theirs": "їхній",
        "ours": "наш",
        ", phase {0}": ", етап {0}",
        "{0}{1} — v{2}": "{0}{1} — в.{2}",
        "version {0}: {1} entries · matched {2} · needs review {3} · unmatched {4} · not compliant {5}": (
            "версія {0}: записів {1} · збіг {2} · перевірити {3} · не знайдено {4} · не відповідає {5}"
        ),
        "Exchange day…": "День обміну…",
        "Exchange day": "День обміну",
        "phase {0}": "етап {0}",
        "no phase": "без етапу",
        "Recorded: {0} came home of {1} expected, {2} handed over (parity {3:+d}).": (
            "Записано: повернулися {0} з {1} очікуваних, передано {2} (паритет {3:+d})."
        ),
        "Did not come: {0}": "Не повернулися: {0}",
        # filters
        "All entries": "Усі записи",
        "Unmatched": "Не знайдені",
        "Needs review": "Потребують перевірки",
        "Not compliant": "Не відповідають критеріям",
    },
    "ListEntriesModel": {
        "Row": "Рядок",
        "Name as written": "Ім'я, як написано",
        "Date of birth as written": "Дата народження, як написано",
        "Match": "Збіг",
        "Person": "Особа",
        "Score": "Оцінка",
        "Compliant": "Відповідає",
        "Reason": "Підстава",
        "Notes": "Примітки",
        "matched": "знайдено",
        "needs review": "перевірити",
        "unmatched": "не знайдено",
        "yes": "так",
        "no": "ні",
        "unknown": "невідомо",
    },
    "ImportListDialog": {
        "Import a list: {0}": "Імпорт списку: {0}",
        "Agreement:": "Домовленість:",
        "Side:": "Сторона:",
        "Phase:": "Етап:",
        "no phase": "без етапу",
        "the other side's list (received)": "список іншої сторони (отриманий)",
        "our list (sent)": "наш список (надісланий)",
        "Which column holds what (as guessed from the headers)": "Що в якому стовпці (за заголовками)",
        "column {0}": "стовпець {0}",
        "{0} lines; the first of them:": "рядків: {0}; перші з них:",
        "Import and check": "Імпортувати й перевірити",
        "Choose the column with the full name or the surname.": "Виберіть стовпець із ПІБ або прізвищем.",
        "Record the agreement first: a list always belongs to one.": (
            "Спершу внесіть домовленість: список завжди належить до неї."
        ),
        "Full name (one column)": "ПІБ (один стовпець)",
        "Surname": "Прізвище",
        "Given names": "Ім'я",
        "Patronymic": "По батькові",
        "Date of birth": "Дата народження",
        "Service number": "Особистий номер",
        "Rank": "Звання",
        "Category / health": "Категорія / стан здоров'я",
        "Unit": "Підрозділ",
    },
    "ExchangeDayDialog": {
        "Exchange day: {0}": "День обміну: {0}",
        "Date:": "Дата:",
        "Place:": "Місце:",
        "Came home": "Повернувся",
        "Person": "Особа",
        "Row on their list": "Рядок у їхньому списку",
        "One name per line": "Одне ім'я в рядку",
        "Record the exchange": "Записати обмін",
        "Expected home (on the other side's list):": "Очікувані (у списку іншої сторони):",
        "Handed over to the other side:": "Передані іншій стороні:",
        "Came home {0} of {1} expected · handed over {2} · parity {3:+d}": (
            "Повернулися {0} з {1} очікуваних · передано {2} · паритет {3:+d}"
        ),
    },
    "ReviewDialog": {
        "Review the matches": "Перевірка збігів",
        "On the list": "У списку",
        "In the registry": "У реєстрі",
        "born": "народився",
        "No candidates in the registry.": "У реєстрі немає кандидатів.",
        "All {0} entries reviewed.": "Переглянуто всі записи: {0}.",
        "Entry {0} of {1} (row {2})": "Запис {0} з {1} (рядок {2})",
        "Candidate {0} of {1}, score {2:.2f}: {3}": "Кандидат {0} з {1}, оцінка {2:.2f}: {3}",
        "A / Enter: this is the person   R: none of them   →: next candidate   ↓: next entry   Esc: close": (
            "A / Enter: це ця особа   R: жоден   →: наступний кандидат   ↓: наступний запис   Esc: закрити"
        ),
    },
    "PersonEditor": {
        "&Save": "&Зберегти",
        "Close": "Закрити",
        "New person": "Нова особа",
        "Undo": "Скасувати дію",
        "Redo": "Повторити дію",
        "Unsaved changes": "Незбережені зміни",
        "This person has changes that are not saved.": "Зміни до цієї особи не збережено.",
        "edit {0}": "зміна: {0}",
        "YYYY, YYYY-MM or YYYY-MM-DD": "РРРР, РРРР-ММ або РРРР-ММ-ДД",
        # tabs
        "Identity": "Особа",
        "Service": "Служба",
        "Capture and detention": "Полон і утримання",
        "Health": "Здоров'я",
        "Death": "Смерть",
        # fields
        "Surname": "Прізвище",
        "Given names": "Ім'я",
        "Patronymic": "По батькові",
        "Mother's maiden name": "Дівоче прізвище матері",
        "Sex": "Стать",
        "Date of birth": "Дата народження",
        "Place of birth": "Місце народження",
        "Citizenship (Power depended on)": "Громадянство (держава, від якої залежить)",
        "External id": "Зовнішній ідентифікатор",
        "Notes": "Примітки",
        "Service number": "Особистий номер",
        "Rank": "Звання",
        "Unit": "Підрозділ",
        "Civilian": "Цивільна особа",
        "Status": "Статус",
        "Capture date": "Дата полону",
        "Capture place": "Місце полону",
        "Coming from (unit, camp, hospital)": "Звідки (частина, табір, шпиталь)",
        "Place of detention": "Місце утримання",
        "Prisoner number": "Номер військовополоненого",
        "Address for correspondence": "Адреса для листування",
        "Consent to repatriation": "Згода на репатріацію",
        "Annex I category": "Категорія за Додатком I",
        "Date of death": "Дата смерті",
        "Place of death": "Місце смерті",
        "Cause of death": "Причина смерті",
        "Burial place": "Місце поховання",
        "Grave": "Могила",
    },
    "DuplicatesDialog": {
        "Possible duplicates": "Можливі дублікати",
        "Name": "Ім'я",
        "Date of birth": "Дата народження",
        "Status": "Статус",
        "External id": "Зовнішній ідентифікатор",
        "Why": "Чому",
        "Open the selected person": "Відкрити вибрану особу",
        "Create a new person anyway": "Усе одно створити нову особу",
        "These persons are already recorded and may be the one you are entering:": (
            "Ці особи вже є в реєстрі, і одна з них може бути тією, кого ви вносите:"
        ),
    },
    "ConflictDialog": {
        "Changed by someone else": "Змінено іншим користувачем",
        "This person was changed and saved by someone else while you were editing.": (
            "Поки ви редагували, цю особу змінив і зберіг інший користувач."
        ),
        "Their changes to {0} are kept.": "Їхні зміни полів {0} збережено.",
        "Both of you changed the fields below: choose which value to keep.": (
            "Поля нижче змінили ви обоє: виберіть, яке значення залишити."
        ),
        "Your version": "Ваша версія",
        "Their version": "Їхня версія",
    },
    "MergeDialog": {
        "Merge two records": "Об'єднання двох записів",
        "Merge": "Об'єднати",
        "Choose, for each field that differs, the value to keep. Everything recorded about both (timeline, "
        "relatives, sources, files, lists) is kept, and both histories stay in the change log. The record {0} is "
        "kept; {1} is merged into it.": (
            "Для кожного поля, що відрізняється, виберіть значення, яке залишити. Усе, що записано про обох "
            "(події, родичі, джерела, файли, списки), зберігається, а обидві історії лишаються в журналі змін. "
            "Запис {0} залишається; {1} об'єднується з ним."
        ),
    },
    "RecordDialog": {"YYYY, YYYY-MM or YYYY-MM-DD": "РРРР, РРРР-ММ або РРРР-ММ-ДД"},
    "_RecordsTab": {"Add…": "Додати…"},
    "PersonRecords": {
        "Spellings": "Написання",
        "Timeline": "Хронологія",
        "Next of kin": "Родичі",
        "Sources": "Джерела",
        "Medical": "Медичне",
        "Attachments": "Файли",
        "History": "Історія змін",
    },
    "SpellingsTab": {
        "Add spelling…": "Додати написання…",
        "Another spelling": "Інше написання",
        "Form": "Форма",
        "Surname": "Прізвище",
        "Given names": "Ім'я",
        "Patronymic": "По батькові",
        "Origin": "Походження",
        "Remove": "Вилучити",
        "generated": "створено автоматично",
        "entered": "внесено вручну",
    },
    "TimelineTab": {
        "Add event…": "Додати подію…",
        "Timeline event": "Подія",
        "Date": "Дата",
        "Event": "Подія",
        "Place": "Місце",
        "Reliability": "Достовірність",
        "Details": "Подробиці",
        "Details and source": "Подробиці та джерело",
    },
    "KinTab": {
        "Relative or person to inform": "Родич або особа для повідомлення",
        "Name": "Ім'я",
        "Relationship": "Ступінь спорідненості",
        "Address": "Адреса",
        "Phone": "Телефон",
        "E-mail": "Ел. пошта",
        "To inform": "Повідомляти",
        "Person to inform": "Особа для повідомлення",
    },
    "SourcesTab": {
        "Source of information": "Джерело відомостей",
        "Kind": "Вид",
        "Reliability": "Достовірність",
        "Received": "Отримано",
        "Description": "Опис",
    },
    "MedicalTab": {
        "Health reports": "Звіти про стан здоров'я",
        "Mixed Medical Commission decisions": "Рішення Змішаної медичної комісії",
        "Mixed Medical Commission decision": "Рішення Змішаної медичної комісії",
        "Add health report…": "Додати звіт про здоров'я…",
        "Add commission decision…": "Додати рішення комісії…",
        "Health report": "Звіт про стан здоров'я",
        "Reported": "Дата звіту",
        "Reported on": "Дата звіту",
        "Health": "Здоров'я",
        "Annex I": "Додаток I",
        "Description": "Опис",
        "Examined": "Огляд",
        "Examined on": "Дата огляду",
        "Decision": "Рішення",
        "Votes": "Голоси",
        "Votes for (of 3)": "Голосів «за» (з 3)",
        "Members": "Члени комісії",
    },
    "AttachmentsTab": {
        "Drop photos and documents here, or add them with the button.": (
            "Перетягніть сюди фото й документи або додайте їх кнопкою."
        ),
        "Add files…": "Додати файли…",
        "Open": "Відкрити",
        "Remove": "Вилучити",
        "Attach files": "Додати файли",
        "Adding files": "Додавання файлів",
        "Adding {0} file(s)…": "Додавання файлів: {0}…",
        "{0} file(s) added.": "Додано файлів: {0}.",
    },
    "HistoryTab": {
        "When": "Коли",
        "Who": "Хто",
        "Record": "Запис",
        "Change": "Зміна",
        "Field": "Поле",
        "Old value": "Було",
        "New value": "Стало",
    },
    "PersonTableModel": {
        "Surname": "Прізвище",
        "Given names": "Ім'я",
        "Patronymic": "По батькові",
        "Date of birth": "Дата народження",
        "Status": "Статус",
        "Health": "Стан здоров'я",
        "Rank": "Звання",
        "Unit": "Підрозділ",
        "Service number": "Особистий номер",
        "Captured": "Дата полону",
        "External id": "Зовнішній ідентифікатор",
    },
}


def render() -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="uk_UA">']
    for context, messages in UK.items():
        lines += ["<context>", f"    <name>{context}</name>"]
        for source, translation in messages.items():
            lines += [
                "    <message>",
                f"        <source>{escape(source)}</source>",
                f"        <translation>{escape(translation)}</translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    target = Path(__file__).with_name("repatria_uk.ts")
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
