"""The name engine: whether two written names can be the same person, part by part.

List reconciliation, duplicate detection, registry search and the names on remains' ID tags
all ask this module, so a name is read one way everywhere. A name (surname, given names,
patronymic) becomes ``NameKeys`` (``name_keys``): the keys of ``models.names.keys`` and
``models.names.equivalents``, with initials recognised. Two ``NameKeys`` are compared part by
part (``compare``), each part at a ``Level``:

========== =========================================================================
EXACT      the same name in any script, system or language (Соловйов / Соловьёв /
           Solovyov; Охрім / Ефрем; Миколайович / Николаевич)
NEAR       one or two letters apart (a typo), or one surname inside a double one
PARTIAL    alike but further apart (a surname only: a mangled transliteration)
FORM       a given name written as another form of the other's: a pet form (Коля, Kolya
           for Микола; Шура for Олександр) or its Hungarian or Romanian counterpart
           (Шандор for Олександр): a table's pairs, weak evidence (Слава is three names)
INITIAL    one side an initial the other's name can begin with (О. for Олександр or
           Александр; O. in Latin)
MISSING    not written on one side
DIFFERENT  another name (two different known given names are different even when they
           look alike: Іван / Іванна, Олег / Ольга)
========== =========================================================================

The levels are the evidence; ``models.lists.reconcile`` weighs them (with the date of birth
and the service number) into a score and a decision, and says them in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from rapidfuzz.distance import OSA

from models.names.equivalents import (
    class_forms,
    given_initials,
    given_key,
    known_given,
    other_forms,
    patronymic_initials,
    patronymic_key,
)
from models.names.hungarian import hungarian, to_cyrillic
from models.names.keys import initial, skeleton, strip_apostrophes, surname_key, surname_keys, tokens
from models.names.split import MAIDEN, TURKIC_DAUGHTER, TURKIC_SON

ENGINE_VERSION = 4  # stored keys carry it; a change of rules or tables that changes keys raises it
_SEPARATOR = "\x1f"
_LIST = "\x1e"
_VERSION_TEXT = str(ENGINE_VERSION)


class Level(IntEnum):
    DIFFERENT = 0
    MISSING = 1
    INITIAL = 2
    FORM = 3  # a given name only: another form of the other's name (Коля, Шандор / Микола, Олександр)
    PARTIAL = 4
    NEAR = 5
    EXACT = 6


@dataclass(frozen=True, slots=True)
class NameKeys:
    """The keys of one written name. Empty strings where a part is not written."""

    surname: str  # the surname's own key (words joined by spaces)
    surnames: frozenset[str]  # its keys as either language may spell it (includes ``surname``)
    surname_word: str  # as written, casefolded (a typo costs one letter here, sometimes two in a key)
    given: str  # the class key of the first given name ("" when not written or an initial)
    given_word: str  # that word as written, casefolded (for typos of names no table knows)
    given_initial: str  # the letter when the given name is written as an initial
    patronymic: str  # the patronymic's class key
    patronymic_word: str
    patronymic_initial: str

    def dump(self) -> str:
        """The keys as one text, for storing beside a person (see ``load``)."""
        return _SEPARATOR.join(
            (
                str(ENGINE_VERSION),
                self.surname,
                _LIST.join(sorted(self.surnames - {self.surname})),
                self.surname_word,
                self.given,
                self.given_word,
                self.given_initial,
                self.patronymic,
                self.patronymic_word,
                self.patronymic_initial,
            )
        )

    @staticmethod
    def load(text: str) -> NameKeys | None:
        """Keys stored by ``dump``; None when they were made by another engine version."""
        fields = NameKeys.fields(text)
        if fields is None:
            return None
        surname, variants, surname_word, *rest = fields
        return NameKeys(surname, NameKeys.surnames_of(surname, variants), surname_word, *rest)

    @staticmethod
    def fields(text: str) -> list[str] | None:
        """The nine fields of stored keys, in the order of the attributes, the surname's other
        keys as one text (``surnames_of``); None when made by another engine version. For bulk
        readers that need a few fields of 100,000 persons' keys, not the objects."""
        parts = text.split(_SEPARATOR)
        if len(parts) != 10 or parts[0] != _VERSION_TEXT:
            return None
        del parts[0]
        return parts

    @staticmethod
    def surnames_of(surname: str, variants: str) -> frozenset[str]:
        """``surnames`` from the stored surname key and its other keys' field."""
        return frozenset(variants.split(_LIST)) | {surname} if variants else frozenset({surname} - {""})


def _part(text: str, key_of: object) -> tuple[str, str, str]:
    """(class key, word skeleton, initial letter) of a given name or patronymic."""
    words = tokens(text)
    if not words:
        return "", "", ""
    letter = initial(words[0])
    if letter is not None:
        return "", "", letter
    word = words[0]
    return key_of(word), strip_apostrophes(word.casefold()), ""  # type: ignore[operator]


# The father's name with "son of"/"daughter of" (Crimean Tatar, Azerbaijani: Рефат Ибраим огълу,
# Зарема Мемет къызы) is the patronymic registries write Ібраїмович, Меметівна.


def _slavic_patronymic(patronymic: str) -> str:
    words = patronymic.split()
    if len(words) != 2 or not words[0][:1].isalpha():
        return patronymic
    marker = words[1].casefold()
    if marker in TURKIC_SON:
        return words[0] + ("ovych" if words[0].isascii() else "ович")
    if marker in TURKIC_DAUGHTER:
        return words[0] + ("ivna" if words[0].isascii() else "івна")
    return patronymic


# Another surname the list gives in brackets: a maiden or former name, another spelling
# (Городецька (Козловська), Коваленко (Коваленков), Бойко (дів. Гнатюк)).
_OTHER_SURNAME = re.compile(rf"\s*\((?:{MAIDEN})?\s*([^()]+)\)\s*")


@lru_cache(maxsize=1 << 17)
def name_keys(surname: str, given_names: str, patronymic: str) -> NameKeys:
    """The keys of a written name (any script; parts as written, initials allowed). A surname
    in brackets beside the surname is another it goes by: its keys count as the surname's."""
    others = _OTHER_SURNAME.findall(surname) if "(" in surname else []
    if others:
        surname = _OTHER_SURNAME.sub(" ", surname).strip()
    own = surname_key(surname)
    if hungarian(surname, given_names, patronymic):  # Nagy Gábor: Надь Габор, as the registry writes it
        others.append(" ".join(to_cyrillic(word, True) or word for word in surname.split()))
        if given_names and not known_given(given_names.split(maxsplit=1)[0]):
            given_names = " ".join(to_cyrillic(word, True) or word for word in given_names.split())
    given, given_word, given_letter = _part(given_names, given_key)
    patron, patron_word, patron_letter = _part(_slavic_patronymic(patronymic), patronymic_key)
    keys = surname_keys(surname).union(*(surname_keys(other) for other in others))
    return NameKeys(
        own,
        keys | ({own} if own else frozenset()),
        strip_apostrophes(" ".join(tokens(surname)).casefold()),
        given,
        given_word,
        given_letter,
        patron,
        patron_word,
        patron_letter,
    )


def compact(key: str) -> str:
    """A key with the digraphs the skeleton spells ж, ч, ш with (zh, ch, sh) as one letter each:
    edits counted on it are the edits a clerk sees."""
    return key.replace("zh", "\x02").replace("ch", "\x03").replace("sh", "\x01")


@lru_cache(maxsize=1 << 18)
def _distance(a: str, b: str) -> int:
    """Edits between two keys, a swap of two neighbouring letters counting as one (optimal
    string alignment: Бондар / Боднар); above 3 as 4."""
    return int(OSA.distance(a, b, score_cutoff=3))


_SURNAME_LEVELS: dict[tuple[str, str], Level] = {}  # by the surnames as written: they decide every key


def surname_level(a: NameKeys, b: NameKeys) -> Level:
    if not a.surname or not b.surname:
        return Level.MISSING
    pair = (a.surname_word, b.surname_word)
    level = _SURNAME_LEVELS.get(pair)
    if level is None:
        if len(_SURNAME_LEVELS) > 1 << 19:
            _SURNAME_LEVELS.clear()
        level = _SURNAME_LEVELS[pair] = _surname_level(a, b)
    return level


@lru_cache(maxsize=1 << 16)
def surname_parts(keys: frozenset[str]) -> frozenset[str]:
    """The keys of a double surname's parts (Петренко-Гнатюк: petrenko, gnatiuk); none for a
    single one. A list may write one part only, or both where the registry has one."""
    return frozenset(part for key in keys if " " in key for part in key.split() if len(part) >= 3)


def _surname_level(a: NameKeys, b: NameKeys) -> Level:
    if not a.surnames.isdisjoint(b.surnames):
        return Level.EXACT
    a_parts, b_parts = surname_parts(a.surnames), surname_parts(b.surnames)
    if a_parts and a_parts == b_parts:
        return Level.EXACT  # both parts, in the other order (Гнатюк-Петренко, Петренко-Гнатюк)
    level = _surname_spelling(a, b)
    shared = (a_parts or b_parts) and not (a_parts | a.surnames).isdisjoint(b_parts | b.surnames)
    if level < Level.PARTIAL and shared:
        return Level.PARTIAL  # one part of a double surname: alike, never the same by itself
    return level


def _surname_spelling(a: NameKeys, b: NameKeys) -> Level:
    if abs(len(a.surname) - len(b.surname)) > 4 and " " not in a.surname + b.surname:
        return Level.DIFFERENT  # no slip makes Коваленко of Бондар (the common case, told fast)
    level = _surname_near(a.surname, b.surname)
    if level == Level.NEAR:
        return level
    level = max(level, _surname_near(a.surname_word, b.surname_word))
    if level == Level.NEAR:
        return level
    if level == Level.DIFFERENT and not _alike_ends(a, b):
        return level  # no spelling of either begins or ends like the other: none comes close
    # a slip in the other language's spelling (Ворбоьев for Воробьев, the Russian of Воробйов)
    for key in b.surnames:
        level = max(level, _surname_near(a.surname, key))
    for key in a.surnames:
        level = max(level, _surname_near(key, b.surname))
    return level


def _alike_ends(a: NameKeys, b: NameKeys) -> bool:
    starts, ends = {k[:1] for k in a.surnames}, {k[-2:] for k in a.surnames}
    return any(k[:1] in starts or k[-2:] in ends for k in b.surnames)


@lru_cache(maxsize=1 << 18)
def _surname_near(a: str, b: str) -> Level:
    shorter = min(len(a), len(b))
    distance = _distance(compact(a), compact(b))
    if (distance <= 1 and shorter >= 4) or (distance <= 2 and shorter >= 8):
        return Level.NEAR
    if (distance <= 2 and shorter >= 5) or (distance <= 3 and shorter >= 9):
        return Level.PARTIAL
    return Level.DIFFERENT


def given_level(a: NameKeys, b: NameKeys) -> Level:
    return _part_level(
        a.given, a.given_word, a.given_initial, b.given, b.given_word, b.given_initial, given_initials, known_given
    )


def patronymic_level(a: NameKeys, b: NameKeys) -> Level:
    return _part_level(
        a.patronymic,
        a.patronymic_word,
        a.patronymic_initial,
        b.patronymic,
        b.patronymic_word,
        b.patronymic_initial,
        patronymic_initials,
        _known_patronymic,
    )


def _known_patronymic(word: str) -> bool:
    return False  # two patronymics are never "known apart": a typo of one may spell another


@lru_cache(maxsize=1 << 18)
def _part_level(
    key_a: str,
    word_a: str,
    letter_a: str,
    key_b: str,
    word_b: str,
    letter_b: str,
    initials: object,
    known: object,
) -> Level:
    if key_a and key_b:
        if key_a == key_b:
            return Level.EXACT
        return _near_word(key_a, word_a, key_b, word_b, known)
    if (key_a or letter_a) and (key_b or letter_b):  # one or both initials
        if letter_a and letter_b:
            return Level.INITIAL if letter_a == letter_b or _same_letter(letter_a, letter_b) else Level.DIFFERENT
        letter, key = (letter_a, key_b) if letter_a else (letter_b, key_a)
        letters = initials(key)  # type: ignore[operator]
        return Level.INITIAL if letter in letters or skeleton(letter)[:1] in letters else Level.DIFFERENT
    return Level.MISSING


@lru_cache(maxsize=1 << 16)
def _near_word(key_a: str, word_a: str, key_b: str, word_b: str, known: object) -> Level:
    if known is known_given and (key_b in other_forms(word_a) or key_a in other_forms(word_b)):
        return Level.FORM  # another form of the other's name (Коля / Микола, Шандор / Олександр)
    if known(word_a) and known(word_b):  # type: ignore[operator]
        return Level.DIFFERENT  # two names the tables know apart (Іван / Іванна)
    shorter = min(len(word_a), len(word_b))
    distance = min(_distance(word_a, word_b), _distance(key_a, key_b))
    if (distance <= 1 and shorter >= 3) or (distance <= 2 and shorter >= 7):
        return Level.NEAR
    # a misspelt form of a name in another language (Владимр, Нмколай, Oeksii): one letter from
    # any form of the other's name
    for unknown, other in ((key_a, key_b), (key_b, key_a)):
        if len(unknown) >= 3 and not _one_letter_off(unknown).isdisjoint(_forms_one_letter_off(other)):
            return Level.NEAR
    return Level.DIFFERENT


@lru_cache(maxsize=1 << 16)
def _one_letter_off(key: str) -> frozenset[str]:
    """The key and every key with one letter fewer (symmetric deletion, as in SymSpell): two keys
    share one exactly when they are a letter apart, or two neighbouring letters swapped."""
    key = compact(key)
    return frozenset({key} | {key[:i] + key[i + 1 :] for i in range(len(key))})


@lru_cache(maxsize=1 << 12)
def _forms_one_letter_off(key: str) -> frozenset[str]:
    return frozenset(deleted for form in class_forms(key) for deleted in _one_letter_off(form))


def _same_letter(a: str, b: str) -> bool:
    """Two initials that can stand for one name in two scripts or languages (О. / O., А. / A.)."""
    return skeleton(a)[:1] == skeleton(b)[:1]


def initials_of(keys: NameKeys) -> tuple[frozenset[str], frozenset[str]]:
    """The letters the given name and the patronymic can begin with (for indexing initials)."""
    given = given_initials(keys.given) if keys.given else frozenset({keys.given_initial} - {""})
    patron = patronymic_initials(keys.patronymic) if keys.patronymic else frozenset({keys.patronymic_initial} - {""})
    return given, patron
