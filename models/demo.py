"""Deterministic demo data across every entity, so each screen has something to show.

Names, patronymics, units, ranks, places and dates are realistic for the
Ukrainian office; the same seed always gives the same database. Persons are
written through the bulk path of the persons service (100k in seconds), the
rest through the ordinary services, so the change log covers everything.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from faker.providers.address.uk_UA import Provider as AddressProvider
from faker.providers.person.uk_UA import Provider as PersonProvider
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.bundles.checkpoint import write_checkpoint
from models.bundles.offices import give_keys
from models.core.db import Database, building
from models.core.entities import Person
from models.core.enums import (
    CounterpartyKind,
    ExchangeDirection,
    Health,
    IdentificationDecision,
    IdentificationMethod,
    LetterChannel,
    LetterDirection,
    MarkKind,
    PersonStatus,
    Reliability,
    RemainsCondition,
    Role,
    SampleKind,
    Sex,
    Side,
    StatusEventKind,
    ToothState,
)
from models.core.keyslots import DEFAULT_KDF, KdfParams
from models.core.partial_date import PartialDate
from models.correspondence import service as correspondence
from models.correspondence.dto import LetterInput
from models.lists import agreements
from models.lists.dto import ListEntryInput
from models.lists.reader import read_list, to_entries
from models.lists.service import check_list
from models.names.equivalents import female_patronymic_uk
from models.office.users import add_user
from models.persons import service as persons
from models.persons.dto import PersonInput, StatusEventInput
from models.remains import ante_mortem, details, dna, identification
from models.remains import cases as remains
from models.remains.dto import (
    AnteMortemInput,
    BatchInput,
    CustodyInput,
    DecisionInput,
    HandoverInput,
    Mark,
    NotificationInput,
    ProposalInput,
    RemainsCaseInput,
    SampleInput,
)

DEMO_USER = "demo"
DEMO_PASSWORD = "demo-repatria"

GIVEN_MALE = {
    "Олександр": "Олександрович",
    "Андрій": "Андрійович",
    "Сергій": "Сергійович",
    "Дмитро": "Дмитрович",
    "Володимир": "Володимирович",
    "Максим": "Максимович",
    "Іван": "Іванович",
    "Віталій": "Віталійович",
    "Юрій": "Юрійович",
    "Богдан": "Богданович",
    "Микола": "Миколайович",
    "Олег": "Олегович",
    "Роман": "Романович",
    "Євген": "Євгенович",
    "Артем": "Артемович",
    "Ігор": "Ігорович",
    "Василь": "Васильович",
    "Денис": "Денисович",
    "Тарас": "Тарасович",
    "Владислав": "Владиславович",
    "Михайло": "Михайлович",
    "Віктор": "Вікторович",
    "Петро": "Петрович",
    "Павло": "Павлович",
    "Анатолій": "Анатолійович",
    "Руслан": "Русланович",
    "Вадим": "Вадимович",
    "Ярослав": "Ярославович",
    "Назар": "Назарович",
    "Станіслав": "Станіславович",
}
GIVEN_FEMALE = ["Олена", "Наталія", "Ірина", "Тетяна", "Юлія", "Оксана", "Марія", "Анна", "Світлана", "Катерина"]
# How the other side's lists spell our names (DOMAIN.md: names arrive in Russian forms).
RUSSIAN_FORMS = {
    "Олександр": "Александр",
    "Андрій": "Андрей",
    "Сергій": "Сергей",
    "Микола": "Николай",
    "Володимир": "Владимир",
    "Дмитро": "Дмитрий",
    "Іван": "Иван",
    "Віталій": "Виталий",
    "Юрій": "Юрий",
    "Олег": "Олег",
    "Євген": "Евгений",
    "Ігор": "Игорь",
    "Василь": "Василий",
    "Михайло": "Михаил",
    "Віктор": "Виктор",
    "Петро": "Петр",
    "Павло": "Павел",
    "Анатолій": "Анатолий",
    "Ярослав": "Ярослав",
}
RANKS = (
    ["солдат"] * 6
    + ["старший солдат"] * 3
    + [
        "молодший сержант",
        "сержант",
        "старший сержант",
        "головний сержант",
        "штаб-сержант",
        "молодший лейтенант",
        "лейтенант",
        "старший лейтенант",
        "капітан",
        "майор",
    ]
)
UNITS = [
    "24 ОМБр",
    "28 ОМБр",
    "30 ОМБр",
    "53 ОМБр",
    "54 ОМБр",
    "56 ОМПБр",
    "57 ОМПБр",
    "72 ОМБр",
    "92 ОШБр",
    "93 ОМБр",
    "36 ОБрМП",
    "35 ОБрМП",
    "79 ОДШБр",
    "80 ОДШБр",
    "95 ОДШБр",
    "3 ОШБр",
    "110 ОМБр",
    "128 ОГШБр",
    "ДПСУ, 10 МЗ",
    "НГУ, 12 бригада оперативного призначення",
]
FRONT_PLACES = [
    "Маріуполь",
    "Бахмут",
    "Авдіївка",
    "Соледар",
    "Херсон",
    "Ізюм",
    "Покровськ",
    "Вугледар",
    "Курахове",
    "Мар'їнка",
    "Лиман",
    "Сєвєродонецьк",
    "Лисичанськ",
    "Попасна",
    "Рубіжне",
    "Кліщіївка",
    "Роботине",
    "Работине",
    "Кринки",
    "Торецьк",
    "Часів Яр",
    "Волноваха",
]
DETENTION = [
    "СІЗО-2 Таганрог",
    "ВК-10 Мордовія",
    "ВК-1 Донецьк",
    "СІЗО-1 Курськ",
    "ВК-7 Горлівка",
    "СІЗО-1 Бєлгород",
    "ВК-6 Брянськ",
    "Оленівка",
    "ВК-3 Рязань",
    "невідомо",
]
RELATIONS = ["мати", "батько", "дружина", "сестра", "брат", "син", "донька"]
STATUS_WEIGHTS = {
    PersonStatus.MISSING: 40,
    PersonStatus.CAPTURED: 25,
    PersonStatus.CAPTURED_UNCONFIRMED: 10,
    PersonStatus.RETURNED: 15,
    PersonStatus.DECEASED: 8,
    PersonStatus.UNKNOWN: 2,
}
HEALTH_WEIGHTS = {
    Health.GOOD: 25,
    Health.NOT_WOUNDED: 20,
    Health.SLIGHTLY_WOUNDED: 18,
    Health.SERIOUSLY_WOUNDED: 10,
    Health.SICK: 10,
    Health.SERIOUSLY_ILL: 5,
    Health.CONVALESCENT: 6,
    Health.RECOVERED: 6,
}
T = TypeVar("T")
WAR_START = dt.date(2022, 2, 24)
TODAY = dt.date(2026, 10, 31)  # fixed, so a seed always gives the same data


@dataclass(frozen=True)
class DemoResult:
    path: Path
    user: str
    password: str
    persons: int


def _female_patronymic(male: str) -> str:
    return female_patronymic_uk(male)  # Миколайович -> Миколаївна, Кузьмич -> Кузьмівна


def _male_surname(surname: str) -> str:
    """Faker's Ukrainian surnames hold some feminine forms (Абрагамовська, Гоголь-Яновська): a
    man has the masculine one (Абрагамовський)."""
    if surname.endswith(("ська", "цька", "зька")):
        return surname[:-1] + "ий"
    return surname


def _female_surname(surname: str) -> str:
    if surname.endswith(("ський", "цький", "зький")):
        return surname[:-2] + "а"  # Абрагамовський -> Абрагамовська
    if surname.endswith(("ов", "ев", "ін", "ів")):
        return surname + "а"
    return surname


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _weighted(rng: random.Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


@cache
def _calendar() -> list[tuple[str, str]]:
    """Male given names of the Ukrainian calendar with their patronymics (resources/names)."""
    source = resources.files("resources").joinpath("names/given_names.csv")
    with source.open(encoding="utf-8") as handle:
        return [
            (row["uk"], row["uk_patronymic_m"].split("|")[0])
            for row in csv.DictReader(handle)
            if row["sex"] == "m" and row["uk_patronymic_m"]
        ]


def make_person(rng: random.Random, index: int) -> tuple[PersonInput, str]:
    """One demo person and the text of the person to inform."""
    surnames = PersonProvider.last_names
    female = rng.random() < 0.06
    # the common names, and one in ten from the whole calendar (Охрім, Юхим, Ярема ...), as registries have them
    _father, patronymic = rng.choice(list(GIVEN_MALE.items())) if rng.random() < 0.9 else rng.choice(_calendar())
    surname = _male_surname(rng.choice(surnames))
    if female:
        given, patronymic, surname = rng.choice(GIVEN_FEMALE), _female_patronymic(patronymic), _female_surname(surname)
    else:
        given = rng.choice(list(GIVEN_MALE)) if rng.random() < 0.9 else rng.choice(_calendar())[0]
    born = _day(rng, dt.date(1966, 1, 1), dt.date(2005, 12, 31))
    precision = rng.random()
    date_of_birth = (
        PartialDate.from_date(born)
        if precision > 0.04
        else PartialDate(born.year, born.month)
        if precision > 0.01
        else PartialDate(born.year)
    )
    status = _weighted(rng, STATUS_WEIGHTS)
    captured = status in (PersonStatus.CAPTURED, PersonStatus.CAPTURED_UNCONFIRMED, PersonStatus.RETURNED)
    event_day = _day(rng, max(WAR_START, dt.date(born.year + 18, born.month, min(born.day, 28))), TODAY)
    health = _weighted(rng, HEALTH_WEIGHTS) if captured else None
    place = rng.choice(FRONT_PLACES)
    kin_relation = rng.choice(RELATIONS)
    kin_given = (
        rng.choice(GIVEN_FEMALE)
        if kin_relation in ("мати", "дружина", "сестра", "донька")
        else rng.choice(list(GIVEN_MALE))
    )
    city = rng.choice(AddressProvider.city_names)
    kin = f"{surname} {kin_given} ({kin_relation}), м. {city}, тел. +380{rng.randrange(10**8, 10**9)}"
    person = PersonInput(
        external_id=f"UA-{index:07d}",
        surname=surname,
        given_names=given,
        patronymic=patronymic,
        sex=Sex.FEMALE if female else Sex.MALE,
        date_of_birth=date_of_birth,
        place_of_birth=rng.choice(AddressProvider.city_names),
        citizenship="Україна",
        service_number=f"{rng.choice('АБВГДЕКМНОРСТ')}{rng.randrange(100000, 999999)}",
        rank=rng.choice(RANKS),
        unit=rng.choice(UNITS),
        status=status,
        health=health,
        capture_date=PartialDate.from_date(event_day) if captured else None,
        capture_place=place if captured else "",
        detention_place=rng.choice(DETENTION) if status is PersonStatus.CAPTURED else "",
        death_date=PartialDate.from_date(event_day) if status is PersonStatus.DECEASED else None,
        death_place=place if status is PersonStatus.DECEASED else "",
        notes="" if rng.random() < 0.85 else f"Зник безвісти в районі н.п. {place}, дані від побратимів.",
    )
    return person, kin if rng.random() < 0.7 else ""


def generate(
    path: Path,
    persons_count: int,
    seed: int,
    *,
    kdf: KdfParams = DEFAULT_KDF,
    progress: Callable[[str], None] | None = None,
) -> DemoResult:
    """Create a demo database at ``path`` with ``persons_count`` persons and everything around them."""
    say = progress or (lambda _message: None)
    rng = random.Random(seed)
    # Built under a hidden name and moved into place when whole: an interrupted demo leaves no
    # database, so the next `make run` builds it again instead of opening half of one.
    with (
        building(path) as partial,
        Database.create(
            partial,
            DEMO_USER,
            DEMO_PASSWORD,
            office_code="KSHP",
            office_name="Координаційний штаб (демо)",
            kdf=kdf,
            demo=True,
            office_keys=give_keys,
        ) as db,
    ):
        say(f"generating {persons_count:,} persons")
        chunk = 20_000
        for start in range(0, persons_count, chunk):
            batch = [make_person(rng, i + 1) for i in range(start, min(start + chunk, persons_count))]
            with db.write() as session:
                persons.upsert_persons(session, batch)
            say(f"{start + len(batch):,} of {persons_count:,} persons written")
        say("agreements, lists, remains and letters")
        with db.write() as session:
            their_list = _around_persons(session, rng)
        say("checking the other side's list against the registry")
        with db.write() as session:
            check_list(session, their_list)
        say("identification of remains")
        _identification_work(db, rng, kdf)
        with db.read() as session:  # the head signed beside it from the start: moved in with it
            write_checkpoint(session, partial)
    return DemoResult(path, DEMO_USER, DEMO_PASSWORD, persons_count)


TATTOOS = ("тризуб", "вовк", "якір", "троянда", "хрест", "напис «мама»", "орел", "череп", "сова", "дракон")
BODY_PLACES = ("ліве передпліччя", "праве передпліччя", "ліве плече", "праве плече", "груди", "спина")
RESTORED = (ToothState.FILLED,) * 6 + (ToothState.CROWNED, ToothState.ROOT_CANAL)
BOARD = (("expert.ivanenko", "Іваненко Олена Петрівна"), ("expert.petrenko", "Петренко Ігор Васильович"))


def _teeth(rng: random.Random) -> dict[int, ToothState]:
    chart = {}
    for tooth in (q * 10 + n for q in (1, 2, 3, 4) for n in range(1, 9)):
        roll = rng.random()
        if roll < 0.1:
            chart[tooth] = rng.choice(RESTORED)
        elif roll < 0.14:
            chart[tooth] = ToothState.MISSING
    return chart


def _identification_work(db: Database, rng: random.Random, kdf: KdfParams) -> None:
    """Missing persons with AM data from their families, a batch of remains derived from some
    of them (with the noise of real examinations), DNA results, and the board at work: one
    identification decided and handed over, one waiting for signatures."""
    for name, full_name in BOARD:
        add_user(db, name, Role.SUPERVISOR, DEMO_PASSWORD, full_name=full_name, params=kdf)
    with db.write() as session:
        missing = list(
            session.execute(
                select(Person.id, Person.sex, Person.date_of_birth, Person.capture_place, Person.service_number)
                .where(Person.status == PersonStatus.MISSING)
                .order_by(Person.external_id)
                .limit(200)
            )
        )
        if not missing:
            return
        truth: list[tuple[uuid.UUID, dict[int, ToothState], list[Mark], str, int]] = []
        for n, (person_id, _sex, _born, place, _number) in enumerate(missing):
            stature = round(rng.gauss(177, 7))
            last_place = place or rng.choice(FRONT_PLACES)
            record = ante_mortem.save_ante_mortem(
                session,
                person_id,
                AnteMortemInput(
                    collected_on=dt.date(2025, 3, 1) + dt.timedelta(days=n),
                    collected_from="мати",
                    stature_cm=stature,
                    hair=rng.choice(("русяве", "темне", "світле", "сиве")),
                    last_seen_place=last_place,
                    last_seen_date=PartialDate(2024, rng.randrange(1, 13)),
                    clothing_last_worn=rng.choice(("піксель, чорні берці", "мультикам", "олива, кросівки")),
                ),
            )
            teeth = _teeth(rng) if rng.random() < 0.6 else {}
            marks = [Mark(MarkKind.TATTOO, rng.choice(BODY_PLACES), rng.choice(TATTOOS))] if rng.random() < 0.4 else []
            details.set_dental_chart(session, teeth, ante_mortem_id=record.id)
            details.set_marks(session, marks, ante_mortem_id=record.id)
            truth.append((person_id, teeth, marks, last_place, stature))
        batch = remains.create_batch(
            session,
            BatchInput(
                "B-2025-004",
                dt.date(2025, 9, 18),
                place="Сумська обл.",
                handed_over_by="інша сторона через МКЧХ",
                declared_count=42,
                bag_numbers="4001-4040",
            ),
        )
        cases = []
        for c, (person_id, teeth, marks, place, stature) in enumerate(truth[:36]):
            born = missing[c][2]
            age = 2024 - born.year if born else 35
            pm_teeth = {t: s for t, s in teeth.items() if rng.random() > 0.15}
            case = remains.create_case(
                session,
                RemainsCaseInput(
                    case_number=f"PM-2025-04{c + 1:03d}",
                    batch_id=batch.id,
                    bag_number=str(4001 + c),
                    recovery_place=place if rng.random() < 0.7 else rng.choice(FRONT_PLACES),
                    recovery_date=PartialDate(2025, 8, rng.randrange(1, 28)),
                    condition=rng.choice(list(RemainsCondition)),
                    apparent_sex=Sex.MALE,
                    age_min=max(18, age - rng.randrange(3, 8)),
                    age_max=age + rng.randrange(3, 8),
                    stature_min_cm=stature - 4,
                    stature_max_cm=stature + 4,
                    id_tags=f"жетон {missing[c][4]}" if c % 9 == 4 and missing[c][4] else "",
                    storage_place="рефрижератор №2",
                    commingled=c == 17,
                ),
            )
            details.set_dental_chart(session, pm_teeth, remains_case_id=case.id)
            details.set_marks(session, [m for m in marks if rng.random() < 0.7], remains_case_id=case.id)
            remains.record_custody_transfer(
                session,
                case.id,
                CustodyInput("інша сторона", "Бюро СМЕ", dt.datetime(2025, 9, 18, 12, tzinfo=dt.UTC), "черговий"),
            )
            remains.record_custody_transfer(
                session,
                case.id,
                CustodyInput("Бюро СМЕ", "рефрижератор №2", dt.datetime(2025, 9, 19, 9, tzinfo=dt.UTC), "експерт"),
            )
            cases.append(case.id)
            if c < 24:
                pm_sample = dna.add_dna_sample(
                    session,
                    SampleInput(f"DNA-PM-04{c + 1:03d}", SampleKind.REMAINS, remains_case_id=case.id, lab="ДНДЕКЦ МВС"),
                )
                if c < 14:
                    ref = dna.add_dna_sample(
                        session,
                        SampleInput(
                            f"DNA-REF-M{c + 1:03d}",
                            SampleKind.REFERENCE,
                            person_id=person_id,
                            relative_name="мати",
                            relationship="мати",
                            lab="ДНДЕКЦ МВС",
                        ),
                    )
                    ratio = 10 ** rng.uniform(4.5, 9) if c != 9 else 350.0
                    dna.record_dna_result(
                        session, pm_sample, ref, ratio, lab="ДНДЕКЦ МВС", reported_on=dt.date(2025, 10, 1 + c)
                    )
        for c in range(36, 40):  # remains of people nobody here reported missing
            remains.create_case(
                session,
                RemainsCaseInput(
                    case_number=f"PM-2025-04{c + 1:03d}",
                    batch_id=batch.id,
                    bag_number=str(4001 + c),
                    recovery_place=rng.choice(FRONT_PLACES),
                    apparent_sex=Sex.MALE,
                    age_min=20,
                    age_max=45,
                    possibly_other_side=c == 38,
                ),
            )
        if len(cases) < 2:
            return  # a tiny demo: too few missing persons for the board's examples
        first = identification.propose(
            session,
            ProposalInput(
                cases[0],
                truth[0][0],
                IdentificationDecision.IDENTIFIED,
                IdentificationMethod.PRIMARY,
                "ДНК: відношення правдоподібності понад 10 000 (ДНДЕКЦ МВС); збіг зріст і вік",
            ),
        )
        waiting = identification.propose(
            session,
            ProposalInput(
                cases[1],
                truth[1][0],
                IdentificationDecision.IDENTIFIED,
                IdentificationMethod.PRIMARY,
                "ДНК: відношення правдоподібності понад 10 000 (ДНДЕКЦ МВС)",
            ),
        )
        identification.sign(session, first, approves=True)
        identification.sign(session, waiting, approves=True)
    for name, _full in BOARD:
        with db.write(db.actor_for(name, DEMO_PASSWORD)) as session:
            identification.sign(session, first, approves=True, comment="згоден")
    with db.write() as session:
        identification.decide(
            session,
            first,
            DecisionInput(
                dt.date(2025, 10, 20),
                certificate_number="ДС-2025/0001",
                death_date=PartialDate(2024, 6),
                death_place=truth[0][3],
            ),
        )
        identification.record_notification(
            session, first, NotificationInput(dt.date(2025, 10, 22), "Петренко І. В.", "особисто")
        )
        identification.record_handover(
            session,
            first,
            HandoverInput(dt.date(2025, 10, 28), "мати загиблого", "акт передачі №1; свідоцтво про смерть"),
        )


STRANGERS = (  # on the other side's list, in no registry: "we have no such person"
    ("Пилипчук Андрей Сергеевич", "14.02.1991"),
    ("Гордиенко Максим", "03.11.1998"),
    ("Savchenko Ihor", "1987"),
    ("Тимошенко Олег Петрович", ""),
)


def _their_list(rng: random.Random, rows: list[Any]) -> list[ListEntryInput]:
    """The other side's list as it arrives: mostly persons we record as captured, in Russian
    forms; two we record as deceased and two as already returned (the "Registry says" column);
    lines a clerk must review (no date of birth, initials only, a surname misspelt); strangers."""
    captured = [r for r in rows if r.status is PersonStatus.CAPTURED]
    listed = (
        captured[:230]
        + [r for r in rows if r.status is PersonStatus.DECEASED][:2]
        + [r for r in rows if r.status is PersonStatus.RETURNED][:2]
    )
    rng.shuffle(listed)
    lines: list[tuple[str, str]] = []

    def born(r: Any) -> str:
        dob = r.date_of_birth
        return f"{dob.day:02d}.{dob.month:02d}.{dob.year}" if dob and dob.day else str(dob or "")

    for r in listed:
        lines.append((f"{r.surname} {RUSSIAN_FORMS.get(r.given_names, r.given_names)}", born(r)))
    for r in captured[230:233]:  # no date of birth: matched only by a person, never by the machine
        lines.append((f"{r.surname} {RUSSIAN_FORMS.get(r.given_names, r.given_names)}", ""))
    for r in captured[233:235]:  # initials, as lists often write them
        initials = f"{r.given_names[:1]}.{r.patronymic[:1]}." if r.patronymic else f"{r.given_names[:1]}."
        lines.append((f"{r.surname} {initials}", born(r)))
    for r in captured[235:237]:  # two letters of the surname swapped, as a typist does
        name = r.surname
        swapped = name[:2] + name[3] + name[2] + name[4:] if len(name) > 4 else name
        lines.append((f"{swapped} {r.given_names}", born(r)))
    lines += list(STRANGERS)
    # read as the app reads a file the other side sends: the same reader, the same columns
    text = "ФИО;Дата рождения\n" + "".join(f"{name};{date}\n" for name, date in lines)
    return to_entries(read_list(text.encode("utf-8"), "список.csv")).entries


def _around_persons(session: Session, rng: random.Random) -> uuid.UUID:
    """Agreements, lists, an exchange, remains and correspondence over the generated persons;
    returns the other side's list (checked once the rest is written)."""
    sample = list(
        session.execute(
            select(
                Person.id,
                Person.surname,
                Person.given_names,
                Person.patronymic,
                Person.date_of_birth,
                Person.status,
                Person.service_number,
            )
            .order_by(Person.external_id)
            .limit(3000)
        )
    )
    rng.shuffle(sample)
    for row in sample[:400]:
        persons.add_status_event(
            session,
            row.id,
            StatusEventInput(
                StatusEventKind.CAPTURED if row.status != PersonStatus.MISSING else StatusEventKind.MISSING,
                PartialDate.from_date(_day(rng, WAR_START, TODAY)),
                place=rng.choice(FRONT_PLACES),
                reliability=Reliability.PROBABLE,
                description="Відомості від побратимів",
            ),
        )
    for row in sample[400:550]:
        persons.add_status_event(
            session,
            row.id,
            StatusEventInput(
                StatusEventKind.SEEN_ON_VIDEO,
                PartialDate.from_date(_day(rng, WAR_START, TODAY)),
                description="Відео в Telegram-каналі іншої сторони",
                reliability=Reliability.POSSIBLE,
            ),
        )

    first = agreements.create_agreement(
        session,
        {
            "title": "Домовленість про поетапний обмін «всіх на всіх» (тяжкопоранені, тяжкохворі, до 25 років)",
            "signed_on": "2025-06-02",
            "place": "Стамбул",
            "parties": "Україна; інша сторона",
            "mediator": "Туреччина",
            "match": "any",
            "criteria": [
                {"kind": "under_age", "age": 25, "on": "2025-06-02"},
                {"kind": "health", "categories": ["seriously_wounded", "seriously_ill"]},
            ],
            "phases": [
                {"planned_on": "2025-06-09", "description": "Етап 1"},
                {"planned_on": "2025-06-20", "description": "Етап 2"},
            ],
        },
    )
    agreements.add_commitment(session, first.id, Side.THEIRS, "Передати 6000 тіл загиблих", due_on=dt.date(2025, 6, 30))
    agreements.add_commitment(
        session, first.id, Side.OURS, "Передати списки за узгодженими критеріями", due_on=dt.date(2025, 6, 5)
    )
    second = agreements.create_agreement(
        session,
        {
            "title": "Обмін цивільних осіб",
            "signed_on": "2025-09-15",
            "place": "Абу-Дабі",
            "mediator": "ОАЕ",
            "match": "all",
            "criteria": [{"kind": "civilian"}],
        },
    )
    agreements.new_criteria_version(
        session,
        second.id,
        [{"kind": "civilian"}, {"kind": "annex1", "categories": ["A1a", "A2"]}],
        "any",
        dt.date(2025, 10, 1),
        "Розширено на категорії Додатка I",
    )

    ours = [
        ListEntryInput(
            row_number=n,
            raw={"ПІБ": f"{r.surname} {r.given_names} {r.patronymic}", "Дата народження": str(r.date_of_birth or "")},
            surname=r.surname,
            given_names=r.given_names,
            patronymic=r.patronymic,
            date_of_birth=r.date_of_birth,
            service_number=r.service_number,
        )
        for n, r in enumerate(sample[:300], start=1)
    ]
    agreements.add_list_version(
        session, first.id, Side.OURS, 1, ours, title="Наш список, етап 1", received_on=dt.date(2025, 6, 4)
    )
    theirs = agreements.add_list_version(
        session,
        first.id,
        Side.THEIRS,
        1,
        _their_list(rng, sample[300:]),
        title="Список іншої сторони, етап 1",
        received_on=dt.date(2025, 6, 6),
    )
    exchange = agreements.create_exchange(
        session, dt.date(2025, 6, 9), agreement_id=first.id, phase_number=1, place="кордон з Білоруссю"
    )
    for r in sample[:300]:
        agreements.add_exchange_participant(
            session, exchange, ExchangeDirection.TO_US, person_id=r.id, returned=rng.random() < 0.85
        )
    # Earlier exchanges, every few months, bringing home persons now recorded as returned.
    returned = list(
        session.execute(
            select(Person.id).where(Person.status == PersonStatus.RETURNED).order_by(Person.external_id).limit(1500)
        ).scalars()
    )
    for n in range(10):
        held_on = dt.date(2024, 1, 15) + dt.timedelta(days=n * 85)
        earlier = agreements.create_exchange(session, held_on, place="кордон з Білоруссю", notes=f"Обмін №{n + 1}")
        for person_id in returned[n * 150 : (n + 1) * 150]:
            agreements.add_exchange_participant(
                session, earlier, ExchangeDirection.TO_US, person_id=person_id, returned=True
            )

    for b in range(1, 4):
        received = dt.date(2025, 6, 10) + dt.timedelta(days=14 * b)
        batch = remains.create_batch(
            session,
            BatchInput(
                f"B-2025-{b:03d}",
                received,
                place="Київська обл.",
                handed_over_by="інша сторона через МКЧХ",
                declared_count=50 + b,
                bag_numbers=f"{b * 1000 + 1}-{b * 1000 + 50}",
            ),
        )
        for c in range(1, 51):
            case = remains.create_case(
                session,
                RemainsCaseInput(
                    case_number=f"PM-2025-{b:02d}{c:03d}",
                    batch_id=batch.id,
                    bag_number=str(b * 1000 + c),
                    recovery_place=rng.choice(FRONT_PLACES),
                    condition=rng.choice(list(RemainsCondition)),
                    apparent_sex=Sex.MALE if rng.random() < 0.95 else Sex.UNKNOWN,
                    age_min=(age := rng.randrange(18, 50)),
                    age_max=age + rng.choice((5, 10, 15)),
                    stature_min_cm=(h := rng.randrange(160, 185)),
                    stature_max_cm=h + 8,
                    id_tags="жетон" if rng.random() < 0.1 else "",
                    possibly_other_side=rng.random() < 0.04,
                ),
            )
            remains.record_custody_transfer(
                session,
                case.id,
                CustodyInput(
                    "інша сторона", "Бюро СМЕ", dt.datetime.combine(received, dt.time(12), dt.UTC), "черговий експерт"
                ),
            )
            if c <= 20:
                dna.add_dna_sample(
                    session,
                    SampleInput(
                        f"DNA-PM-{b:02d}{c:03d}",
                        SampleKind.REMAINS,
                        remains_case_id=case.id,
                        lab="ДНДЕКЦ МВС",
                        collected_on=received,
                    ),
                )
    missing = [r for r in sample if r.status == PersonStatus.MISSING][:60]
    for n, r in enumerate(missing, start=1):
        dna.add_dna_sample(
            session,
            SampleInput(
                f"DNA-REF-{n:04d}",
                SampleKind.REFERENCE,
                person_id=r.id,
                relative_name=f"{r.surname} (мати)",
                relationship="мати",
                lab="ДНДЕКЦ МВС",
            ),
        )

    other_side = correspondence.add_counterparty(
        session, "Уповноважений орган іншої сторони", CounterpartyKind.OTHER_SIDE
    )
    icrc = correspondence.add_counterparty(session, "МКЧХ, Центральне агентство з розшуку", CounterpartyKind.ICRC)
    correspondence.add_counterparty(session, "Уповноважений ВРУ з прав людини", CounterpartyKind.OMBUDSPERSON)
    for t in range(8 if sample else 0):
        person = sample[(600 + t) % len(sample)]
        thread = correspondence.open_thread(
            session,
            other_side if t % 2 == 0 else icrc,
            f"Запит щодо {person.surname} {person.given_names}",
            due_on=dt.date(2025, 7, 1) + dt.timedelta(days=20 * t),
            links=[("person", person.id)],
        )
        sent = dt.date(2025, 6, 15) + dt.timedelta(days=20 * t)
        correspondence.register_letter(
            session,
            thread,
            LetterInput(
                LetterDirection.OUTGOING,
                subject="Запит про уточнення",
                body=f"Просимо надати відомості про {person.surname} {person.given_names}.",
                channel=LetterChannel.THROUGH_ICRC,
                sent_on=sent,
            ),
        )
        if t % 3 == 0:
            correspondence.register_letter(
                session,
                thread,
                LetterInput(
                    LetterDirection.INCOMING,
                    subject="Відповідь",
                    body="Відомостями не володіємо.",
                    channel=LetterChannel.EMAIL,
                    received_on=sent + dt.timedelta(days=30),
                    their_reference=f"ИСХ-{t}",
                ),
            )
    return theirs.list_id
