"""The HTML report (claims.site): highlights by stored offsets, escaping, evidence, charts, changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from claims import sources
from claims.cli import main
from claims.pipeline import run_check
from claims.site import build_site
from claims.site.builder import MARKER, ReportError, format_value
from claims.site.text import Node, Span, flatten, highlight_tree
from claims.storage import VerdictStore
from tests.conftest import DATA, SEEDS
from tests.fakes import FakeSource

# -- placing highlights -----------------------------------------------------------------------


def _marks(nodes: list[Node]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for n in nodes:
        if n.span is not None:
            out.append((n.span.key, flatten(n.children)))
            out.extend(_marks(n.children))
    return out


def test_highlights_sit_at_their_offsets_and_the_text_is_unchanged() -> None:
    text = "Shares rose 8.3% to HK$16.64 on Monday."
    tree = highlight_tree(text, [Span(1, 20, 28), Span(0, 12, 16)])
    assert flatten(tree) == text
    assert sorted(_marks(tree)) == [(0, "8.3%"), (1, "HK$16.64")]


def test_nested_spans_nest_and_crossing_spans_start_after_the_earlier_one() -> None:
    text = "0123456789"
    nested = highlight_tree(text, [Span(0, 0, 10), Span(1, 2, 4)])
    assert _marks(nested) == [(0, "0123456789"), (1, "23")]
    crossing = highlight_tree(text, [Span(0, 2, 6), Span(1, 4, 8)])
    assert _marks(crossing) == [(0, "2345"), (1, "67")]
    clipped = highlight_tree(text, [Span(0, 8, 99)])
    assert _marks(clipped) == [(0, "89")] and flatten(clipped) == text


@given(
    st.text(min_size=0, max_size=60),
    st.lists(st.tuples(st.integers(-5, 70), st.integers(0, 30)), max_size=12),
)
def test_any_spans_keep_the_text_and_are_each_highlighted_once(text: str, raw: list[tuple[int, int]]) -> None:
    spans = [Span(i, s, s + w) for i, (s, w) in enumerate(raw)]
    tree = highlight_tree(text, spans)
    assert flatten(tree) == text
    assert sorted(k for k, _ in _marks(tree)) == list(range(len(spans)))


def test_values_are_formatted_for_people() -> None:
    assert format_value(75506822000.0, None, "CNY") == "CNY 75,506,822,000"
    assert format_value(3.783102144, "percent", None) == "3.78%"
    assert format_value(-4.5169, "percent", None, signed=True) == "-4.52 points"
    assert format_value(0.0055, None, "HKD", plus_minus=True) == "±HKD 0.0055"
    assert format_value(26920000.0, "follower", None) == "26,920,000 follower"
    assert format_value(None, None, None) == "—"


# -- a real run of the seeds, reported --------------------------------------------------------


def _check(db: Path, inputs: list[str], source: object = None, name: str = "snapshot") -> str:
    store = VerdictStore(db)
    result = run_check(
        inputs,
        source=source if source is not None else sources.build("snapshot", data_dir=DATA),  # type: ignore[arg-type]
        source_name=name,
        store=store,
        db_path=str(db),
    )
    return result.run_id


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two runs of the seeds (first without reference data, then with the snapshot) and the report."""
    tmp = tmp_path_factory.mktemp("site")
    db = tmp / "c.duckdb"
    _check(db, [str(SEEDS)], FakeSource(), "fake")
    _check(db, [str(SEEDS)])
    out = tmp / "report"
    with VerdictStore(db, read_only=True) as store:
        build_site(store, out, data_dir=DATA)
    return db, out


def _pages(out: Path) -> dict[str, BeautifulSoup]:
    index = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    pages = {}
    for a in index.select("table.docs td.doc a"):
        doc = a.find_next("div", class_="sub").get_text().split(" · ")[0]
        pages[doc] = pages[Path(doc).name] = BeautifulSoup((out / a["href"]).read_text(encoding="utf-8"), "html.parser")
    return pages


def test_each_page_shows_the_stored_text_with_every_claim_at_its_offsets(seeded: tuple[Path, Path]) -> None:
    db, out = seeded
    with VerdictStore(db, read_only=True) as store:
        rows = store.verdicts_for("latest")
        texts = store.run_document_texts("latest")
    pages = _pages(out)
    assert {r["doc"] for r in rows} <= set(pages) and len(pages) == 4
    for doc in {r["doc"] for r in rows}:
        page = pages[doc]
        mine = [r for r in rows if r["doc"] == doc]
        text = texts[mine[0]["claim_id"].split(":")[0]].text
        article = page.select_one("#article")
        assert article.get_text() == text
        marks = article.select("mark.claim")
        assert len(marks) == len(mine) > 20
        for mark, row in zip(marks, mine, strict=True):
            assert (int(mark["data-start"]), int(mark["data-end"])) == (row["start"], row["end"])
            assert mark.get_text() == text[row["start"] : row["end"]] == row["text"]
            assert mark["data-verdict"] == row["verdict"]
            assert row["verdict"].capitalize() in mark["data-label"]  # a text label, not colour alone
            assert mark["tabindex"] == "0"
        assert len(page.select("section.card")) == len(mine)


def test_an_evidence_card_has_the_values_tolerance_explanation_and_citation(seeded: tuple[Path, Path]) -> None:
    _, out = seeded
    page = _pages(out)["000_fcf98af3e00acd2b.txt"]
    mark = next(m for m in page.select("mark.claim") if m.get_text() == "HK$15.36")
    card = page.select_one(f"#ev-{mark['data-key']}")
    facts = {div.dt.get_text(): div.dd.get_text(" ", strip=True) for div in card.select("dl.facts > div")}
    assert facts["Claimed"] == "HKD 15.36" and facts["Reference"] == "HKD 15.36"
    assert facts["Tolerance"].startswith("±HKD 0.0055") and "rounding" in facts["Tolerance"]
    assert facts["Reading"].startswith("low")
    assert "1810.HK low on 2024-08-05 was HKD 15.36" in card.select_one(".explanation").get_text()
    assert "Forriz-Pair-Trading" in card.select_one(".cite").get_text()
    ref_rows = [[td.get_text() for td in tr.select("td")][:4] for tr in card.select("table.rows tbody tr")]
    assert ["1810.HK", "2024-08-05", "low", "HKD 15.36"] in ref_rows
    # a claim checked against the article's own numbers links to those numbers
    change = next(m for m in page.select("mark.claim") if m.get_text() == "8.3%")
    own = page.select_one(f"#ev-{change['data-key']} .own")
    assert [a.get_text() for a in own.select("a")] == ["“HK$15.36”", "“HK$16.64”"]
    assert all(page.select_one(f"#{a['href'][1:]}") is not None for a in own.select("a"))


def test_market_claims_get_a_price_chart_with_the_claim_and_reference_marked(seeded: tuple[Path, Path]) -> None:
    _, out = seeded
    page = _pages(out)["000_fcf98af3e00acd2b.txt"]
    marks = {m.get_text(): m for m in page.select("mark.claim")}
    slots = {
        text: page.select_one(f"#ev-{m['data-key']} .chart-slot")["data-chart"]
        for text, m in marks.items()
        if page.select_one(f"#ev-{m['data-key']} .chart-slot")
    }
    # the three claims about August 5-12 share a chart; the one-year change has its own
    assert set(slots) == {"HK$15.36", "HK$16.64", "8.3%", "5%"}
    assert slots["HK$15.36"] == slots["HK$16.64"] == slots["8.3%"] != slots["5%"]
    figure = page.select_one(f"figure#{slots['HK$15.36']}")
    svg = figure.select_one("svg")
    texts = [t.get_text() for t in svg.select("text")]
    assert "“HK$15.36” claimed" in texts and "“HK$15.36”: low 15.36" in texts
    assert "“8.3%”: close 15.86" in texts and "“8.3%”: close 16.46" in texts
    # each claim's marks are grouped under its own id, so the page can bring one forward
    key = marks["HK$15.36"]["data-key"]
    assert len(svg.select(f'g[id^="claim{key}-"]')) == 4  # claimed line, its label, the low row, its label
    assert "claimed HK$15.36 (line at 15.36), supported" in figure["aria-label"]
    assert "Forriz-Pair-Trading" in figure.figcaption.get_text()
    year = page.select_one(f"figure#{slots['5%']}")
    assert "2023-08" in year["aria-label"] and "2024-08-14" in year["aria-label"]
    assert not page.select_one(f"#ev-{marks['26.92 million']['data-key']} .chart-slot")  # not a market claim


def test_the_index_lists_counts_coverage_and_what_changed(seeded: tuple[Path, Path]) -> None:
    db, out = seeded
    with VerdictStore(db, read_only=True) as store:
        changes = store.changes_for("latest")
        docs = store.run_documents(store.resolve_run("latest"))
    assert changes  # the first run had no reference data
    index = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    rows = index.select("table.docs tbody tr")
    assert len(rows) == len(docs) == 2
    first = json.loads(docs[0]["coverage"])
    cells = [td.get_text(strip=True) for td in rows[0].select("td.num")]
    assert cells == [str(first[k]) for k in ("supported", "contradicted", "misleading", "unverifiable")]
    assert f"{first['numbers_found']} numbers found" in rows[0].select_one("td.cov").get_text()
    assert len(index.select("section.changes tbody tr")) == len(changes)
    row = next(tr for tr in index.select("section.changes tbody tr") if "“HK$15.36”" in tr.get_text())
    assert row.select_one("a")["href"].startswith("docs/") and "#c-" in row.select_one("a")["href"]
    assert [t.get_text(strip=True) for t in row.select(".tag")] == ["? unverifiable", "✓ supported"]
    assert "reference HKD 15.36" in row.get_text()
    page = _pages(out)["000_fcf98af3e00acd2b.txt"]
    changed = page.select("mark.claim.changed")
    assert changed and len(changed) == sum(1 for c in changes if c["doc"].endswith("000_fcf98af3e00acd2b.txt"))
    assert "was" in page.select_one(f"#ev-{changed[0]['data-key']} .was").get_text()


def test_markup_in_an_article_is_shown_not_run(tmp_path: Path) -> None:
    text = (
        "<script>alert('x')</script> Hostile Corp <b>bold</b> said revenue rose 12% to "
        "$3.5 million &amp; <img src=x onerror=alert(1)> in 2024.\r\nEnd."
    )
    article = tmp_path / "hostile.html.txt"
    article.write_bytes(text.encode())
    db = tmp_path / "c.duckdb"
    _check(db, [str(article)])
    out = tmp_path / "site"
    with VerdictStore(db, read_only=True) as store:
        build_site(store, out, data_dir=DATA)
        stored = next(iter(store.run_document_texts("latest").values())).text
    html = next((out / "docs").glob("*.html")).read_text(encoding="utf-8")
    page = BeautifulSoup(html, "html.parser")
    assert page.select_one("#article").get_text() == stored
    assert "<script>alert" in stored and "&lt;script&gt;alert" in html
    assert [s.get("src") for s in page.find_all("script")] == ["../assets/report.js"]
    assert page.find("img") is None and page.find("b") is None
    assert len(page.select("mark.claim")) >= 2
    if "\r" in stored:
        assert "&#13;" in html  # a browser would otherwise read the CR as a newline


def test_a_report_replaces_an_earlier_one_but_never_a_directory_of_other_files(
    seeded: tuple[Path, Path], tmp_path: Path
) -> None:
    db, _ = seeded
    out = tmp_path / "r"
    with VerdictStore(db, read_only=True) as store:
        first = build_site(store, out, data_dir=DATA)
        (out / "docs" / "stale.html").write_text("old")
        second = build_site(store, out, data_dir=DATA)
        assert (out / MARKER).exists() and not (out / "docs" / "stale.html").exists()
        assert first.highlights == second.highlights == len(store.verdicts_for("latest"))
        assert second.documents == 2 and second.charts == 2
        other = tmp_path / "mine"
        other.mkdir()
        (other / "notes.txt").write_text("keep me")
        with pytest.raises(ReportError, match="holds no earlier report"):
            build_site(store, other, data_dir=DATA)
        assert (other / "notes.txt").read_text() == "keep me"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary directory left


def test_a_failed_build_leaves_the_previous_report(seeded: tuple[Path, Path], tmp_path: Path) -> None:
    db, _ = seeded
    out = tmp_path / "r"
    with VerdictStore(db, read_only=True) as store:
        build_site(store, out, data_dir=DATA)
        before = (out / "index.html").read_text()
        with pytest.raises(Exception, match="no run"):
            build_site(store, out, run="nosuchrun", data_dir=DATA)
    assert (out / "index.html").read_text() == before


def test_without_the_series_offline_the_chart_shows_the_stored_rows_and_says_so(
    seeded: tuple[Path, Path], tmp_path: Path
) -> None:
    db, _ = seeded
    empty = tmp_path / "nodata"
    (empty / "prices").mkdir(parents=True)
    with VerdictStore(db, read_only=True) as store:
        result = build_site(store, tmp_path / "r", data_dir=empty)
    assert result.charts == 2
    page = _pages(tmp_path / "r")["000_fcf98af3e00acd2b.txt"]
    figures = page.select("figure.chart")
    assert all("only the stored reference rows are shown" in f.figcaption.get_text() for f in figures)
    assert all(f.select("svg text") and "daily close" in f["aria-label"] for f in figures)


def test_the_command_writes_the_report_and_prints_where(seeded: tuple[Path, Path], tmp_path: Path) -> None:
    db, _ = seeded
    out = tmp_path / "cli-report"
    result = CliRunner().invoke(main, ["report", "--db", str(db), "-o", str(out), "--data", str(DATA)])
    assert result.exit_code == 0, result.output
    assert f"report: {(out / 'index.html').resolve().as_uri()}" in result.output
    assert "[2/2] " in result.output and "001_ba30abd0c550ecdb.txt: 28 claims" in result.output
    bad = CliRunner().invoke(main, ["report", "--db", str(db), "--run", "nosuch", "-o", str(out)])
    assert bad.exit_code == 1 and "no run 'nosuch'" in bad.output
    missing = CliRunner().invoke(main, ["report", "--db", str(tmp_path / "none.duckdb"), "-o", str(out)])
    assert missing.exit_code == 1 and "no such database" in missing.output
