"""Odd and hostile input that is not a plain unreadable file: broken reference data, other
languages, pathological but valid text. Each ends in a clear message or a complete run."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import claims.sources
from claims.cli import main
from claims.errors import ReferenceDataError, ReferenceNotFound
from claims.models import ReferenceQuery
from claims.sources.snapshot import SnapshotSource
from claims.storage import VerdictStore
from tests.conftest import DATA

GOOD = "Xiaomi shares rose 5% to HK$15.36 on 5 August 2024.\n"


def run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private copy of the shipped reference data, to break."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy, ignore=shutil.ignore_patterns("*.duckdb", "*.wal"))
    return copy


def prices(series: str = "1810.HK") -> ReferenceQuery:
    return ReferenceQuery(kind="price", series=series, start=date(2024, 8, 1), end=date(2024, 8, 9))


# -- reference data ------------------------------------------------------------------------------


def test_an_unknown_ticker_names_the_missing_file_and_how_to_get_it(data):
    with pytest.raises(ReferenceNotFound) as err:
        SnapshotSource(data).fetch(prices("9999.HK"))
    assert str(err.value) == (
        f"no snapshot of 9999.HK prices in {data / 'prices'}; import a CSV with `claims refdata import-prices "
        "--ticker 9999.HK --file F --source ...` or fetch one online with `claims refdata update --ticker 9999.HK`"
    )


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (bytes((i * 131 + 7) % 256 for i in range(4096)), "UnicodeDecodeError"),
        (b"Date,Open,High\n2024-08-05,1,2\n", "KeyError"),
        (b"Date,Open,High,Low,Close,Volume\n2024-08-05,1,2,oops,4,5\n", "ValueError"),
        (b"Date,Open,High,Low,Close,Volume\nnot-a-date,1,2,3,4,5\n", "ValueError"),
    ],
    ids=["random-bytes", "missing-column", "not-a-number", "not-a-date"],
)
def test_a_corrupted_price_file_is_a_reference_data_error_naming_it(data, content, detail):
    path = data / "prices" / "1810.HK.csv"
    path.write_bytes(content)
    with pytest.raises(ReferenceDataError) as err:
        SnapshotSource(data).fetch(prices())
    assert str(err.value).startswith(f"{path}: malformed price file ({detail}")


def test_a_corrupted_provenance_file_is_named(data):
    path = data / "prices" / "1810.HK.provenance.json"
    path.write_text("{oops")
    with pytest.raises(ReferenceDataError, match="malformed provenance") as err:
        SnapshotSource(data).fetch(prices())
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "registry file is missing"), ("figures: [\n  - {", "cannot read the registry"), ("- 1\n", "figures:")],
)
def test_a_missing_or_malformed_registry_is_named(data, content, message):
    path = data / "figures.yaml"
    if content is None:
        path.unlink()
    else:
        path.write_text(content)
    with pytest.raises(ReferenceDataError, match=message) as err:
        SnapshotSource(data).fetch(ReferenceQuery(kind="figure", series="Xiaomi"))
    assert str(err.value).startswith(str(path))


def test_the_cli_with_a_corrupted_price_file_stores_unverifiable_verdicts_naming_it(tmp_path, data, monkeypatch):
    bad = data / "prices" / "1810.HK.csv"
    bad.write_bytes(b"Date,Open\n2024-08-05,x\n")
    monkeypatch.setattr(claims.sources, "DATA_DIR", data)
    (tmp_path / "a.txt").write_text(GOOD)
    db = tmp_path / "c.duckdb"
    result = run("check", str(tmp_path / "a.txt"), "--db", str(db), "--format", "none")
    assert result.exit_code == 0, result.stderr
    with VerdictStore(db, read_only=True) as store:
        rows = store.verdicts_for("latest")
    assert len(rows) == 2
    for row in rows:
        assert (row["verdict"], row["reason"]) == ("unverifiable", "source_error")
        assert row["explanation"].startswith(f"{bad}: malformed price file")


def test_a_series_the_data_lacks_is_no_source_not_a_source_error(tmp_path, data, monkeypatch):
    (data / "prices" / "1810.HK.csv").unlink()
    monkeypatch.setattr(claims.sources, "DATA_DIR", data)
    (tmp_path / "a.txt").write_text(GOOD)
    db = tmp_path / "c.duckdb"
    result = run("check", str(tmp_path / "a.txt"), "--db", str(db), "--format", "none")
    assert result.exit_code == 0, result.stderr
    with VerdictStore(db, read_only=True) as store:
        rows = store.verdicts_for("latest")
    assert rows and [(r["verdict"], r["reason"]) for r in rows] == [("unverifiable", "no_source")] * len(rows)
    assert all("no snapshot of 1810.HK prices" in r["explanation"] for r in rows)


# -- other languages -----------------------------------------------------------------------------

SPANISH = (
    "Las acciones de Xiaomi subieron un 5% hasta 15,36 dólares de Hong Kong el 5 de agosto de 2024, según los "
    "datos de la bolsa. La empresa dijo que sus ingresos del segundo trimestre fueron de 88.900 millones de "
    "yuanes, un aumento del 32% con respecto al año anterior, y que las ventas de teléfonos en Europa y en "
    "América Latina crecieron con fuerza para la compañía.\n"
)
RUSSIAN = "Акции Xiaomi выросли на 5% до 15,36 гонконгского доллара 5 августа 2024 года, сообщила биржа.\n"
CHINESE = "小米集团股价在2024年8月5日上涨5%，至15.36港元。公司第二季度收入为889亿元人民币。\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (SPANISH, "text is mostly not English (0% common English words, "),
        (RUSSIAN, "text is mostly not English (9% Latin letters); only English is supported"),
        (CHINESE, "text is mostly not English (0% Latin letters); only English is supported"),
    ],
    ids=["spanish", "russian", "chinese"],
)
def test_text_that_is_mostly_not_english_is_unsupported(tmp_path, text, message):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "c.duckdb"
    result = run("check", str(path), "--db", str(db), "--format", "none")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}: {message}") and len(result.stderr.splitlines()) == 1


def test_english_with_a_few_chinese_names_is_accepted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Xiaomi (小米集团) shares rose 5% to HK$15.36 on 5 August 2024.\n", encoding="utf-8")
    result = run("check", str(path), "--db", str(tmp_path / "c.duckdb"), "--format", "none")
    assert result.exit_code == 0, result.stderr


# -- pathological but valid text: the run completes ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Revenue was " + "9" * 20_000 + " yuan in 2023, up 1" + "0" * 400 + "% and 1e308 and 10^400.",
        "Xiaomi\u200b shares\u202e rose 5% to HK$15.36 on 5 August 2024 🚀. " + "!?" * 5000 + " ١٢٣ ٤٥% ５０％.\r\n",
        ("Xiaomi shares rose 5% to HK$15.36 on 5 August 2024. " * 200) + "\x00 and then 7%.",
        "Xiaomi shares rose 5% to HK$15.36 on 5 August 2024." + " " * 100_000 + "Done: 3.",
        "1 2 3 4 5 6 7 8 9 10 " * 30,  # one sentence of 300 numbers: extraction is quadratic per sentence
        "(((((((((" * 500 + "5%" + ")))))))))" * 500,
    ],
    ids=["huge-numbers", "bidi-emoji-fullwidth", "late-nul", "long-whitespace", "many-numbers", "deep-parens"],
)
def test_pathological_text_completes_a_run(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "c.duckdb"
    result = run("check", str(path), "--db", str(db), "--format", "none")
    assert result.exit_code == 0, result.stderr
    with VerdictStore(db, read_only=True) as store:
        assert store.runs()[0]["status"] == "completed"
        claims_ = store.con.execute("SELECT start_offset, end_offset, text FROM claims").fetchall()
        (doc_text,) = store.con.execute("SELECT text FROM documents").fetchone()  # type: ignore[misc]
    assert all(doc_text[s:e] == t for s, e, t in claims_)


def test_a_database_directory_that_cannot_be_created_is_a_storage_error(tmp_path):
    from claims.errors import StorageError

    blocker = tmp_path / "data"
    blocker.write_text("a file, not a directory")
    with pytest.raises(StorageError, match=str(blocker)):
        VerdictStore(blocker / "claims.duckdb")
