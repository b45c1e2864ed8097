"""The case editor, as its tabs see it: the case shown, and one way to write to it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from models.remains.dto import CaseDetail
from views.common.ports import RecordContext


class CaseContext(RecordContext, Protocol):
    @property
    def case_id(self) -> uuid.UUID | None: ...

    @property
    def detail(self) -> CaseDetail | None: ...

    def write(self, action: Callable[[], object]) -> bool:
        """Do ``action`` through the facade; show the case again (keeping unsaved edits) and
        tell whoever listens, or say why it was not saved. True when it was written."""
        ...
