"""The laboratory on its need-to-know profile (``lab``): headquarters send it filtered copies of
the records it may see, it sends back its whole chain. Found by a new user's trial: each copy
overwrote the laboratory's own corrections, every correction it made was a conflict at
headquarters and the region, and a person merged at headquarters stayed at the laboratory."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from desktop.facades.office import OfficeFacade
from models.bundles.dto import ChannelStatus
from models.bundles.service import bundle_status
from models.core.db import Database
from models.core.entities import DnaSample, Person
from models.core.enums import SampleKind
from models.persons import service as persons
from models.persons.duplicates import merge_persons
from models.remains.dna import add_dna_sample
from models.remains.dto import SampleInput
from tests.helpers.bundles import add_person, bundle, chains_verify, deliver, edit, open_conflicts, send


def to_lab(hq: Database, lab: Database) -> dict[str, int]:
    result = deliver(bundle(hq, lab, "lab"), lab)
    assert result.result == "applied", result
    return result.counts


def sample(db: Database, number: str, person: uuid.UUID, relative: str = "Коваленко Марія") -> uuid.UUID:
    with db.write() as session:
        return add_dna_sample(
            session,
            SampleInput(number, SampleKind.REFERENCE, person_id=person, relative_name=relative, relationship="мати"),
        )


def sample_of(db: Database, sample_id: uuid.UUID) -> tuple[str, uuid.UUID | None] | None:
    with db.read() as session:
        found = session.get(DnaSample, sample_id)
        return None if found is None else (found.relationship, found.person_id)


def relationship(db: Database, sample_id: uuid.UUID, value: str) -> None:
    with db.write() as session:
        found = session.get(DnaSample, sample_id)
        assert found is not None
        found.relationship = value


def surname(db: Database, person: uuid.UUID) -> str | None:
    with db.read() as session:
        found = session.get(Person, person)
        return None if found is None else found.surname


def test_the_laboratory_keeps_its_corrections_and_they_are_no_conflict_anywhere(net: dict[str, Database]) -> None:
    region, hq, lab = net["region"], net["hq"], net["lab"]
    person = add_person(hq, "HQ-1", "Коваленко", "Іван")
    taken = sample(hq, "REF-1", person)
    send(hq, region)
    assert to_lab(hq, lab)["new"] == 2
    relationship(lab, taken, "батько")  # the laboratory corrects who gave the sample
    with lab.write() as session:
        found = session.get(Person, person)
        assert found is not None
        found.surname = "Коваленко-Шевчук"  # and the name, from the sample's form
    # headquarters change another field meanwhile, and send a copy before the lab's chain arrives
    with hq.write() as session:
        found = session.get(Person, person)
        assert found is not None
        found.given_names = "Іван-Богдан"
    counts = to_lab(hq, lab)
    assert counts["updated"] == 1  # the person's new given names; the lab's two corrections stand
    assert sample_of(lab, taken) == ("батько", person)
    assert surname(lab, person) == "Коваленко-Шевчук"
    send(lab, hq)  # the corrections reach headquarters in the laboratory's chain
    assert open_conflicts(hq) == []
    assert sample_of(hq, taken) == ("батько", person) and surname(hq, person) == "Коваленко-Шевчук"
    send(hq, region)
    assert open_conflicts(region) == [] and surname(region, person) == "Коваленко-Шевчук"
    again = deliver(bundle(hq, lab, "lab"), lab)  # and the next copy carries them as the lab has them
    assert again.reason.startswith("2 records received, nothing new")  # not "0 records received"
    assert sample_of(lab, taken) == ("батько", person)
    with lab.read() as session:
        found = session.get(Person, person)
        assert found is not None and found.given_names == "Іван-Богдан"
    assert all(chains_verify(db) for db in (region, hq, lab))


def test_a_correction_by_headquarters_after_the_labs_reaches_the_lab(net: dict[str, Database]) -> None:
    hq, lab = net["hq"], net["lab"]
    person = add_person(hq, "HQ-1")
    taken = sample(hq, "REF-1", person)
    to_lab(hq, lab)
    relationship(lab, taken, "батько")
    send(lab, hq)
    relationship(hq, taken, "дід")  # made on the lab's value: the later word
    to_lab(hq, lab)
    assert sample_of(lab, taken) == ("дід", person) == sample_of(hq, taken)
    assert open_conflicts(hq) == []


def test_a_person_merged_at_headquarters_is_merged_at_the_laboratory(net: dict[str, Database]) -> None:
    hq, lab = net["hq"], net["lab"]
    kept = add_person(hq, "HQ-1", "Коваленко", "Іван")
    other = add_person(hq, "HQ-2", "Коваленко", "Иван")
    first = sample(hq, "REF-1", kept)
    second = sample(hq, "REF-2", other, "Коваленко Петро")
    to_lab(hq, lab)
    assert surname(lab, other) == "Коваленко"
    ours = sample(lab, "LAB-REF-1", other, "Коваленко Олена")  # the lab's own sample of the other record
    with hq.write() as session:
        merge_persons(session, kept, other, persons.get_person(session, kept).as_input())
    counts = to_lab(hq, lab)
    assert counts["deleted"] == 1
    assert surname(lab, other) is None and surname(lab, kept) == "Коваленко"
    assert sample_of(lab, second) == ("мати", kept) and sample_of(lab, first) == ("мати", kept)
    assert sample_of(lab, ours) == ("мати", kept)  # the lab's own record follows the merge
    send(lab, hq)
    assert sample_of(hq, ours) == ("мати", kept)  # and follows it at headquarters too
    assert to_lab(hq, lab)["deleted"] == 0  # a record gone is dropped once
    for db in (hq, lab):  # records moved by the merge are no edit outside the app
        assert OfficeFacade(db).replay().ok
    with lab.read() as session:
        assert session.scalars(select(Person.id)).all() == [kept]


def test_a_person_deleted_at_headquarters_stays_while_the_labs_own_records_need_him(
    net: dict[str, Database],
) -> None:
    hq, lab = net["hq"], net["lab"]
    person = add_person(hq, "HQ-1")
    taken = sample(hq, "REF-1", person)
    to_lab(hq, lab)
    ours = sample(lab, "LAB-REF-1", person)
    with hq.write() as session:
        found = session.get(DnaSample, taken)
        session.delete(found)
        session.delete(session.get(Person, person))
    counts = to_lab(hq, lab)
    assert sample_of(lab, taken) is None  # the sample headquarters deleted is gone
    assert surname(lab, person) == "Коваленко" and sample_of(lab, ours) is not None  # his is kept for the lab's
    assert counts["deleted"] == 1


def test_the_status_of_the_laboratorys_channel_says_what_changed_since_its_last_copy(
    net: dict[str, Database],
) -> None:
    # found by a new user's trial: "waiting" only grew (filtered copies carry no events to
    # acknowledge), and "received 3" was the last bundle's number, not how many came
    hq, lab = net["hq"], net["lab"]
    person = add_person(hq, "HQ-1")
    sample(hq, "REF-1", person)

    def lab_channel() -> ChannelStatus:
        with hq.read() as session:
            (channel,) = [c for c in bundle_status(session) if c.code == "LAB"]
        return channel

    assert lab_channel().waiting > 0
    to_lab(hq, lab)
    assert lab_channel().waiting == 0
    with hq.write() as session:
        found = session.get(Person, person)
        assert found is not None
        found.given_names = "Петро"
    assert lab_channel().waiting == 1
    to_lab(hq, lab)
    channel = lab_channel()
    assert (channel.waiting, channel.sent_count, channel.sent_seq) == (0, 2, 2)
    with hq.write() as session:  # a change the laboratory never gets is none it waits for
        found = session.get(Person, person)
        assert found is not None
        found.notes = "телефон родини змінився"
    assert lab_channel().waiting == 0
    send(lab, hq)
    with lab.read() as session:
        (back,) = [c for c in bundle_status(session) if c.code == "HQ"]
    assert (back.received_count, back.received_seq) == (2, 2)


def test_the_laboratory_cannot_make_a_change_headquarters_would_drop(net: dict[str, Database]) -> None:
    from desktop.facades import Facades
    from models.core.errors import PermissionDenied

    hq, lab = net["hq"], net["lab"]
    person = add_person(hq, "HQ-9", "Гнатюк", "Остап")
    sample(hq, "S-9", person)
    to_lab(hq, lab)
    people = Facades(lab).people
    with pytest.raises(PermissionDenied, match=r"LAB is a laboratory office.*\(person: unit\)"):
        people.set_fields(people.get(person), {"unit": "в/ч А0000"})  # not the laboratory's to change
    assert people.set_fields(people.get(person), {"place_of_birth": "Умань"}) is not None  # who he is: its own
    with lab.read() as session:
        found = session.get(Person, person)
        assert found is not None and found.unit in (None, "") and found.place_of_birth == "Умань"
    assert send(lab, hq).result == "applied"
    with hq.read() as session:
        found = session.get(Person, person)
        assert found is not None and found.place_of_birth == "Умань"
    Facades(hq).people.set_fields(Facades(hq).people.get(person), {"unit": "в/ч А0001"})  # headquarters: not limited
    # a person the laboratory registers (who a reference sample's relative is looking for) is
    # its to make: the defaults of the fields it may not set are no change of them
    made = add_person(lab, "LAB-1", "Шевчук", "Андрій")
    assert send(lab, hq).result == "applied"
    assert surname(hq, made) == "Шевчук"


def test_an_older_copy_delivered_late_changes_nothing(net: dict[str, Database]) -> None:
    hq, lab = net["hq"], net["lab"]
    person = add_person(hq, "HQ-10", "Гнатюк", "Остап")
    sample(hq, "S-10", person)
    to_lab(hq, lab)
    edit(hq, person, place_of_birth="Умань")
    older = bundle(hq, lab, "lab")
    edit(hq, person, place_of_birth="Київ")
    newer = bundle(hq, lab, "lab")
    assert deliver(newer, lab).result == "applied"
    assert deliver(older, lab).result == "applied"  # numbered below the last one: it came late
    with lab.read() as session:
        found = session.get(Person, person)
        assert found is not None and found.place_of_birth == "Київ"


def test_a_dna_match_from_the_laboratory_names_the_person_it_concerns(net: dict[str, Database]) -> None:
    # found by the new-user trial: the confirmation waiting at headquarters named nobody
    from models.bundles import conflicts
    from tests.helpers.remains import add_dna, seed

    hq, lab = net["hq"], net["lab"]
    seed(hq)
    to_lab(hq, lab)
    add_dna(lab, "PM-001", "M-1", 2.5e9)
    assert send(lab, hq).counts["awaiting_confirmation"] == 1
    with hq.read() as session:
        (waiting,) = conflicts.pending_confirmations(session)
    assert (waiting.kind, waiting.office, waiting.person_external_id) == ("dna_match", "LAB", "M-1")


def test_the_laboratory_sees_the_conflict_its_own_change_made_and_its_resolution(net: dict[str, Database]) -> None:
    # found by the new-user trial: headquarters held a conflict between its change and the
    # laboratory's, while the laboratory went on showing its own value and no conflict
    from models.bundles import conflicts

    hq, lab = net["hq"], net["lab"]
    person = add_person(hq, "HQ-1", "Коваленко", "Іван")
    sample(hq, "REF-1", person)
    to_lab(hq, lab)
    edit(lab, person, place_of_birth="Суми")
    edit(hq, person, place_of_birth="Київ")
    send(lab, hq)
    with hq.read() as session:
        (at_hq,) = conflicts.open_conflicts(session)
    counts = to_lab(hq, lab)
    assert counts["updated"] == 1
    with lab.read() as session:
        (at_lab,) = conflicts.open_conflicts(session)
        shown = session.get(Person, person)
        assert shown is not None and shown.place_of_birth == at_hq.provisional  # the value every office shows
    assert (at_lab.conflict_id, at_lab.field, at_lab.provisional) == (
        at_hq.conflict_id,
        "place_of_birth",
        at_hq.provisional,
    )
    assert sorted((s.office, s.value) for s in at_lab.sides) == [("HQ", "Київ"), ("LAB", "Суми")]
    with hq.write() as session:
        conflicts.resolve_conflict(session, at_hq.conflict_id, "Суми")
    to_lab(hq, lab)
    with lab.read() as session:
        assert conflicts.open_conflicts(session) == []
        assert session.get(Person, person).place_of_birth == "Суми"  # type: ignore[union-attr]
    send(lab, hq)
    assert open_conflicts(hq) == []


def test_an_older_copy_delivered_late_does_not_bring_back_a_person_merged_away(net: dict[str, Database]) -> None:
    # found by the new-user trial: the late copy re-created the person merged away since
    hq, lab = net["hq"], net["lab"]
    kept = add_person(hq, "HQ-2", "Гнатюк", "Остап")
    gone = add_person(hq, "HQ-5", "Гнатюк", "Остап")
    for number, person in (("S-2", kept), ("S-5", gone)):
        sample(hq, number, person)
    older = bundle(hq, lab, "lab")
    with hq.write() as session:
        merge_persons(session, kept, gone, persons.get_person(session, kept).as_input())
    newer = bundle(hq, lab, "lab")
    assert deliver(newer, lab).result == "applied"
    late = deliver(older, lab)
    assert late.result == "applied" and "older copy" in late.reason
    assert surname(lab, gone) is None and surname(lab, kept) == "Гнатюк"


def test_a_case_number_given_at_headquarters_and_the_laboratory_keeps_both_cases(net: dict[str, Database]) -> None:
    # found by the new-user trial: headquarters renumbered the laboratory's case, and from then
    # on every copy failed at the laboratory ("UNIQUE constraint failed"), for good
    from sqlalchemy import select as choose

    from models.core.entities import RemainsCase
    from models.remains import files

    hq, lab = net["hq"], net["lab"]
    header = (
        "case_number,batch,recovery_date,recovery_place,sex,age_min,age_max,stature_cm,marks,dental,effects,id_tag\n"
    )
    with hq.write() as session:
        files.import_remains(session, (header + "PM-2026-0001,B-1,2026-05-20,Бахмут,male,,,,,,,\n").encode())
    with lab.write() as session:
        files.import_remains(session, (header + "PM-2026-0001,B-LAB,2026-05-21,Авдіївка,female,,,,,,,\n").encode())
    told = send(lab, hq)
    assert any(c["new_number"] == "PM-2026-0001-LAB" for c in told.renumbered)
    result = deliver(bundle(hq, lab, "lab"), lab)
    assert result.result == "applied", result
    # the laboratory is told its own case was renumbered (second new-user trial: not a word)
    assert [c["new_number"] for c in result.renumbered] == ["PM-2026-0001-LAB"]
    assert "the later one is now PM-2026-0001-LAB" in result.reason
    for db in (hq, lab):
        with db.read() as session:
            cases = {n: p for n, p in session.execute(choose(RemainsCase.case_number, RemainsCase.recovery_place))}
        assert cases == {"PM-2026-0001": "Бахмут", "PM-2026-0001-LAB": "Авдіївка"}, db.path.name


def test_the_laboratory_follows_the_profile_headquarters_set_for_it(net: dict[str, Database]) -> None:
    # found by the new-user trial: headquarters' admin took place_of_birth out of the lab's
    # profile; the lab still allowed the edit, and headquarters dropped it without a word
    from desktop.facades import Facades
    from models.bundles import profiles
    from models.core.errors import PermissionDenied

    hq, lab = net["hq"], net["lab"]
    person = add_person(hq, "HQ-2", "Гнатюк", "Остап")
    sample(hq, "S-2", person)
    with hq.write() as session:
        narrowed = profiles.profile(session, "lab").definition()
        fields = narrowed["records"]["person"]["fields"]
        narrowed["records"]["person"]["fields"] = [f for f in fields if f != "place_of_birth"]
        profiles.set_profile(session, "lab", narrowed)
    to_lab(hq, lab)
    people = Facades(lab).people
    with pytest.raises(PermissionDenied, match=r"place_of_birth"):
        people.set_fields(people.get(person), {"place_of_birth": "Стрий"})
