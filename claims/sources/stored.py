"""``--source stored``: replays the reference values an earlier run fetched, so a run can be
reproduced offline: for each series, the book of the last finished run that fetched it (the same
values, in the same order, or the same "not found" error)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from claims.errors import ReferenceDataError, ReferenceNotFound
from claims.models import ReferenceQuery, ReferenceValue

if TYPE_CHECKING:
    from claims.storage import VerdictStore


class StoredSource:
    name = "stored"

    def __init__(self, store: VerdictStore) -> None:
        self.store = store

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        stored = self.store.stored_references(query.kind, query.series)
        if stored.error is not None:  # the run replayed could not get this series either, for the same reason
            error = ReferenceDataError if stored.error_kind == "bad_data" else ReferenceNotFound
            raise error(stored.error, source=self.name, query=query)
        values = [v for v in stored.values if _in_window(v, query)]
        if not stored.values:
            raise ReferenceNotFound(
                f"no stored reference values for {query.kind} {query.series!r}; run once with another --source first",
                source=self.name,
                query=query,
            )
        return values


def _in_window(v: ReferenceValue, q: ReferenceQuery) -> bool:
    """A price bar inside the query's dates (as the snapshot serves them); other kinds always."""
    if v.kind != "price" or (q.start is None and q.end is None):
        return True
    try:
        day = date.fromisoformat(v.key)
    except ValueError:
        return True
    return (q.start is None or day >= q.start) and (q.end is None or day <= q.end)
