"""``FallbackSource``: the primary source first; where it is unavailable, the fallback, marked as such."""

from __future__ import annotations

from claims.errors import SourceUnavailable
from claims.models import ReferenceQuery, ReferenceValue
from claims.sources import ReferenceSource


class FallbackSource:
    def __init__(self, primary: ReferenceSource, fallback: ReferenceSource, *, name: str) -> None:
        self.primary = primary
        self.fallback = fallback
        self.name = name
        self.fell_back: list[tuple[ReferenceQuery, str]] = []

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        if query.kind == "price":
            try:
                return self.primary.fetch(query)
            except SourceUnavailable as exc:
                self.fell_back.append((query, str(exc)))
                values = self.fallback.fetch(query)
                note = f" [fallback: {self.primary.name} unavailable ({exc}); served from {self.fallback.name}]"
                return [v.model_copy(update={"is_fallback": True, "citation": v.citation + note}) for v in values]
        return self.fallback.fetch(query)
