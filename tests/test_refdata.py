"""`claims refdata`: update a price snapshot from a faked yfinance into a tmp data dir (merged CSV,
provenance with the file's sha256 and the old provenance kept), and add a cited figure."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from claims.cli_refdata import refdata
from claims.entities import add_entity
from claims.errors import InputError, ReferenceDataError, SourceUnavailable
from claims.models import ReferenceQuery
from claims.refdata.update import add_figure, update_snapshot
from claims.registry import load_figures
from claims.sources.snapshot import SnapshotSource
from claims.sources.yahoo import YFinanceSource
from tests.conftest import DATA

NOW = datetime(2026, 11, 23, 14, 30, tzinfo=UTC)
HK = "Asia/Hong_Kong"
META = {"symbol": "1810.HK", "currency": "HKD", "exchangeName": "HKG", "exchangeTimezoneName": HK}
HEADER = "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits"


class FakeTicker:
    def __init__(self, result):
        self.result = result
        self.history_metadata = META
        self.calls: list[dict] = []

    def history(self, **kwargs):
        self.calls.append(kwargs)
        if isinstance(self.result, BaseException):
            raise self.result
        return self.result


def bars(rows: dict[str, tuple[float, float, float, float, int]]) -> pd.DataFrame:
    index = pd.DatetimeIndex([pd.Timestamp(d, tz=HK) for d in rows], name="Date")
    cols = ("Open", "High", "Low", "Close", "Volume")
    data = {c: [r[i] for r in rows.values()] for i, c in enumerate(cols)}
    return pd.DataFrame({**data, "Dividends": 0.0, "Stock Splits": 0.0}, index=index)


def yahoo(result) -> tuple[YFinanceSource, FakeTicker]:
    ticker = FakeTicker(result)
    return YFinanceSource(ticker_factory=lambda _s: ticker, clock=lambda: NOW), ticker


LEGACY_SHA256 = "5e7dc9d530e63d780abf5c5f82b64fa6742bbe78e9819320e8e50e7b692b510e"


def legacy_snapshot(prices: Path) -> None:
    """The 1810.HK file as `claims refdata update` writes it (yfinance's to_csv layout), rebuilt from
    the shipped rows of 2023-07-03..2024-09-30: byte for byte the snapshot first shipped."""
    with (DATA / "prices" / "1810.HK.csv").open(newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if "2023-07-03" <= r["Date"] <= "2024-09-30"]
    lines = [HEADER] + [",".join([r["Date"] + " 00:00:00+08:00", *(r[c] for c in HEADER.split(",")[1:])]) for r in rows]
    (prices / "1810.HK.csv").write_text("\n".join(lines) + "\n")
    provenance = {
        "series": "1810.HK",
        "file": "1810.HK.csv",
        "currency": "HKD",
        "exchange": "HKEX",
        "timezone": HK,
        "origin": {
            "vendor": "Yahoo Finance (via yfinance)",
            "repository": "github.com/CCF0001/Forriz-Pair-Trading",
            "path": "data/1810.HK.csv",
            "commit": "f1a1a0b8d1eda21d115d614ebe9f651ec1ee17a0",
        },
        "sha256": LEGACY_SHA256,
        "licence": "Yahoo Finance data, redistributed in small extracts for research",
    }
    (prices / "1810.HK.provenance.json").write_text(json.dumps(provenance, indent=2) + "\n")


@pytest.fixture
def data_dir(tmp_path):
    prices = tmp_path / "prices"
    prices.mkdir()
    legacy_snapshot(prices)
    shutil.copy(DATA / "figures.yaml", tmp_path / "figures.yaml")
    shutil.copy(DATA / "entities.json", tmp_path / "entities.json")
    add_entity(tmp_path / "entities.json", name="Example Motors", ticker=None, aliases=[], currency="CNY")
    return tmp_path


def test_the_legacy_snapshot_fixture_is_the_first_shipped_file(data_dir):
    assert hashlib.sha256((data_dir / "prices" / "1810.HK.csv").read_bytes()).hexdigest() == LEGACY_SHA256


def read_csv(path):
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


def test_update_extends_the_snapshot_and_rewrites_provenance(data_dir):
    src, ticker = yahoo(
        bars(
            {
                "2024-09-30": (23.0, 24.0, 22.5, 23.5, 1000),  # replaces the shipped row of that day
                "2024-10-02": (25.5, 26.25, 25.0, 26.0, 2000),
                "2024-10-03": (26.0, 26.5, 25.75, 26.125, 3000),
            }
        )
    )
    csv_path = data_dir / "prices" / "1810.HK.csv"
    before = read_csv(csv_path)
    old_provenance = json.loads((data_dir / "prices" / "1810.HK.provenance.json").read_text())

    result = update_snapshot("1810.HK", date(2024, 9, 30), date(2024, 10, 3), data_dir, source=src)

    assert ticker.calls[0]["start"] == "2024-09-30" and ticker.calls[0]["end"] == "2024-10-04"
    assert (result.fetched, result.added, result.replaced, result.rows) == (3, 2, 1, 309)
    assert (result.first_day, result.last_day) == ("2023-07-03", "2024-10-03")
    text = csv_path.read_text()
    assert text.splitlines()[0] == HEADER
    rows = read_csv(csv_path)
    assert len(rows) == len(before) + 2
    assert rows[:-3] == before[:-1]  # every other shipped row unchanged, byte for byte
    assert text.splitlines()[-3:] == [
        "2024-09-30 00:00:00+08:00,23.0,24.0,22.5,23.5,1000,0.0,0.0",
        "2024-10-02 00:00:00+08:00,25.5,26.25,25.0,26.0,2000,0.0,0.0",
        "2024-10-03 00:00:00+08:00,26.0,26.5,25.75,26.125,3000,0.0,0.0",
    ]
    assert [r["Date"][:10] for r in rows] == sorted(r["Date"][:10] for r in rows)

    provenance = json.loads((data_dir / "prices" / "1810.HK.provenance.json").read_text())
    assert provenance["sha256"] == hashlib.sha256(csv_path.read_bytes()).hexdigest() == result.sha256
    assert provenance["origin"]["vendor"] == "Yahoo Finance (via yfinance)"
    assert provenance["origin"]["retrieved_at"] == "2026-11-23T14:30:00+00:00"
    assert (
        "claims refdata update --ticker 1810.HK --start 2024-09-30 --end 2024-10-03" in provenance["origin"]["how_made"]
    )
    assert (provenance["currency"], provenance["timezone"], provenance["exchange"]) == ("HKD", HK, "HKEX")
    assert "Yahoo" in provenance["licence"]
    assert provenance["history"] == [old_provenance]
    assert "309 trading days 2023-07-03..2024-10-03" in provenance["description"]


def test_the_updated_snapshot_serves_the_new_days(data_dir):
    src, _ = yahoo(bars({"2024-10-02": (25.5, 26.25, 25.0, 26.0, 2000)}))
    update_snapshot("1810.HK", date(2024, 10, 2), date(2024, 10, 2), data_dir, source=src)
    query = ReferenceQuery(kind="price", series="1810.HK", start=date(2024, 8, 5), end=date(2024, 10, 2))
    got = {(v.key, v.metric): v.value for v in SnapshotSource(data_dir).fetch(query)}
    assert got[("2024-10-02", "high")] == 26.25
    assert got[("2024-08-05", "low")] == 15.36


def test_a_second_update_keeps_both_earlier_provenances(data_dir):
    src, _ = yahoo(bars({"2024-10-02": (25.5, 26.25, 25.0, 26.0, 2000)}))
    update_snapshot("1810.HK", date(2024, 10, 2), date(2024, 10, 2), data_dir, source=src)
    update_snapshot("1810.HK", date(2024, 10, 2), date(2024, 10, 2), data_dir, source=src)
    provenance = json.loads((data_dir / "prices" / "1810.HK.provenance.json").read_text())
    assert len(provenance["history"]) == 2
    assert provenance["history"][0]["origin"]["commit"] == "f1a1a0b8d1eda21d115d614ebe9f651ec1ee17a0"
    assert "history" not in provenance["history"][1]


def test_a_new_ticker_gets_a_new_file(tmp_path):
    src, _ = yahoo(bars({"2024-10-02": (25.5, 26.25, 25.0, 26.0, 2000)}))
    result = update_snapshot("1810.HK", date(2024, 10, 2), date(2024, 10, 2), tmp_path, source=src)
    assert result.rows == 1
    assert (
        tmp_path / "prices" / "1810.HK.csv"
    ).read_text() == f"{HEADER}\n2024-10-02 00:00:00+08:00,25.5,26.25,25.0,26.0,2000,0.0,0.0\n"
    provenance = json.loads((tmp_path / "prices" / "1810.HK.provenance.json").read_text())
    assert provenance["history"] == []


def test_offline_update_leaves_the_files_alone(data_dir):
    csv_path = data_dir / "prices" / "1810.HK.csv"
    before = csv_path.read_bytes()
    src, _ = yahoo(OSError("Could not resolve host"))
    with pytest.raises(SourceUnavailable, match="unreachable for 1810.HK"):
        update_snapshot("1810.HK", date(2024, 10, 1), date(2024, 10, 3), data_dir, source=src)
    assert csv_path.read_bytes() == before


def test_a_malformed_existing_file_is_not_overwritten(data_dir):
    csv_path = data_dir / "prices" / "1810.HK.csv"
    csv_path.write_text(f"{HEADER}\nyesterday,1,2,3,4,5,0,0\n")
    src, _ = yahoo(bars({"2024-10-02": (25.5, 26.25, 25.0, 26.0, 2000)}))
    with pytest.raises(ReferenceDataError, match="line 2"):
        update_snapshot("1810.HK", date(2024, 10, 2), date(2024, 10, 2), data_dir, source=src)
    assert csv_path.read_text().endswith("yesterday,1,2,3,4,5,0,0\n")


@pytest.mark.parametrize(
    ("ticker", "start", "end"),
    [("1810.HK", date(2024, 10, 3), date(2024, 10, 1)), ("../x", date(2024, 10, 1), date(2024, 10, 1))],
)
def test_bad_arguments_are_input_errors(tmp_path, ticker, start, end):
    src, fake = yahoo(bars({}))
    with pytest.raises(InputError):
        update_snapshot(ticker, start, end, tmp_path, source=src)
    assert fake.calls == []


# A made-up figure for a tmp copy of the registry (never the shipped one).
FIGURE = dict(
    entity="Example Motors",
    metric="deliveries",
    period="2024-06",
    period_start=date(2024, 6, 1),
    period_end=date(2024, 6, 30),
    basis="monthly",
    value=10000,
    unit="vehicle",
    hedge="more_than",
    url="https://news.example/example-motors-june",
    publisher="news.example",
    quote="自6月开始月交付就超过了1万台",
)


def test_add_figure_appends_a_row_that_loads(data_dir):
    path = data_dir / "figures.yaml"
    count = len(load_figures(path))
    figure = add_figure(path, **FIGURE)
    figures = load_figures(path)
    assert len(figures) == count + 1
    assert figures[-1] == figure
    assert (figure.amount, figure.unit, figure.hedge, figure.citation.quote) == (
        10000.0,
        "vehicle",
        "more_than",
        "自6月开始月交付就超过了1万台",
    )


def test_add_figure_refuses_a_duplicate(data_dir):
    path = data_dir / "figures.yaml"
    add_figure(path, **FIGURE)
    with pytest.raises(InputError, match="already has Example Motors deliveries 2024-06"):
        add_figure(path, **FIGURE)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"url": "foguo.net/32078"}, "--url"),
        ({"quote": "  "}, "--quote"),
        ({"unit": None}, "exactly one of unit and currency"),
        ({"currency": "CNY"}, "exactly one of unit and currency"),
        ({"period_end": date(2024, 5, 1)}, "period_end is before period_start"),
        ({"scale": 0}, "--scale"),
        ({"hedge": "roughly"}, "hedge"),
    ],
)
def test_add_figure_validates(data_dir, change, message):
    path = data_dir / "figures.yaml"
    before = path.read_text()
    with pytest.raises(InputError, match=message):
        add_figure(path, **{**FIGURE, **change})
    assert path.read_text() == before


def test_cli_add_writes_the_figure(data_dir):
    args = [
        "add", "--entity", "Example Motors", "--metric", "deliveries", "--period", "2024-06",
        "--period-start", "2024-06-01", "--period-end", "2024-06-30", "--basis", "monthly",
        "--value", "10000", "--unit", "vehicle", "--hedge", "more_than",
        "--url", "https://news.example/example-motors-june", "--publisher", "news.example",
        "--quote", "自6月开始月交付就超过了1万台", "--published", "2024-07-01", "--data-dir", str(data_dir),
    ]  # fmt: skip
    result = CliRunner().invoke(refdata, args)
    assert result.exit_code == 0, result.output
    assert "added Example Motors deliveries 2024-06 (monthly) = 10000 vehicle" in result.output
    row = yaml.safe_load((data_dir / "figures.yaml").read_text())["figures"][-1]
    assert row["citation"]["published"] == "2024-07-01"


def test_cli_add_needs_a_unit_or_a_currency(data_dir):
    args = ["add", "--entity", "X", "--metric", "m", "--period", "p", "--period-start", "2024-01-01", "--period-end", "2024-01-01",
            "--basis", "b", "--value", "1", "--url", "https://x.example", "--publisher", "x", "--quote", "q", "--data-dir", str(data_dir)]  # fmt: skip
    result = CliRunner().invoke(refdata, args)
    assert result.exit_code == 1
    assert isinstance(result.exception, InputError)


def _patch_yahoo(monkeypatch, result):
    # The command builds its own YFinanceSource(data_dir=...): give it a fake ticker instead.
    ticker = FakeTicker(result)
    monkeypatch.setattr(
        "claims.refdata.update.YFinanceSource",
        lambda data_dir: YFinanceSource(data_dir, ticker_factory=lambda _s: ticker, clock=lambda: NOW),
    )
    return ticker


def test_cli_update_reports_what_it_did(monkeypatch, data_dir):
    _patch_yahoo(monkeypatch, bars({"2024-10-02": (25.5, 26.25, 25.0, 26.0, 2000)}))
    args = [
        "update",
        "--ticker",
        "1810.HK",
        "--start",
        "2024-10-02",
        "--end",
        "2024-10-02",
        "--data-dir",
        str(data_dir),
    ]
    result = CliRunner().invoke(refdata, args)
    assert result.exit_code == 0, result.output
    csv_path = data_dir / "prices" / "1810.HK.csv"
    digest = hashlib.sha256(csv_path.read_bytes()).hexdigest()
    assert (
        result.output
        == f"{csv_path}: 1 days fetched (1 new, 0 replaced); 308 rows 2023-07-03..2024-10-02; sha256 {digest[:12]}\n"
    )
    provenance = json.loads((data_dir / "prices" / "1810.HK.provenance.json").read_text())
    assert provenance["origin"]["how_made"].startswith(
        "claims refdata update --ticker 1810.HK --start 2024-10-02 --end 2024-10-02: "
    )


def test_cli_update_offline_says_it_needs_the_network(monkeypatch, data_dir):
    _patch_yahoo(monkeypatch, OSError("Could not resolve host"))
    before = (data_dir / "prices" / "1810.HK.csv").read_bytes()
    args = [
        "update",
        "--ticker",
        "1810.HK",
        "--start",
        "2024-10-02",
        "--end",
        "2024-10-02",
        "--data-dir",
        str(data_dir),
    ]
    result = CliRunner().invoke(refdata, args)
    assert result.exit_code == 1
    assert isinstance(result.exception, SourceUnavailable)
    assert "needs the network" in str(result.exception) and "--source snapshot" not in str(result.exception)
    assert (data_dir / "prices" / "1810.HK.csv").read_bytes() == before


def test_cli_update_rejects_a_bad_date():
    result = CliRunner().invoke(
        refdata, ["update", "--ticker", "1810.HK", "--start", "2024-13-01", "--end", "2024-10-01"]
    )
    assert result.exit_code == 2
    assert "not a date in YYYY-MM-DD form" in result.output


@pytest.mark.parametrize("command", ["update", "add"])
def test_cli_help_has_an_example(command):
    result = CliRunner().invoke(refdata, [command, "--help"])
    assert result.exit_code == 0
    assert f"Example: claims refdata {command} " in result.output


def test_refetching_a_shipped_day_reproduces_the_shipped_file_byte_for_byte(data_dir):
    # The shipped row of 2024-09-30, as yfinance would return it again.
    row = (22.700000762939453, 22.950000762939453, 21.950000762939453, 22.5, 336102598)
    src, _ = yahoo(bars({"2024-09-30": row}))
    result = update_snapshot("1810.HK", date(2024, 9, 30), date(2024, 9, 30), data_dir, source=src)
    assert result.sha256 == "5e7dc9d530e63d780abf5c5f82b64fa6742bbe78e9819320e8e50e7b692b510e"  # SOURCES.md


def test_add_figure_into_a_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such data directory"):
        add_figure(tmp_path / "nope" / "figures.yaml", **FIGURE)


def test_unadjusted_rows_are_not_merged_into_a_dividend_adjusted_file(tmp_path):
    prices = tmp_path / "prices"
    prices.mkdir()
    for name in ("0700.HK.csv", "0700.HK.provenance.json"):
        shutil.copy(DATA / "prices" / name, prices / name)
    before = (prices / "0700.HK.csv").read_bytes()
    src, _ = yahoo(bars({"2025-07-21": (520.0, 525.0, 515.0, 522.0, 1000)}))
    with pytest.raises(
        InputError, match=r"holds dividend-adjusted prices .* refetch the whole history with --start 2020-01-02"
    ):
        update_snapshot("0700.HK", date(2025, 7, 21), date(2025, 7, 21), tmp_path, source=src)
    assert (prices / "0700.HK.csv").read_bytes() == before
