"""Which column holds what: header cells as lists write them, in Ukrainian, Russian and
English, bilingual (``Прізвище / Surname``, ``ПІБ (Full name)``, two lines in one cell), with
hints (``Дата народження (дд.мм.рррр)``, ``Дата рождения, число.месяц.год``), stray
punctuation, case and spaces; the header row found wherever it is in the first rows; a
two-row header (a merged ``Ф.И.О.`` over ``Фамилия | Имя | Отчество``) read as one; and the
meaning of a column decided by the set (``Surname`` + ``Name``: Name is the given name).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from models.core.codes import read_health
from models.core.dates import parse_list_date
from models.names.equivalents import looks_like_given
from models.names.keys import strip_apostrophes
from models.names.split import looks_like_patronymic

HEADER_SEARCH_ROWS = 40

# What a column may be called, after normalising (casefolded, apostrophes dropped, punctuation
# as spaces). "name" alone is decided by its neighbours (see ``Header.mapping``).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "full_name": (
        "піб",
        "п і б",
        "прізвище імя по батькові",
        "прізвище імя та по батькові",
        "прізвище імя і по батькові",
        "прізвище та ініціали",
        "прізвище ініціали",
        "прізвище імя",
        "фио",
        "ф и о",
        "фамилия имя отчество",
        "фамилия и инициалы",
        "фамилия инициалы",
        "фамилия имя",
        "full name",
        "fullname",
        "name and surname",
        "surname and name",
        "surname name",
        "name surname",
        "повне імя",
        "полное имя",
        "особа",
    ),
    "surname": ("прізвище", "фамилия", "surname", "last name", "family name", "lastname"),
    "given_names": ("імя", "имя", "given name", "given names", "first name", "firstname", "forename", "власне імя"),
    "patronymic": (
        "по батькові",
        "по батькови",
        "побатькові",
        "отчество",
        "patronymic",
        "middle name",
        "fathers name",
        "father s name",
    ),
    "date_of_birth": (
        "дата народження",
        "дата рождения",
        "д н",
        "дн",
        "д р",
        "р н",
        "г р",
        "dob",
        "d o b",
        "date of birth",
        "birth date",
        "birthdate",
        "born",
        "рік народження",
        "год рождения",
        "народився",
        "родился",
        "народився лася",
        "число місяць рік народження",
        "число месяц год рождения",
    ),
    "service_number": (
        "особистий номер",
        "особовий номер",
        "личный номер",
        "service number",
        "personal number",
        "service no",
        "military id",
        "жетон",
        "номер жетона",
        "номер жетону",
        "личн номер",
        "лич номер",
        "ос номер",
        "особ номер",
        "л н",
        "таб номер",
        "табельный номер",
    ),
    "rank": ("звання", "звание", "військове звання", "воинское звание", "rank"),
    "category": (
        "категорія",
        "категория",
        "category",
        "статус",
        "status",
        "стан здоровя",
        "состояние здоровья",
        "стан",
        "состояние",
        "health",
        "поранення",
        "ранение",
    ),
    "unit": (
        "підрозділ",
        "військова частина",
        "частина",
        "подразделение",
        "воинская часть",
        "часть",
        "в ч",
        "unit",
        "military unit",
    ),
    "sex": ("стать", "пол", "sex", "gender"),
    "number": (
        "№",
        "№ з п",
        "№ п п",
        "№ пп",
        "№ зп",
        "з п",
        "п п",
        "no",
        "nr",
        "n",
        "#",
        "номер з п",
        "порядковий номер",
    ),
    # what a list may hold that is no field of an entry: kept in the raw cells only
    "position": ("посада", "должность", "position", "займана посада"),
    "place_of_birth": ("місце народження", "место рождения", "place of birth"),
    # the parts of a date of birth written in three columns, under a "date of birth" group
    "birth_day": ("число", "день", "day"),
    "birth_month": ("місяць", "месяц", "month"),
    "birth_year": ("рік", "год", "year"),
}
ENTRY_FIELDS = frozenset(VOCABULARY) - {"position", "place_of_birth"}  # what an entry reads; the rest stays raw
AMBIGUOUS_NAME = ("name", "names", "імя та прізвище")  # given name beside a surname column; else the full name
DATE_PREFIXES = (
    "дата народж",
    "дата нар",
    "дата рожд",
    "date of birth",
    "рік народж",
    "год рожд",
    "дата та місце народж",  # "Дата та місце народження": the date leads the cell
    "дата і місце народж",
    "дата и место рожд",
    "date and place of birth",
)
# Headers spreadsheet programs make up when a table has none ("Стовпець1", "Column1").
GENERIC = re.compile(r"^(стовпець|столбец|колонка|column|col|поле|field)\s*\d+$", re.I)
PART_FIELDS = ("birth_day", "birth_month", "birth_year")
_PUNCTUATION = re.compile(r"[^\w\s№#]|_", re.UNICODE)
_SPLIT = re.compile(r"\s*(?:/|\\|\||\n|\(|\)|\[|\]|;)\s*")  # between the languages of a cell, and hints
_STACK = re.compile(r"\s*(?:/|\n)\s*")  # between two fields one above the other
_BRACKETED = re.compile(r"\([^)]*\)|\[[^]]*\]")
# words that say how to fill a column, not what it holds: "ФИО полностью", "Повне ПІБ",
# "По батькові (за наявності)" with its brackets lost
_QUALIFIERS = re.compile(
    r"(?<= )(?:повністю|полностью|повне|повний|полное|полный|in full|full|за наявності|при наявності|"
    r"при наличии|якщо є|если есть|if any)(?= )"
)
CATEGORY = re.compile(r"поранен|ранен|хвор|больн|цивіл|гражданск|wounded|ill\b|civilian", re.I)
RANKS = re.compile(
    r"^(молодш|старш|головн|штаб|майстер|рядов|солдат|матрос|сержант|старшина|прапорщ|лейтенант|капітан|капитан|"
    r"майор|підполковн|подполковн|полковник|генерал|private|sergeant|corporal|lieutenant|captain|major|colonel)",
    re.I,
)


@lru_cache(maxsize=1 << 16)  # the same cells repeat down a column ("солдат", categories)
def normalise(text: str) -> str:
    cleaned = strip_apostrophes(text.casefold().replace("ё", "е").replace("\u00a0", " "))
    cleaned = _PUNCTUATION.sub(" ", cleaned.replace("№", " № "))
    return " ".join(cleaned.split())


def _lookup() -> dict[str, str]:
    table = {normalise(name): field for field, names in VOCABULARY.items() for name in names}
    table.update({normalise(name): "name" for name in AMBIGUOUS_NAME})
    return table


_LOOKUP = _lookup()


@lru_cache(maxsize=1 << 16)
def recognise(text: str) -> str | None:
    """The field a header cell names (``name`` when only its neighbours can tell), or None.
    The whole cell first, then each part of a bilingual or hinted cell."""
    whole = normalise(text)
    if not whole:
        return None
    if whole in _LOOKUP:
        return _LOOKUP[whole]
    if whole.startswith(DATE_PREFIXES):
        return "date_of_birth"
    without_hints = normalise(_BRACKETED.sub(" ", text))  # "Рік (дата) народження", "ПІБ (повністю)"
    without_hints = _QUALIFIERS.sub(" ", f" {without_hints} ").strip() or without_hints  # "ФИО полностью"
    if without_hints in _LOOKUP:
        return _LOOKUP[without_hints]
    if without_hints.startswith(DATE_PREFIXES):
        return "date_of_birth"
    found = [f for part in _SPLIT.split(text.strip()) if (f := _part(part)) is not None]
    if not found:
        return None
    # "Прізвище / Surname": both halves agree; a hint in brackets adds nothing; "Ім'я / Name":
    # the English "Name" takes the meaning of the other half
    named = set(found) - {"name"} if set(found) - {"name"} <= {"given_names", "full_name"} else set(found)
    return named.pop() if len(named) == 1 else None if named else "name"


def _part(text: str) -> str | None:
    """One language's part of a header cell, or what stands before a comma in it
    ("Дата рождения, число.месяц.год")."""
    for candidate in (text, text.split(",", maxsplit=1)[0]):
        key = normalise(candidate)
        if key in _LOOKUP:
            return _LOOKUP[key]
        if key.startswith(DATE_PREFIXES):
            return "date_of_birth"
    return None


@dataclass
class Header:
    """The header row(s) found: where they are, each column's text, what each column holds."""

    rows: list[int]  # indexes into the sheet's rows; [] when columns were read from their content
    texts: list[str]  # per column, as written ("Ф.И.О. / Фамилия" for a two-row header)
    fields: dict[int, str] = field(default_factory=dict)  # column -> field as recognised
    # column -> the field its cell holds on a person's second row ("ПІБ / дата народження")
    stacked: dict[int, str] = field(default_factory=dict)
    block: int | None = None  # the first column of a second table printed beside the first

    def mapping(self) -> dict[str, int]:
        """field -> column: the first column of each field; "name" resolved by the set."""
        found: dict[str, int] = {}
        for column in sorted(self.fields):
            field_name = self.fields[column]
            if field_name == "name":
                field_name = "given_names" if "surname" in self.fields.values() else "full_name"
            if field_name in ENTRY_FIELDS:
                found.setdefault(field_name, column)
        if {"surname", "full_name"} <= found.keys() and found["full_name"] == found["surname"]:
            del found["full_name"]
        if any(part in found for part in PART_FIELDS) and "date_of_birth" in found:
            group = found["date_of_birth"]
            if group in {found.get(part) for part in PART_FIELDS}:
                del found["date_of_birth"]  # the group's cell is its first part
        return found

    @property
    def last_row(self) -> int:
        return self.rows[-1] if self.rows else -1


def _score(fields: dict[int, str]) -> int:
    named = {f for f in fields.values() if f != "number"}
    has_name = bool(named & {"full_name", "surname", "name"})
    return len(named) + (2 if has_name else 0)


def _fields(row: list[str]) -> dict[int, str]:
    found = {c: f for c, text in enumerate(row) if (f := recognise(text)) is not None}
    for column, text in enumerate(row):
        if column not in found and (pair := stacked_fields(text)) is not None:
            found[column] = pair[0]
    return found


@lru_cache(maxsize=4096)
def stacked_fields(text: str) -> tuple[str, str] | None:
    """A header cell naming two fields, one above the other ("Прізвище, ім'я, по батькові /
    дата народження", "Звання / посада"): each person then takes two rows, the first field
    on the first row and the second under it. (Two languages naming one field are not this.)"""
    parts = [p for p in _STACK.split(_BRACKETED.sub(" ", text).strip()) if p.strip()]
    if len(parts) != 2:
        return None
    first, second = _part(parts[0]), _part(parts[1])
    if first is None or second is None or first == second:
        return None
    if {first, second} <= {"given_names", "full_name", "name"}:
        return None
    return first, second


def stacked_of(row: list[str]) -> dict[int, str]:
    """column -> the field each two-field header cell holds on the second row."""
    return {column: pair[1] for column, text in enumerate(row) if (pair := stacked_fields(text)) is not None}


def generic(row: list[str]) -> bool:
    """A row of made-up headers ("Стовпець1", "Column2"): an Excel table's, not the list's."""
    filled = [c.strip() for c in row if c.strip()]
    return len(filled) >= 2 and all(GENERIC.match(c) for c in filled)


def find_header(rows: list[list[str]], merges: list[tuple[int, int, int, int]], numbers: list[int]) -> Header | None:
    """The header among the first rows: the row naming the most fields (a name column among
    them), joined with the row above or below it when the two make one two-row header (a
    merged group over its parts, or cells merged down across both rows)."""
    best: tuple[int, int] | None = None  # (score, index)
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = _fields(row)
        named = {f for f in fields.values() if f != "number"}
        if not (named & {"full_name", "surname", "name"}) or (len(named) < 2 and "full_name" not in named):
            continue
        if best is None or _score(fields) > best[0]:
            best = (_score(fields), index)
    if best is None:
        return None
    index = best[1]
    if (
        index > 0
        and numbers[index - 1] == numbers[index] - 1
        and _joins(rows[index - 1], rows[index], merges, numbers[index - 1])
    ):
        return _combined(rows[index - 1], rows[index], [index - 1, index], merges, numbers[index - 1])
    if (
        index + 1 < len(rows)
        and numbers[index + 1] == numbers[index] + 1
        and _joins(rows[index], rows[index + 1], merges, numbers[index])
    ):
        return _combined(rows[index], rows[index + 1], [index, index + 1], merges, numbers[index])
    return Header([index], [text.strip() for text in rows[index]], _fields(rows[index]), stacked_of(rows[index]))


def _groups(merges: list[tuple[int, int, int, int]], row_number: int) -> dict[int, int]:
    """column -> the first column of the cell merged across it in this row."""
    groups: dict[int, int] = {}
    for first_row, first_col, last_row, last_col in merges:
        if first_row == row_number and last_row == row_number and last_col > first_col:
            for column in range(first_col, last_col + 1):
                groups[column] = first_col
    return groups


def _joins(top: list[str], bottom: list[str], merges: list[tuple[int, int, int, int]], top_number: int) -> bool:
    """Whether ``bottom`` holds the parts of groups in ``top`` (names under ``Ф.И.О.``, day, month
    and year under ``Дата народження``), or fields where ``top`` has none."""
    upper, lower = _fields(top), _fields(bottom)
    if not lower or set(lower.values()) <= {"number"} or not upper:
        return False
    groups = _groups(merges, top_number)
    # the parts a full name is split into: a surname among them, or two parts (a lone "given
    # name" under ПІБ is a row of data, or a note, never the full name's columns)
    parts = {f for f in lower.values() if f in ("surname", "given_names", "patronymic", "name")}
    split = "surname" in parts or len(parts) >= 2
    for column, below in lower.items():
        above = upper.get(groups.get(column, column))
        if above in ("full_name", "name") and below in parts and split:
            return True
        if above == "date_of_birth" and below in PART_FIELDS:
            return True
    empty_above = [c for c in lower if c >= len(top) or not top[c].strip() or (c in groups and groups[c] != c)]
    return len(empty_above) >= 2


def _combined(
    top: list[str], bottom: list[str], indexes: list[int], merges: list[tuple[int, int, int, int]], top_number: int
) -> Header:
    groups = _groups(merges, top_number)
    upper, lower = _fields(top), _fields(bottom)
    width = max(len(top), len(bottom))
    texts, fields = [], {}
    for column in range(width):
        above = top[groups.get(column, column)].strip() if groups.get(column, column) < len(top) else ""
        below = bottom[column].strip() if column < len(bottom) else ""
        texts.append(f"{above} / {below}" if above and below and above != below else above or below)
        found = lower.get(column) or upper.get(column)
        if found is not None:
            fields[column] = found
    return Header(indexes, texts, fields)


def _single_words(sample: list[list[str]], column: int) -> list[str] | None:
    """The column's cells when nearly all are one word of letters (a surname, a given name)."""
    cells = [r[column].strip() for r in sample if column < len(r) and r[column].strip()]
    words = [c for c in cells if len(c.split()) == 1 and c.replace("-", "").replace("'", "").isalpha()]
    return words if cells and len(cells) >= 0.6 * len(sample) and len(words) >= 0.8 * len(cells) else None


def _split_name_columns(sample: list[list[str]], width: int, taken: dict[int, str]) -> dict[int, str]:
    """Surname, given name and patronymic in columns of their own, with no header: the patronymics
    (by their endings) and the given names (by the name tables) show where the name is, the
    surname is the column of single words beside them (``КОВАЛЬ | Петро | Іванович``)."""
    free = [c for c in range(width) if c not in taken]
    words = {c: w for c in free if (w := _single_words(sample, c)) is not None}

    def share(column: int, test: Callable[[str], bool]) -> float:
        return sum(1 for w in words[column] if test(w)) / len(words[column])

    patronymic = next((c for c in words if share(c, looks_like_patronymic) >= 0.6), None)
    given = next((c for c in words if c != patronymic and share(c, looks_like_given) >= 0.6), None)
    if given is None:
        return {}
    others = [c for c in (given - 1, given + 1) if c in words and c != patronymic and share(c, looks_like_given) < 0.5]
    if not others:
        return {}
    found = {others[0]: "surname", given: "given_names"}
    if patronymic is not None:
        found[patronymic] = "patronymic"
    return found


def from_content(rows: list[list[str]]) -> Header | None:
    """A list with no header row: the columns recognised from what the cells hold (names with
    patronymics, dates, ranks, the row's number), when that is clear; None otherwise. A first
    row of made-up headers ("Стовпець1") is kept as the header, naming nothing."""
    header_rows: list[int] = []
    first_row: list[str] = []
    if rows and generic(rows[0]):
        header_rows, first_row, rows = [0], rows[0], rows[1:]
    sample = rows[:60]
    if len(sample) < 3:
        return None
    width = max(len(r) for r in sample)
    fields: dict[int, str] = {}
    for column in range(width):
        cells = [r[column].strip() for r in sample if column < len(r) and r[column].strip()]
        if cells and all(read_health(c) is not None or CATEGORY.search(c) for c in cells):
            fields.setdefault(column, "category")  # often filled for a few persons only
            continue
        if len(cells) < len(sample) * 0.6:
            continue
        words = [c.split() for c in cells]
        named = sum(1 for w in words if 2 <= len(w) <= 4 and any(looks_like_patronymic(x) for x in w))
        if named >= 0.6 * len(words):
            fields.setdefault(column, "full_name")
            continue
        if sum(1 for c in cells if c.rstrip(".").isdigit()) >= 0.8 * len(cells) and column == 0:
            fields[column] = "number"
            continue
        dates = 0
        for cell in cells:
            with contextlib.suppress(ValueError):
                dates += parse_list_date(cell) is not None
        if dates >= 0.8 * len(cells) and "date_of_birth" not in fields.values():
            fields[column] = "date_of_birth"
        elif sum(1 for c in cells if RANKS.match(c)) >= 0.8 * len(cells) and "rank" not in fields.values():
            fields[column] = "rank"
        elif sum(1 for c in cells if read_health(c) is not None or CATEGORY.search(c)) >= 0.6 * len(cells):
            fields.setdefault(column, "category")
    if "full_name" not in fields.values():
        fields.update(_split_name_columns(sample, width, fields))
    if not {"full_name", "surname"} & set(fields.values()):
        return None
    texts = [f"column {c + 1}" for c in range(width)]
    if header_rows:  # the made-up headers stay the raw cells' names
        written = [c.strip() for c in first_row]
        texts = [written[c] if c < len(written) and written[c] else texts[c] for c in range(width)]
    return Header(header_rows, texts, fields)
