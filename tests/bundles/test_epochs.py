"""A restored office starts a new epoch (BUNDLES.md step 9, models.core.chains): its changes
go to a new chain, so no office takes it for a fork; the changes it made after the backup, and
what it had received since, come back from the offices that hold them; its channel numbers
start afresh without being taken for a replay."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from models.bundles import offices as cards
from models.bundles.cards import CardError
from models.bundles.service import bundle_status
from models.core.backup import backup, restore
from models.core.db import Database
from models.core.entities import ChangeEvent, OfficeChain, Person
from models.office.replay import replay
from tests.helpers.bundles import (
    add_person,
    bundle,
    chains_verify,
    code_of,
    deliver,
    edit,
    open_conflicts,
    send,
    state,
)
from tests.helpers.database import ADMIN, PASSWORD


def numbers(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(Person.external_id)))


def restored(net: dict[str, Database], name: str, made: Path) -> Database:
    """The office's database closed, restored from ``made`` in its place, and opened again."""
    db = net[name]
    path = db.path
    code_of(db)  # remembered before it closes
    db.close()
    result = restore(made, path, ADMIN, PASSWORD)
    assert result.epoch == 2
    net[name] = Database.open(path, ADMIN, PASSWORD)
    return net[name]


def test_a_restored_office_goes_on_in_a_new_chain_and_gets_back_what_it_lost(
    net: dict[str, Database], tmp_path: Path
) -> None:
    region, hq = net["region"], net["hq"]
    before = add_person(region, "KH-1")
    send(region, hq)
    made = backup(region, tmp_path / "stick").path
    # after the backup: the region's own work reaches headquarters, and headquarters' work the region
    lost = add_person(region, "KH-2")
    edit(region, before, given_names="Петро")
    send(region, hq)
    from_hq = add_person(hq, "HQ-1")
    send(hq, region)

    region = restored(net, "region", made)
    assert numbers(region) == {"KH-1"}  # the backup's day
    early = deliver(bundle(hq, region), region)  # before headquarters have heard of the restore
    assert early.missing is not None and "has not heard yet that this office was restored" in early.missing
    with region.read() as session:
        chain = session.scalars(select(OfficeChain)).one()
    assert region.actor.chain == chain.chain_id != region.actor.office_id
    assert (chain.follows_chain_id, chain.epoch) == (region.actor.office_id, 2)

    after = add_person(region, "KH-3")
    result = send(region, hq)  # before the epoch this was quarantined as a fork, for good
    assert result.result == "applied", result
    assert "restored from a backup (epoch 2)" in result.reason
    assert numbers(hq) == {"KH-1", "KH-2", "KH-3", "HQ-1"}
    with hq.read() as session:
        assert session.scalar(select(ChangeEvent.office_id).where(ChangeEvent.record_id == after)) == chain.chain_id

    back = send(hq, region)  # what the region lost comes back: its own changes and headquarters'
    assert back.result == "applied" and back.counts["new"] + early.counts["new"] == 2
    assert numbers(region) == {"KH-1", "KH-2", "KH-3", "HQ-1"}
    with region.read() as session:
        assert session.get(Person, before).given_names == "Петро"  # type: ignore[union-attr]
    assert {lost, from_hq} <= _ids(region)
    assert state(region) == state(hq)
    assert chains_verify(region) and chains_verify(hq)
    assert open_conflicts(region) == open_conflicts(hq) == []
    with region.read() as session:
        assert replay(session).ok  # the audit counts both of the region's chains as its own

    # and on: later rounds are ordinary, each side's status without gaps or waiting changes
    edit(region, lost, surname="Шевчук")
    assert send(region, hq).counts["updated"] == 1
    send(hq, region)
    assert state(region) == state(hq)
    with hq.read() as session:
        status = next(s for s in bundle_status(session) if s.code == code_of(region))
    assert status.missing is None and status.waiting == 0, status
    assert status.received_seq == 2  # the region's channel numbered afresh in its new epoch
    with region.read() as session:
        status = next(s for s in bundle_status(session) if s.code == code_of(hq))
    assert status.missing is None and status.waiting == 0, status


def _ids(db: Database) -> set[uuid.UUID]:
    with db.read() as session:
        return set(session.scalars(select(Person.id)))


def test_a_bundle_made_before_the_restore_and_delivered_after_it_is_no_replay(
    net: dict[str, Database], tmp_path: Path
) -> None:
    region, hq = net["region"], net["hq"]
    add_person(region, "KH-1")
    send(region, hq)
    made = backup(region, tmp_path / "stick").path
    add_person(region, "KH-2")
    late = bundle(region, hq)  # channel number 2 of the first epoch, carried on a slow stick
    region = restored(net, "region", made)
    add_person(region, "KH-3")
    assert send(region, hq).result == "applied"  # number 1 of the second epoch
    result = deliver(late, hq)
    assert result.result == "applied" and result.missing is None, result
    assert numbers(hq) == {"KH-1", "KH-2", "KH-3"}
    send(hq, region)
    assert numbers(region) == {"KH-1", "KH-2", "KH-3"}
    assert chains_verify(region) and chains_verify(hq)


def test_a_third_office_learns_the_new_chain_through_headquarters(net: dict[str, Database], tmp_path: Path) -> None:
    region, hq, lab = net["region"], net["hq"], net["lab"]
    add_person(region, "KH-1")
    send(region, hq)
    made = backup(region, tmp_path / "stick").path
    region = restored(net, "region", made)
    person = add_person(region, "KH-9")
    send(region, hq)
    data = bundle(hq, lab, "full")  # whole chains (an admin's choice), to see the relay
    result = deliver(data, lab)
    assert result.result == "applied", result
    with lab.read() as session:
        known = session.scalars(select(OfficeChain)).one()
        assert session.get(Person, person) is not None
    assert known.office_id == region.actor.office_id and known.epoch == 2


def test_an_office_restored_twice_from_one_backup_loses_nothing(net: dict[str, Database], tmp_path: Path) -> None:
    # found by the new-user trial: the second restore numbered its epoch and its channel as the
    # first had, headquarters quarantined it as a replay, and what was made between was lost
    region, hq = net["region"], net["hq"]
    add_person(region, "KH-1")
    send(region, hq)
    made = backup(region, tmp_path / "stick").path
    region = restored(net, "region", made)
    add_person(region, "KH-2")
    send(region, hq)
    send(hq, region)
    region = restored(net, "region", made)  # the same backup again: a second chain of epoch 2
    add_person(region, "KH-3")
    result = send(region, hq)
    assert result.result == "applied" and "restored from a backup" in result.reason, result
    send(hq, region)
    assert numbers(region) == numbers(hq) == {"KH-1", "KH-2", "KH-3"}
    assert state(region) == state(hq)
    assert chains_verify(region) and chains_verify(hq)
    with hq.read() as session:
        labels = next(s.acknowledged for s in bundle_status(session) if s.code == code_of(region))
    assert len(labels) == len(set(labels))  # the two chains of epoch 2 named apart


def test_a_restored_laboratory_gets_its_records_back_and_its_audit_stays_clean(
    net: dict[str, Database], tmp_path: Path
) -> None:
    # found by the new-user trial: the lab's own cases came back in headquarters' copy, and
    # `audit verify` then called them edits made around the app
    from models.core.entities import RemainsCase
    from models.remains import files

    hq, lab = net["hq"], net["lab"]
    made = backup(lab, tmp_path / "stick").path
    header = "case_number,batch,recovery_date,recovery_place,sex,age_min,age_max,stature_cm,marks,dental,effects,"
    with lab.write() as session:
        files.import_remains(session, (header + "id_tag\nPM-1,B-LAB,2026-05-21,Авдіївка,female,,,,,,,\n").encode())
    send(lab, hq)
    lab = restored(net, "lab", made)
    assert deliver(bundle(hq, lab, "lab"), lab).result == "applied"
    with lab.read() as session:
        assert session.scalar(select(RemainsCase.case_number)) == "PM-1"  # back from headquarters
        report = replay(session)
    assert report.ok, report.differences


def test_a_restore_counts_changes_sent_only_in_filtered_copies_as_unsent(
    net: dict[str, Database], tmp_path: Path
) -> None:
    # found by the third trial: headquarters' edit sent only to the laboratory (whose copy
    # carries records, not our events) was lost at the restore without a word
    hq, lab = net["hq"], net["lab"]
    made = backup(hq, tmp_path / "stick").path
    add_person(hq, "HQ-1")
    assert deliver(bundle(hq, lab, "lab"), lab).result == "applied"
    path = hq.path
    code_of(hq)
    hq.close()
    result = restore(made, path, ADMIN, PASSWORD)
    net["hq"] = Database.open(path, ADMIN, PASSWORD)
    assert result.unsent >= 1


def test_bundles_received_before_a_restore_are_not_called_lost_on_the_way(
    net: dict[str, Database], tmp_path: Path
) -> None:
    # found by the third trial: a restored office said "bundles 3-5 from HQ never arrived"
    region, hq = net["region"], net["hq"]
    add_person(region, "KH-1")
    send(region, hq)
    made = backup(region, tmp_path / "stick").path
    add_person(hq, "HQ-1")
    send(hq, region)  # arrives, then goes with the restore
    region = restored(net, "region", made)
    send(region, hq)  # headquarters hear of the restore
    result = send(hq, region)
    assert result.missing is not None and "arrived before this office was restored" in result.missing, result
    assert "never arrived" not in (result.missing or "")
    assert numbers(region) == {"KH-1", "HQ-1"}
    with region.read() as session:
        status = next(s for s in bundle_status(session) if s.code == code_of(hq))
    assert status.missing is None


def _new_keys(db: Database, above: int = 0) -> bytes:
    with db.write() as session:
        cards.rotate_key(session, above)
    with db.read() as session:
        return cards.our_card(session)[1].to_json().encode()


def test_keys_made_after_the_backup_come_back_with_the_restore(net: dict[str, Database], tmp_path: Path) -> None:
    """Found by the new-user trial (keyrot_restore): the region makes new keys after its backup,
    headquarters take the new card, and the region is restored in place. It had lost the key
    headquarters encrypt to (it could read none of their bundles), and new keys again repeated
    the version headquarters hold (refused). The restore brings the newer keys from the
    database it replaces: nothing to do at either office."""
    region, hq = net["region"], net["hq"]
    add_person(region, "KH-1")
    send(region, hq)
    made = backup(region, tmp_path / "stick").path
    add_person(region, "KH-2")  # after the backup, and held by headquarters (second trial: the
    send(region, hq)  # restore's own write took its number on the old chain, a fork)
    card = _new_keys(region)
    with hq.write() as session:
        cards.trust_card(session, card, None)  # a rotation: signed by the key trusted, no call
    add_person(hq, "HQ-1")
    path = region.path
    code_of(region)
    region.close()
    result = restore(made, path, ADMIN, PASSWORD)
    assert result.keys_brought == 1
    region = net["region"] = Database.open(path, ADMIN, PASSWORD)
    with region.read() as session:
        assert cards.our_card(session)[0].version == 2
    send(hq, region)  # readable: encrypted to the key made after the backup
    assert numbers(region) == {"KH-1", "HQ-1"}
    assert send(region, hq).result == "applied"  # no fork
    assert send(hq, region).result == "applied"
    assert numbers(region) == {"KH-1", "KH-2", "HQ-1"}  # what it lost came back
    assert chains_verify(region) and chains_verify(hq)
    assert state(region) == state(hq)


def test_an_office_restored_elsewhere_makes_new_keys_above_the_version_the_others_trust(
    net: dict[str, Database], tmp_path: Path
) -> None:
    """Restored on another computer, the region has no database to bring its newer keys from:
    headquarters' bundles are refused with a sentence that says why and what to do, a second
    card of the trusted version is refused with the version to go above, and a card above it
    is trusted once its fingerprint is read out by telephone. Then bundles flow both ways."""
    region, hq = net["region"], net["hq"]
    add_person(region, "KH-1")
    send(region, hq)
    made = backup(region, tmp_path / "stick").path
    with hq.write() as session:
        cards.trust_card(session, _new_keys(region), None)
    add_person(hq, "HQ-1")
    code_of(region)
    region.close()
    elsewhere = tmp_path / "new-laptop" / "office.db"
    assert restore(made, elsewhere, ADMIN, PASSWORD).keys_brought == 0
    region = net["region"] = Database.open(elsewhere, ADMIN, PASSWORD)
    refused = deliver(bundle(hq, region), region)
    assert refused.reason_code == "not_addressed" and "restored from a backup" in refused.reason
    card = _new_keys(region, above=2)  # at once, as the refusal says (second trial: the card had
    with region.read() as session:  # no previous key, "version and previous key do not agree")
        digits = cards.our_card(session)[0].fingerprint
    assert cards.read_card(card)[1].version == 3  # above the 2 trusted
    with hq.write() as session:
        with pytest.raises(CardError):
            cards.trust_card(session, card, None)  # not a rotation of the key trusted: a call first
        cards.trust_card(session, card, digits)
    send(hq, region)
    assert numbers(region) == {"KH-1", "HQ-1"}
    assert send(region, hq).result == "applied"
    assert chains_verify(region) and chains_verify(hq)


def test_a_second_card_of_the_version_trusted_is_refused_with_the_version_to_go_above(
    net: dict[str, Database], tmp_path: Path
) -> None:
    region, hq = net["region"], net["hq"]
    made = backup(region, tmp_path / "stick").path
    with hq.write() as session:
        cards.trust_card(session, _new_keys(region), None)
    code_of(region)
    region.close()
    elsewhere = tmp_path / "new-laptop" / "office.db"
    restore(made, elsewhere, ADMIN, PASSWORD)
    region = net["region"] = Database.open(elsewhere, ADMIN, PASSWORD)
    with hq.write() as session, pytest.raises(CardError, match="above version 2"):
        cards.trust_card(session, _new_keys(region), None)


def test_a_bundle_signed_with_a_key_the_office_had_replaced_is_refused(
    net: dict[str, Database], tmp_path: Path
) -> None:
    """Found by the new-user trial: restored on another computer from a backup older than its
    new keys, the region signed its bundles with the key it had replaced, and headquarters took
    them. A bundle made under a replaced key after the newer card became valid is refused with
    what to do, and nothing changes; one made before (on its way during the rotation) is taken."""
    region, hq = net["region"], net["hq"]
    add_person(region, "KH-1")
    send(region, hq)
    made = backup(region, tmp_path / "stick").path
    on_its_way = bundle(region, hq)  # made under the first key, delivered after the rotation
    with hq.write() as session:
        cards.trust_card(session, _new_keys(region), None)
    assert deliver(on_its_way, hq).result == "applied"
    code_of(region)
    region.close()
    elsewhere = tmp_path / "new-laptop" / "office.db"
    restore(made, elsewhere, ADMIN, PASSWORD)
    region = net["region"] = Database.open(elsewhere, ADMIN, PASSWORD)
    add_person(region, "KH-2")
    before = state(hq)
    refused = deliver(bundle(region, hq), hq)
    assert (refused.result, refused.reason_code) == ("refused", "superseded_key"), refused
    assert "card version 1" in refused.reason and "rotate-key --above 2" in refused.reason
    assert state(hq) == before
    card = _new_keys(region, above=2)
    with region.read() as session:
        digits = cards.our_card(session)[0].fingerprint
    with hq.write() as session:
        cards.trust_card(session, card, digits)
    assert send(region, hq).result == "applied"
    assert "KH-2" in numbers(hq)


def test_bundles_status_tells_the_bundles_since_a_restore_and_a_filtered_channel_in_words(
    net: dict[str, Database], tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None
) -> None:
    """Found by the new-user trial: after a restore, status read "sent 4 bundles, the last no. 2"
    (the restored office numbers afresh), and a channel of filtered copies never sent read
    "changes it has not acknowledged yet: 8"."""
    from tests.helpers.cli import run

    region, hq = net["region"], net["hq"]
    add_person(region, "KH-1")
    send(region, hq)
    made = backup(region, tmp_path / "stick").path
    add_person(region, "KH-2")
    send(region, hq)
    region = restored(net, "region", made)
    send(region, hq)  # the first since the restore
    paths = {name: db.path for name, db in net.items()}
    for db in net.values():
        db.close()
    code, out, _ = run(capsys, "--db", str(paths["hq"]), "--user", ADMIN, "bundles", "status")
    assert code == 0
    assert "received 3 bundles, 1 since KHARKIV was restored from a backup (numbered afresh), the last no. 1" in out
    code, out, _ = run(capsys, "--db", str(paths["region"]), "--user", ADMIN, "bundles", "status")
    assert "sent 2 bundles, 1 since this office was restored from a backup (numbered afresh), the last no. 1" in out
    assert "profile lab: nothing sent yet" in out and "not acknowledged" not in out.split("LAB")[1]
