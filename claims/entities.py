"""The alias table (``data/entities.json``): entity names as written -> canonical entity and ticker."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from claims.errors import ReferenceDataError


@dataclass(frozen=True)
class Entity:
    name: str
    ticker: str | None
    kind: str
    currencies: tuple[str, ...] = ()  # currencies its reference data is in (quote, reporting)


@dataclass(frozen=True)
class EntityTable:
    by_alias: dict[str, Entity]

    def resolve(self, name: str | None) -> Entity | None:
        """The entity a name refers to ("Xiaomi Group" -> Xiaomi), matched case-insensitively."""
        if not name:
            return None
        return self.by_alias.get(name.strip().lower())

    @classmethod
    def load(cls, path: Path) -> EntityTable:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            by_alias: dict[str, Entity] = {}
            for row in data["entities"]:
                entity = Entity(
                    row["name"], row.get("ticker"), row.get("kind", "company"), tuple(row.get("currencies", ()))
                )
                for alias in [row["name"], *row.get("aliases", [])]:
                    by_alias[alias.lower()] = entity
        except FileNotFoundError as exc:
            raise ReferenceDataError(f"{path}: alias table is missing") from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise ReferenceDataError(f"{path}: malformed alias table ({type(exc).__name__}: {exc})") from exc
        return cls(by_alias)

    @classmethod
    def empty(cls) -> EntityTable:
        return cls({})
