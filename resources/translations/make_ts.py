"""Writes repatria_uk.ts, the Ukrainian translation source, from the table below.

Run ``python resources/translations/make_ts.py`` after changing a user-visible
string, then ``pyside6-lrelease`` (``make translations``) to build the .qm the app loads.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

STATUS = {
    "missing": "зниклі безвісти",
    "captured": "у полоні",
    "captured (unconfirmed)": "у полоні (не підтверджено)",
    "returned": "повернуті",
    "deceased": "загиблі",
    "unknown": "невідомо",
}

UK: dict[str, dict[str, str]] = {
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
        "&Refresh": "&Оновити",
        "{0} persons": "осіб: {0}",
        **STATUS,
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
        "good": "добрий",
        "not wounded": "без поранень",
        "recovered": "одужав(-ла)",
        "convalescent": "одужує",
        "sick": "хворий(-а)",
        "seriously ill": "тяжкохворий(-а)",
        "slightly wounded": "легкопоранений(-а)",
        "seriously wounded": "тяжкопоранений(-а)",
        **STATUS,
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
