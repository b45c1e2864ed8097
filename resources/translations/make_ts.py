"""Writes repatria_uk.ts, the Ukrainian translation source, from the table below, and
repatria_en.ts, which holds only the English plural forms.

Run ``python resources/translations/make_ts.py`` after changing a user-visible
string, then ``pyside6-lrelease`` (``make translations``) to build the .qm the app loads.

Plurals are Qt's: the source says ``self.tr("%n pages", "", n)`` and the table gives the
forms, a tuple: Ukrainian (one, few, many: 1 сторінка, 2 сторінки, 5 сторінок), English
(one, other). English, the source language, still needs its forms from a .qm: without one
Qt writes "1 pages".
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from resources.translations.uk_office import OFFICE_UK
from resources.translations.uk_remains import REMAINS_LABELS, REMAINS_UK
from views.common.labels import FIELD_TEXT

LABELS = {
    # the change log's fields (views.common.labels.FIELD_TEXT) the person editor does not name,
    # and flags; the fields it names take its words (below, after UK)
    "What happened": "Що сталося",
    "Date": "Дата",
    "Place": "Місце",
    "Description": "Опис",
    "Reliability": "Достовірність",
    "Person": "Особа",
    "Name": "Ім'я",
    "Relationship": "Ступінь спорідненості",
    "Phone": "Телефон",
    "Address": "Адреса",
    "Person to inform": "Кого повідомляти",
    "Stature, cm": "Зріст, см",
    "Hair": "Волосся",
    "Clothing last worn": "Одяг, у якому бачили востаннє",
    "Told by": "Зі слів",
    "Recorded on": "Записано",
    "Last seen on": "Востаннє бачили (дата)",
    "Last seen at": "Востаннє бачили (місце)",
    "yes": "так",
    "no": "ні",
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
    # the titles of models.core.report_kinds.REPORTS
    "ReportKind": {
        "Phase list": "Список етапу",
        "Compliance report": "Звіт про відповідність",
        "Dossier": "Особова справа",
        "Capture card": "Картка полоненого",
        "Registry statistics": "Статистика реєстру",
        "Exchange-day reconciliation": "Звірка дня обміну",
        "Correspondence log": "Журнал листування",
        "Identification status": "Стан ідентифікації",
        "Identification report": "Звіт про ідентифікацію",
        "Death certificate": "Свідоцтво про смерть",
    },
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
        "(no one has every word; those shown lack «{0}»)": "(усіх слів немає ні в кого; у показаних немає «{0}»)",
        "(no one has every word; each shown lacks one of {0})": (
            "(усіх слів немає ні в кого; у кожного з показаних немає одного з {0})"
        ),
        "&Person": "&Особа",
        "&New person": "&Нова особа",
        "&Open selected": "&Відкрити вибрану",
        "&Merge the two selected…": "&Об'єднати дві вибрані…",
        "Not merged": "Не об'єднано",
        "&Lists": "&Списки",
        "&Correspondence": "&Листування",
        "Correspondence": "Листування",
        "{0} threads past their due date": "Листувань із простроченою відповіддю: {0}",
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
        "Print / Export PDF": "Друк / експорт у PDF",
        "Registry statistics with charts, as a PDF (Ctrl+P)": "Статистика реєстру з діаграмами у PDF (Ctrl+P)",
        "Registry statistics": "Статистика реєстру",
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
    "ReportJob": {
        "Building the report…": "Формування звіту…",
    },
    "ReportPreview": {
        "Save as PDF…": "Зберегти як PDF…",
        "Open in the system viewer": "Відкрити в системному переглядачі",
        "Print…": "Друкувати…",
        "Save the report": "Зберегти звіт",
        "PDF document (*.pdf)": "Документ PDF (*.pdf)",
        "Could not save {0}: {1}": "Не вдалося зберегти {0}: {1}",
    },
    "ListsPage": {
        "Reverse the last exchange day…": "Анулювати останній день обміну…",
        "Deceased, returned or on both lists": "Загиблі, повернуті або в обох списках",
        'Lock "{0}" as submitted?\n\n'
        "Its latest version becomes the one handed to the other side: it can never be edited again. "
        "Later changes need a new version, compared against this one.": (
            "Заблокувати «{0}» як поданий?\n\n"
            "Його остання версія стане тією, що передана іншій стороні: її ніколи не можна буде змінити. "
            "Подальші зміни — лише новою версією, яку порівнюють із цією."
        ),
        "Lock the list": "Заблокувати список",
        "Lock": "Заблокувати",
        "row {0}": "рядок {0}",
        "Import list…": "Імпортувати список…",
        "Check again": "Перевірити знову",
        "Review matches…": "Переглянути збіги…",
        "Import a list": "Імпорт списку",
        "Lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)": (
            "Списки (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Усі файли (*)"
        ),
        "Importing and checking the list…": "Імпорт і перевірка списку…",
        "Checking the list…": "Перевірка списку…",
        "Lists": "Списки",
        "theirs": "їхній",
        "ours": "наш",
        "version {0}: {1} entries · matched {2} · needs review {3} · unmatched {4} · not compliant {5}": (
            "версія {0}: записів {1} · збіг {2} · перевірити {3} · не знайдено {4} · не відповідає {5}"
        ),
        "Exchange day…": "День обміну…",
        "Draft a clarification request…": "Підготувати запит про уточнення…",
        "More": "Ще",
        " or ": " або ",
        " and ": " і ",
        "Criteria v{0}: {1}": "Критерії в.{0}: {1}",
        "Phase {0}: {1} {2}": "Етап {0}: {1} {2}",
        "due {0}": "строк {0}",
        "fulfilled {0}": "виконано {0}",
        "mediator": "посередник",
        "Build our list…": "Скласти наш список…",
        "Building our list…": "Складання нашого списку…",
        "Compare with the previous version…": "Порівняти з попередньою версією…",
        "Lock as submitted": "Заблокувати як поданий",
        "locked as submitted": "заблоковано як поданий",
        "Export as XLSX or CSV…": "Експортувати в XLSX або CSV…",
        "Print / Export PDF": "Друк / експорт у PDF",
        "Phase list for the delegation…": "Список етапу для делегації…",
        "Exchange-day reconciliation…": "Звірка дня обміну…",
        "Exchange-day reconciliation": "Звірка дня обміну",
        "Compliance report…": "Звіт про відповідність…",
        "Phase list": "Список етапу",
        "Compliance report": "Звіт про відповідність",
        "Export the list": "Експорт списку",
        "Excel workbook (*.xlsx)": "Книга Excel (*.xlsx)",
        "CSV (*.csv)": "CSV (*.csv)",
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
    "ListTree": {
        "Agreements and lists": "Домовленості та списки",
        ", phase {0}": ", етап {0}",
        "{0}{1} — v{2}": "{0}{1} — в.{2}",
        "theirs": "їхній",
        "ours": "наш",
    },
    "ListEntriesModel": {
        "Registry says": "Реєстр каже",
        "recorded deceased": "записаний загиблим",
        "already returned": "уже повернутий",
        "on both sides' lists": "у списках обох сторін",
        "Row": "Рядок",
        "Row in the file": "Рядок у файлі",
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
        'This file becomes version {0} of "{1}": version {2} has {3} entries, this file has {4} lines.': (
            "Цей файл стане версією {0} списку «{1}»: у версії {2} записів — {3}, у цьому файлі рядків — {4}."
        ),
        "Import it as the new version? The list is then checked in this version, and the two versions can be "
        "compared. To start a separate list instead, choose another side or phase.": (
            "Імпортувати його як нову версію? Список тоді перевірять у цій версії, а дві версії можна буде "
            "порівняти. Щоб натомість почати окремий список, виберіть іншу сторону або етап."
        ),
        "A new version of an existing list": "Нова версія наявного списку",
        "Import as version {0}": "Імпортувати як версію {0}",
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
        "Sex": "Стать",
        "Number on the list": "Номер у списку",
        "Day of birth": "День народження",
        "Month of birth": "Місяць народження",
        "Year of birth": "Рік народження",
        "Sheet:": "Аркуш:",
        "The sheet of the workbook that holds the list; choose another to read it": (
            "Аркуш книги, на якому список; виберіть інший, щоб прочитати його"
        ),
        "Reading the sheet {0}…": "Читання аркуша {0}…",
        "The sheet '{0}' could not be read: {1}": "Не вдалося прочитати аркуш «{0}»: {1}",
        "row {0}: {1}": "рядок {0}: {1}",
        "{0} more": "ще {0}",
        "Above the header, not entries: {0}": "Над заголовком, не записи: {0}",
    },
    "ListContents": {
        "Entries ({0})": "Записи ({0})",
        "Rows kept aside ({0})": "Відкладені рядки ({0})",
        "Rows kept aside ({0}, {1} to look at)": "Відкладені рядки ({0}, переглянути: {1})",
        "{0} of them hold a name and a date of birth: see whether they are persons": (
            "У {0} з них є ім'я та дата народження: перевірте, чи це не особи"
        ),
        "Rows of the file that are not persons: never matched, judged or put in a letter": (
            "Рядки файлу, що не є особами: їх не зіставляють, не оцінюють і не вносять до листів"
        ),
        "How the file was read": "Як прочитано файл",
        "{0} cell(s) could not be read; their entries are kept as written: {1}": (
            "Не вдалося прочитати клітинок: {0}; їхні записи збережено як написано: {1}"
        ),
        "This is version {0} of the list; the version before it had {1} entries.": (
            "Це версія {0} списку; у попередній версії записів було {1}."
        ),
    },
    "SkippedRowsModel": {
        "Row in the file": "Рядок у файлі",
        "Why it is not an entry": "Чому це не запис",
        "Text": "Текст",
        # why a row is not an entry (views.lists.reading.REASON_TEXT)
        "title or heading": "заголовок або назва",
        "approval block (approved by, annex)": "гриф затвердження (ЗАТВЕРДЖУЮ, додаток)",
        "Excel's separator line (sep=)": "службовий рядок Excel (sep=)",
        "column numbers (1 2 3 …)": "номери стовпців (1 2 3 …)",
        "the header again": "заголовок таблиці ще раз",
        "section heading": "назва розділу",
        "total or subtotal": "підсумок (усього, разом)",
        "signature or position": "підпис або посада",
        "note or footnote": "примітка або виноска",
        "no name in it": "немає імені",
        "This row holds a name and a date of birth. If it is a person, correct the file "
        "or choose which column holds what, and import it again.": (
            "У цьому рядку є ім'я та дата народження. Якщо це особа, виправте файл "
            "або вкажіть, що в якому стовпці, та імпортуйте його знову."
        ),
    },
    "CorrespondencePage": {
        'Close the thread "{0}"? It leaves the open threads and no reply is awaited any more; '
        'it stays under "All threads".': (
            "Закрити листування «{0}»? Воно зникне з відкритих, і відповіді більше не чекатимуть; "
            "його буде видно в «Усі листування»."
        ),
        "Close the thread": "Закрити листування",
        "Print / Export PDF": "Друк / експорт у PDF",
        "The thread's log and every letter, as a PDF (Ctrl+P)": "Журнал листування і всі листи у PDF (Ctrl+P)",
        "Open threads": "Відкриті листування",
        "Overdue": "Прострочені",
        "All threads": "Усі листування",
        "Find letters by number, subject or a name in them…": "Пошук листів за номером, темою чи іменем…",
        "New thread…": "Нове листування…",
        "Counterparties…": "Адресати…",
        "Subject": "Тема",
        "Counterparty": "Адресат",
        "State": "Стан",
        "Due": "Строк",
        "Waiting, days": "Очікування, днів",
        "Overdue, days": "Прострочено, днів",
        "Register reply…": "Зареєструвати відповідь…",
        "New letter…": "Новий лист…",
        "Save draft": "Зберегти чернетку",
        "Mark as sent": "Позначити як надісланий",
        'Mark the letter "{0}" to {1} as sent today?\n\n'
        "It gets the next number of our outgoing letters, and its text is frozen: a sent letter is never "
        "edited, only corrected by a new letter. The thread then waits for the reply.": (
            "Позначити лист «{0}» до {1} як надісланий сьогодні?\n\n"
            "Лист отримає наступний номер наших вихідних листів, а його текст буде зафіксовано: надісланий лист "
            "ніколи не змінюють, лише виправляють новим листом. Після цього листування чекатиме на відповідь."
        ),
        "Close thread": "Закрити листування",
        "Attach scan…": "Додати скан…",
        "Attached: {0}": "Додано: {0}",
        "Attach scans to the letter": "Скани до листа",
        "Attaching scans…": "Додавання сканів…",
        "draft": "чернетка",
        "sent": "надіслано",
        "awaiting reply": "очікує відповіді",
        "answered": "отримано відповідь",
        "closed": "закрито",
        "Correspondence": "Листування",
    },
    "LetterDialog": {
        "Register a letter received": "Реєстрація отриманого листа",
        "New outgoing letter": "Новий вихідний лист",
        "Received on:": "Отримано:",
        "Date:": "Дата:",
        "Their reference:": "Їхній номер:",
        "A draft until it is marked as sent; then it gets our number.": (
            "Чернетка, доки її не позначено як надіслану; тоді вона отримає наш номер."
        ),
        "Channel:": "Канал:",
        "Subject:": "Тема:",
        "diplomatic note": "дипломатична нота",
        "e-mail": "електронна пошта",
        "through the ICRC": "через МКЧХ",
        "handed over at a meeting": "передано на зустрічі",
        "(no template)": "(без шаблону)",
        "Template:": "Шаблон:",
        "Acknowledgement of a reply": "Підтвердження отримання відповіді",
        "Request for information about a person": "Запит про надання відомостей щодо особи",
        "Notification of identification": "Повідомлення про ідентифікацію",
        "other": "інше",
    },
    "CounterpartiesDialog": {
        "Counterparties": "Адресати",
        "Name": "Назва",
        "Kind": "Вид",
        "Add": "Додати",
        "the other side": "інша сторона",
        "ICRC": "МКЧХ",
        "ombudsperson": "омбудсман",
        "mediator": "посередник",
        "other": "інше",
    },
    "ThreadDialog": {
        "New thread": "Нове листування",
        "Counterparty:": "Адресат:",
        "Subject:": "Тема:",
        "Reply due by:": "Відповідь очікується до:",
    },
    "DiffDialog": {
        "Version {0} against version {1}": "Версія {0} порівняно з версією {1}",
        "Change": "Зміна",
        "Row": "Рядок",
        "Line": "Рядок списку",
        "added": "додано",
        "removed": "вилучено",
        "changed": "змінено",
        "{0} added, {1} removed, {2} changed": "додано {0}, вилучено {1}, змінено {2}",
    },
    "BuildListDialog": {
        "Build our list": "Скласти наш список",
        "Build": "Скласти",
        "Agreement:": "Домовленість:",
        "Phase:": "Етап:",
        "no phase": "без етапу",
        "Persons:": "Особи:",
        "only persons who meet the agreed criteria": "лише особи, що відповідають узгодженим критеріям",
    },
    "ExchangeDayDialog": {
        "Not ticked: {0} is marked came home only with a reason.": (
            "Не позначено: {0} можна позначити як повернутого лише з причиною."
        ),
        "Against the registry's record (deceased or already returned), with the reasons given: {0}": (
            "Всупереч запису в реєстрі (загиблі або вже повернуті), з наведеними причинами: {0}"
        ),
        "and {0} more (Show Details)": "і ще {0} (див. «Показати подробиці»)",
        "Recorded: {0} came home of {1} expected, {2} handed over (parity {3:+d}).": (
            "Записано: повернулися {0} з {1} очікуваних, передано {2} (паритет {3:+d})."
        ),
        "Did not come: {0}": "Не повернулися: {0}",
        "Exchange day: {0}": "День обміну: {0}",
        "Date:": "Дата:",
        "Place:": "Місце:",
        "Came home": "Повернувся",
        "Person": "Особа",
        "Row on their list": "Рядок у їхньому списку",
        "One name per line": "Одне ім'я в рядку",
        "Record the exchange": "Записати обмін",
        "Registry record": "Запис у реєстрі",
        "{0}: check before ticking": "{0}: перевірте, перш ніж позначати",
        "The registry records this person as {0}. Ticking asks for the reason.": (
            "У реєстрі ця особа записана як «{0}». Щоб позначити її, треба вказати причину."
        ),
        "Tick everyone expected who can come home": "Позначити всіх очікуваних, хто може повернутися",
        "Persons recorded as deceased or returned stay unticked": (
            "Особи, записані як загиблі або вже повернуті, лишаються непозначеними"
        ),
        "Untick all": "Зняти всі позначки",
        "One person per line: surname, given names, date of birth (persons of the other side)": (
            "Одна особа в рядку: прізвище, ім'я, дата народження (особи іншої сторони)"
        ),
        "Record the exchange…": "Записати обмін…",
        "Recorded as {0}": "Записано як «{0}»",
        "The registry records {0} as {1}.\nTo mark this person as came home, say why the record is wrong "
        "(for example: identified in person at the exchange). The reason is kept on the person's timeline.": (
            "У реєстрі {0} записано як «{1}».\nЩоб позначити, що особа повернулася, вкажіть, чому запис "
            "хибний (наприклад: особу впізнано під час обміну). Причину буде збережено в хронології особи."
        ),
        "Mark as came home": "Позначити як повернутого",
        "Even: as many came home as were handed over.": "Паритет рівний: повернулося стільки ж, скільки передано.",
        "Record the exchange of {0}?\n\n"
        '{1} person(s) will be marked as returned home: their status changes to "returned" and the exchange '
        "goes on their timeline.\n{2} expected person(s) did not come.\n{3} person(s) handed over.\n\n"
        "Check the ticks before recording: the statuses change at once.": (
            "Записати обмін {0}?\n\n"
            "Осіб, позначених як повернуті додому: {1}. Їхній статус зміниться на «повернуті», а обмін "
            "з'явиться в їхній хронології.\nОчікуваних, які не прибули: {2}.\nПередано осіб: {3}.\n\n"
            "Перевірте позначки перед записом: статуси зміняться одразу."
        ),
        "Came home:": "Повернулися:",
        "Did not come:": "Не прибули:",
        "Record": "Записати",
        "Expected home (on the other side's list):": "Очікувані (у списку іншої сторони):",
        "Handed over to the other side:": "Передані іншій стороні:",
        "Came home {0} of {1} expected · handed over {2} · parity {3:+d}": (
            "Повернулися {0} з {1} очікуваних · передано {2} · паритет {3:+d}"
        ),
    },
    "EntryDialog": {
        "Row {0}: {1}": "Рядок {0}: {1}",
        "Row {0}": "Рядок {0}",
        "row {0} in the file": "рядок {0} у файлі",
        "born": "народився(-лася)",
        "Registry says": "Реєстр каже",
        "recorded deceased": "записаний загиблим",
        "already returned": "уже повернутий",
        "on both sides' lists": "у списках обох сторін",
        "Read as": "Прочитано як",
        "Candidates in the registry": "Кандидати в реєстрі",
        "No one in the registry is compatible.": "У реєстрі немає сумісних осіб.",
        "score": "оцінка",
        "Criteria": "Критерії",
        "met": "виконано",
        "not met": "не виконано",
        "cannot be judged": "неможливо оцінити",
        "Notes": "Примітки",
    },
    "ReviewDialog": {
        "Done: {0} decided, {1} skipped (still to review).": "Готово: вирішено {0}, пропущено {1} (ще переглянути).",
        "This is the person (A)": "Це ця особа (A)",
        "None of them (R)": "Жоден (R)",
        "Next candidate (→)": "Наступний кандидат (→)",
        "Skip this entry (↓)": "Пропустити запис (↓)",
        "row {0}": "рядок {0}",
        "Review the matches": "Перевірка збігів",
        "On the list": "У списку",
        "In the registry": "У реєстрі",
        "born": "народився",
        "No candidates in the registry.": "У реєстрі немає кандидатів.",
        "Entry {0} of {1} (row {2})": "Запис {0} з {1} (рядок {2})",
        "Candidate {0} of {1}, score {2:.2f}: {3}": "Кандидат {0} з {1}, оцінка {2:.2f}: {3}",
        "A / Enter: this is the person   R: none of them   →: next candidate   ↓: next entry   Esc: close": (
            "A / Enter: це ця особа   R: жоден   →: наступний кандидат   ↓: наступний запис   Esc: закрити"
        ),
    },
    "PersonEditor": {
        "Saved at {0}.": "Збережено о {0}.",
        '<a href="use">Use «{0}»</a>': '<a href="use">Виправити на «{0}»</a>',
        "Latin and Cyrillic letters that look alike are mixed: {0}. "
        "It is saved as typed; retype the letters that are wrong.": (
            "Змішано схожі на вигляд латинські й кириличні літери: {0}. "
            "Буде збережено як введено; виправте неправильні літери."
        ),
        "Latin underlined": "латинські підкреслено",
        "Cyrillic underlined": "кириличні підкреслено",
        "Latin and Cyrillic letters that look alike are mixed in this name.": (
            "У цьому імені змішано схожі на вигляд латинські й кириличні літери."
        ),
        "Print capture card…": "Друкувати картку полоненого…",
        "The GC III capture card of the saved record (Ctrl+P)": "Картка полоненого збереженого запису (Ctrl+P)",
        "Capture card: {0}": "Картка полоненого: {0}",
        "Print dossier…": "Друкувати особову справу…",
        "The whole case of the saved record on a few pages": "Уся справа збереженого запису на кількох сторінках",
        "Dossier: {0}": "Особова справа: {0}",
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
    "_RecordsTab": {"Add…": "Додати…", "Not saved": "Не збережено"},
    "PersonRecords": {
        "Spellings": "Написання",
        "Timeline": "Хронологія",
        "Next of kin": "Родичі",
        "Sources": "Джерела",
        "Medical": "Медичне",
        "Attachments": "Файли",
        "Correspondence": "Листування",
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
    "CorrespondenceTab": {
        "Subject": "Тема",
        "Counterparty": "Адресат",
        "State": "Стан",
        "Due": "Строк",
        "Waiting, days": "Очікування, днів",
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


LABELS.update(REMAINS_LABELS)
for _context, _messages in (*REMAINS_UK.items(), *OFFICE_UK.items()):
    UK.setdefault(_context, {}).update(_messages)
# a field of the change log is named as the person editor names it: one translation of each
for _field in FIELD_TEXT.values():
    if _field in UK["PersonEditor"]:
        LABELS.setdefault(_field, UK["PersonEditor"][_field])


# Messages with a count (%n): (context, source) -> (Ukrainian one, few, many), (English one, other)
PLURALS: dict[tuple[str, str], tuple[tuple[str, str, str], tuple[str, str]]] = {
    ("PersonEditor", "%n problem(s) on this tab"): (
        ("%n проблема на цій вкладці", "%n проблеми на цій вкладці", "%n проблем на цій вкладці"),
        ("%n problem on this tab", "%n problems on this tab"),
    ),
    ("ReportPreview", "%n pages"): (("%n сторінка", "%n сторінки", "%n сторінок"), ("%n page", "%n pages")),
    ("RemainsPage", "%n cases"): (("%n справа", "%n справи", "%n справ"), ("%n case", "%n cases")),
    ("ReviewDialog", "All %n entries reviewed."): (
        ("Переглянуто %n запис.", "Переглянуто %n записи.", "Переглянуто %n записів."),
        ("The entry is reviewed.", "All %n entries reviewed."),
    ),
    ("ExchangeDayDialog", "%n more came home than were handed over."): (
        (
            "Повернулася на %n особу більше, ніж передано.",
            "Повернулося на %n особи більше, ніж передано.",
            "Повернулося на %n осіб більше, ніж передано.",
        ),
        ("%n more came home than was handed over.", "%n more came home than were handed over."),
    ),
    ("ExchangeDayDialog", "%n more were handed over than came home."): (
        (
            "Передано на %n особу більше, ніж повернулося.",
            "Передано на %n особи більше, ніж повернулося.",
            "Передано на %n осіб більше, ніж повернулося.",
        ),
        ("%n more was handed over than came home.", "%n more were handed over than came home."),
    ),
}


def _message(source: str, forms: str | tuple[str, ...]) -> list[str]:
    if isinstance(forms, str):
        body = [f"        <translation>{escape(forms)}</translation>"]
        return ["    <message>", f"        <source>{escape(source)}</source>", *body, "    </message>"]
    numerus = [f"            <numerusform>{escape(form)}</numerusform>" for form in forms]
    return [
        '    <message numerus="yes">',
        f"        <source>{escape(source)}</source>",
        "        <translation>",
        *numerus,
        "        </translation>",
        "    </message>",
    ]


def render(language: str = "uk") -> str:
    """The .ts of ``language``: uk, everything; en, the English plural forms only."""
    tag = "uk_UA" if language == "uk" else "en_GB"
    table: dict[str, dict[str, str | tuple[str, ...]]] = {}
    if language == "uk":
        for context, messages in UK.items():
            table[context] = dict(messages)
    for (context, source), (uk, en) in PLURALS.items():
        table.setdefault(context, {})[source] = uk if language == "uk" else en
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f'<TS version="2.1" language="{tag}">']
    for context, messages in table.items():
        lines += ["<context>", f"    <name>{context}</name>"]
        for source, forms in messages.items():
            lines += _message(source, forms)
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    for code in ("uk", "en"):
        target = Path(__file__).with_name(f"repatria_{code}.ts")
        target.write_text(render(code), encoding="utf-8")
        print(f"wrote {target}")
