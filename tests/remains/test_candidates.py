"""Ranking candidates for remains cases from a real database."""

from __future__ import annotations

import dataclasses
import os
import uuid

import pytest
from sqlalchemy import select

from desktop.cli.documents import candidates_document
from models.core.db import Database
from models.core.enums import MarkKind, Sex, ToothState
from models.core.partial_date import PartialDate
from models.remains import candidates
from models.remains import cases as remains
from models.remains.candidates import BULK_SCORED, CandidateIndex
from models.remains.dto import AmProfile, DnaEvidence, Mark, PmProfile
from models.remains.profiles import build_index, case_id_of, rank_cases
from tests.helpers.remains import add_dna


def _document(db: Database, case_number: str) -> dict[str, object]:
    with db.read() as session:
        ranked = rank_cases(session, [case_id_of(session, case_number)])
    return candidates_document(ranked[0])


def test_dental_tattoo_and_place_put_the_right_person_first(registry: Database) -> None:
    doc = _document(registry, "PM-001")
    candidates = doc["candidates"]
    assert isinstance(candidates, list)
    best = candidates[0]
    assert best["person_external_id"] == "M-1"
    kinds = {e["kind"]: e for e in best["evidence"]}
    # four concordant findings outweigh any one secondary piece (a tattoo's 8)
    assert kinds["dental"]["weight"] > 10 and "concordant 16 26 36 46" in kinds["dental"]["detail"]
    assert kinds["dental"]["detail_uk"] == "порівняно зубів: 4; збіг 16 26 36 46"
    assert kinds["place"]["detail_uk"] == "востаннє бачили: с. Кліщіївка; виявлено: с. Кліщіївка, Донецька обл."
    assert "тризуб" in kinds["marks"]["detail"]
    assert kinds["place"]["weight"] > 0 and kinds["age"]["weight"] > 0 and kinds["stature"]["weight"] > 0


def test_a_number_on_the_id_tag_names_the_person_and_the_teeth_still_exclude_him(registry: Database) -> None:
    # M-2's service number is on the tag, but his tooth 16 was filled in life and is sound in the
    # remains: a tag is circumstantial, the teeth a primary identifier (Interpol DVI Guide), so
    # he is shown with both and marked excluded, after the persons nothing excludes
    doc = _document(registry, "PM-002")
    candidates = doc["candidates"]
    assert isinstance(candidates, list)
    (tagged,) = [c for c in candidates if c["person_external_id"] == "M-2"]
    assert any(e["kind"] == "id_tag" and "0123456" in e["detail"] for e in tagged["evidence"])
    assert tagged["excluded"] and any(e["kind"] == "dental" and e["weight"] <= -30 for e in tagged["evidence"])
    assert [c["excluded"] for c in candidates] == sorted(c["excluded"] for c in candidates)


def test_dna_ranks_first_and_a_stronger_ratio_never_lowers_the_score(registry: Database) -> None:
    add_dna(registry, "PM-003", "M-3", 50.0)
    weak = _document(registry, "PM-003")["candidates"][0]  # type: ignore[index]
    with registry.write() as session:
        from sqlalchemy import update

        from models.core.entities import DnaResult

        session.execute(update(DnaResult).values(likelihood_ratio=2.5e6))
    strong = _document(registry, "PM-003")["candidates"][0]  # type: ignore[index]
    assert weak["person_external_id"] == strong["person_external_id"] == "M-3"
    assert strong["score"] > weak["score"]
    dna = next(e for e in strong["evidence"] if e["kind"] == "dna")
    assert "certain" in dna["detail"] and "ДНДЕКЦ" in dna["detail"]
    # The remains are a woman's: sex speaks against, and it is said.
    assert any(e["kind"] == "sex" and e["weight"] < 0 for e in strong["evidence"])


def test_a_rejected_candidate_keeps_its_reason_and_leaves_the_ranking(registry: Database) -> None:
    with registry.write() as session:
        case_id = case_id_of(session, "PM-001")
        index = build_index(session)
        person = next(p for p in index.profiles.values() if p.external_id == "M-1")
        remains.reject_candidate(session, case_id, person.person_id, "dental: 46 present in the X-ray of 2024")
    doc = _document(registry, "PM-001")
    assert all(c["person_external_id"] != "M-1" for c in doc["candidates"])  # type: ignore[attr-defined]
    assert doc["rejected"] == [{"person_external_id": "M-1", "reason": "dental: 46 present in the X-ray of 2024"}]
    with registry.write() as session:
        remains.restore_candidate(session, case_id, person.person_id)
    assert _document(registry, "PM-001")["candidates"][0]["person_external_id"] == "M-1"  # type: ignore[index]


def test_blocks_find_what_all_pairs_finds(registry: Database) -> None:
    with registry.read() as session:
        index = build_index(session)
        from models.remains.profiles import pm_profiles

        for pm in pm_profiles(session):
            blocked = [s for s in index.rank(pm, 3).candidates if not s.excluded]
            everyone = [s for s in index.rank_all_pairs(pm, 3).candidates if not s.excluded]
            assert [s.person_id for s in blocked[:1]] == [s.person_id for s in everyone[:1]]


def _person(name: str, *, sex: Sex = Sex.MALE, born: int = 1990, stature: int = 178, **more: object) -> AmProfile:
    """A missing person as the candidate tests need him: a man born 1990, 178 cm, unless said."""
    given = {"surname": name, "given_names": "Іван", "sex": sex, "date_of_birth": PartialDate(born), **more}
    return AmProfile(uuid.uuid4(), name, stature_cm=stature, **given)  # type: ignore[arg-type]


def _case(number: str, **more: object) -> PmProfile:
    """Remains of a man of 30-40 recovered on 1 June 2024, unless the test says otherwise."""
    given = {"sex": Sex.MALE, "age_min": 30, "age_max": 40, "recovery_date": PartialDate(2024, 6, 1), **more}
    return PmProfile(uuid.uuid4(), number, **given)  # type: ignore[arg-type]


def test_every_compatible_person_reaches_scoring_and_no_incompatible_one() -> None:
    # issue 13: the blocks (teeth, tattoo words, the place last seen) found the right person
    # for one case in four; a person who shares no block with the remains but is compatible in
    # sex, age at death and stature must still be scored (candidate recall)
    quiet = _person("M-quiet", last_seen_place="с. Тихе")  # no teeth, no marks
    woman = _person("F-1", sex=Sex.FEMALE)
    old = _person("M-old", born=1950)
    short = _person("M-short", stature=150)
    lost = _person("M-lost", dental={36: ToothState.MISSING})  # 36 lost in life
    marked = _person("M-mark", marks=(Mark(MarkKind.TATTOO, "right forearm", "хрест"),))
    index = CandidateIndex([quiet, woman, old, short, lost, marked])
    pm = _case(
        "PM-9",
        stature_min_cm=172,
        stature_max_cm=182,
        recovery_place="с. Далеке",
        dental={36: ToothState.PRESENT},
        marks=(Mark(MarkKind.TATTOO, "на правому передпліччі", "хрест"),),
    )
    found = {index.profiles[pid].external_id for pid in index.candidates(pm)}
    assert found == {"M-quiet", "M-mark"}
    assert index.rank(pm, 5).candidates[0].person_id == marked.person_id  # the same tattoo in the same place
    # a record that charted the lost tooth one place off (36 for 35): the next tooth is gone in
    # death, so he stays a candidate, with the discrepancy against him but no exclusion
    shifted = _person("M-shifted", dental={36: ToothState.MISSING})
    index = CandidateIndex([shifted, quiet])
    off_by_one = dataclasses.replace(pm, dental={35: ToothState.MISSING, 36: ToothState.PRESENT})
    assert shifted.person_id in index.candidates(off_by_one)
    (scored,) = [s for s in index.rank(off_by_one, 5).candidates if s.person_id == shifted.person_id]
    assert not scored.excluded and any(e.kind == "dental" and e.weight < 0 for e in scored.evidence)


def test_the_comparison_weighs_every_piece_as_the_ranking_does(registry: Database) -> None:
    # a concordant tooth weighs by its rarity in the registry's charts: the comparison and the
    # identification report must count it as the candidates list does
    from desktop.facades.remains import RemainsFacade

    facade = RemainsFacade(registry)
    with registry.read() as session:
        case_id = case_id_of(session, "PM-001")
    (best, *_others) = facade.candidates(case_id).ranking.candidates
    compared = facade.compare(case_id, best.person_id).scored
    assert [(e.kind, e.weight) for e in compared.evidence] == [(e.kind, e.weight) for e in best.evidence]


def test_a_scar_in_the_same_place_outweighs_many_last_seen_where_the_remains_were_found() -> None:
    # issue 13 re-trial: the 15 scored in full were all persons last seen at the recovery
    # place; a person sharing only a scar (no tattoo) never reached full scoring
    local = [_person(f"L-{n}", last_seen_place="с. Тихе") for n in range(3 * BULK_SCORED)]
    elsewhere = [_person(f"E-{n}", last_seen_place=f"с. Інше-{n % 500}") for n in range(2000)]
    scar_and_mark = (Mark(MarkKind.SCAR, "left knee", ""), Mark(MarkKind.BIRTHMARK, "neck", ""))
    scarred = _person("S-1", last_seen_place="м. Далеке", marks=scar_and_mark)
    index = CandidateIndex([*local, *elsewhere, scarred])
    pm = _case(
        "PM-7",
        stature_min_cm=175,
        stature_max_cm=181,
        recovery_place="с. Тихе",
        marks=(Mark(MarkKind.SCAR, "на лівому коліні", "післяопераційний"), Mark(MarkKind.BIRTHMARK, "на шиї")),
    )
    assert [s.person_id for s in index.rank(pm, 1).candidates] == [scarred.person_id]


_RANK_CHUNK = candidates._rank_chunk


def _dying_on_the_third_chunk(index: CandidateIndex, chunk: list[tuple[PmProfile, int]]) -> object:
    """A worker killed while it ranks the third chunk (found by name in the forked worker)."""
    if chunk[0][0].case_number == f"PM-{2 * candidates._CHUNK}":
        os._exit(9)
    return _RANK_CHUNK(index, chunk)


def test_many_cases_ranked_on_two_processes_as_on_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # `remains candidates --all` ranks on every core: the same rankings, in the same order
    persons = [
        _person(f"M-{n}", born=1970 + n % 30, stature=160 + n % 35, sex=(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN)[n % 3])
        for n in range(300)
    ]
    cases = [
        (_case(f"PM-{n}", sex=(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN)[n % 3], stature_min_cm=150 + n % 40), 5)
        for n in range(4 * candidates._CHUNK + 7)
    ]
    index = CandidateIndex(persons)
    one = [index.rank(pm, limit) for pm, limit in cases]
    monkeypatch.setattr(candidates, "may_fork", lambda: True)  # pytest's own threads hold no lock the worker needs
    forked = index.rank_many(cases, workers=2)
    assert [r.case_id for r in forked] == [pm.case_id for pm, _limit in cases]
    assert forked == one  # every candidate, score and piece of evidence, explained as on one process
    seen: list[int] = []
    stopped = index.rank_many(cases, workers=2, progress=lambda done, total: not seen.append(done) and done < 100)
    assert len(stopped) == 100 and seen[-1] == 100  # stopped after the chunk that reached 100

    # a worker that dies (killed for memory) loses nothing: what it had not sent is ranked here
    monkeypatch.setattr(candidates, "_rank_chunk", _dying_on_the_third_chunk)
    assert index.rank_many(cases, workers=2) == one


def test_a_sexed_case_is_compared_with_every_person_whose_sex_does_not_contradict_it() -> None:
    # the rows are held men, unknown, women: a case of each sex reaches exactly its persons
    man, woman, unknown = _person("M"), _person("F", sex=Sex.FEMALE), _person("U", sex=Sex.UNKNOWN)
    index = CandidateIndex([woman, unknown, man])
    for sex, expected in ((Sex.MALE, {"M", "U"}), (Sex.FEMALE, {"F", "U"}), (Sex.UNKNOWN, {"M", "F", "U"})):
        reached = index.candidates(_case("PM-1", sex=sex))
        assert {index.profiles[pid].external_id for pid in reached} == expected


def _tag_weight(index: CandidateIndex, pm: PmProfile, person: AmProfile) -> tuple[float, str]:
    scored = index.score(pm, person.person_id)
    (tag,) = [e for e in scored.evidence if e.kind == "id_tag"]
    return tag.weight, tag.detail


def test_a_name_on_a_tag_weighs_less_the_more_registered_persons_it_fits() -> None:
    # issue 13: strangers carrying a document "Коваленко О." had +25 for every registered
    # Коваленко О.; a tag names one person, so a name many share says little of each
    alone = _person("M-1", given_names="Олександр", surname="Коваленко")
    pm = _case("PM-1", id_text="військовий квиток Коваленко О.")
    unique = CandidateIndex([alone])
    many = CandidateIndex(
        [alone, *(_person(f"K-{n}", surname="Коваленко", given_names=("Олег", "Остап")[n % 2]) for n in range(31))]
    )
    (full, said), (shared, said_shared) = _tag_weight(unique, pm, alone), _tag_weight(many, pm, alone)
    assert full == 25.0 and "registry" not in said
    assert shared < 5.0 and "so named in the registry: 32" in said_shared
    # naming more of a person never lowers him: with the initial he weighs at least the surname
    petro = _person("P-1", surname="Коваленко", given_names="Петро")
    crowded = CandidateIndex([*many.profiles.values(), petro])
    assert _tag_weight(crowded, pm, alone)[0] >= _tag_weight(crowded, pm, petro)[0] > 0
    # a full name only one person has keeps its weight however common the surname
    named = _case("PM-2", id_text="Коваленко Олександр")
    assert _tag_weight(many, named, alone)[0] == 40.0


def test_the_identification_report_counts_a_tags_namesakes_as_the_ranking_does(registry: Database) -> None:
    from models.remains.profiles import registry_frequencies, tag_namesakes
    from models.remains.scoring import INITIAL_LEVEL, SURNAME_LEVEL, surname_words, tag_key

    with registry.read() as session:
        index = build_index(session)
        for text in ("Коваленко О.", "жетон Бондаренко", "документи: Шевчук Андрій, Коваленко О.", "нічого"):
            for word in surname_words(text):
                counted = tag_namesakes(session, text, word)
                assert counted == dict(index.frequencies.tags[tag_key(text, word)]), (text, word)
        assert tag_namesakes(session, "Коваленко О.", "Коваленко") == {SURNAME_LEVEL: 1, INITIAL_LEVEL: 1, 3: 0, 4: 0}
        assert set(registry_frequencies(session, ["Коваленко О."]).tags) == {tag_key("Коваленко О.", "Коваленко")}


def test_a_document_naming_several_persons_counts_each_surnames_namesakes_apart() -> None:
    # a new-user trial: a document naming Коваленко О. and Шевчук said "the surname Шевчук (so
    # named in the registry: 28)" where two persons were called Шевчук
    shevchuk = [_person(f"S-{n}", surname="Шевчук", given_names="Андрій") for n in range(2)]
    kovalenko = [_person(f"K-{n}", surname="Коваленко", given_names="Олег") for n in range(20)]
    index = CandidateIndex([*shevchuk, *kovalenko])
    pm = _case("PM-1", id_text="документи: Коваленко О., Шевчук")
    assert "so named in the registry: 2)" in _tag_weight(index, pm, shevchuk[0])[1]
    assert "so named in the registry: 20)" in _tag_weight(index, pm, kovalenko[0])[1]


def test_the_amputations_field_of_both_forms_counts_as_amputation_marks(registry: Database) -> None:
    # the AM and PM forms have their own "Amputations" field, and families and pathologists
    # write there rather than among the marks; it was never compared
    from sqlalchemy import update

    from models.core.entities import AnteMortemRecord, Person, RemainsCase

    with registry.write() as session:
        person_id = session.scalar(select(Person.id).where(Person.external_id == "M-1"))
        session.execute(
            update(AnteMortemRecord)
            .where(AnteMortemRecord.person_id == person_id)
            .values(amputations="права нога нижче коліна (підірвався на міні)")
        )
        pm_001 = RemainsCase.case_number == "PM-001"
        session.execute(update(RemainsCase).where(pm_001).values(amputations="ампутація правої гомілки"))
    doc = _document(registry, "PM-001")
    (m1,) = [c for c in doc["candidates"] if c["person_external_id"] == "M-1"]  # type: ignore[union-attr]
    (amputation,) = [e for e in m1["evidence"] if e["kind"] == "marks" and "amputation" in e["detail"]]
    assert amputation["weight"] > 0
    assert "amputation, right shin ~ in life: amputation, right shin" in amputation["detail"]
    assert "ампутація, права гомілка" in amputation["detail_uk"]


def test_an_amputation_written_in_both_places_counts_once() -> None:
    from models.remains.marks import read_amputations
    from models.remains.profiles import with_amputations

    assert read_amputations("немає") == [] and read_amputations("") == []
    assert [(m.kind, m.body_location) for m in read_amputations("ліва нога вище коліна; мізинець правої руки")] == [
        (MarkKind.AMPUTATION, "left thigh"),
        (MarkKind.AMPUTATION, "right fingers"),
    ]
    marked = (Mark(MarkKind.AMPUTATION, "left thigh"),)
    assert with_amputations(marked, "ампутація лівого стегна") == marked


def test_an_initial_on_a_tag_is_read_in_its_own_script() -> None:
    # a new-user trial: "Коваленко І." named Остап and Омелян (their Latin forms Ievstafii,
    # Iemelian begin with I) above the only Іван, with the text "names Коваленко О."
    ivan = _person("I-1", surname="Коваленко", given_names="Іван")
    ostap = _person("O-1", surname="Коваленко", given_names="Остап")
    index = CandidateIndex([ivan, ostap])
    pm = _case("PM-1", id_text="жетон Коваленко І.")
    (ivan_weight, said), (ostap_weight, _said) = _tag_weight(index, pm, ivan), _tag_weight(index, pm, ostap)
    assert ivan_weight > ostap_weight and "names Коваленко І. (Іван)" in said
    # the calendar form of a name still counts, and the text says whose name the letter begins
    weight, said = _tag_weight(index, _case("PM-2", id_text="Коваленко Є."), ostap)
    assert weight > 10 and "Коваленко Є. (Остап)" in said


def test_a_long_document_is_quoted_short_in_the_evidence() -> None:
    person = _person("M-1", surname="Ткачук", given_names="Богдан")
    pm = _case("PM-1", id_text="паспорт Ткачук Богдан\n\t" + "сторінка " * 20_000)
    weight, said = _tag_weight(CandidateIndex([person]), pm, person)
    assert weight == 40.0 and len(said) < 200 and "\n" not in said and "…" in said


def test_a_patronymic_on_a_document_tells_namesakes_apart() -> None:
    # a new-user trial: "паспорт Шевчук Андрій Петрович" gave Андрій Іванович the full name's
    # weight, and the right man less for having a namesake
    petrovych = _person("S-1", surname="Шевчук", given_names="Андрій", patronymic="Петрович")
    ivanovych = _person("S-2", surname="Шевчук", given_names="Андрій", patronymic="Іванович")
    unknown = _person("S-3", surname="Шевчук", given_names="Андрій")  # no patronymic recorded
    index = CandidateIndex([petrovych, ivanovych, unknown])
    pm = _case("PM-1", id_text="паспорт Шевчук Андрій Петрович")
    (right, said), (other, _said) = _tag_weight(index, pm, petrovych), _tag_weight(index, pm, ivanovych)
    assert right == 40.0 and "Шевчук Андрій Петрович" in said  # one person has all three
    assert other < 5.0  # the patronymic says it is someone else: the surname alone, shared by three
    assert other < _tag_weight(index, pm, unknown)[0] < right  # nothing to contradict: the name, shared
    # Russian spelling of the same patronymic agrees
    assert _tag_weight(index, _case("PM-2", id_text="Шевчук Андрей Петрович"), petrovych)[0] == 40.0


def test_a_name_on_a_tag_is_said_in_ukrainian_without_declining_it() -> None:
    # "називає Коваленко Олександр" wanted the accusative (Коваленка Олександра); names are not
    # declined, so the Ukrainian text gives the name after a dash, in the nominative
    person = _person("M-1", surname="Коваленко", given_names="Олександр")
    scored = CandidateIndex([person]).score(_case("PM-1", id_text="Коваленко Олександр"), person.person_id)
    (tag,) = [e for e in scored.evidence if e.kind == "id_tag"]
    assert tag.detail_uk == "«Коваленко Олександр»: ім'я — Коваленко Олександр"


def test_an_age_at_death_never_runs_backwards() -> None:
    # found by a new-user trial: a person last seen alive after the remains were recovered
    # showed "42–41 at death"; the contradiction is evidence of its own
    person = _person("M-1", born=1982, last_seen_date=PartialDate(2024, 9, 1))
    pm = _case("PM-1", recovery_date=PartialDate(2024, 3, 1))
    scored = CandidateIndex([person]).score(pm, person.person_id)
    (age,) = [e for e in scored.evidence if e.kind == "age"]
    assert age.detail.startswith("41–42 at death"), age.detail
    assert any(e.kind == "date" for e in scored.evidence)


@pytest.mark.parametrize(
    ("written", "english", "ukrainian"),
    [
        ("мати", "reference given by the mother", "зразок родича: мати"),
        ("Мать", "reference given by the mother", "зразок родича: мати"),
        ("brother", "reference given by the brother", "зразок родича: брат"),
        ("хрещений", "reference given by a relative: хрещений", "зразок родича: хрещений"),
    ],
)
def test_the_relative_of_a_dna_reference_is_named_in_each_language(written: str, english: str, ukrainian: str) -> None:
    # found by a new-user trial: the English read "reference given by the мати"
    person, pm = _person("M-1"), _case("PM-1")
    index = CandidateIndex([person], {(pm.case_id, person.person_id): [DnaEvidence(1e6, "Lab", "R-1", written, "S-1")]})
    (dna,) = [e for e in index.score(pm, person.person_id).evidence if e.kind == "dna"]
    assert dna.detail.endswith(english) and dna.detail_uk.endswith(ukrainian), (dna.detail, dna.detail_uk)
