"""What the office's dialogs ask of the application (desktop/facades/office.py answers)."""

from __future__ import annotations

from typing import Protocol


class OfficeSettingsPort(Protocol):
    def settings(self) -> list[tuple[str, str, str]]: ...
    def set_settings(self, values: dict[str, str]) -> None: ...
