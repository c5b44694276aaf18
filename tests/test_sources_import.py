"""`claims refdata import-prices` / `add-entity` into a fresh --data directory, then `claims check` on it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claims.cli import main
from claims.entities import EntityTable
from claims.errors import InputError
from claims.models import ReferenceQuery
from claims.refdata.prices import import_prices, parse_prices
from claims.sources.snapshot import SnapshotSource

FIXTURES = Path(__file__).parent / "refdata_fixtures"
KUAISHOU = FIXTURES / "1024.HK.csv"
SOURCE = "github.com/CCF0001/Forriz-Pair-Trading data/1024.HK.csv @ f1a1a0b8 (yfinance history)"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def fresh(tmp_path) -> Path:
    """An empty data directory with Kuaishou imported and added, through the CLI."""
    data = tmp_path / "mydata"
    done = run(
        "refdata",
        "import-prices",
        "--ticker",
        "1024.HK",
        "--file",
        str(KUAISHOU),
        "--source",
        SOURCE,
        "--exchange",
        "HKEX",
        "--data",
        str(data),
    )
    assert done.exit_code == 0, done.output
    assert "19 days 2024-06-03..2024-06-28, adjusted; checks price levels and changes" in done.output
    done = run(
        "refdata",
        "add-entity",
        "--name",
        "Kuaishou Technology",
        "--ticker",
        "1024.HK",
        "--alias",
        "Kuaishou",
        "--alias",
        "快手",
        "--exchange",
        "XHKG",
        "--data",
        str(data),
    )
    assert done.exit_code == 0, done.output
    assert done.output.strip().endswith("added Kuaishou Technology (1024.HK, XHKG) with 3 alias(es)")
    return data


def verdicts(data: Path, tmp_path: Path, text: str) -> list[dict]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    db = tmp_path / "c.duckdb"
    done = run("check", str(article), "--db", str(db), "--data", str(data), "--format", "json")
    assert done.exit_code == 0, done.output
    return json.loads(done.output)


def test_an_imported_ticker_checks_a_close_supported_and_one_cent_per_dollar_off_contradicted(fresh, tmp_path):
    rows = verdicts(fresh, tmp_path, "Kuaishou shares closed at HK$50.95 on June 14, 2024.\n")
    assert [(r["text"], r["verdict"], r["reference_value"]) for r in rows] == [("HK$50.95", "supported", 50.95)]
    assert "1024.HK" in rows[0]["explanation"] and SOURCE in rows[0]["evidence"][0]["citation"]
    off = round(50.95 * 1.01, 2)  # one cent per dollar away
    rows = verdicts(fresh, tmp_path, f"Kuaishou shares closed at HK${off} on June 14, 2024.\n")
    assert [(r["verdict"], r["reference_value"]) for r in rows] == [("contradicted", 50.95)]


@pytest.mark.parametrize(
    ("day", "why"),
    [("June 15, 2024", "was a Saturday"), ("June 10, 2024", "was an exchange holiday")],  # Tuen Ng Festival
)
def test_a_weekend_or_exchange_holiday_is_not_a_trading_day_by_the_calendar(fresh, tmp_path, day, why):
    rows = verdicts(fresh, tmp_path, f"Kuaishou shares closed at HK$50.95 on {day}.\n")
    assert [(r["verdict"], r["reason"]) for r in rows] == [("unverifiable", "not_trading_day")]
    assert why in rows[0]["explanation"] and "XHKG" in rows[0]["explanation"]


def test_import_writes_the_canonical_file_and_its_provenance(tmp_path):
    result = import_prices(tmp_path, ticker="1024.HK", file=KUAISHOU, source=SOURCE, exchange_name="HKEX")
    prov = json.loads(result.provenance_path.read_text())
    assert (prov["currency"], prov["exchange"], prov["timezone"]) == ("HKD", "XHKG", "Asia/Hong_Kong")
    assert (prov["adjustment"], prov["actions_through_end"], prov["levels_checkable_from"]) == (
        "adjusted",
        True,
        "2024-06-03",
    )
    assert prov["origin"]["source"] == SOURCE and prov["origin"]["shape"] == "yfinance history"
    import hashlib

    assert prov["origin"]["file_sha256"] == hashlib.sha256(KUAISHOU.read_bytes()).hexdigest()
    assert prov["sha256"] == hashlib.sha256(result.csv_path.read_bytes()).hexdigest()
    lines = result.csv_path.read_text().splitlines()
    assert lines[0] == "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits"
    assert (
        lines[9]
        == "2024-06-14,51.150001525878906,51.150001525878906,50.20000076293945,50.95000076293945,31572605,0.0,0.0"
    )
    got = SnapshotSource(tmp_path).fetch(
        ReferenceQuery(kind="price", series="1024.HK", start=date(2024, 6, 14), end=date(2024, 6, 14))
    )
    assert {v.metric: v.value for v in got} == {
        "open": 51.15,
        "high": 51.15,
        "low": 50.2,
        "close": 50.95,
        "volume": 31572605.0,
    }


HEADER = "Date,Open,High,Low,Close,Volume"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (f"{HEADER}\n2024-06-03,1,2,0.5,1.5,10\n2024-06-04,1,2,x,1.5,10\n", "f.csv: line 3: Low 'x' is not a number"),
        (
            f"{HEADER}\n2024-06-03,1,2,0.5,1.5,10\n06/04/2024,1,2,0.5,1.5,10\n",
            "f.csv: line 3: Date '06/04/2024' is not an ISO date",
        ),
        (
            f"{HEADER}\n2024-06-03,1,2,0.5,1.5,10\n2024-06-03,1,2,0.5,1.5,10\n",
            "f.csv: line 3: 2024-06-03 already appears on line 2",
        ),
        (f"{HEADER}\n2024-06-03,1,2,0.5,2.5,10\n", "f.csv: line 2: Close 2.5 is outside Low..High 0.5..2"),
        (f"{HEADER}\n2024-06-03,1,2,0.5,1.5,-10\n", "f.csv: line 2: Volume '-10' is negative"),
        (f"{HEADER}\n2024-06-03,1,2,0.5,,10\n", "f.csv: line 2: empty Close"),
        (f"{HEADER}\n2024-06-03,1,2,0.5,nan,10\n", "f.csv: line 2: Close 'nan' is not a finite number"),
        (f"{HEADER}\n2024-06-03,0,2,0.5,1.5,10\n", "f.csv: line 2: Open '0' must be positive"),
        ("Date,Open,High,Close\n2024-06-03,1,2,1.5\n", "f.csv: line 1: no Low column"),
        (f"{HEADER}\n", "f.csv: no price rows after the header"),
        (f"{HEADER}\n2024-06-03,1,2\n", "f.csv: line 2: 3 fields, the header has 6"),
    ],
)
def test_a_bad_row_is_one_line_naming_the_line(text, message):
    with pytest.raises(InputError) as err:
        parse_prices(text, "f.csv")
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_nothing_is_written_when_a_row_is_bad(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(KUAISHOU.read_text() + "2024-07-02 00:00:00+08:00,46,47,oops,46.5,100,0.0,0.0\n")
    data = tmp_path / "d"
    done = CliRunner().invoke(
        main,
        ["refdata", "import-prices", "--ticker", "1024.HK", "--file", str(bad), "--source", "x", "--data", str(data)],
    )
    assert done.exit_code == 1
    assert done.stderr.strip() == f"error: {bad}: line 21: Low 'oops' is not a number"
    assert not (data / "prices" / "1024.HK.csv").exists() and not (data / "prices" / "1024.HK.provenance.json").exists()


def test_a_failed_import_keeps_the_previous_files(tmp_path):
    import_prices(tmp_path, ticker="1024.HK", file=KUAISHOU, source=SOURCE)
    csv_before = (tmp_path / "prices" / "1024.HK.csv").read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,Open,High,Low,Close\n2024-06-03,1,2,3,1\n")
    with pytest.raises(InputError, match="line 2: Low 3 is above High 2"):
        import_prices(tmp_path, ticker="1024.HK", file=bad, source=SOURCE, adjustment_flag="raw")
    assert (tmp_path / "prices" / "1024.HK.csv").read_bytes() == csv_before
    assert sorted(p.name for p in (tmp_path / "prices").iterdir()) == ["1024.HK.csv", "1024.HK.provenance.json"]


def test_utc_timestamps_are_read_as_the_exchange_day(tmp_path):
    # 2024-06-14 00:00 HKT written in UTC is 2024-06-13 16:00: the day is still the 14th in Hong Kong.
    text = "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n2024-06-13 16:00:00+00:00,51.15,51.15,50.2,50.95,100,0.0,0.0\n"
    assert parse_prices(text, "f", timezone="Asia/Hong_Kong").bars[0].day == "2024-06-14"
    assert parse_prices(text, "f").bars[0].day == "2024-06-13"  # no exchange known: the day as written


def test_the_yf_download_three_row_header_is_read(tmp_path):
    text = (
        "Price,Close,High,Low,Open,Volume\nTicker,NVDA,NVDA,NVDA,NVDA,NVDA\nDate,,,,,\n"
        "2024-06-10,121.79,123.1,117.01,120.37,314162700\n"
    )
    parsed = parse_prices(text, "nvda.csv")
    assert parsed.shape == "yfinance download" and parsed.bars[0].close == 121.79 and parsed.bars[0].volume == 314162700


@pytest.mark.parametrize(
    ("header", "flag", "expected"),
    [
        ("Date,Open,High,Low,Close,Adj Close,Volume", None, "split_adjusted"),  # Yahoo's own download
        ("Date,Open,High,Low,Close,Volume,Dividends,Stock Splits", None, "adjusted"),  # yfinance history()
        ("Date,Open,High,Low,Close,Volume", "raw", "raw"),
        ("Date,Open,High,Low,Close,Volume", "adjusted", "adjusted"),
    ],
)
def test_the_adjustment_comes_from_the_flag_or_the_shape(tmp_path, header, flag, expected):
    n = len(header.split(",")) - 5
    f = tmp_path / "p.csv"
    f.write_text(f"{header}\n2024-06-03,1,2,0.5,1.5" + ",1" * n + "\n")
    result = import_prices(tmp_path, ticker="ACME", file=f, source="s", currency="USD", adjustment_flag=flag)
    assert result.adjustment == expected


def test_a_plain_file_needs_raw_or_adjusted(tmp_path):
    f = tmp_path / "p.csv"
    f.write_text("Date,Open,High,Low,Close,Volume\n2024-06-03,1,2,0.5,1.5,1\n")
    with pytest.raises(InputError, match="say --raw .* or --adjusted"):
        import_prices(tmp_path, ticker="ACME", file=f, source="s", currency="USD")


def test_an_adjusted_only_series_checks_changes_but_not_levels(tmp_path):
    f = tmp_path / "p.csv"
    f.write_text("Date,Open,High,Low,Close,Volume\n2024-06-03,1,2,0.5,1.5,1\n")
    result = import_prices(tmp_path, ticker="ACME", file=f, source="s", currency="USD", adjustment_flag="adjusted")
    assert not result.levels_checkable
    (v, *_) = SnapshotSource(tmp_path).fetch(ReferenceQuery(kind="price", series="ACME"))
    assert v.basis == "adjusted"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"currency": "HKS"}, "unknown currency 'HKS'"),
        ({"currency": "RMB"}, "not an ISO 4217 code; write CNY"),
        ({"exchange_name": "Tokyo Bay"}, "unknown exchange 'Tokyo Bay'"),
        ({"ticker": "../x"}, "is not a ticker symbol"),
        ({"source": "  "}, "--source must say where the file came from"),
    ],
)
def test_bad_arguments_are_refused(tmp_path, kwargs, message):
    args = {"ticker": "1024.HK", "file": KUAISHOU, "source": SOURCE, **kwargs}
    with pytest.raises(InputError, match=message):
        import_prices(tmp_path, **args)


def test_exchanges_by_common_name_or_mic(tmp_path):
    f = tmp_path / "p.csv"
    f.write_text("Date,Open,High,Low,Close,Volume\n2024-06-03,1,2,0.5,1.5,1\n")
    for name, mic, ccy in (
        ("NASDAQ", "XNAS", "USD"),
        ("nyse", "XNYS", "USD"),
        ("SSE", "XSHG", "CNY"),
        ("XLON", "XLON", "GBP"),
    ):
        import_prices(tmp_path, ticker="T", file=f, source="s", exchange_name=name, adjustment_flag="raw")
        prov = json.loads((tmp_path / "prices" / "T.provenance.json").read_text())
        assert (prov["exchange"], prov["currency"]) == (mic, ccy)


def test_add_entity_refuses_an_alias_of_another_entity(tmp_path):
    from claims.entities import add_entity

    path = tmp_path / "entities.json"
    add_entity(path, name="Kuaishou Technology", ticker="1024.HK", aliases=["Kuaishou"])
    with pytest.raises(InputError, match="alias 'kuaishou' already belongs to 'Kuaishou Technology'"):
        add_entity(path, name="Other", ticker=None, aliases=["kuaishou"])
    row, created = add_entity(path, name="Kuaishou Technology", ticker=None, aliases=["快手"], currency="CNY")
    assert not created and row["aliases"] == ["Kuaishou", "1024.HK", "快手"] and row["currencies"] == ["HKD", "CNY"]
    table = EntityTable.load(path)
    assert table.resolve("(1024.HK)").name == table.resolve("快手").name == "Kuaishou Technology"


def test_refdata_add_refuses_a_figure_for_an_unknown_entity(fresh):
    args = [
        "refdata",
        "add",
        "--entity",
        "Nobody Ltd",
        "--metric",
        "revenue",
        "--period",
        "2024-Q1",
        "--period-start",
        "2024-01-01",
        "--period-end",
        "2024-03-31",
        "--basis",
        "reported",
        "--value",
        "1",
        "--currency",
        "HKD",
        "--url",
        "https://example.org/r",
        "--publisher",
        "p",
        "--quote",
        "q",
        "--data",
        str(fresh),
    ]
    done = CliRunner().invoke(main, args)
    assert done.exit_code == 1 and "unknown entity 'Nobody Ltd'" in done.stderr
    done = CliRunner().invoke(main, [*args[:3], "Kuaishou", *args[4:17], "HKS", *args[18:]])
    assert done.exit_code == 1 and "unknown currency 'HKS'" in done.stderr
    done = CliRunner().invoke(main, [*args[:3], "Kuaishou", *args[4:]])
    assert done.exit_code == 0, done.output
    assert "added Kuaishou Technology revenue 2024-Q1" in done.output


def test_claims_data_env_is_where_refdata_writes_and_check_reads(tmp_path, monkeypatch):
    data = tmp_path / "envdata"
    monkeypatch.setenv("CLAIMS_DATA", str(data))
    assert (
        run("refdata", "import-prices", "--ticker", "1024.HK", "--file", str(KUAISHOU), "--source", SOURCE).exit_code
        == 0
    )
    assert (
        run(
            "refdata", "add-entity", "--name", "Kuaishou Technology", "--ticker", "1024.HK", "--alias", "Kuaishou"
        ).exit_code
        == 0
    )
    assert (data / "prices" / "1024.HK.csv").exists() and (data / "entities.json").exists()
    article = tmp_path / "a.txt"
    article.write_text("Kuaishou shares closed at HK$50.95 on June 14, 2024.\n")
    done = run("check", str(article), "--db", str(tmp_path / "c.duckdb"), "--format", "json")
    assert [(r["verdict"], r["reference_value"]) for r in json.loads(done.output)] == [("supported", 50.95)]
