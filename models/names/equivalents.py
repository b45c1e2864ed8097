"""Given names and patronymics: every known form of one name gives one key.

Sources (resources/names): ``given_names.csv``, the Ukrainian name calendar with Russian
counterparts, rare, archaic and folk forms (Охрім/Ефрем, Юхим/Ефим, Ярема/Ерема, Панас/
Опанас/Афанасий, Хома/Фома), built from registry data and dictionaries, its sources and
licences in ``given_names.SOURCES.md``; ``given_names_uk_ru.csv``, the first release's table;
``conventional_latin.csv``, English forms people use (Alexander, Alexei, Sergey, Yuri,
Natalya, Eugene). Every Cyrillic form is also written in the Latin of every system in use
through translitua (see UKRAINIAN_SYSTEMS and RUSSIAN_SYSTEMS).

Forms that are one name are joined (union-find over their keys); a patronymic's forms, from
the table and derived by the Ukrainian and Russian rules, join their father's name under a
patronymic key of its own, so Миколайович, Николаевич and Mykolaiovych meet.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import cast

import translitua

from models.names.keys import normalise, skeleton

# Every system translitua implements (each a published table: KMU 2010, the 1996 national
# system, the 2004 and 2007 passports, BGN/PCGN of 1965 and 2019, UNGEGN, ISO 9, DSTU 9112,
# GOST 1971 and 1986, ALA-LC, British, French; for Russian the passports of 1997 and 2010,
# ICAO 2013, GOST 2006, ISO 9 A and B, ALA-LC, driving licences, telegrams). German practice
# is left out: its s for з makes Zoja and Sofija one key.
_Table = type[translitua.TransliterationTable]
UKRAINIAN_SYSTEMS = tuple(
    cast(_Table, system) for system in translitua.ALL_UKRAINIAN if system is not translitua.UkrainianGerman
)
RUSSIAN_SYSTEMS = tuple(cast(_Table, system) for system in translitua.ALL_RUSSIAN)
PATRONYMIC = "~p"  # a patronymic's key is its father's name's key with this mark


def latin_forms(cyrillic: str, russian: bool) -> set[str]:
    """The word in the Latin of every system of its language."""
    systems = RUSSIAN_SYSTEMS if russian else UKRAINIAN_SYSTEMS
    return {str(translitua.translit(cyrillic, system)) for system in systems}


class _Classes:
    """Union-find over keys: keys of forms of one name end in one class."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = key
        while self.parent.setdefault(root, root) != root:
            root = self.parent[root]
        while self.parent[key] != root:  # compress
            self.parent[key], key = root, self.parent[key]
        return root

    def join(self, keys: set[str]) -> None:
        roots = sorted({self.find(k) for k in keys if k})
        for other in roots[1:]:
            self.parent[other] = roots[0]


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _rows() -> list[dict[str, str]]:
    folder = resources.files("resources").joinpath("names")
    rows: list[dict[str, str]] = []
    with folder.joinpath("given_names.csv").open(encoding="utf-8") as handle:
        rows += list(csv.DictReader(handle))
    with folder.joinpath("given_names_uk_ru.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows.append(
                {
                    "uk": row["uk_given"],
                    "ru": row["ru_given"],
                    "uk_patronymic_m": row["uk_patronymic"],
                    "ru_patronymic_m": row["ru_patronymic"],
                }
            )
    return rows


def _conventional() -> list[tuple[str, list[str]]]:
    source = resources.files("resources").joinpath("names/conventional_latin.csv")
    with source.open(encoding="utf-8") as handle:
        return [(row["cyrillic"], _split(row["latin"])) for row in csv.DictReader(handle)]


def female_patronymic_uk(male: str) -> str:
    if male.endswith("йович"):
        return male[:-5] + "ївна"
    if male.endswith("ович"):
        return male[:-4] + "івна"
    if male.endswith(("ич", "іч")):  # Кузьмич -> Кузьмівна, Ілліч -> Іллівна
        return male[:-2] + "івна"
    return male


def female_patronymic_ru(male: str) -> str:
    endings = (("ьевич", "ьевна"), ("иевич", "иевна"), ("евич", "евна"), ("ович", "овна"), ("ич", "инична"))
    for ending, female in endings:
        if male.endswith(ending):
            return male[: -len(ending)] + female
    return male


@cache
def tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(given key -> class, patronymic key -> class, class -> a Ukrainian form to show)."""
    given = _Classes()
    patronymic = _Classes()
    shown: dict[str, str] = {}
    for row in _rows():
        uk = [row["uk"], *_split(row.get("uk_variants"))]
        ru = _split(row.get("ru"))
        keys = {skeleton(f) for f in uk + ru}
        keys |= {skeleton(latin) for f in uk for latin in latin_forms(f, russian=False)}
        keys |= {skeleton(latin) for f in ru for latin in latin_forms(f, russian=True)}
        given.join(keys)
        shown.setdefault(skeleton(row["uk"]), row["uk"])
        uk_p = _split(row.get("uk_patronymic_m")) + _split(row.get("uk_patronymic_f"))
        ru_p = _split(row.get("ru_patronymic_m")) + _split(row.get("ru_patronymic_f"))
        uk_p += [female_patronymic_uk(p) for p in _split(row.get("uk_patronymic_m"))]
        ru_p += [female_patronymic_ru(p) for p in _split(row.get("ru_patronymic_m"))]
        p_keys = {skeleton(f) for f in uk_p + ru_p}
        p_keys |= {skeleton(latin) for f in uk_p for latin in latin_forms(f, russian=False)}
        p_keys |= {skeleton(latin) for f in ru_p for latin in latin_forms(f, russian=True)}
        p_keys.discard("")
        if p_keys:
            patronymic.join(p_keys | {skeleton(row["uk"]) + PATRONYMIC})
    for cyrillic, latin in _conventional():
        given.join({skeleton(cyrillic), *(skeleton(form) for form in latin)})
    given_classes = {key: given.find(key) for key in given.parent}
    # each patronymic class carries the key of the father's name it was made from
    fathers: dict[str, str] = {}
    for key in patronymic.parent:
        if key.endswith(PATRONYMIC):
            father = key[: -len(PATRONYMIC)]
            fathers.setdefault(patronymic.find(key), given_classes.get(father, father))
    patronymic_classes = {
        key: fathers.get(patronymic.find(key), patronymic.find(key)) + PATRONYMIC
        for key in patronymic.parent
        if not key.endswith(PATRONYMIC)
    }
    names = {given_classes.get(k, k): form for k, form in shown.items()}
    return given_classes, patronymic_classes, names


def prepare() -> None:
    """Build every table now that is otherwise built when first needed: before forking worker
    processes (``models.core.forked``), once, not once in each worker."""
    for build in (tables, known_classes, _forms_by_class, _known_forms, _written_initials, _initials):
        build()
    _russian_forms()
    _other_forms_table()


@cache
def known_classes() -> frozenset[str]:
    """The keys ``given_key`` gives for names the tables know (each class's key)."""
    return frozenset(tables()[0].values())


@cache
def _forms_by_class() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for key, root in tables()[0].items():
        found.setdefault(root, set()).add(key)
    return {root: frozenset(keys) for root, keys in found.items()}


def class_forms(key: str) -> frozenset[str]:
    """The keys of every form of the name whose class key this is (Кирило, Кирилл, Kyrylo ...):
    what a misspelt form is compared with. Just the key itself for a name no table knows."""
    return _forms_by_class().get(key, frozenset({key}))


def given_key(word: str) -> str:
    """One key for every known form of a given name (its skeleton when the name is unknown)."""
    key = skeleton(word)
    return tables()[0].get(key, key)


def patronymic_key(word: str) -> str:
    """One key for every known form of a patronymic (made from the father's name's key)."""
    key = skeleton(word)
    return tables()[1].get(key, key)


@lru_cache(maxsize=1 << 16)
def known_given(word: str) -> bool:
    """Whether the word is a given name's form the tables list (exactly, in any case)."""
    return normalise(word).casefold() in _known_forms()


def looks_like_given(word: str) -> bool:
    """Whether the word reads as a given name the tables know (by its key: any script, system,
    and spellings the key does not tell apart). Looser than ``known_given``."""
    return skeleton(word) in tables()[0]


@cache
def _known_forms() -> frozenset[str]:
    forms: set[str] = set()
    for row in _rows():
        for russian, cell in ((False, row["uk"]), (False, row.get("uk_variants")), (True, row.get("ru"))):
            for form in _split(cell):
                forms.add(normalise(form).casefold())
                forms.update(normalise(latin).casefold() for latin in latin_forms(form, russian))
    for cyrillic, latin in _conventional():
        forms.add(normalise(cyrillic).casefold())
        forms.update(normalise(form).casefold() for form in latin)
    return frozenset(forms)


def given_initials(key: str) -> frozenset[str]:
    """The first letters a name of this class can be written with, in any script (О and А for
    Олександр / Александр, O, A and Y for Юрій / Yurii / Iurii): what an initial is compared
    with. For a name no table knows, the first letter of its key."""
    return _initials().get(key, frozenset({key[:1]}))


def written_initials(key: str) -> frozenset[str]:
    """The letters, as written, that a name of this class begins with in Ukrainian, Russian and
    the Latin forms (no script-free key letters: Cyrillic І is not the I of Latin "Ievstafii",
    so "Коваленко І." does not name Остап); empty for a name no table knows. For initials read
    in a script, as on an ID tag or a document."""
    return _written_initials().get(key, frozenset())


@cache
def _written_initials() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for key, form, russian in _class_forms():
        letters = found.setdefault(key, set())
        letters.add(form[:1].casefold())
        letters.update(latin[:1].casefold() for latin in latin_forms(form, russian))
    classes = tables()[0]
    for cyrillic, latin in _conventional():
        found.setdefault(classes.get(skeleton(cyrillic), skeleton(cyrillic)), set()).update(
            f[:1].casefold() for f in latin
        )
    return {k: frozenset(v - {""}) for k, v in found.items()}


def patronymic_initials(key: str) -> frozenset[str]:
    """The first letters a patronymic of this class can be written with (its father's name's)."""
    if key.endswith(PATRONYMIC):
        return given_initials(key[: -len(PATRONYMIC)])
    return frozenset({key[:1]})


@cache
def _initials() -> dict[str, frozenset[str]]:
    """``written_initials`` and each form's script-free key letter (a Latin O meets Cyrillic О)."""
    found = {key: set(letters) for key, letters in _written_initials().items()}
    for key, form, _russian in _class_forms():
        found.setdefault(key, set()).add(skeleton(form)[:1])
    return {k: frozenset(v - {""}) for k, v in found.items()}


def _class_forms() -> Iterator[tuple[str, str, bool]]:
    """(class key, a Ukrainian or Russian form of the name, whether Russian) for every row."""
    classes = tables()[0]
    for row in _rows():
        key = classes.get(skeleton(row["uk"]), skeleton(row["uk"]))
        for russian, forms in ((False, [row["uk"], *_split(row.get("uk_variants"))]), (True, _split(row.get("ru")))):
            for form in forms:
                yield key, form, russian


@cache
def _russian_forms() -> tuple[dict[str, str], dict[str, str]]:
    """Ukrainian given name -> its first Russian form; Ukrainian patronymic (m. and f.) -> Russian."""
    given: dict[str, str] = {}
    patronymics: dict[str, str] = {}
    for row in _rows():
        russian = _split(row.get("ru"))
        if russian:
            given.setdefault(row["uk"].casefold(), russian[0])
        uk_m, ru_m = _split(row.get("uk_patronymic_m")), _split(row.get("ru_patronymic_m"))
        if uk_m and ru_m:
            patronymics.setdefault(uk_m[0].casefold(), ru_m[0])
            patronymics.setdefault(female_patronymic_uk(uk_m[0]).casefold(), female_patronymic_ru(ru_m[0]))
    return given, patronymics


def russian_given(uk: str) -> str | None:
    """The Russian form of a Ukrainian given name (Олександр -> Александр), None when the same or unknown."""
    found = _russian_forms()[0].get(uk.casefold())
    return found if found and found.casefold() != uk.casefold() else None


def russian_patronymic(uk: str) -> str | None:
    """The Russian form of a Ukrainian patronymic (Миколайович -> Николаевич)."""
    found = _russian_forms()[1].get(uk.casefold())
    return found if found and found.casefold() != uk.casefold() else None


# -- other forms of a name ----------------------------------------------------------------------
# Families and comrades write the name they call a man by (Коля for Микола, Сашко and Шура for
# Олександр, Vitya for Віктор), and Soviet-era documents in Zakarpattia and Bukovyna turned
# Hungarian and Romanian names into their Ukrainian or Russian counterparts (Шандор, Sándor for
# Олександр; Іштван for Степан; Тудор for Федір). Such a form is weak evidence: Слава may be
# Ярослав, В'ячеслав or Станіслав, Ілона is a name of its own, so it only ever sends a line to
# a person's eyes (``Level.FORM``). Sources: resources/names/diminutives.csv and
# other_language_names.csv, each pair's sources in the .SOURCES.md beside them.
_FORM_TABLES = ("diminutives.csv", "other_language_names.csv")


@cache
def _other_forms_table() -> dict[str, frozenset[str]]:
    """The key of a form (its skeleton in any script: Коля, Kolya, Kolia; Шандор, Sandor) -> the
    class keys of the names it can stand for."""
    found: dict[str, set[str]] = {}
    for name in _FORM_TABLES:
        with resources.files("resources").joinpath("names", name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                form = row["form"].strip()
                classes = {given_key(full) for full in _split(row["full"])}
                keys = {skeleton(form)} | {skeleton(latin) for latin in latin_forms(form, russian=row["lang"] == "ru")}
                for key in keys - {""}:
                    found.setdefault(key, set()).update(classes)
    return {key: frozenset(classes - {key}) for key, classes in found.items()}


@lru_cache(maxsize=1 << 14)
def other_forms(word: str) -> frozenset[str]:
    """The class keys (``given_key``) of the names ``word`` can be another form of: a pet form
    (Коля -> Микола's; Олесь, a name of its own, -> Олександр's as well) or the Hungarian or
    Romanian counterpart (Шандор -> Олександр's); empty when it is none."""
    return _other_forms_table().get(skeleton(word), frozenset()) if word else frozenset()
