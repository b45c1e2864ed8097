"""Reading a received list: a 6,000-line XLSX with a title, an approval block, a two-row
header, totals and signatures, read into entries with every cell kept, the header found, rows
that are not persons set aside and dates decided per column; beside openpyxl's own read-only
read of every cell of the same file in the same run (the baseline: just the values).

Target: at most 2x the plain read."""

from __future__ import annotations

import io
import random
import time

from openpyxl import Workbook, load_workbook

from models.lists.reader import read_list, to_entries
from tests.benchmarks.common import report

LINES = 6_000
SURNAMES = ("Коваленко", "Шевчук", "Бондаренко", "Мельник", "Ткаченко", "Кравченко", "Олійник", "Лисенко", "Марченко")
GIVEN = ("Сергій", "Олександр", "Андрій", "Микола", "Іван", "Дмитро", "Віталій", "Юрій")
PATRONYMIC = ("Іванович", "Петрович", "Миколайович", "Олександрович", "Сергійович")


def _workbook(lines: int) -> bytes:
    rng = random.Random(5)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["ЗАТВЕРДЖУЮ"], ["Начальник штабу ____ П. ПЕТРЕНКО"], [], ["СПИСОК осіб, етап 3"], []):
        sheet.append(row)
    sheet.append(["№ з/п", "П.І.Б.", None, None, "Дата народження", "Особистий номер", "Звання", "Категорія"])
    sheet.append([None, "Прізвище", "Ім'я", "По батькові"])
    sheet.merge_cells("B6:D6")
    sheet.append([1, 2, 3, 4, 5, 6, 7, 8])
    for n in range(1, lines + 1):
        born = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1965, 2005)}"
        sheet.append(
            [
                n,
                f"{rng.choice(SURNAMES)}{'ко' * (n % 3)}",
                rng.choice(GIVEN),
                rng.choice(PATRONYMIC),
                born,
                f"А{rng.randint(100000, 999999)}",
                "солдат",
                rng.choice(("тяжкопоранений", "", "т/п", "легкопоранений")),
            ]
        )
        if n % 50 == 0:
            sheet.append(["Продовження додатка"])
    sheet.append(["Всього: 6000 (шість тисяч) осіб"])
    sheet.append(["Начальник відділу", None, "______", "О. КОВАЛЬ"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _plain(data: bytes) -> int:
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    cells = sum(1 for row in book.worksheets[0].iter_rows(values_only=True) for value in row if value is not None)
    book.close()
    return cells


def main() -> None:
    data = _workbook(LINES)
    best_plain = best_read = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        _plain(data)
        best_plain = min(best_plain, time.perf_counter() - started)
        started = time.perf_counter()
        entries = to_entries(read_list(data, "list.xlsx"))
        best_read = min(best_read, time.perf_counter() - started)
    assert len(entries.entries) == LINES, len(entries.entries)
    report(f"list intake, {LINES:,}-line XLSX ({len(data) / 1e6:.1f} MB; best of 3)", best_read, best_plain)
    print(f"{'':52} (baseline: openpyxl's read-only read of every cell; {len(entries.skipped)} rows set aside)")


if __name__ == "__main__":
    main()
