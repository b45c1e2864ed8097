"""Errors the model layer raises for the user to read.

Every message names what is wrong and where, so the shell (CLI or GUI) can show it as it is,
without a traceback.

A message is an English template with named fields, marked for Qt's lupdate, and the values of
its fields::

    raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no person {external_id}"), external_id=eid)

``str(error)`` is the English sentence (what the CLI prints and scripts read); the views read
``message_id`` and ``message_args`` and show the sentence in the interface language
(``views.common.messages.error_text``). The template is the message id, as in gettext and Qt:
Qt Linguist shows it to the translator, and a translation keeps its ``{fields}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from models.core.i18n import QT_TRANSLATE_NOOP

ERRORS = "Errors"  # the translation context of every message of the model layer


def _format(template: str, args: Mapping[str, object]) -> str:
    """The template with its fields filled; a template without fields is the sentence itself
    (so a literal brace in a message without arguments needs no doubling)."""
    return template.format(**args) if args else template


class RepatriaError(Exception):
    """Base of the errors a user is meant to see.

    ``message``: the English template (the message id); ``args``: the values of its fields.
    """

    def __init__(self, message: str = "", /, **args: object) -> None:
        self.message_id = message
        self.message_args: dict[str, object] = dict(args)
        super().__init__(_format(message, args))


@dataclass(frozen=True)
class FieldError:
    """One problem of one field. ``reason`` is a template like a RepatriaError's message, and
    ``args`` the values of its fields as (name, value) pairs (a tuple keeps the record hashable);
    ``FieldError.of`` takes them as keywords."""

    field: str
    reason: str
    row: int | None = None  # line number in an imported file, when there is one
    args: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, field: str, reason: str, row: int | None = None, **args: object) -> FieldError:
        return cls(field, reason, row, tuple(args.items()))

    @classmethod
    def of_error(cls, field: str, error: Exception, row: int | None = None) -> FieldError:
        """The problem found reading one field's value, keeping the error's message id and
        fields (a ParseError's, a RepatriaError's, a ValidationError's single problem); any other
        error as its text."""
        if isinstance(error, ValidationError) and len(error.errors) == 1:
            found = error.errors[0]
            return cls(field, found.reason, found.row if row is None else row, found.args)
        if isinstance(error, (ParseError, RepatriaError)) and error.message_id:
            return cls(field, error.message_id, row, tuple(error.message_args.items()))
        return cls(field, str(error), row)

    @property
    def reason_text(self) -> str:
        """The reason as an English sentence, its fields filled."""
        return _format(self.reason, dict(self.args))

    def __str__(self) -> str:
        where = f"line {self.row}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.reason_text}"


class ParseError(ValueError):
    """Text that is not what it should be (a date, a number, a dental chart): a ValueError, for
    the parsers' callers that only need to know, with its message as a RepatriaError's (template
    and fields), which ``FieldError.of_error`` carries into the FieldError that reports it."""

    def __init__(self, message: str, /, **args: object) -> None:
        self.message_id = message
        self.message_args: dict[str, object] = dict(args)
        super().__init__(_format(message, args))


class ValidationError(RepatriaError):
    """Input that cannot be written; carries every problem found, not only the first."""

    def __init__(self, errors: list[FieldError] | FieldError) -> None:
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))
        self.message_id = ""  # each FieldError carries its own message

    @classmethod
    def single(cls, field: str, reason: str, **args: object) -> ValidationError:
        return cls(FieldError(field, reason, None, tuple(args.items())))


class NotFoundError(RepatriaError):
    pass


class PermissionDenied(RepatriaError):
    pass


class ConflictError(RepatriaError):
    """The record was changed by someone else since it was read."""


class WrongPassword(RepatriaError):
    def __init__(self, message: str = QT_TRANSLATE_NOOP("Errors", "wrong password"), /, **args: object) -> None:
        super().__init__(message, **args)


class UnknownUser(RepatriaError):
    def __init__(self, name: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "no user named {name!r} in this database"), name=name)


class DatabaseDamaged(RepatriaError):
    pass


class DatabaseMissing(RepatriaError):
    pass


class DatabaseNotWritten(RepatriaError):
    """The disk refused a write (full, or failing); the transaction was rolled back."""


class DatabaseBusy(RepatriaError):
    """Another program kept the database's write lock longer than a writer waits."""
