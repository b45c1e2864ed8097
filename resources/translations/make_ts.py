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
        "on any list or none": "у будь-якому списку або без списку",
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
