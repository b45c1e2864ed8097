"""Likely duplicates before a person is created, and merging two records into one.

A duplicate is a person whose name the name engine reads as the same across scripts and
languages (Олександр Коваленко, Aleksandr Kovalenko, Александр Коваленко; models.names) and
whose date of birth does not contradict: the same date, the same date with day and month swapped, or a partial
date containing the other. A merge keeps one record, moves everything recorded about
the other to it, keeps the other's name as an alternative spelling and deletes it;
every step goes through the change log, so both histories stay readable.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.changelog import PendingChange, RepatriaSession, append_events, context_of, jsonable
from models.core.chunks import chunks
from models.core.common import require_role
from models.core.dates import swapped
from models.core.entities import (
    AnteMortemRecord,
    Attachment,
    Base,
    BodyMark,
    BundleRecord,
    ChangeEvent,
    DentalFinding,
    DnaSample,
    ExchangeParticipant,
    HealthReport,
    Identification,
    Implant,
    ListEntry,
    MatchCandidate,
    MedicalCommissionDecision,
    NextOfKin,
    Office,
    Person,
    PersonName,
    PersonNameKey,
    PersonSearchTerm,
    Source,
    StatusEvent,
    ThreadLink,
)
from models.core.enums import (
    Annex1Category,
    ChangeOp,
    Consent,
    Health,
    NameForm,
    OfficeKind,
    PersonStatus,
    Role,
    Sex,
    ToothState,
)
from models.core.errors import NotFoundError, PermissionDenied, RepatriaError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.identifiers import service_key
from models.core.partial_date import PartialDate
from models.names.engine import Level, NameKeys, name_keys
from models.names.keys import skeleton, tokens
from models.names.matching import LEVEL_WORDS, DateLevel, compare
from models.persons.dto import INPUT_FIELDS, DuplicateCandidate, MergeRecord, PersonDTO, PersonInput
from models.persons.name_index import ROLE_ID, ROLE_SURNAME, unindex_person
from models.persons.service import create_person, rows_by_id, update_person


def dates_compatible(a: PartialDate | None, b: PartialDate | None) -> tuple[bool, str]:
    """Whether two dates of birth can be the same person's, and why."""
    if a is None or b is None:
        return True, "date of birth unknown on one side"
    if a == b:
        return True, "same date of birth"
    if a.is_complete and b.is_complete and (a.year, a.month, a.day) == (b.year, b.day, b.month):
        return True, "date of birth with day and month swapped"
    if a.earliest() <= b.latest() and b.earliest() <= a.latest():
        return True, "dates of birth overlap (one is partial)"
    return False, "different dates of birth"


def _name_key(surname: str, given: str, patronymic: str) -> str:
    return " ".join(skeleton(w) for w in tokens(f"{surname} {given} {patronymic}"))


MAX_BLOCK = 5000  # persons sharing a surname key looked at; a surname that common needs the other parts anyway


def find_duplicates(
    session: Session, data: PersonInput, *, exclude: uuid.UUID | None = None, limit: int = 10
) -> list[DuplicateCandidate]:
    """Existing persons that are probably the one being entered, best first: the name engine's
    comparison (``models.names.matching``) of every person sharing a surname key, a birthday or
    the service number, kept when surname and given name agree (as spelled in any script or
    language, or by an initial) and the dates of birth do not contradict."""
    if not data.surname.strip():
        return []
    listed = name_keys(data.surname, data.given_names, data.patronymic)
    term = PersonSearchTerm.__table__.c
    ids: set[uuid.UUID] = set()
    if listed.surnames:
        ids.update(
            session.scalars(
                select(term.person_id)
                .where(term.role == ROLE_SURNAME, term.term.in_(sorted(listed.surnames)))
                .limit(MAX_BLOCK)
            )
        )
    born = data.date_of_birth
    if born is not None and born.is_complete:
        days = [born, *([other] if (other := swapped(born)) is not None else [])]
        ids.update(session.scalars(select(Person.id).where(Person.date_of_birth.in_(days))))
    service = service_key(data.service_number)
    if service:
        ids.update(session.scalars(select(term.person_id).where(term.role == ROLE_ID, term.term == service)))
    if exclude is not None:
        ids.discard(exclude)
    rows = rows_by_id(session, sorted(ids))
    forms: dict[uuid.UUID, list[NameKeys]] = {}
    for chunk in chunks(sorted(ids)):
        for person_id, text in session.execute(
            select(PersonNameKey.person_id, PersonNameKey.keys)
            .where(PersonNameKey.person_id.in_(chunk))
            .order_by(PersonNameKey.position)
        ):
            if (keys := NameKeys.load(text)) is not None:
                forms.setdefault(person_id, []).append(keys)
    found: list[DuplicateCandidate] = []
    for person_id, row in rows.items():
        known = forms.get(person_id) or [name_keys(row.surname, row.given_names, row.patronymic)]
        known_service = service_key(row.service_number) if service else ""
        best = max(
            (compare(listed, None, born, service, form, row.date_of_birth, known_service) for form in known),
            key=lambda c: c.weight,
        )
        same_person = best.service == 1 or (
            best.surname >= Level.NEAR
            and best.given in (Level.EXACT, Level.NEAR, Level.FORM, Level.INITIAL, Level.MISSING)
            and best.date in (DateLevel.EXACT, DateLevel.SWAPPED, DateLevel.CONSISTENT, DateLevel.MISSING)
        )
        if not same_person or best.service == -1:
            continue
        parts = ", ".join(
            f"{part} {LEVEL_WORDS[level]}"
            for part, level in (("surname", best.surname), ("given name", best.given), ("patronymic", best.patronymic))
            if level != Level.MISSING
        )
        reasons = (f"name matches ({parts})", *best.reasons(born, row.date_of_birth)[1:])
        found.append(DuplicateCandidate(row, round(best.score * 100, 1), reasons))
    found.sort(key=lambda c: (-c.score, c.row.surname, str(c.row.id)))
    return found[:limit]


# Everything that points at a person, moved to the kept record on a merge.
_PERSON_REFERENCES: tuple[type[Base], ...] = (
    PersonName,
    StatusEvent,
    NextOfKin,
    Source,
    HealthReport,
    MedicalCommissionDecision,
    ListEntry,
    ExchangeParticipant,
    DnaSample,
    MatchCandidate,
    Identification,
    AnteMortemRecord,
)


def _records(session: Session, model: type[Base], column: str, value: uuid.UUID, **more: str) -> list[Any]:
    clauses = [getattr(model, column) == value, *(getattr(model, k) == v for k, v in more.items())]
    return list(session.scalars(select(model).where(*clauses)))


def held_by_other_offices(session: Session, person_id: uuid.UUID) -> bool:
    """Whether other offices may hold the person: created by another office, or created here
    before a bundle we sent carried our chain past it (sent counts, received or not)."""
    created = session.execute(
        select(ChangeEvent.office_id, ChangeEvent.seq)
        .where(ChangeEvent.entity == "person", ChangeEvent.record_id == person_id, ChangeEvent.op == ChangeOp.CREATE)
        .order_by(ChangeEvent.at)
        .limit(1)
    ).first()
    assert isinstance(session, RepatriaSession)
    if created is None:
        return False  # nothing logged of it: a record only this database has ever had
    if created.office_id != session.actor.chain:
        return True  # another office's, or ours from before a restore: others may hold it
    for counts in session.scalars(select(BundleRecord.counts).where(BundleRecord.direction == "out")):
        # a bundle recorded before the figure was kept: it may have carried everything
        sent_up_to = json.loads(counts or "{}").get("own_chain_up_to", created.seq)
        if sent_up_to >= created.seq:
            return True
    return False


def _named(person: Person) -> str:
    name = " ".join(p for p in (person.surname, person.given_names, person.patronymic) if p)
    return f"{name} ({person.external_id})" if person.external_id else name


def merge_refusal(session: Session, keep_id: uuid.UUID, other_id: uuid.UUID) -> RepatriaError | None:
    """Why ``other`` may not be merged into ``keep`` here, or None when it may: asked before
    anyone chooses fields (the merge dialog), and again by :func:`merge_persons`.

    Records other offices hold are merged at headquarters only (a product rule, BUNDLES.md "The
    same human registered at two offices"): two offices merging the same persons at once could
    each keep a different record (A into B here, B into A there), and no rule can tell afterwards
    which one the families and the other side were told of. One merging office per shared record
    - headquarters, of which a network trusts one - makes that impossible; an office merges
    freely the records it created and has not sent yet."""
    try:
        require_role(session, Role.SUPERVISOR)
    except PermissionDenied as exc:
        return exc
    if keep_id == other_id:
        return RepatriaError(QT_TRANSLATE_NOOP("Errors", "a record cannot be merged with itself"))
    keep, other = session.get(Person, keep_id), session.get(Person, other_id)
    if keep is None or other is None:
        return NotFoundError(QT_TRANSLATE_NOOP("Errors", "one of the persons to merge no longer exists"))
    return _merged_at_headquarters_if_shared(session, keep, other)


def _merged_at_headquarters_if_shared(session: Session, keep: Person, other: Person) -> RepatriaError | None:
    """The product rule of :func:`merge_refusal`: records other offices hold, at headquarters only."""
    assert isinstance(session, RepatriaSession)
    office = session.get(Office, session.actor.office_id)
    if office is not None and office.kind != OfficeKind.HQ:
        shared = [person for person in (keep, other) if held_by_other_offices(session, person.id)]
        if len(shared) == 2:
            return PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{keep} and {other} are held by other offices too. Such records are merged at headquarters "
                    "only, so that two offices never merge the same persons differently: send headquarters the "
                    "pair instead",
                ),
                keep=_named(keep),
                other=_named(other),
            )
        if shared:
            return PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{shared} is held by other offices too. Such records are merged at headquarters only, so "
                    "that two offices never merge the same persons differently: send headquarters the pair "
                    "instead ({keep} and {other})",
                ),
                shared=_named(shared[0]),
                keep=_named(keep),
                other=_named(other),
            )
    return None


def merge_persons(session: Session, keep_id: uuid.UUID, other_id: uuid.UUID, merged: PersonInput) -> PersonDTO:
    """Merge ``other`` into ``keep`` with the field values the user chose (``merged``). Raises
    what :func:`merge_refusal` finds."""
    refusal = merge_refusal(session, keep_id, other_id)
    if refusal is not None:
        raise refusal
    keep, other = session.get(Person, keep_id), session.get(Person, other_id)
    assert keep is not None and other is not None
    other_name = (other.surname, other.given_names, other.patronymic)
    _merge_ante_mortem(session, keep_id, other_id, other.external_id or _named(other))
    # Each record is moved through the ORM, so every move is a logged update of its own.
    for entity in _PERSON_REFERENCES:
        for record in _records(session, entity, "person_id", other_id):
            record.person_id = keep_id
    for attachment in _records(session, Attachment, "owner_id", other_id, owner_entity="person"):
        attachment.owner_id = keep_id
    for link in _records(session, ThreadLink, "record_id", other_id, entity="person"):
        link.record_id = keep_id
    session.flush()
    # Say in the log where the other record went; the event is about the kept person, so the
    # kept person's history finds it, and through it the other record's own history.
    assert isinstance(session, RepatriaSession)
    append_events(
        session,
        session.actor,
        [
            PendingChange(
                "person", other_id, ChangeOp.UPDATE, {"merged_into": [None, str(keep_id)]}, keep_id, context_of(other)
            )
        ],
    )
    unindex_person(session, other_id)
    session.delete(other)
    session.flush()
    if _name_key(*other_name) != _name_key(merged.surname, merged.given_names, merged.patronymic):
        session.add(
            PersonName(
                person_id=keep_id,
                form=NameForm.OTHER,
                surname=other_name[0],
                given_names=other_name[1],
                patronymic=other_name[2],
            )
        )
    return update_person(session, keep_id, merged)  # also re-indexes the kept person with every name


# Ante-mortem fields a family tells in free text: two accounts of them are both kept, one after
# the other. The others (a number, a date, a short word) keep the kept record's value, and the
# other account's different value is written into the notes under its import column's name.
_AM_TEXTS = ("amputations", "medical_history", "dental_records", "clothing_last_worn", "effects_carried")
_AM_FIELDS = tuple(
    column.key
    for column in AnteMortemRecord.__table__.columns
    if column.key not in ("id", "person_id", "version_vector", "created_at", "updated_at", "notes")
)


def _merge_ante_mortem(session: Session, keep_id: uuid.UUID, other_id: uuid.UUID, other_label: str) -> None:
    """Two persons merged who both have a family's account (ante-mortem record, one per person):
    the other account joins the kept one, nothing of it lost - its marks and implants move,
    each tooth keeps the kept chart's state (a different state of the other chart is noted),
    free texts are both kept, and a different short value is noted (new-user trial, am_merge:
    such persons could not be merged at all). Every change is logged, so it travels in bundles
    and the other account stays in the history."""
    kept = session.scalar(select(AnteMortemRecord).where(AnteMortemRecord.person_id == keep_id))
    other = session.scalar(select(AnteMortemRecord).where(AnteMortemRecord.person_id == other_id))
    if kept is None or other is None:
        return  # none, or one: it moves with the other records of the person
    # Everything read before anything changes: the changes are then one flush, one batch of the
    # change log (:func:`_unmerge_ante_mortem` finds them so), not split by autoflushes.
    parts = [record for model in (BodyMark, Implant) for record in _records(session, model, "ante_mortem_id", other.id)]
    chart = {finding.tooth: finding for finding in _records(session, DentalFinding, "ante_mortem_id", kept.id)}
    teeth = _records(session, DentalFinding, "ante_mortem_id", other.id)
    for record in parts:
        record.ante_mortem_id = kept.id
    noted: list[str] = []
    for finding in teeth:
        held = chart.get(finding.tooth)
        if held is None:
            finding.ante_mortem_id = kept.id
            continue
        if held.state != finding.state:
            note = f" ({finding.note})" if finding.note else ""
            noted.append(f"tooth {finding.tooth}: {finding.state.value}{note}")
        session.delete(finding)
    for name in _AM_FIELDS:
        mine, theirs = getattr(kept, name), getattr(other, name)
        if theirs in (None, "") or theirs == mine:
            continue
        if mine in (None, ""):
            setattr(kept, name, theirs)
        elif name in _AM_TEXTS:
            setattr(kept, name, f"{mine}\n\n{theirs}")
        else:
            noted.append(f"{name}: {theirs}")
    if other.notes and other.notes != kept.notes:
        noted.append(other.notes)
    if noted:
        said = f"[{other_label}] " + "; ".join(noted)
        kept.notes = f"{kept.notes}\n\n{said}" if kept.notes else said
    session.flush()  # the moves first: the other record's delete must not take them with it
    session.delete(other)
    session.flush()


_AM_PARTS: dict[str, type[BodyMark | Implant | DentalFinding]] = {
    "body_mark": BodyMark,
    "implant": Implant,
    "dental_finding": DentalFinding,
}


def _unmerge_ante_mortem(session: Session, other_id: uuid.UUID, office_id: uuid.UUID, merge_seq: int) -> None:
    """The family's account :func:`_merge_ante_mortem` joined to the kept one, back with the
    person taken back: the record (its id and logged fields), its marks, implants and teeth, and
    the kept account's fields as they were where nobody has changed them since. The merge wrote
    them in two flushes just before its note: the other record's delete, and before it one
    batch (one time) of moves, removed duplicate teeth and the kept record's new values."""
    found = session.execute(
        select(ChangeEvent.record_id, ChangeEvent.seq, ChangeEvent.changes)
        .where(
            ChangeEvent.office_id == office_id,
            ChangeEvent.seq < merge_seq,
            ChangeEvent.entity == "ante_mortem_record",
            ChangeEvent.op == ChangeOp.DELETE,
            ChangeEvent.changes.like(f"%{other_id}%"),
        )
        .order_by(ChangeEvent.seq.desc())
        .limit(1)
    ).first()
    if found is None or session.get(AnteMortemRecord, found.record_id) is not None:
        return
    values = {k: pair[0] for k, pair in found.changes.items() if k in _AM_FIELDS or k == "notes"}
    if found.changes.get("person_id", [None])[0] != str(other_id):
        return
    if isinstance(values.get("collected_on"), str):
        values["collected_on"] = dt.date.fromisoformat(values["collected_on"])
    session.add(AnteMortemRecord(id=found.record_id, person_id=other_id, **values))
    session.flush()
    before = session.execute(
        select(ChangeEvent.at, ChangeEvent.entity).where(
            ChangeEvent.office_id == office_id, ChangeEvent.seq == found.seq - 1
        )
    ).first()
    if before is None or before.entity not in (*_AM_PARTS, "ante_mortem_record"):
        return  # nothing was moved or changed (the other account had nothing the kept one lacked)
    batch = session.execute(
        select(ChangeEvent.entity, ChangeEvent.record_id, ChangeEvent.op, ChangeEvent.changes).where(
            ChangeEvent.office_id == office_id, ChangeEvent.at == before.at, ChangeEvent.seq < found.seq
        )
    ).all()
    am_id = str(found.record_id)
    for entity, record_id, op, changes in batch:
        owner = changes.get("ante_mortem_id") or [None, None]
        if entity in _AM_PARTS and op is ChangeOp.UPDATE and owner[0] == am_id:
            part: Any = session.get(_AM_PARTS[entity], record_id)  # one of three models, each with the column
            if part is not None and str(part.ante_mortem_id) == owner[1]:
                part.ante_mortem_id = found.record_id
        elif entity == "dental_finding" and op is ChangeOp.DELETE and owner[0] == am_id:
            if session.get(DentalFinding, record_id) is None:
                state, note = changes["state"][0], (changes.get("note") or [""])[0]
                session.add(
                    DentalFinding(
                        id=record_id, ante_mortem_id=found.record_id, tooth=changes["tooth"][0],
                        state=ToothState(state), note=note or "",
                    )
                )  # fmt: skip
        elif entity == "ante_mortem_record" and op is ChangeOp.UPDATE:
            kept = session.get(AnteMortemRecord, record_id)
            for name, pair in changes.items():
                if kept is not None and name in (*_AM_FIELDS, "notes") and jsonable(getattr(kept, name)) == pair[1]:
                    old = pair[0]
                    setattr(kept, name, dt.date.fromisoformat(old) if name == "collected_on" and old else old)
    session.flush()


# PersonInput fields whose logged values are codes or dates, and how to read them back
_ENUM_FIELDS: dict[str, type[Any]] = {
    "sex": Sex,
    "status": PersonStatus,
    "health": Health,
    "annex1_category": Annex1Category,
    "consent_to_repatriation": Consent,
}
_DATE_FIELDS = frozenset({"date_of_birth", "capture_date", "death_date"})


def _logged_input(values: dict[str, Any]) -> PersonInput:
    """A person's fields as the change log recorded them, as a PersonInput again."""
    fields: dict[str, Any] = {}
    for name in INPUT_FIELDS:
        if name not in values:
            continue
        value = values[name]
        if name in _DATE_FIELDS:
            value = PartialDate.parse(value) if value else None
        elif name in _ENUM_FIELDS and value is not None:
            value = _ENUM_FIELDS[name](value)
        fields[name] = value
    return PersonInput(**fields)


def recent_merges(session: Session, limit: int = 50) -> list[MergeRecord]:
    """The merges the change log holds, newest first, whose merged-away record is still gone."""
    rows = session.execute(
        select(ChangeEvent.record_id, ChangeEvent.subject_id, ChangeEvent.at, ChangeEvent.author_name, ChangeEvent.seq)
        .where(ChangeEvent.entity == "person", ChangeEvent.changes.like('%"merged_into"%'))
        .order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())
        .limit(limit * 2)
    ).all()
    found: list[MergeRecord] = []
    for other_id, keep_id, at, author, seq in rows:
        if keep_id is None or session.get(Person, other_id) is not None:
            continue  # already brought back
        deleted = _deleted_values(session, other_id, seq)
        keep = session.get(Person, keep_id)
        name = " ".join(str(deleted.get(k) or "") for k in ("surname", "given_names", "patronymic")).strip()
        found.append(
            MergeRecord(
                other_id,
                keep_id,
                at,
                author,
                f"{name} ({deleted.get('external_id', '')})",
                f"{keep.surname} {keep.given_names} ({keep.external_id})" if keep else "",
            )
        )
    return found[:limit]


def _deleted_values(session: Session, other_id: uuid.UUID, after_seq: int) -> dict[str, Any]:
    changes = session.scalar(
        select(ChangeEvent.changes)
        .where(
            ChangeEvent.entity == "person",
            ChangeEvent.record_id == other_id,
            ChangeEvent.op == ChangeOp.DELETE,
            ChangeEvent.seq > after_seq,
        )
        .order_by(ChangeEvent.seq)
        .limit(1)
    )
    return {field: pair[0] for field, pair in (changes or {}).items() if isinstance(pair, list) and pair}


def unmerge_persons(session: Session, other_id: uuid.UUID, reason: str) -> PersonDTO:
    """Take back a wrong merge through the change log (supervisors): the merged-away record
    comes back with its id and the fields the log recorded when it was deleted; every record
    the merge moved (timeline, relatives, sources, list entries, samples, files, letters) goes
    back to it unless it has moved since; the kept person's fields that the merge changed go
    back where nobody has changed them since; the other's name is no longer a spelling of the
    kept person. Both histories keep the merge and its reversal.

    Raises NotFoundError when the log holds no merge of ``other_id``, ValidationError without a
    reason or when the record is back already."""
    require_role(session, Role.SUPERVISOR)
    if not reason.strip():
        raise ValidationError.single("reason", QT_TRANSLATE_NOOP("Errors", "say why the merge is taken back"))
    if session.get(Person, other_id) is not None:
        raise ValidationError.single(
            "other_id", QT_TRANSLATE_NOOP("Errors", "this record is not merged into another (it exists)")
        )
    merge = session.execute(
        select(ChangeEvent.seq, ChangeEvent.subject_id, ChangeEvent.office_id)
        .where(
            ChangeEvent.entity == "person",
            ChangeEvent.record_id == other_id,
            ChangeEvent.changes.like('%"merged_into"%'),
        )
        .order_by(ChangeEvent.seq.desc())
        .limit(1)
    ).first()
    if merge is None or merge.subject_id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "the change log holds no merge of the record {other_id}"), other_id=other_id
        )
    keep_id, seq = merge.subject_id, merge.seq
    deleted = _deleted_values(session, other_id, seq)
    if not deleted:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "the change log does not hold the merged record's fields ({other_id})"),
            other_id=other_id,
        )
    # the merge's own events: the moves it logged before "merged_into" (each names both ids, so
    # only those are read, not the whole log), and the kept person's new fields just after it
    moved = session.execute(
        select(ChangeEvent.entity, ChangeEvent.record_id, ChangeEvent.changes).where(
            ChangeEvent.office_id == merge.office_id,
            ChangeEvent.seq < seq,
            ChangeEvent.op == ChangeOp.UPDATE,
            ChangeEvent.entity != "person",
            ChangeEvent.changes.like(f"%{other_id}%"),
        )
    ).all()
    moves = [
        (entity, record_id, field)
        for entity, record_id, changes in moved
        for field in ("person_id", "owner_id", "record_id")
        if changes.get(field) == [str(other_id), str(keep_id)]
    ]
    kept_changes: dict[str, Any] = (
        session.scalar(
            select(ChangeEvent.changes)
            .where(
                ChangeEvent.office_id == merge.office_id,
                ChangeEvent.seq > seq,
                ChangeEvent.entity == "person",
                ChangeEvent.record_id == keep_id,
                ChangeEvent.op == ChangeOp.UPDATE,
            )
            .order_by(ChangeEvent.seq)
            .limit(1)
        )
        or {}
    )
    restored = create_person(session, _logged_input(deleted), person_id=other_id)
    _unmerge_ante_mortem(session, other_id, merge.office_id, seq)
    movable: tuple[type[Base], ...] = (*_PERSON_REFERENCES, Attachment, ThreadLink)
    models = {str(getattr(m, "__tablename__")): m for m in movable}  # noqa: B009 - the log's entity is the table
    for entity, record_id, field in moves:
        model = models.get(entity)
        record = session.get(model, record_id) if model is not None else None
        if record is not None and getattr(record, field) == keep_id:
            setattr(record, field, other_id)
    keep = session.get(Person, keep_id)
    if keep is not None:
        now = {field: jsonable(getattr(keep, field)) for field in INPUT_FIELDS}
        # a field the merge changed goes back, unless someone has changed it since
        undone = {
            field: pair[0]
            for field, pair in kept_changes.items()
            if field in INPUT_FIELDS and isinstance(pair, list) and now.get(field) == pair[1]
        }
        if undone:
            update_person(session, keep_id, _logged_input({**now, **undone}))
        name = (deleted.get("surname") or "", deleted.get("given_names") or "", deleted.get("patronymic") or "")
        for alias in _records(session, PersonName, "person_id", keep_id, form=NameForm.OTHER):
            if (alias.surname, alias.given_names, alias.patronymic) == name:
                session.delete(alias)
                break
    session.flush()
    assert isinstance(session, RepatriaSession)
    append_events(
        session,
        session.actor,
        [
            PendingChange(
                "person", other_id, ChangeOp.UPDATE, {"merge_reversed": [str(keep_id), reason.strip()]}, other_id
            )
        ],
    )
    return restored
