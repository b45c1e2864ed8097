"""Errors the model layer raises for the user to read.

Every message names what is wrong and where, so the shell (CLI or GUI) can show
it as it is, without a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


class RepatriaError(Exception):
    """Base of the errors a user is meant to see."""


@dataclass(frozen=True)
class FieldError:
    field: str
    reason: str
    row: int | None = None  # line number in an imported file, when there is one

    def __str__(self) -> str:
        where = f"line {self.row}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.reason}"


class ValidationError(RepatriaError):
    """Input that cannot be written; carries every problem found, not only the first."""

    def __init__(self, errors: list[FieldError] | FieldError) -> None:
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    @classmethod
    def single(cls, field: str, reason: str) -> ValidationError:
        return cls(FieldError(field, reason))


class NotFoundError(RepatriaError):
    pass


class PermissionDenied(RepatriaError):
    pass


class ConflictError(RepatriaError):
    """The record was changed by someone else since it was read."""


class WrongPassword(RepatriaError):
    def __init__(self) -> None:
        super().__init__("wrong password")


class UnknownUser(RepatriaError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no user named {name!r} in this database")


class DatabaseDamaged(RepatriaError):
    pass


class DatabaseMissing(RepatriaError):
    pass
