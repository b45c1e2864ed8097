"""Names as lists and letters really write them, from a hold-out a colleague built from public
sources without reading the engine (declension in a sentence, scans, the wrong keyboard layout,
call signs, unknown days of birth). Every person here is invented."""

from __future__ import annotations

import datetime as dt
import random
import uuid

import pytest

from models.core.dates import parse_list_date
from models.core.enums import PersonStatus
from models.core.partial_date import PartialDate
from models.demo import make_person
from models.lists.reader import read_list, to_entries
from models.lists.reconcile import EntryName, RegistryIndex, RegistryPerson
from models.names.split import split_full_name


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("щодо Марчук Юлії Анатоліївни", ("Марчук", "Юлія", "Анатоліївна")),
        ("стосовно Тодоряну Доріни Василівни", ("Тодоряну", "Доріна", "Василівна")),
        ("Коваленка Сергія Івановича", ("Коваленко", "Сергій", "Іванович")),
        ("Шевчуку Тарасу Петровичу", ("Шевчук", "Тарас", "Петрович")),
        ("в отношении Савчука Андрея Николаевича", ("Савчук", "Андрей", "Николаевич")),
        ("Бойка Петра Івановича", ("Бойко", "Петро", "Іванович")),
        ("Забудька Петра Івановича", ("Забудько", "Петро", "Іванович")),
        ("Франка Івана Яковича", ("Франко", "Іван", "Якович")),
        ("Ковальової Олени Петрівни", ("Ковальова", "Олена", "Петрівна")),
        ("Ковалевой Елены Петровны", ("Ковалева", "Елена", "Петровна")),
        ("Кравець Іллі Миколайовича", ("Кравець", "Ілля", "Миколайович")),
        ("Стасюка Яреми Миколайовича", ("Стасюк", "Ярема", "Миколайович")),
        ("КОВАЛЕНКА СЕРГІЯ ІВАНОВИЧА", ("КОВАЛЕНКО", "СЕРГІЙ", "ІВАНОВИЧ")),
        ("Коваленко Сергея Николаевича", ("Коваленко", "Сергей", "Николаевич")),  # -енко stays in Russian
        ("щодо Ткача Ігоря", ("Ткач", "Ігор", "")),
        ("Папу Золтану Йожефовичу", ("Пап", "Золтан", "Йожефович")),
        ("гр. Петренко Микола Іванович", ("Петренко", "Микола", "Іванович")),  # nominative: left alone
        ("Мельниченко «Тихий» Костянтин Степанович", ("Мельниченко", "Костянтин", "Степанович")),  # a call sign
        ("Djhj,qjd Jktu Lvbnhjdbx", ("Воробйов", "Олег", "Дмитрович")),  # typed on the Latin layout
        ("Rbhbktyrj-Cfdxer Vfrcbv Sdfyjdbx", ("Кириленко-Савчук", "Максим", "Іванович")),  # a double surname
        (",'kjd Fyfnjksq Djkjlbvbhjdbx", ("Бєлов", "Анатолій", "Володимирович")),
        ("Лкфмсрутлщ Мщдщвньнк Зфмдщмнср", ("Kravchenko", "Volodymyr", "Pavlovych")),  # Latin on Ukrainian keys
        ("Mihajlûk Oleg Ìvanovič", ("Mihajlûk", "Oleg", "Ìvanovič")),  # ISO 9 without the háček's help
    ],
)
def test_a_name_is_read_as_a_clerk_reads_it(written: str, read: tuple[str, str, str]) -> None:
    split = split_full_name(written)
    assert (split.surname, split.given_names, split.patronymic) == read


def test_names_in_the_nominative_are_never_changed() -> None:
    rng = random.Random(3)
    for number in range(5000):
        person, _ = make_person(rng, number)
        split = split_full_name(f"{person.surname} {person.given_names} {person.patronymic}")
        assert (split.surname, split.given_names, split.patronymic) == (
            person.surname,
            person.given_names,
            person.patronymic,
        )
        assert not split.declined and not split.retyped


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("__.05.2001", PartialDate(2001, 5)),  # the day not known
        ("00.05.2001", PartialDate(2001, 5)),
        ("хх.хх.1990", PartialDate(1990)),
        ("2001-05-00", PartialDate(2001, 5)),
        ("26.08.l9B3", PartialDate(1983, 8, 26)),  # from a scan: l for 1, B for 8
        ("27.O1.l979", PartialDate(1979, 1, 27)),
    ],
)
def test_dates_as_scans_and_unknown_days_write_them(written: str, value: PartialDate) -> None:
    parsed = parse_list_date(written, dt.date(2026, 1, 1))
    assert parsed is not None and parsed.value == value


def test_a_scanned_list_keeps_every_person_whose_name_has_a_digit_for_a_letter() -> None:
    text = "№;П.І.Б.;Дата народж.\n1;САВЧЕНК0 СТЕПАН АНДРІЙОВИЧ;22.03.1976\n2;МЕЛЬНИЧУК МИКОЛА ЮР1ЙОВИЧ;26.08.l9B3\n"
    result = to_entries(read_list(text.encode(), "scan.csv"))
    assert [e.surname for e in result.entries] == ["САВЧЕНК0", "МЕЛЬНИЧУК"]  # as written; matching folds
    assert result.entries[1].date_of_birth == PartialDate(1983, 8, 26) and not result.skipped


def test_a_declined_name_in_columns_is_read_in_the_nominative_and_said_so() -> None:
    text = "Фамилия;Имя;Отчество;Дата рождения\nСавчука;Андрея;Николаевича;__.05.2001\n"
    (entry,) = to_entries(read_list(text.encode(), "ru.csv")).entries
    assert (entry.surname, entry.given_names, entry.patronymic) == ("Савчук", "Андрей", "Николаевич")
    assert entry.date_of_birth == PartialDate(2001, 5) and entry.reading_flags == ("name_declined",)


def _person(surname: str, given: str, patronymic: str, born: PartialDate) -> RegistryPerson:
    return RegistryPerson(uuid.uuid4(), surname, surname, given, patronymic, born, "", PersonStatus.CAPTURED)


REGISTRY = RegistryIndex(
    [
        _person("Марчук", "Юлія", "Анатоліївна", PartialDate(1988, 10, 10)),
        _person("Савченко", "Степан", "Андрійович", PartialDate(1976, 3, 22)),
        _person("Воробйов", "Олег", "Дмитрович", PartialDate(1983, 2, 28)),
        _person("Олійник", "Костянтин", "Володимирович", PartialDate(1970, 8, 25)),
        _person("Савчук", "Андрій", "Миколайович", PartialDate(2001, 5, 22)),
    ]
)


def _line(text: str, born: str) -> EntryName:
    split = split_full_name(text)
    parsed = parse_list_date(born, dt.date(2026, 1, 1)) if born else None
    return EntryName(split.surname, split.given_names, split.patronymic, parsed.value if parsed else None)


@pytest.mark.parametrize(
    ("text", "born", "expected"),
    [
        ("щодо Марчук Юлії Анатоліївни", "10.10.1988", "matched"),
        ("САВЧЕНК0 СТЕПАН АНДРІЙОВИЧ", "22.03.1976", "matched"),
        ("Djhj,qjd Jktu Lvbnhjdbx", "28.02.1983", "matched"),
        ("в отношении Савчука Андрея Николаевича", "__.05.2001", "matched"),
        # another man's year, one digit off, same day and month: a clerk decides, never the app
        ("ОЛЕИНИК КОНСТАНТИН ВЛАДИМИРОВИЧ", "25.08.1977", "review"),
        # a day off with the full name: a slip, matched (and the flags say so)
        ("Олейник Константин Владимирович", "24.08.1970", "matched"),
    ],
)
def test_such_lines_meet_their_person(text: str, born: str, expected: str) -> None:
    match = REGISTRY.match(_line(text, born))
    assert match.state == expected, [(c.person.surname, c.score, c.reasons) for c in match.candidates]


def test_a_double_surname_meets_its_parts_and_the_parts_their_whole() -> None:
    index = RegistryIndex(
        [
            _person("Петренко-Гнатюк", "Олег", "Іванович", PartialDate(1980, 1, 2)),
            _person("Яковенко", "Людмила", "Андріївна", PartialDate(1988, 1, 2)),
        ]
    )
    assert index.match(EntryName("Гнатюк", "Олег", "Іванович", PartialDate(1980, 1, 2))).state == "matched"
    assert index.match(EntryName("Гнатюк-Петренко", "Олег", "Іванович", None)).state == "matched"
    # one part alone and no date: alike, for a clerk to confirm
    assert index.match(EntryName("Гнатюк", "Олег", "Іванович", None)).state == "review"
    both = EntryName("Романюк-Яковенко", "Людмила", "Андріївна", PartialDate(1988, 1, 2))  # maiden and married
    assert index.match(both).state == "matched"


@pytest.mark.parametrize(
    ("written", "surname"),
    [
        ("Городецька (Козловська) Галина Станіславівна", "Городецька (Козловська)"),  # married (maiden)
        ("Ткачук Марія Іванівна (дів. Бойко)", "Ткачук (Бойко)"),
        ("Гречко Андрій Миколайович (він же Гречка)", "Гречко (Гречка)"),
        ("Коваленко (молодший) Іван Петрович", "Коваленко"),  # not a surname
        ("Коваль Петро (позивний Грім)", "Коваль"),
    ],
)
def test_another_surname_in_brackets_is_kept_and_meets_the_person(written: str, surname: str) -> None:
    assert split_full_name(written).surname == surname


def test_a_woman_listed_under_her_married_name_meets_her_maiden_one() -> None:
    index = RegistryIndex([_person("Козловська", "Галина", "Станіславівна", PartialDate(1987, 12, 10))])
    match = index.match(_line("Городецька (Козловська) Галина Станіславівна", "10.12.1987"))
    assert match.state == "matched" and "surname the same" in match.candidates[0].reasons


def test_a_turkic_patronymic_meets_the_slavic_form_registries_write() -> None:
    index = RegistryIndex([_person("Куртсеїтов", "Рефат", "Ібраїмович", PartialDate(1988, 7, 21))])
    match = index.match(_line("Куртсеитов Рефат Ибраим огълу", "21.07.1988"))
    assert match.state == "matched" and "patronymic the same" in match.candidates[0].reasons


@pytest.mark.parametrize(
    ("written", "registry"),
    [
        ("Nagy Gábor", ("Надь", "Габор")),
        ("Toth Erzsebet", ("Тот", "Єржебет")),
        ("Zsuzsanna Tóth", ("Тот", "Жужанна")),
        ("Molnár István", ("Молнар", "Іштван")),
        ("Kiss Sándor", ("Кіш", "Шандор")),
    ],
)
def test_a_hungarian_spelling_meets_the_name_in_ukrainian_cyrillic(written: str, registry: tuple[str, str]) -> None:
    born = PartialDate(1970, 5, 5)
    index = RegistryIndex([_person(*registry, "", born)])
    split = split_full_name(written)
    match = index.match(EntryName(split.surname, split.given_names, split.patronymic, born))
    assert match.state == "matched", [(c.person.surname, c.reasons) for c in match.candidates]


def test_polish_and_crimean_tatar_latin_are_not_read_as_hungarian() -> None:
    from models.names.hungarian import hungarian

    assert not hungarian("Szymański", "Józef") and not hungarian("Wróbel", "Józef")
    assert not hungarian("Seitumer", "Ümer") and hungarian("Szabó", "Zoltán")


def test_initials_and_a_year_never_decide_between_namesakes() -> None:
    index = RegistryIndex(
        [
            _person("Коваленко", "Олег", "Миколайович", PartialDate(1975, 6, 1)),
            _person("Коваленко", "Олександр", "Михайлович", PartialDate(1980, 2, 2)),
            _person("Рябець", "Ігор", "Петрович", PartialDate(1996, 3, 3)),
            _person("Рябець", "Ігор", "Васильович", PartialDate(1971, 4, 4)),
        ]
    )
    # another Коваленко О.М. exists: initials and a year are no proof of which
    assert index.match(EntryName("Коваленко", "О.", "М.", PartialDate(1975))).state == "review"
    assert index.match(EntryName("Коваленко", "О.", "М.", PartialDate(1975, 6, 1))).state == "matched"
    # a given name written out and the year tell the two Рябець Ігор apart
    assert index.match(EntryName("Рябец", "Игорь", "", PartialDate(1996))).state == "matched"


def test_name_parts_in_columns_typed_on_the_other_layout_are_read_as_meant() -> None:
    text = "Фамилия;Имя;Отчество;Дата рождения\nRjdfktyrj;Jkmuf;Vbrjkf]dyf;14.02.1975\n"
    (entry,) = to_entries(read_list(text.encode(), "c.csv")).entries
    assert (entry.surname, entry.given_names, entry.patronymic) == ("Коваленко", "Ольга", "Миколаївна")
    assert entry.reading_flags == ("name_retyped",)
