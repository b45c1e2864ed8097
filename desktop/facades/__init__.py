"""Every facade the GUI and the CLI go through, one per feature.

Each facade is made, and its module imported, when first asked for: a command that lists
agreements does not load the PDF printouts, the remains scorer or the list reader (the CLI
spent seconds importing every feature before doing any work)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from models.core.db import Database

if TYPE_CHECKING:
    from desktop.facades.bundles import BundlesFacade, OfficesFacade
    from desktop.facades.correspondence import CorrespondenceFacade
    from desktop.facades.lists import ListsFacade
    from desktop.facades.office import OfficeFacade
    from desktop.facades.persons import PersonFacade, RegistryFacade
    from desktop.facades.remains import RemainsFacade
    from desktop.facades.reports import ReportsFacade


def _checkpoint(db: Database) -> None:
    """After a write: the change log's head signed beside the database (models.bundles.checkpoint)."""
    from models.bundles import checkpoint

    checkpoint.after_write(db)


class Facades:
    """One open database's facades, as the main window and the CLI's commands use them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # A laboratory or mediator may change only what the other offices take from it: a
        # change they would drop is refused where it is made (models.bundles.limits).
        from models.bundles import limits

        limits.install()
        if _checkpoint not in db.after_write:
            db.after_write.append(_checkpoint)

    @classmethod
    def of(cls, db: Database) -> Facades:
        return cls(db)

    @cached_property
    def registry(self) -> RegistryFacade:
        from desktop.facades.persons import RegistryFacade

        return RegistryFacade(self.db)

    @cached_property
    def people(self) -> PersonFacade:
        from desktop.facades.persons import PersonFacade

        return PersonFacade(self.db)

    @cached_property
    def lists(self) -> ListsFacade:
        from desktop.facades.lists import ListsFacade

        return ListsFacade(self.db)

    @cached_property
    def letters(self) -> CorrespondenceFacade:
        from desktop.facades.correspondence import CorrespondenceFacade

        return CorrespondenceFacade(self.db)

    @cached_property
    def remains(self) -> RemainsFacade:
        from desktop.facades.remains import RemainsFacade

        return RemainsFacade(self.db)

    @cached_property
    def office(self) -> OfficeFacade:
        from desktop.facades.office import OfficeFacade

        return OfficeFacade(self.db)

    @cached_property
    def offices(self) -> OfficesFacade:
        from desktop.facades.bundles import OfficesFacade

        return OfficesFacade(self.db)

    @cached_property
    def bundles(self) -> BundlesFacade:
        from desktop.facades.bundles import BundlesFacade

        return BundlesFacade(self.db)

    def reports(self, marking: str | None = None) -> ReportsFacade:
        from desktop.facades.reports import ReportsFacade

        return ReportsFacade(self.db, marking=marking)
