"""Offices and their keys (and, later, bundles): the calls the Offices section and the
``offices`` commands make."""

from __future__ import annotations

from desktop.facades.base import Facade
from models.bundles import offices
from models.bundles.dto import CardPreview, OfficeCardDocument, OfficeView


class OfficesFacade(Facade):
    def _keys(self) -> None:
        """A database made before bundles existed gets its office's keys when first asked."""
        with self._db.read() as session:
            missing = offices.our_office_view(session).key_id is None
        if missing:
            self._write(offices.ensure_our_keys)

    def our_office(self) -> OfficeView:
        self._keys()
        return self._read(offices.our_office_view)

    def offices(self) -> list[OfficeView]:
        """Our office first, then every office known here."""
        self._keys()
        return self._read(offices.office_views)

    def card_json(self) -> str:
        """Our office's card file (a DSSE envelope, JSON)."""
        self._keys()
        return self._read(lambda session: offices.our_card(session)[1].to_json())

    def card_document(self) -> OfficeCardDocument:
        self._keys()
        return self._read(offices.card_document)

    def preview_card(self, data: bytes) -> CardPreview:
        return self._read(offices.preview_card, data)

    def trust_card(self, data: bytes, fingerprint: str | None) -> OfficeView:
        self._keys()
        return self._write(offices.trust_card, data, fingerprint)

    def countersign_card(self, data: bytes) -> str:
        self._keys()
        return self._write(offices.countersign_card, data)

    def rotate_key(self) -> OfficeView:
        self._keys()
        return self._write(offices.rotate_key)

    def revoke_key(self, office: str, after_seq: int, reason: str = "") -> str:
        self._keys()
        return self._write(offices.revoke_key, office, after_seq, reason)

    def apply_revocation(self, data: bytes) -> OfficeView:
        return self._write(offices.apply_revocation, data)
