"""The alias table (``data/entities.json``): entity names as written -> canonical entity and ticker.

A row: ``{"name", "aliases": [...], "ticker", "kind", "currencies": [...], "exchange": MIC,
"listings": [{"ticker", "exchange", "currency", "share_class"}], "share_class", "descriptors": [...]}``
(``listings``: the company's other share lines, e.g. Alibaba's HKEX 9988 next to NYSE BABA, or
Alphabet's Class C GOOG next to its Class A GOOGL -- a line with a ``share_class`` trades on the
same exchange in the same currency, so it is meant only where the text names it; ``share_class``
of the row: the class of ``ticker``'s line; ``descriptors``: class nouns that describe it,
"chipmaker", "iPhone maker"). Lookup is case-insensitive and ignores
surrounding brackets and the spacing around a colon ("(HKEX:700)" == "HKEX: 700").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.errors import InputError, ReferenceDataError


@dataclass(frozen=True)
class Listing:
    ticker: str
    exchange: str | None = None  # MIC
    currency: str | None = None
    share_class: str | None = None  # "C": another class of the same company's shares, same market


@dataclass(frozen=True)
class Entity:
    name: str
    ticker: str | None
    kind: str
    currencies: tuple[str, ...] = ()  # currencies its reference data is in (quote, reporting)
    exchange: str | None = None  # MIC of ``ticker``'s exchange
    listings: tuple[Listing, ...] = ()  # other share lines of the same company
    parent: str | None = None  # a product's company ("Xiaomi SU7" -> "Xiaomi")
    cik: str | None = None  # SEC Central Index Key of a US filer (claims.sources.sec)
    # class nouns that describe it ("chipmaker", "iPhone maker", "insurer"): which company "the
    # chipmaker" is, when the company named last is another
    descriptors: tuple[str, ...] = ()
    share_class: str | None = None  # the class of ``ticker``'s line ("A"), where the company has several


def alias_key(name: str) -> str:
    """How an alias is matched: case-folded, brackets stripped, one space after a colon."""
    text = name.strip().strip("()[]（）").strip()
    text = re.sub(r"\s*[:：]\s*", ": ", text)
    return re.sub(r"\s+", " ", text).casefold()


@dataclass(frozen=True)
class EntityTable:
    by_alias: dict[str, Entity]

    def resolve(self, name: str | None) -> Entity | None:
        """The entity a name refers to ("Xiaomi Group" -> Xiaomi), matched case-insensitively."""
        if not name:
            return None
        return self.by_alias.get(name.strip().lower()) or self.by_alias.get(alias_key(name))

    def by_ticker(self, symbol: str) -> Entity | None:
        """The entity one of whose listings is ``symbol`` ("AMZN", "0700.HK"), case-insensitively."""
        wanted = symbol.strip().upper()
        for e in self.by_alias.values():
            tickers = [e.ticker or ""] + [line.ticker for line in e.listings]
            if any(t and (t.upper() == wanted or t.upper().split(".")[0] == wanted) for t in tickers):
                return e
        return None

    @classmethod
    def load(cls, path: Path) -> EntityTable:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            by_alias: dict[str, Entity] = {}
            for row in data["entities"]:
                entity = _entity(row)
                for alias in [row["name"], *row.get("aliases", [])]:
                    by_alias.setdefault(alias.lower(), entity)
                    by_alias.setdefault(alias_key(alias), entity)
        except FileNotFoundError as exc:
            raise ReferenceDataError(f"{path}: alias table is missing") from exc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ReferenceDataError(f"{path}: malformed alias table ({type(exc).__name__}: {exc})") from exc
        return cls(by_alias)

    @classmethod
    def empty(cls) -> EntityTable:
        return cls({})

    def names(self) -> set[str]:
        return {e.name for e in self.by_alias.values()}

    def ciks(self) -> dict[str, str]:
        """Entity name -> SEC CIK, for the entities that have one."""
        return {e.name: e.cik for e in self.by_alias.values() if e.cik}


def _entity(row: dict[str, Any]) -> Entity:
    listings = tuple(
        Listing(str(x["ticker"]), x.get("exchange"), x.get("currency"), x.get("share_class"))
        for x in row.get("listings", []) or []
    )
    return Entity(
        row["name"],
        row.get("ticker"),
        row.get("kind", "company"),
        tuple(row.get("currencies", ())),
        row.get("exchange"),
        listings,
        row.get("parent"),
        str(row["cik"]) if row.get("cik") else None,
        tuple(str(d).lower() for d in row.get("descriptors", ()) or ()),
        row.get("share_class"),
    )


def add_entity(
    path: Path,
    *,
    name: str,
    ticker: str | None,
    aliases: list[str],
    currency: str | None = None,
    exchange: str | None = None,
    kind: str = "company",
) -> tuple[dict[str, Any], bool]:
    """Add an entity to the alias table at ``path`` (created if missing), or new aliases to the
    same entity; returns (the row, created). Refuses an alias another entity already has."""
    from claims.refdata.currencies import check_currency
    from claims.refdata.exchanges import exchange as find_exchange
    from claims.refdata.exchanges import exchange_of_ticker
    from claims.refdata.prices import check_ticker

    name = name.strip()
    if not name:
        raise InputError("--name is empty")
    ticker = check_ticker(ticker) if ticker else None
    mic = find_exchange(exchange).mic if exchange else None
    if mic is None and ticker:
        implied = exchange_of_ticker(ticker)
        mic = implied.mic if implied else None
    ccy = check_currency(currency) if currency else None
    if ccy is None and mic:
        ccy = find_exchange(mic).currency
    if path.exists():
        EntityTable.load(path)  # a malformed table stops here, untouched
        data = json.loads(path.read_text(encoding="utf-8"))
    else:
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
        data = {"_provenance": "Alias table written by `claims refdata add-entity`.", "entities": []}
    rows: list[dict[str, Any]] = data["entities"]
    owner = {alias_key(a): r["name"] for r in rows for a in [r["name"], *r.get("aliases", [])]}
    wanted = [a.strip() for a in [name, *aliases] if a.strip()]
    if ticker:
        wanted.append(ticker)
    for alias in wanted:
        other = owner.get(alias_key(alias))
        if other is not None and other != name:
            raise InputError(f"{path}: alias {alias!r} already belongs to {other!r}")
    row = next((r for r in rows if r["name"] == name), None)
    created = row is None
    if row is None:
        row = {"name": name, "aliases": [], "ticker": ticker, "kind": kind, "currencies": [ccy] if ccy else []}
        if mic:
            row["exchange"] = mic
        rows.append(row)
    else:
        if ticker and row.get("ticker") not in (None, ticker):
            raise InputError(f"{path}: {name!r} already has ticker {row['ticker']}, not {ticker}")
        if ticker:
            row["ticker"] = ticker
        if mic and not row.get("exchange"):
            row["exchange"] = mic
        if ccy and ccy not in row.setdefault("currencies", []):
            row["currencies"].append(ccy)
    have = {alias_key(a) for a in [row["name"], *row["aliases"]]}
    for alias in wanted:
        if alias_key(alias) not in have:
            row["aliases"].append(alias)
            have.add(alias_key(alias))
    from claims.refdata.update import _atomic_write

    _atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    EntityTable.load(path)
    return row, created
