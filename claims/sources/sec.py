"""``SecSource``: reported figures of US filers from SEC EDGAR's XBRL ``companyfacts`` API.

``GET https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json`` (the CIK zero-padded to
ten digits) returns every XBRL fact a company filed: ``{"cik", "entityName", "facts":
{taxonomy: {concept: {"label", "description", "units": {unit: [{"start"?, "end", "val",
"accn", "fy", "fp", "form", "filed", "frame"?}]}}}}}``. A figure query for an entity with a
``cik`` in the alias table becomes one request; the concepts in ``CONCEPTS`` become registry-
shaped figure values (metric, basis, period_start/period_end, the filing as citation).

The SEC's fair-access rules (https://www.sec.gov/os/accessing-edgar-data): declare a
User-Agent with a name and contact e-mail ("Sample Company Name AdminContact@<sample company
domain>.com"), and send no more than 10 requests per second. The User-Agent comes from the
``user_agent`` argument or ``$CLAIMS_SEC_USER_AGENT``; without one the source refuses to send
anything. Requests are spaced at least ``MIN_INTERVAL`` apart. Offline, or on 429/5xx, it raises
``SourceUnavailable`` with one line; an unknown CIK (404) is ``ReferenceNotFound``.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx

from claims.errors import ReferenceDataError, ReferenceNotFound, SourceError, SourceUnavailable
from claims.models import ReferenceQuery, ReferenceValue

URL = "https://data.sec.gov/api/xbrl/companyfacts/CIK{cik:010d}.json"
FILING_URL = "https://www.sec.gov/Archives/edgar/data/{cik}/{accn}/"
USER_AGENT_ENV = "CLAIMS_SEC_USER_AGENT"
MIN_INTERVAL = 0.1  # seconds between requests: at most 10 per second
TRANSIENT_STATUS = frozenset({403, 408, 429})  # 403: the SEC's answer to an undeclared or too fast client


@dataclass(frozen=True)
class Concept:
    taxonomy: str
    name: str
    metric: str
    basis: str


# XBRL concepts -> the registry's metric and basis (us-gaap for 10-K/10-Q filers, ifrs-full for 20-F).
CONCEPTS: tuple[Concept, ...] = (
    Concept("us-gaap", "Revenues", "revenue", "reported"),
    Concept("us-gaap", "RevenueFromContractWithCustomerExcludingAssessedTax", "revenue", "reported"),
    Concept("us-gaap", "NetIncomeLoss", "net_profit", "attributable_to_owners"),
    Concept("us-gaap", "ProfitLoss", "net_profit", "profit_for_period"),
    Concept("us-gaap", "OperatingIncomeLoss", "operating_profit", "reported"),
    Concept("us-gaap", "GrossProfit", "gross_profit", "reported"),
    Concept("ifrs-full", "Revenue", "revenue", "reported"),
    Concept("ifrs-full", "ProfitLossAttributableToOwnersOfParent", "net_profit", "attributable_to_owners"),
    Concept("ifrs-full", "ProfitLoss", "net_profit", "profit_for_period"),
)
_CONTACT = re.compile(r"\S+@\S+\.\S+")


class SecSource:
    name = "sec"

    def __init__(
        self,
        ciks: dict[str, str],
        *,
        user_agent: str | None = None,
        client: httpx.Client | None = None,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """``ciks``: entity name -> CIK (from the alias table's ``cik`` fields)."""
        self.ciks = dict(ciks)
        self.user_agent = (user_agent or os.environ.get(USER_AGENT_ENV, "")).strip()
        self._client = client
        self.timeout = timeout
        self._clock, self._sleep = clock, sleep
        self._last: float | None = None
        self._lock = threading.Lock()

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        if query.kind != "figure":
            raise ReferenceNotFound(
                f"SEC EDGAR serves reported figures, not {query.kind} {query.series!r}", source=self.name
            )
        cik = self.ciks.get(query.series)
        if cik is None:
            raise ReferenceNotFound(
                f"no SEC CIK for {query.series!r} in the alias table", source=self.name, query=query
            )
        body = self._get(int(cik), query)
        filer = str(body.get("entityName", "")) if isinstance(body, dict) else ""
        if not _names_entity(filer, query.series):
            raise ReferenceDataError(
                f"SEC CIK {cik} is {filer or 'an unnamed filer'}, not {query.series!r}: check the alias table's cik",
                source=self.name,
                query=query,
            )
        return facts_values(body, query.series, source=self.name)

    def _headers(self) -> dict[str, str]:
        if not _CONTACT.search(self.user_agent):
            raise SourceError(
                f"SEC EDGAR needs a User-Agent with a contact e-mail: set ${USER_AGENT_ENV}='Your Name you@example.com' "
                "(https://www.sec.gov/os/accessing-edgar-data)",
                source=self.name,
            )
        return {"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"}

    def _pace(self) -> None:
        with self._lock:
            now = self._clock()
            if self._last is not None and now - self._last < MIN_INTERVAL:
                self._sleep(MIN_INTERVAL - (now - self._last))
                now = self._clock()
            self._last = now

    def _get(self, cik: int, query: ReferenceQuery) -> Any:
        url = URL.format(cik=cik)
        headers = self._headers()
        self._pace()
        client = self._client or httpx.Client(timeout=self.timeout, follow_redirects=True)
        try:
            response = client.get(url, headers=headers)
        except httpx.HTTPError as exc:
            raise SourceUnavailable(
                f"SEC EDGAR is unreachable ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no message'}); "
                "use --source snapshot to check against the shipped registry",
                source=self.name,
                query=query,
            ) from exc
        finally:
            if self._client is None:
                client.close()
        if response.status_code in TRANSIENT_STATUS or response.status_code >= 500:
            raise SourceUnavailable(
                f"SEC EDGAR answered {response.status_code} for {url}", source=self.name, query=query
            )
        if response.status_code >= 400:
            raise ReferenceNotFound(
                f"SEC EDGAR has no company facts at {url} ({response.status_code})", source=self.name, query=query
            )
        try:
            return response.json()
        except (ValueError, json.JSONDecodeError) as exc:
            raise ReferenceDataError(f"{url}: not JSON ({exc})", source=self.name, query=query) from exc


def _names_entity(filer: str, entity: str) -> bool:
    """Whether the filer's name ("NVIDIA CORP") starts with the entity's first word ("Nvidia")."""
    first = re.split(r"[\s,.]+", entity.strip().casefold())[0]
    return bool(first) and filer.casefold().startswith(first)


def facts_values(body: Any, entity: str, *, source: str = "sec") -> list[ReferenceValue]:
    """Registry-shaped figure values of a companyfacts body; the latest filing of each fact is preferred."""
    try:
        cik = int(body["cik"])
        name = str(body["entityName"])
        facts = body["facts"]
        if not isinstance(facts, dict):
            raise TypeError("facts is not an object")
    except (KeyError, TypeError, ValueError) as exc:
        raise ReferenceDataError(
            f"SEC companyfacts body of {entity!r} has no cik/entityName/facts ({exc})", source=source
        ) from exc
    values: list[ReferenceValue] = []
    for concept in CONCEPTS:
        node = (facts.get(concept.taxonomy) or {}).get(concept.name)
        if not isinstance(node, dict):
            continue
        for unit, rows in (node.get("units") or {}).items():
            if not re.fullmatch(r"[A-Z]{3}", str(unit)):
                continue  # a currency amount only (not USD/shares)
            values.extend(_concept_values(rows, concept, str(unit), cik, name, entity, source))
    return values


def _concept_values(
    rows: list[dict[str, Any]], concept: Concept, unit: str, cik: int, name: str, entity: str, source: str
) -> list[ReferenceValue]:
    by_period: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        if "start" not in row or "end" not in row or not isinstance(row.get("val"), int | float):
            continue  # an instant, or a malformed row
        by_period.setdefault((str(row["start"]), str(row["end"])), []).append(row)
    out: list[ReferenceValue] = []
    for (start, end), filed in by_period.items():
        try:
            first, last = date.fromisoformat(start), date.fromisoformat(end)
        except ValueError:
            continue
        filed.sort(key=lambda r: (str(r.get("filed", "")), str(r.get("accn", ""))))
        latest = filed[-1]
        seen: set[float] = set()
        for row in reversed(filed):
            val = float(row["val"])
            if val in seen:
                continue  # the same number repeated in later filings' comparatives
            seen.add(val)
            accn = str(row.get("accn", ""))
            citation = (
                f"SEC EDGAR XBRL companyfacts: {name} (CIK {cik}) {concept.taxonomy}:{concept.name} {start}..{end} "
                f"= {val:,.0f} {unit}, {row.get('form', '')} filed {row.get('filed', '')} "
                f"<{FILING_URL.format(cik=cik, accn=accn.replace('-', ''))}>"
            )
            out.append(
                ReferenceValue(
                    source=source,
                    kind="figure",
                    series=entity,
                    key=str(row.get("frame") or f"{start}..{end}"),
                    metric=concept.metric,
                    value=val,
                    currency=unit,
                    basis=concept.basis,
                    citation=citation,
                    row={
                        "period_start": first.isoformat(),
                        "period_end": last.isoformat(),
                        "scale": 1.0,
                        "hedge": "exact",
                        "preferred": row is latest,
                        "revised_from": None,
                        "note": None if row is latest else f"superseded by the filing of {latest.get('filed')}",
                        "published": row.get("filed"),
                        "form": row.get("form"),
                        "accn": accn,
                        "fy": row.get("fy"),
                        "fp": row.get("fp"),
                        "concept": f"{concept.taxonomy}:{concept.name}",
                    },
                )
            )
    return out
