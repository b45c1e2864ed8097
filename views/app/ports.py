"""What the main window and the login ask of the application: the sections' ports that one
facade answers together, and the login's two calls."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from views.persons.ports import DashboardPort, RegistryPort
from views.remains.ports import AnteMortemPort, RemainsPort

# Returns None when the login worked, else the message to show (e.g. "wrong password").
Authenticator = Callable[[Path, str, str], str | None]
DemoLookup = Callable[[Path], tuple[str, str] | None]


class TableExportPort(Protocol):
    """A table as the user sees it, written to a CSV or XLSX file."""

    @staticmethod
    def export_table(path: Path, header: list[str], rows: list[list[str]]) -> None: ...


class RegistrySectionsPort(RegistryPort, DashboardPort, TableExportPort, Protocol):
    """The Dashboard and the Persons sections (desktop/facades/persons.py's RegistryFacade)."""


class RemainsSectionPort(RemainsPort, AnteMortemPort, Protocol):
    """The Remains section, and the ante-mortem tab it adds to the person editor."""
