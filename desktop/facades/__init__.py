"""Every facade the GUI and the CLI go through, one per feature."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.facades.correspondence import CorrespondenceFacade
from desktop.facades.lists import ListsFacade
from desktop.facades.office import OfficeFacade
from desktop.facades.persons import PersonFacade, RegistryFacade
from desktop.facades.remains import RemainsFacade
from desktop.facades.reports import ReportsFacade
from models.core.db import Database


@dataclass(frozen=True)
class Facades:
    """One open database's facades, as the main window and the CLI's commands use them."""

    db: Database
    registry: RegistryFacade
    people: PersonFacade
    lists: ListsFacade
    letters: CorrespondenceFacade
    remains: RemainsFacade
    office: OfficeFacade

    @classmethod
    def of(cls, db: Database) -> Facades:
        return cls(
            db,
            RegistryFacade(db),
            PersonFacade(db),
            ListsFacade(db),
            CorrespondenceFacade(db),
            RemainsFacade(db),
            OfficeFacade(db),
        )

    def reports(self, marking: str | None = None) -> ReportsFacade:
        return ReportsFacade(self.db, marking=marking)
