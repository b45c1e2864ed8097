"""Splitting a full name written in one cell, in either order, in any script."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from models.names.cases import nominative, strip_leading
from models.names.equivalents import known_given, looks_like_given, other_forms
from models.names.layout import retypings

_PATRONYMIC = re.compile(
    r"(вич|вна|ична|ич|іч|ovych|ovich|evych|evich|ivna|ovna|evna|yivna|ivich|ich|ychna|ichna|ovic|evic|ivic|icna"
    r"|вича|вичу|вичем|вичеві|вни|вні|вною|вну|вны|вне|вной|ичны|ичне|ичной)$",  # declined: Івановича, Петрівни
    re.IGNORECASE,  # ovic: ISO 9's Ìvanovič without its háček
)


@dataclass(frozen=True)
class SplitName:
    surname: str
    given_names: str
    patronymic: str
    declined: bool = False  # written as a sentence declines it ("щодо Коваленка Сергія"), put back
    retyped: bool = False  # typed with the keyboard on the other layout, read as meant


def looks_like_patronymic(word: str) -> bool:
    """By its ending, in Cyrillic or any Latin (ISO 9's Stanìslavìvna as well as Stanislavivna)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return len(word) > 4 and bool(_PATRONYMIC.search(plain))


def looks_like_given_name(word: str) -> bool:
    """A given name the tables know, or another form of one (Коля, Сашко, Шандор): families
    write "Коля Канівець", the given name first."""
    return looks_like_given(word) or bool(other_forms(word))


_BRACKETS = re.compile(r"\([^)]*\)?|\[[^]]*\]?")
# Another surname a person goes by, said so in brackets anywhere in the cell.
# Words that say the name after them is a maiden or former surname: (дів. Бойко), (née Bojko).
MAIDEN = r"(?:дів|дев|уродж|урожд|née|nee)\.?"
# Another surname a person goes by, said so in brackets anywhere in the cell.
_ALIAS = re.compile(
    rf"\((?:{MAIDEN}|aka|він же|вона ж|он же|она же|можливо|возможно|в дівоцтві|в девичестве)\s+"
    r"([^\W\d_][\w'’ʼ]*(?:-[^\W\d_][\w'’ʼ]*)?)\)",
    re.IGNORECASE,
)
# The same right after the surname, said or not ("Городецька (Козловська) Галина").
_OTHER_SURNAME = re.compile(
    rf"^([^\W\d_][\w'’ʼ-]*)\s*\((?:{MAIDEN}\s*)?([^\W\d_][\w'’ʼ]*(?:-[^\W\d_][\w'’ʼ]*)?)\)\s+\S"
)
_INITIAL = re.compile(r"^[^\W\d_]\.?$")
_GLUED_INITIALS = re.compile(r"([^\W\d_]\.)(?=[^\W\d_])")  # "О.М.Петренко" -> "О. М. Петренко"
# "Son of" and "daughter of" after the father's name (Crimean Tatar, Azerbaijani): Рефат Ибраим огълу.
TURKIC_SON = frozenset({"оглу", "огълу", "оглы", "огли", "ogly", "oglu", "oğlu", "ohlu"})
TURKIC_DAUGHTER = frozenset({"кызы", "къызы", "кизи", "qizi", "qızı", "kyzy", "kyzi", "kizi"})
_TURKIC = TURKIC_SON | TURKIC_DAUGHTER
# Words a list adds to a name that are not part of it: (молодший), мл., footnote marks.
_NOT_NAME = re.compile(
    r"\((?:молодший|старший|младший|старший|мол\.?|ст\.?|мл\.?)\)|\b(?:молодший|младший)\b|\*+", re.I
)


# Characters a copy from a web page or a word processor leaves in a cell, which nobody sees:
# a zero-width space, joiner or byte-order mark, a soft hyphen. Between a small and a capital
# letter they stood where a space was meant ("Коваленко\u00adСергій"); elsewhere they are dropped.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_BREAK = re.compile(f"(?<=[^\\W\\d_])[{_INVISIBLE}]+(?=[^\\W\\d_])")
_INVISIBLE_ANY = re.compile(f"[{_INVISIBLE}]+")


def _visible(text: str) -> str:
    text = _INVISIBLE_BREAK.sub(lambda m: " " if _starts_word(m, text) else "", text)
    return _INVISIBLE_ANY.sub("", text)


def _starts_word(match: re.Match[str], text: str) -> bool:
    before, after = text[match.start() - 1], text[match.end()]
    return before.islower() and after.isupper()


def clean_name(text: str) -> str:
    """A name cell as a clerk reads it: line breaks and runs of spaces as one space, invisible
    characters dropped, footnote marks and "(молодший)" dropped, initials glued to each other
    separated."""
    if any(c in text for c in _INVISIBLE):
        text = _visible(text)
    if "*" not in text and "(" not in text and "." not in text and "олодш" not in text and "ладш" not in text:
        return " ".join(text.split())  # the common case: nothing to drop or separate
    text = _NOT_NAME.sub(" ", text.replace("\u00a0", " "))
    text = _GLUED_INITIALS.sub(r"\1 ", text)
    return " ".join(text.split())


def split_full_name(text: str) -> SplitName:
    """Surname, given name and patronymic of a name written in one cell (``_split``), in the
    nominative when a sentence declined it ("щодо Коваленка Сергія Івановича": Коваленко
    Сергій Іванович; ``models.names.cases``)."""
    text, after_words = strip_leading(" ".join(QUOTED.sub(" ", text).split()))
    split = _split(text)
    if not _reads_as_name(split):
        for retyped in retypings(text):  # Djhj,qjd Jktu Lvbnhjdbx: Воробйов Олег Дмитрович on the Latin layout
            if _reads_as_name(other := _split(retyped)):
                surname, given, patronymic = (_capital(p) for p in (other.surname, other.given_names, other.patronymic))
                return SplitName(surname, given, patronymic, retyped=True)
    found = nominative(split.surname, split.given_names, split.patronymic, after_words)
    if found is None or found == (split.surname, split.given_names, split.patronymic):
        return split
    return SplitName(found.surname, found.given_names, found.patronymic, True)


def retyped_columns(surname: str, given: str, patronymic: str) -> tuple[str, str, str] | None:
    """Name parts in columns of their own typed on the other keyboard layout (Rjdfktyrj | Jkmuf:
    Коваленко | Ольга), as meant; None when they read as a name as written."""
    written = SplitName(surname, given, patronymic)
    if not surname or _reads_as_name(written):
        return None
    readings = [retypings(part, words=1) if part else [] for part in (surname, given, patronymic)]
    for choice in range(2):  # each part alone, read on each other layout
        if any(part and len(reading) <= choice for part, reading in zip((surname, given), readings, strict=False)):
            continue
        meant = [_capital(reading[choice]) if len(reading) > choice else "" for reading in readings]
        candidate = SplitName(meant[0], meant[1], meant[2])
        if _reads_as_name(candidate):
            return candidate.surname, candidate.given_names, candidate.patronymic
    return None


def _capital(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split())


def _reads_as_name(name: SplitName) -> bool:
    """A patronymic by its ending, or a given name the tables know."""
    return (len(name.patronymic) > 4 and looks_like_patronymic(name.patronymic)) or any(
        known_given(word) for word in name.given_names.split()
    )


# A call sign written inside a name in quotes ("Мельниченко «Тихий» Костянтин"): not a name part.
QUOTED = re.compile(r"[«„“\"][^»“”\"]{1,30}[»“”\"]")


def _split(text: str) -> SplitName:
    """Surname, given name and patronymic from "Коваленко Сергій Іванович", "Сергій Іванович
    Коваленко", "KOVALENKO Serhii", "Петренко О.М.", "О. М. Гончар" or "Гасанов Эльдар Рашид
    оглы" alike: the patronymic's ending, initials and a surname in capitals show the order."""
    other = _OTHER_SURNAME.match(text)  # "Городецька (Козловська) Галина": a maiden or former surname
    alias = _ALIAS.search(text)  # "Ткачук Марія Іванівна (дів. Бойко)", "(він же Гречка)"
    text = _BRACKETS.sub(" ", text)  # "(молодший)", a call sign, a remark: not the name, kept in the raw cell
    if other is not None and not looks_like_given(other.group(2)) and not _NOT_NAME.match(f"({other.group(2)})"):
        rest = clean_name(" ".join(text.split()[1:])).split()
        patronymic = rest[-1] if len(rest) >= 2 and looks_like_patronymic(rest[-1]) else ""
        given = " ".join(rest[:-1] if patronymic else rest)
        return SplitName(f"{clean_name(other.group(1))} ({other.group(2)})", given, patronymic)
    if alias is not None:
        name = _split(text)
        return SplitName(f"{name.surname} ({alias.group(1)})", name.given_names, name.patronymic)
    if "," in text:  # "KOVALENKO, Serhii Petrovych": the surname before the comma
        head, _, tail = text.partition(",")
        if len(head.split()) == 1 and tail.strip():
            first, _, father = " ".join(tail.split()).partition(" ")
            return SplitName(clean_name(head), clean_name(first), clean_name(father))
        text = text.replace(",", " ")
    words = clean_name(text).split()
    words = [w for w in words if w not in ("-", "–")]
    if not words:
        return SplitName("", "", "")
    if len(words) == 1:
        return SplitName(words[0], "", "")
    turkic = next((i for i, w in enumerate(words) if i > 1 and w.casefold() in _TURKIC), None)
    if turkic is not None:  # "Гасанов Эльдар Рашид оглы": the father's name with оглы/кызы
        before = words[: turkic - 1]
        father = " ".join(words[turkic - 1 : turkic + 1])
        return SplitName(before[0], " ".join(before[1:]), father) if before else SplitName("", "", father)
    initials = [i for i, w in enumerate(words) if _INITIAL.match(w)]
    if initials:
        named = [w for i, w in enumerate(words) if i not in initials]
        letters = [words[i] if words[i].endswith(".") else words[i] + "." for i in initials]
        return SplitName(" ".join(named), letters[0], " ".join(letters[1:2]))
    patronymic_at = next((i for i, w in enumerate(words) if i > 0 and looks_like_patronymic(w)), None)
    if patronymic_at is not None:
        patronymic = words[patronymic_at]
        rest = words[:patronymic_at] + words[patronymic_at + 1 :]
        if patronymic_at == 1 and len(rest) >= 2:  # "Сергій Іванович Коваленко"
            return SplitName(" ".join(rest[1:]), rest[0], patronymic)
        if len(words) == 2 and patronymic_at == 1 and looks_like_given_name(words[0]):
            # "Сашко Прокопович": a given name and a surname that ends like a patronymic (matching
            # tries the other reading as well)
            return SplitName(patronymic, words[0], "")
        # "Коваленко Сергій Іванович": the given name stands just before the patronymic
        return SplitName(
            " ".join(rest[:-1]) if len(rest) > 1 else rest[0], rest[-1] if len(rest) > 1 else "", patronymic
        )
    capitals = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper()]
    if len(capitals) == 1 and len(words) > 1:  # "KOVALENKO Serhii", "Сергій КОВАЛЕНКО": surname in capitals
        at = capitals[0]
        return SplitName(words[at], " ".join(w for i, w in enumerate(words) if i != at), "")
    first, last = words[0], words[-1]
    if looks_like_given_name(first) and not looks_like_given_name(last):  # "Serhii Kovalenko"
        return SplitName(" ".join(words[1:]), first, "")
    return SplitName(first, " ".join(words[1:]), "")
