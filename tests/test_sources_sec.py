"""SecSource over httpx.MockTransport with a companyfacts body of the real shape (no network)."""

from __future__ import annotations

import httpx
import pytest

from claims.errors import ReferenceDataError, ReferenceNotFound, SourceError, SourceUnavailable
from claims.models import ReferenceQuery
from claims.sources.sec import URL, SecSource

UA = "claims test suite claims-tests@example.org"

# The shape of https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json (values invented for
# the test; a duration fact has start/end, an instant only end; later filings repeat earlier
# periods as comparatives).
BODY = {
    "cik": 1234567,
    "entityName": "Acme Corp",
    "facts": {
        "dei": {
            "EntityCommonStockSharesOutstanding": {
                "label": "Entity Common Stock, Shares Outstanding",
                "description": "...",
                "units": {
                    "shares": [
                        {
                            "end": "2024-07-19",
                            "val": 15204137000,
                            "accn": "0001234567-24-000081",
                            "fy": 2024,
                            "fp": "Q3",
                            "form": "10-Q",
                            "filed": "2024-08-02",
                        }
                    ]
                },
            }
        },
        "us-gaap": {
            "RevenueFromContractWithCustomerExcludingAssessedTax": {
                "label": "Revenue from Contract with Customer, Excluding Assessed Tax",
                "description": "Amount, excluding tax collected from customer, of revenue ...",
                "units": {
                    "USD": [
                        {
                            "start": "2024-03-31",
                            "end": "2024-06-29",
                            "val": 85777000000,
                            "accn": "0001234567-24-000081",
                            "fy": 2024,
                            "fp": "Q3",
                            "form": "10-Q",
                            "filed": "2024-08-02",
                            "frame": "CY2024Q2",
                        },
                        {
                            "start": "2024-03-31",
                            "end": "2024-06-29",
                            "val": 85777000000,
                            "accn": "0001234567-25-000073",
                            "fy": 2025,
                            "fp": "Q3",
                            "form": "10-Q",
                            "filed": "2025-08-01",
                        },
                        {
                            "start": "2023-10-01",
                            "end": "2024-09-28",
                            "val": 391035000000,
                            "accn": "0001234567-24-000123",
                            "fy": 2024,
                            "fp": "FY",
                            "form": "10-K",
                            "filed": "2024-11-01",
                            "frame": "CY2024",
                        },
                    ]
                },
            },
            "NetIncomeLoss": {
                "label": "Net Income (Loss) Attributable to Parent",
                "description": "...",
                "units": {
                    "USD": [
                        {
                            "start": "2023-10-01",
                            "end": "2024-09-28",
                            "val": 93736000000,
                            "accn": "0001234567-24-000123",
                            "fy": 2024,
                            "fp": "FY",
                            "form": "10-K",
                            "filed": "2024-11-01",
                        },
                        {
                            "start": "2023-10-01",
                            "end": "2024-09-28",
                            "val": 93700000000,
                            "accn": "0001234567-25-000001",
                            "fy": 2025,
                            "fp": "FY",
                            "form": "10-K/A",
                            "filed": "2025-01-15",
                        },
                    ]
                },
            },
            "Assets": {
                "label": "Assets",
                "description": "...",
                "units": {
                    "USD": [
                        {
                            "end": "2024-09-28",
                            "val": 364980000000,
                            "accn": "0001234567-24-000123",
                            "fy": 2024,
                            "fp": "FY",
                            "form": "10-K",
                            "filed": "2024-11-01",
                        }
                    ]
                },
            },
        },
    },
}


def source(handler, **kw) -> tuple[SecSource, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    client = httpx.Client(transport=httpx.MockTransport(record))
    return SecSource({"Acme Corp": "1234567"}, user_agent=kw.pop("user_agent", UA), client=client, **kw), seen


def q(series="Acme Corp", kind="figure"):
    return ReferenceQuery(kind=kind, series=series)


def test_companyfacts_become_registry_shaped_figures_with_the_filing_as_citation():
    src, seen = source(lambda r: httpx.Response(200, json=BODY))
    values = src.fetch(q())
    (request,) = seen
    assert (
        str(request.url) == "https://data.sec.gov/api/xbrl/companyfacts/CIK0001234567.json" == URL.format(cik=1234567)
    )
    assert request.headers["User-Agent"] == UA
    got = {(v.metric, v.basis, v.row["period_start"], v.row["period_end"], v.value, v.row["preferred"]) for v in values}
    assert got == {
        ("revenue", "reported", "2024-03-31", "2024-06-29", 85_777_000_000.0, True),  # one value, repeated: kept once
        ("revenue", "reported", "2023-10-01", "2024-09-28", 391_035_000_000.0, True),
        ("net_profit", "attributable_to_owners", "2023-10-01", "2024-09-28", 93_700_000_000.0, True),  # the amendment
        ("net_profit", "attributable_to_owners", "2023-10-01", "2024-09-28", 93_736_000_000.0, False),
    }
    fy = next(v for v in values if v.value == 391_035_000_000.0)
    assert (fy.source, fy.kind, fy.series, fy.key, fy.currency) == ("sec", "figure", "Acme Corp", "CY2024", "USD")
    assert fy.citation == (
        "SEC EDGAR XBRL companyfacts: Acme Corp (CIK 1234567) us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax "
        "2023-10-01..2024-09-28 = 391,035,000,000 USD, 10-K filed 2024-11-01 "
        "<https://www.sec.gov/Archives/edgar/data/1234567/000123456724000123/>"
    )
    assert "Assets" not in {v.row["concept"].split(":")[1] for v in values}  # instants are not period figures


def test_offline_is_one_line_and_transient():
    def down(request):
        raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution")

    src, _ = source(down)
    with pytest.raises(SourceUnavailable) as err:
        src.fetch(q())
    assert str(err.value) == (
        "SEC EDGAR is unreachable (ConnectError: [Errno -3] Temporary failure in name resolution); "
        "use --source snapshot to check against the shipped registry"
    )


@pytest.mark.parametrize(
    ("status", "error"),
    [(429, SourceUnavailable), (503, SourceUnavailable), (403, SourceUnavailable), (404, ReferenceNotFound)],
)
def test_status_codes(status, error):
    src, _ = source(lambda r: httpx.Response(status))
    with pytest.raises(error):
        src.fetch(q())


def test_no_user_agent_with_a_contact_sends_nothing(monkeypatch):
    monkeypatch.delenv("CLAIMS_SEC_USER_AGENT", raising=False)
    src, seen = source(lambda r: httpx.Response(200, json=BODY), user_agent="python-httpx")
    with pytest.raises(SourceError, match=r"set \$CLAIMS_SEC_USER_AGENT='Your Name you@example.com'"):
        src.fetch(q())
    assert seen == []


def test_requests_are_spaced_to_at_most_ten_per_second():
    now = [100.0]
    slept: list[float] = []

    def sleep(s):
        slept.append(s)
        now[0] += s

    src, seen = source(lambda r: httpx.Response(200, json=BODY), clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        src.fetch(q())
        now[0] += 0.03
    assert len(seen) == 3 and slept == pytest.approx([0.07, 0.07])


def test_unknown_entity_or_kind_is_not_found():
    src, seen = source(lambda r: httpx.Response(200, json=BODY))
    with pytest.raises(ReferenceNotFound, match="no SEC CIK for 'Nobody'"):
        src.fetch(q("Nobody"))
    with pytest.raises(ReferenceNotFound, match="reported figures, not price"):
        src.fetch(q(kind="price"))
    assert seen == []


def test_a_cik_of_another_filer_is_refused():
    other = {**BODY, "entityName": "Other Holdings Inc"}
    src, _ = source(lambda r: httpx.Response(200, json=other))
    with pytest.raises(ReferenceDataError, match="SEC CIK 1234567 is Other Holdings Inc, not 'Acme Corp'"):
        src.fetch(q())


def test_the_shipped_alias_table_names_the_ciks_of_us_filers():
    from claims.entities import EntityTable
    from tests.conftest import DATA

    ciks = EntityTable.load(DATA / "entities.json").ciks()
    assert ciks["Nvidia"] == "1045810" and ciks["Alibaba Group"] == "1577552" and "Tencent Holdings" not in ciks


def test_the_shipped_alias_table_knows_meta_by_its_former_name():
    # Facebook, Inc. renamed itself Meta Platforms on 2021-10-28 (ticker FB until 2022-06-09): a
    # page of 2021 that says "Facebook shares fell nearly 5%" is about the META line
    from claims.entities import EntityTable
    from tests.conftest import DATA

    table = EntityTable.load(DATA / "entities.json")
    assert {table.resolve(a).ticker for a in ("Facebook", "Facebook Inc", "NASDAQ: FB")} == {"META"}
