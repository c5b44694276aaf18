"""``--source stored``: the reference values earlier runs stored, so a run can be reproduced offline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.errors import ReferenceNotFound
from claims.models import ReferenceQuery, ReferenceValue

if TYPE_CHECKING:
    from claims.storage import VerdictStore


class StoredSource:
    name = "stored"

    def __init__(self, store: VerdictStore) -> None:
        self.store = store

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        values = self.store.stored_references(query.kind, query.series)
        if not values:
            raise ReferenceNotFound(
                f"no stored reference values for {query.kind} {query.series!r}; run once with another --source first",
                source=self.name,
                query=query,
            )
        return values
