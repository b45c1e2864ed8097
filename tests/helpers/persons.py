"""Persons CSV files for tests, written as the import expects them."""

from __future__ import annotations

import csv
import io

from models.persons.csv_file import COLUMNS


def make_csv(*rows: dict[str, str], header: tuple[str, ...] = COLUMNS) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in header})
    return out.getvalue().encode("utf-8")


def person(n: int, **overrides: str) -> dict[str, str]:
    row = {
        "external_id": f"EXT-{n}",
        "surname": "Коваленко",
        "given_names": "Сергій",
        "patronymic": "Іванович",
        "sex": "male",
        "date_of_birth": "1999-04-01",
        "status": "captured",
        "health": "seriously_wounded",
        "capture_date": "2024-05",
        "capture_place": "Бахмут",
        "next_of_kin": "Коваленко Марія (мати)",
        "notes": "рядок 1\nрядок 2",
    }
    row.update(overrides)
    return row
