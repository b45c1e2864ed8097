"""An agreement and the other side's list as tests use them."""

from __future__ import annotations

AGREEMENT = {
    "title": "Обмін",
    "signed_on": "2025-06-02",
    "match": "any",
    "criteria": [
        {"kind": "under_age", "age": 25, "on": "2025-06-02"},
        {"kind": "health", "categories": ["seriously_wounded", "seriously_ill"]},
    ],
}
THEIRS = (
    "№;ФИО;Дата рождения;Категория\n"
    "1;Коваленко Сергей Николаевич;02.03.1996;тяжелораненый\n"
    "2;Мельник Александр Иванович;01.04.2003;\n"
    "3;Неизвестный Петр;01.01.1990;\n"
    "4;Kovalenko Serhii;1996;\n"
)
