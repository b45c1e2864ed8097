"""Keys of name words: the same name written in any script, system or language gives the same key.

This is the name engine's core. List reconciliation, duplicate detection, registry search and
the names on remains' ID tags all compare names through it, so one fix mends all of them.

A word is first normalised (``normalise``): Unicode NFKC, zero-width characters and soft
hyphens dropped, every apostrophe alike, Latin look-alike letters inside a Cyrillic word
folded (``models.names.lookalikes``). Then:

- ``skeleton`` reduces it to a coarse Latin key: Cyrillic letters by a table in which the
  letters Ukrainian and Russian spell differently meet (і/и/ы, є/е/э, ї, ґ/г, ё), Latin
  digraphs of every transliteration family folded the same way (KMU 2010 ``kh``/``zh``/``ts``/
  ``shch``, Russian passports ``kh``/``ts``/``yu``, ISO 9 ``č``/``š``/``ž``/``ŝ``/``û``/``â``, German
  ``sch``/``tsch``/``w``, Polish ``cz``/``sz``/``ł``, conventional English ``x`` for ``кс``),
  doubled letters as one;
- ``surname_keys`` adds the keys of the same surname as the other language spells it
  (Соловйов / Соловьёв / Соловьев, Ковальський / Ковальский, Петрів / Петрив): a small set;
- ``given_key`` and ``patronymic_key`` map every known form of a given name (Ukrainian,
  Russian, their Latin in every system, rare and archaic forms: Охрім/Ефрем, Юхим/Ефим,
  Панас/Опанас/Афанасий) and of the patronymic derived from it to one key per name
  (``models.names.equivalents``);
- ``initial`` recognises ``О.`` / ``O`` as an initial, compared with the first letters a
  name can have in either language (``О.`` for Олександр, ``А.`` for Александр).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from models.names.lookalikes import fold

# Every mark typed for the Ukrainian apostrophe (ʼ U+02BC is the standard one; keyboards and
# fonts give ' ’ ‘ ` ´ ʹ ″ and even a double quote); read as one before anything else.
APOSTROPHES = "'ʼ’‘`´ʹ\u02bc\u2019\u201d\u2032\u2033\""  # ′ ″: ISO 9's soft sign as typed
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # hyphens and dashes a double surname is joined with
_TO_APOSTROPHE = dict.fromkeys(map(ord, APOSTROPHES), "'") | dict.fromkeys(map(ord, DASHES), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)  # zero-width, soft hyphen
_APOSTROPHE_TABLE = dict.fromkeys(map(ord, APOSTROPHES), None)
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "ii",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "\x04",  # kept apart from h, which Latin uses for г (KMU 2010)
    "ц": "c",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",  # as Latin writes them (iu, ia), so both fold the same way below
    "я": "ia",
}
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)
# Latin letters with diacritics, as ISO 9, Polish, Czech-style and others write them.
_DIACRITICS = str.maketrans(
    {
        "č": "ch",
        "š": "sh",
        "ž": "zh",
        "ŝ": "shch",
        "ĉ": "ch",
        "ć": "c",
        "ś": "s",
        "ź": "z",
        "ż": "zh",
        "ł": "l",
        "ń": "n",
        "û": "yu",
        "â": "ya",
        "ê": "ye",
        "ì": "i",
        "ï": "yi",
        "ë": "e",
        "ĭ": "i",
        "ȳ": "y",
        "ǵ": "g",
        "ă": "a",
        "ö": "o",
        "ü": "u",
        "ä": "a",
    }
)
# Latin digraphs of the common systems, longest first; the placeholders keep zh/ch/sh whole,
# while lone h (Ukrainian г in KMU 2010) meets g, and kh (х) meets h.
_LATIN_STEPS = (
    ("shtsh", "\x01"),
    ("shch", "\x01"),
    ("szcz", "\x01"),
    ("schtsch", "\x01"),
    ("tsch", "\x03"),
    ("sch", "\x01"),
    ("tch", "\x03"),
    ("tc", "c"),  # the Russian passport of 2010 writes ц as tc (Stetcenko)
    ("cz", "\x03"),
    ("sz", "\x01"),
    ("zh", "\x02"),
    ("ch", "\x03"),
    ("sh", "\x01"),
    ("kh", "\x04"),
    ("x", "ks"),
    ("ts", "c"),
    ("tz", "c"),
    ("ou", "u"),
    ("yi", "i"),  # before ia, iu, ie: KMU's и before я (Shyian, Шиян) is one i, as Cyrillic ия folds
    ("yu", "u"),
    ("iu", "u"),
    ("ju", "u"),
    ("ya", "a"),
    ("ia", "a"),
    ("ja", "a"),
    ("ye", "e"),
    ("ie", "e"),
    ("je", "e"),
    ("y", "i"),
    ("j", "i"),
    ("h", "g"),
    ("w", "v"),
    ("q", "k"),
    ("\x01", "sh"),
    ("\x02", "zh"),
    ("\x03", "ch"),
    ("\x04", "h"),
)
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
_DOUBLES = re.compile(r"([^\W\d_])\1+")  # doubled letters, never digits
_TOKEN = re.compile(r"[^\W_]+(?:[" + re.escape(APOSTROPHES) + r"-][^\W_]+)*", re.UNICODE)
_INITIAL = re.compile(r"^[^\W\d_]\.?$")


@lru_cache(maxsize=1 << 17)
def normalise(text: str) -> str:
    """A name as compared: NFKC, no zero-width characters or soft hyphens, look-alike letters
    of the other script folded, runs of spaces as one. Case and apostrophes are kept."""
    if text.isascii():
        return " ".join(text.translate(_TO_APOSTROPHE).split())
    # apostrophes first: NFKC turns ´ into a space and a combining accent
    text = unicodedata.normalize("NFKC", text.translate(_TO_APOSTROPHE).translate(_INVISIBLE))
    text = text.translate(_TO_APOSTROPHE).translate(_INVISIBLE)  # and those NFKC makes (ŉ is ʼn)
    if any(unicodedata.combining(c) for c in text):  # an accent no letter takes (ISO 9's G̀ for Ґ)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(fold(text).split())


def strip_apostrophes(text: str) -> str:
    return text.translate(_APOSTROPHE_TABLE)


def tokens(text: str) -> list[str]:
    """Words of a name or a query; apostrophes and hyphens inside a word keep it whole."""
    return _TOKEN.findall(normalise(text))


@lru_cache(maxsize=1 << 17)  # names repeat: a registry has far fewer distinct words than persons
def skeleton(word: str) -> str:
    """The coarse Latin key of one word in any script and system (see the module docstring)."""
    text = strip_apostrophes(normalise(word).casefold()).replace("ё", "е")
    text = _DOUBLES.sub(r"\1", text.translate(_CYRILLIC_TABLE).translate(_DIACRITICS))
    if not text.isascii():  # any other accented Latin letter is its base letter (Gábor, Tóth, Ștefan)
        text = "".join(_base_letter(c) for c in text)
    for old, new in _LATIN_STEPS:
        text = text.replace(old, new)
    text = _NOT_LETTERS.sub("", text)
    return _DOUBLES.sub(r"\1", text)


@lru_cache(maxsize=1024)
def _base_letter(char: str) -> str:
    if char.isascii():
        return char
    base = unicodedata.normalize("NFKD", char)[0]
    return base if base.isascii() else char


def initial(word: str) -> str | None:
    """The letter of an initial (``О.``, ``O``), casefolded, or None for a word."""
    cleaned = normalise(word).strip()
    return cleaned[0].casefold() if _INITIAL.match(cleaned) else None


# -- surnames: how the other language spells the same family name --------------------------------

# Each rule: a pattern of a Ukrainian spelling and its Russian counterparts (and the reverse),
# from the Ukrainian and Russian orthographies (tests/data/names/uk_ru_surnames.csv gives
# observed pairs for each).
_SURNAME_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"ьо", ("ьё", "е", "йо")),  # Корольов / Королёв / Королев
    (r"йо", ("ьё", "е", "ьо")),  # Соловйов / Соловьёв / Соловьев
    (r"ьё", ("ьо", "йо", "е")),
    (r"(?<=[жчшщ])о", ("ё", "е")),  # Пугачов / Пугачёв / Пугачев
    (r"(?<=[жчшщ])ё", ("о", "е")),
    (r"(?<=[жчшщ])е", ("о",)),
    (r"ський$", ("ский",)),
    (r"цький$", ("цкий",)),
    (r"ский$", ("ський",)),
    (r"цкий$", ("цький",)),
    (r"ий$", ("ый", "ой")),  # Білий / Белый; Лісовий / Лесовой
    (r"ів$", ("ив", "ев", "ов", "ова", "ева")),  # Петрів / Петрив; Ковалів / Ковалев; a woman: Гриньків / Гринькова
    (r"(?<=[^аеиоуяюєії])ова$", ("ів",)),  # the Russian woman's form back to the Ukrainian one
    (r"(?<=[^аеиоуяюєії])ева$", ("ів",)),
    (r"ець$", ("ец",)),
    (r"ар$", ("арь",)),
    (r"ь$", ("",)),  # Гудзь / Гудз
    (r"і(?=[бвгґджзклмнпрстфхцчшщ]+$)", ("о", "е")),  # the last syllable: Кривоніс / Кривонос
    (r"і", ("и", "е", "о")),  # Білоус / Белоус; Підопригора / Подопригора, Пустовійт / Пустовойт
    (r"ї", ("йи", "и")),
    (r"є", ("е",)),
    (r"е(?![ьйё])", ("э",)),
    (r"и", ("ы",)),
    (r"ґ", ("г",)),
)
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_DASHES = re.compile(r"\s*-\s*")
_COMPILED_RULES = tuple((re.compile(pattern), alternatives) for pattern, alternatives in _SURNAME_RULES)
# Latin letters that systems read differently: h is г in KMU 2010 but х in ISO 9 and
# scientific transliteration (Harčenko, Hmelʹnicʹkij); ch is ч in English but ш in French
# (Tymochenko); c is ц in ISO 9 but к in the 2004 passports' alternative table. A Latin
# surname also gets the keys of the other reading.
_LATIN_RULES = tuple(
    (re.compile(pattern), alternatives)
    for pattern, alternatives in (
        (r"(?<![kzcsg])h", ("kh",)),
        (r"(?<![st])ch", ("sh",)),
        (r"(?<![st])c(?![hzs])", ("k",)),  # the 2004 passports' alternative table: Covalenco, Olecsandr
    )
)
MAX_VARIANTS = 24


@lru_cache(maxsize=1 << 16)
def surname_keys(surname: str) -> frozenset[str]:
    """The keys of a surname as either language may spell it (a small set; the first rule
    variants only, one rule at a time and the ending rules together)."""
    words = tokens(surname)
    if not words:
        return frozenset()
    keys: set[str] = set()
    text = _DASHES.sub(" ", normalise(surname).casefold())  # a double surname's parts, however joined
    spellings = {text}
    for pattern, alternatives in _COMPILED_RULES:
        for current in list(spellings):
            if len(spellings) >= MAX_VARIANTS:
                break
            if pattern.search(current):
                for alternative in alternatives:
                    spellings.add(pattern.sub(alternative, current))
    if not _CYRILLIC_LETTER.search(text):
        for pattern, alternatives in _LATIN_RULES:
            for current in list(spellings):
                if pattern.search(current):
                    spellings.update(pattern.sub(alternative, current) for alternative in alternatives)
    for spelling in spellings:  # already normalised: only split
        keys.add(" ".join(skeleton(w) for w in _TOKEN.findall(spelling)))
    keys.discard("")
    return frozenset(keys)


def surname_key(surname: str) -> str:
    """The main key of a surname (its own spelling's): a double surname's parts apart,
    however they are joined (Коваль-Петрук, Коваль – Петрук, Коваль Петрук)."""
    return " ".join(skeleton(w) for w in tokens(_DASHES.sub(" ", normalise(surname))))
