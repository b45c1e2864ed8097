"""Rows of a list that are not persons: totals, signature and approval blocks, notes, section
headings, the column-number row and header rows repeated on every printed page. They are kept
aside with their text and the reason (``SkippedRow``): never matched, never judged, never put
in a clarification letter. Rules from official layouts (DSTU 4163, GOST R 6.30) and the
corpus in tests/data/lists.
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.lists.headers import Header, normalise, recognise
from models.names.lookalikes import fold_digits

TOTAL = re.compile(
    r"^\W*(всього|усього|разом|підсумок|итого|всего|в\s+т\.?\s*ч\.?|у\s+т\.?\s*ч\.?|з\s+них|из\s+них|total|"
    r"subtotal|grand total)\b",
    re.I,
)
APPROVAL = re.compile(r"^\W*(затверджую|утверждаю|погоджено|согласовано|approved|додаток|приложение|annex)\b", re.I)
NOTE = re.compile(r"^\W*(примітк|примечан|note\b|notes\b|\*|виноск|сноск)", re.I)
PAGE = re.compile(
    r"^\W*(сторінка|страница|стор\.|стр\.|page|аркуш|лист)\s*\d+|\b(продовження|продолжение|continued|continuation)\b",
    re.I,
)
# Who signs a list: a position, a signature line, the stamp's place.
SIGNATURE = re.compile(
    r"(_{3,}|\(підпис\)|\(подпись\)|\bм\.\s?п\.?(?=\W|$)|\bmp\b|\b(начальник|командир|керівник|руководитель|директор|"
    r"голова|председатель|заступник|заместитель|уповноважен|уполномочен|виконавець|исполнитель|склав|склала|"
    r"составил|підписав|подписал|відповідальн|ответственн|інспектор|инспектор|head of|chief of|commander|signature|"
    r"signed|prepared by)\b)",
    re.I,
)
# Headings that group a list's persons ("1. Військовослужбовці", "Цивільні особи", "Лица, в
# отношении которых уточняется информация"): group nouns no one is named.
SECTION = re.compile(
    r"(військовослужбовц\w*|військовополонен\w*|полонені|полонених|цивільні|цивільних|затримані|затриманих|"
    r"засуджені|засуджених|зниклі|зниклих|загиблі|загиблих|особи|осіб|военнослужащ\w*|военнопленн\w*|пленные|"
    r"пленных|гражданские|гражданских|задержанные|задержанных|осужденные|осужденных|пропавшие|пропавших|погибшие|"
    r"погибших|лица|лиц|civilians?|servicemen|service\s+members|military\s+personnel|prisoners|detainees|persons|"
    r"розділ|раздел|section|категорія|категория|category)(?!\w)",
    re.I,
)
_NUMBER = re.compile(r"^\d{1,6}[.)]?$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def row_text(row: list[str]) -> str:
    return " | ".join(c.strip() for c in row if c.strip())


def column_numbers(row: list[str]) -> bool:
    """The ``1 2 3 4`` row printed under a header: small integers counting up from 1."""
    values = [c.strip().rstrip(".") for c in row if c.strip()]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 2


def repeats_header(row: list[str], header: Header, header_rows: list[list[str]]) -> bool:
    """A header row again (a printed list re-typed page by page)."""
    same = 0
    for column, text in enumerate(row):
        if not text.strip():
            continue
        if normalise(text) in _written(tuple(tuple(r) for r in header_rows), column) or (
            column in header.fields and recognise(text) == header.fields[column]
        ):
            same += 1
    return same >= max(2, min(3, len(header.fields)))


@lru_cache(maxsize=256)
def _written(header_rows: tuple[tuple[str, ...], ...], column: int) -> frozenset[str]:
    return frozenset(normalise(r[column]) for r in header_rows if column < len(r))


def header_like(row: list[str]) -> bool:
    """A header row (the list's own again, or another list's): two fields named, a name among them."""
    fields = {recognise(c) for c in row if c.strip()} - {None, "number"}
    return len(fields) >= 2 and bool(fields & {"full_name", "surname", "name"})


def name_like(text: str) -> bool:
    """Could this cell be a person's name: letters, no digits (but those a scan's text
    recognition puts inside a word: САВЧЕНК0), one to seven words."""
    cleaned = fold_digits(text.strip())
    return (
        bool(cleaned) and bool(_HAS_LETTER.search(cleaned)) and not _DIGIT.search(cleaned) and len(cleaned.split()) <= 7
    )


STAMP = re.compile(r"^\W*(м\.\s?п\.?|l\.\s?s\.?|place of (the )?seal)\W*$", re.I)


def classify(
    row: list[str],
    header: Header,
    header_rows: list[list[str]],
    name_cells: list[str],
    numbered: bool,
    number: str,
    after_notes: bool = False,
) -> str | None:
    """Why this row is not a person (``total``, ``signature``, ``approval``, ``note``, ``title``,
    ``column_numbers``, ``repeated_header``, ``section``, ``no_name``), or None for a person.

    ``name_cells``: the row's name cells (full name, or surname and given names);
    ``numbered``: the list numbers its persons (``№``) and ``number`` is this row's."""
    text = row_text(row)
    filled = [c.strip() for c in row if c.strip()]
    if column_numbers(row):
        return "column_numbers"
    # a numbered person's row is no header: the cheap test first, on every row of a long list
    if not (numbered and number.rstrip(".").isdigit()) and repeats_header(row, header, header_rows):
        return "repeated_header"
    first = filled[0] if filled else ""
    if TOTAL.match(first) or TOTAL.match(text) or (first and _NUMBER.match(first) is None and TOTAL.search(text)):
        return "total"
    if APPROVAL.match(text):
        return "approval"
    if NOTE.match(first) or NOTE.match(text) or STAMP.match(text):
        return "note"
    names = " ".join(c for c in name_cells if c.strip())
    if len(filled) <= 2 and names and SECTION.match(names):
        return "section"  # "1 | Військовослужбовці": numbered like a person, named like a group
    if numbered and number.rstrip(".").isdigit() and not after_notes and name_like(names.replace("*", "")):
        return None  # a numbered line with a name: a person (the common case, decided without searching)
    if PAGE.search(text) or (len(filled) == 1 and filled[0].strip("-– ").isdigit()):
        return "title"  # "Сторінка 2 з 3", "Продовження додатка", a page number alone
    if after_notes and len(filled) <= 2:
        return "note"  # the numbered lines under "Примітки:"
    if SIGNATURE.search(text) and not (numbered and number):
        return "signature"
    if not names:
        if len(filled) == 1 and _HAS_LETTER.search(filled[0]):
            return "section"
        return "no_name"
    if not name_like(names.replace("*", "")):
        if len(filled) == 1:
            return "section"
        if _NUMBER.match(first) and NOTE.search(text):
            return "note"
        return "no_name" if not _HAS_LETTER.search(names) else "note"
    if numbered and not number and len(filled) == 1:
        return "section" if not SIGNATURE.search(text) else "signature"
    return None
