"""A person's fields set from text, as a script writes them (``repatria persons set``):
``FIELD=VALUE`` with the persons CSV's forms - ISO dates with partial dates allowed, coded
values in their usual forms (``models.core.codes``) - and an empty value to clear a field."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from models.core.codes import read_health, read_sex, read_status
from models.core.enums import Annex1Category, Consent, Health, PersonStatus, Sex
from models.core.errors import FieldError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate
from models.persons.dto import INPUT_FIELDS, PersonInput

_DATES = frozenset({"date_of_birth", "capture_date", "death_date"})
_CODED: dict[str, tuple[type[StrEnum], Any]] = {
    "sex": (Sex, read_sex),
    "status": (PersonStatus, read_status),
    "health": (Health, read_health),
    "annex1_category": (Annex1Category, None),
    "consent_to_repatriation": (Consent, None),
}
_CLEARED: dict[str, Any] = {"sex": Sex.UNKNOWN, "consent_to_repatriation": Consent.UNKNOWN}
_REQUIRED = frozenset({"external_id", "surname", "status"})
_YES, _NO = frozenset({"yes", "true", "1", "так"}), frozenset({"no", "false", "0", "ні", ""})


def parse_assignments(pairs: Iterable[str]) -> dict[str, str]:
    """``["rank=сержант", "notes="]`` as {field: text}; ``ValidationError`` naming every pair
    that is not ``FIELD=VALUE`` of a person's field."""
    out: dict[str, str] = {}
    errors: list[FieldError] = []
    for pair in pairs:
        name, sep, text = pair.partition("=")
        name = name.strip()
        if not sep or name not in INPUT_FIELDS:
            errors.append(
                FieldError.of(
                    name or pair,
                    QT_TRANSLATE_NOOP("Errors", "{pair!r} is not FIELD=VALUE of a person's field ({fields})"),
                    pair=pair,
                    fields=", ".join(INPUT_FIELDS),
                )
            )
            continue
        out[name] = text
    if errors:
        raise ValidationError(errors)
    return out


def field_value(name: str, text: str) -> Any:
    """The value of the person's field ``name`` written as ``text``; ``ValidationError``
    naming the field when it is not one."""
    text = text.strip() if name != "notes" else text
    if not text.strip():
        if name in _REQUIRED:
            raise ValidationError.single(name, QT_TRANSLATE_NOOP("Errors", "is required"))
        if name in _DATES or name in ("health", "annex1_category"):
            return None
        if name in _CLEARED:
            return _CLEARED[name]
        return False if name == "is_civilian" else ""
    if name in _DATES:
        try:
            return PartialDate.parse(text)
        except ValueError as exc:
            raise ValidationError(FieldError.of_error(name, exc)) from None
    if name == "is_civilian":
        if text.lower() not in _YES | _NO:
            raise ValidationError.single(name, QT_TRANSLATE_NOOP("Errors", "{text!r} is not yes or no"), text=text)
        return text.lower() in _YES
    if name in _CODED:
        enum, reader = _CODED[name]
        value = reader(text) if reader is not None else None
        if value is None:
            value = next((m for m in enum if text.casefold() in (m.value.casefold(), m.name.casefold())), None)
        if value is None:
            raise ValidationError.single(
                name,
                QT_TRANSLATE_NOOP("Errors", "{text!r} is not one of: {allowed} (or their usual forms)"),
                text=text,
                allowed=", ".join(m.value for m in enum),
            )
        return value
    return text


def with_values(person: PersonInput, texts: dict[str, str]) -> PersonInput:
    """``person`` with each field of ``texts`` set from its text (see :func:`field_value`);
    every field that is not valid is named at once."""
    values: dict[str, Any] = {}
    errors: list[FieldError] = []
    for name, text in texts.items():
        try:
            values[name] = field_value(name, text)
        except ValidationError as exc:
            errors += exc.errors
    if errors:
        raise ValidationError(errors)
    return dataclasses.replace(person, **values)
