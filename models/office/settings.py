"""Office settings kept in the database: thresholds and rules the whole office shares."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.changelog import PendingChange, RepatriaSession, append_events
from models.core.common import require_role
from models.core.entities import Setting
from models.core.enums import ChangeOp, Role
from models.core.errors import ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.office.dto import SettingSpec

# settings are keyed by name; their changes are logged under a name-based UUID in this namespace
SETTINGS_NAMESPACE = uuid.UUID("bc085e3b-5509-4ca0-ad0d-3b7eddbfb3c5")
SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec("report_marking", "", str, None, "classification marking printed on every report page"),
        SettingSpec("dna_lr_certain", "10000", float, 1.0, "likelihood ratio from which a DNA match is certain"),
        SettingSpec("dna_lr_probable", "1000", float, 1.0, "likelihood ratio from which a DNA match is probable"),
        SettingSpec("board_signatures_required", "3", int, 1, "identification board members who must sign a decision"),
        SettingSpec("reply_due_days", "14", int, 1, "days a counterparty is given to reply to a letter we send"),
        SettingSpec(
            "backup_reminder_days", "7", int, 1, "days after the last backup before the app reminds to make one"
        ),
    )
}


def _spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise ValidationError.single(
            "key",
            QT_TRANSLATE_NOOP("Errors", "{key!r} is not a setting ({settings})"),
            key=key,
            settings=", ".join(SPECS),
        ) from None


def get_text(session: Session, key: str) -> str:
    spec = _spec(key)
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return spec.default if value is None else value


def get_number(session: Session, key: str) -> float:
    spec = _spec(key)
    assert spec.kind in (int, float)
    return float(get_text(session, key))


def set_setting(session: Session, key: str, value: str) -> None:
    require_role(session, Role.SUPERVISOR)
    spec = _spec(key)
    value = value.strip()
    if spec.kind in (int, float):
        try:
            number = spec.kind(value)
        except ValueError:
            if spec.kind is int:
                raise ValidationError.single(
                    key, QT_TRANSLATE_NOOP("Errors", "{value!r} is not an integer"), value=value
                ) from None
            raise ValidationError.single(
                key, QT_TRANSLATE_NOOP("Errors", "{value!r} is not a number"), value=value
            ) from None
        if spec.minimum is not None and number < spec.minimum:
            raise ValidationError.single(
                key,
                QT_TRANSLATE_NOOP("Errors", "{value} is below the minimum {minimum:g}"),
                value=value,
                minimum=spec.minimum,
            )
        value = str(number)
    row = session.get(Setting, key)
    # in force until now: the default if never set (written as a set value would be)
    before = row.value if row is not None else (str(spec.kind(spec.default)) if spec.default else spec.default)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    if value != before:  # the settings are no logged record of their own: the change is logged here
        assert isinstance(session, RepatriaSession)
        append_events(
            session,
            session.actor,
            [
                PendingChange(
                    "setting",
                    setting_record_id(key),
                    ChangeOp.CREATE if row is None else ChangeOp.UPDATE,
                    {key: [before, value]},
                )
            ],
        )


def setting_record_id(key: str) -> uuid.UUID:
    """The id a setting's changes are logged under: the same for a key in every database."""
    return uuid.uuid5(SETTINGS_NAMESPACE, key)


def all_settings(session: Session) -> list[tuple[str, str, str]]:
    """(key, value, what it means) of every setting, in the order of ``SPECS``."""
    return [(key, get_text(session, key), spec.description) for key, spec in SPECS.items()]


def set_settings(session: Session, values: dict[str, str]) -> None:
    """Several settings in the caller's transaction: one bad value and none is kept."""
    for key, value in values.items():
        set_setting(session, key, value)
