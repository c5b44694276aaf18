"""Build the static report of one run: ``index.html``, one page per document, the assets.

Reads only through ``VerdictStore`` (verdicts with evidence, the run's documents and their
text, what changed since each claim's previous run). Price series for the charts come from the
offline snapshot in the data directory; where it lacks a series the chart shows the stored
reference rows alone. The site is written to a temporary directory next to ``out_dir`` and
moved into place at the end, so a failed build leaves the previous report intact.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from claims.errors import ClaimCheckError, ReferenceDataError, ReferenceNotFound
from claims.models import VERDICT_LABELS, Document, ReferenceQuery
from claims.site.charts import Bar, ClaimMarks, Mark, PriceChart, alt_text, group_claims, render_charts, window
from claims.site.text import Node, Span, highlight_tree
from claims.storage import VerdictStore

MARKER = ".claims-report"  # written into every report directory: only such a directory is replaced

VERDICT_TEXT = {
    "supported": ("✓", "Supported", "Matches the reference value within tolerance."),
    "contradicted": ("✗", "Contradicted", "Compared with a reference value and outside tolerance."),
    "misleading": ("!", "Misleading", "The number is right, but the picture it gives is wrong."),
    "unverifiable": ("?", "Unverifiable", "Not checked; the reason is given."),
}


class ReportError(ClaimCheckError):
    """The report cannot be written (an output directory that is not a report, say)."""


@dataclass
class ClaimView:
    """One highlighted claim with everything its evidence card shows."""

    key: int
    row: dict[str, Any]
    label: str
    symbol: str
    claimed: str
    reference: str
    difference: str
    tolerance: str
    evidence: list[dict[str, Any]]
    market: tuple[str, str | None, ClaimMarks] | None = None  # (series, currency, its marks) for a price claim
    chart_id: str | None = None  # the page's chart that shows it
    change: dict[str, Any] | None = None


@dataclass
class ChartView:
    """One chart of a page: the claims it shows, its SVG and what it is drawn from."""

    id: str
    chart: PriceChart
    note: str
    svg: str = ""
    alt: str = ""


@dataclass
class DocView:
    """One document of the run: its page, counts and coverage."""

    doc: str
    doc_id: str | None
    status: str
    error: str | None
    page: str | None
    title: str
    document: Document | None
    coverage: dict[str, Any] | None
    counts: dict[str, int]
    claims: list[ClaimView] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    charts: list[ChartView] = field(default_factory=list)


@dataclass(frozen=True)
class SiteResult:
    """What was written: the index page, how many pages, highlights and charts, and the time taken."""

    index: Path
    run_id: str
    documents: int
    highlights: int
    charts: int
    seconds: float
    chart_seconds: float = 0.0  # of which rendering the charts


def build_site(
    store: VerdictStore,
    out_dir: str | Path,
    *,
    run: str = "latest",
    data_dir: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    workers: int | None = None,
) -> SiteResult:
    """Write the report of ``run`` into ``out_dir`` (replacing an earlier report there).

    ``workers``: processes that render the charts when there are many (default: the CPUs, at most 4).

    Example: ``build_site(VerdictStore("data/claims.duckdb", read_only=True), "report")``
    """
    t0 = time.perf_counter()
    out = Path(out_dir)
    _check_target(out)
    run_id = store.resolve_run(run)
    run_row = store.run(run_id)
    rows = store.verdicts_for(run_id)
    documents = store.run_document_texts(run_id)
    changes = store.changes_for(run_id)
    previous_runs = sorted({str(c["previous_run_id"]) for c in changes})
    prices = _PriceSeries(data_dir)

    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_doc.setdefault(str(r["doc"]), []).append(r)
    changes_by_claim = {(str(c["doc"]), str(c["claim_id"])): c for c in changes}

    views = _doc_views(store.run_documents(run_id), documents, by_doc)
    env = _environment()
    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=parent))
    highlights = charts = 0
    chart_seconds = 0.0
    try:
        (tmp / "docs").mkdir()
        _copy_assets(tmp / "assets")
        page_template = env.get_template("document.html")
        with_pages = [v for v in views if v.page]
        for view in with_pages:
            view.claims = [
                _claim_view(k, r, changes_by_claim.get((view.doc, str(r["claim_id"]))))
                for k, r in enumerate(by_doc.get(view.doc, []))
            ]
            view.changes = [c.change for c in view.claims if c.change]
            view.charts = _doc_charts(view.claims, prices)
        t_charts = time.perf_counter()
        svgs = render_charts([ch.chart for v in with_pages for ch in v.charts], workers, progress)
        chart_seconds = time.perf_counter() - t_charts
        for i, view in enumerate(with_pages, start=1):
            assert view.document is not None and view.page is not None
            for ch in view.charts:
                ch.svg, ch.alt = svgs[ch.chart], alt_text(ch.chart)
            charts += len(view.charts)
            highlights += len(view.claims)
            spans = [Span(c.key, int(c.row["start"]), int(c.row["end"])) for c in view.claims]
            html = page_template.render(
                view=view,
                run=run_row,
                tree=highlight_tree(view.document.text, spans),
                claims_by_key={c.key: c for c in view.claims},
                claim_keys={str(c.row["claim_id"]): c for c in view.claims},
                verdicts=VERDICT_TEXT,
                root="../",
            )
            (tmp / view.page).write_text(html, encoding="utf-8")
            if progress and (i == len(with_pages) or len(with_pages) <= 50 or i % 100 == 0):
                progress(f"[{i}/{len(with_pages)}] {view.doc}: {len(view.claims)} claims")
        totals = Counter(str(r["verdict"]) for r in rows)
        index_html = env.get_template("index.html").render(
            run=run_row,
            views=views,
            totals={label: totals.get(label, 0) for label in VERDICT_LABELS},
            total=len(rows),
            changes=_index_changes(changes, views),
            previous_runs=previous_runs,
            verdicts=VERDICT_TEXT,
            root="",
        )
        (tmp / "index.html").write_text(index_html, encoding="utf-8")
        (tmp / MARKER).write_text(json.dumps({"run_id": run_id}) + "\n", encoding="utf-8")
        _replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return SiteResult(
        index=out.resolve() / "index.html",
        run_id=run_id,
        documents=len(views),
        highlights=highlights,
        charts=charts,
        seconds=time.perf_counter() - t0,
        chart_seconds=chart_seconds,
    )


def report_dir_for(db_path: str | Path, run_id: str) -> Path:
    """Where a flow run's report goes by default: ``<db dir>/reports/<run id>`` (one per run, so
    every run's link stays valid)."""
    return Path(db_path).resolve().parent / "reports" / run_id


# -- views ------------------------------------------------------------------------------------


def _doc_views(
    run_docs: list[dict[str, Any]], documents: dict[str, Document], by_doc: dict[str, list[dict[str, Any]]]
) -> list[DocView]:
    views: list[DocView] = []
    pages: dict[str, str] = {}
    for d in run_docs:
        doc, doc_id, status = str(d["doc"]), d["doc_id"], str(d["status"])
        document = documents.get(doc_id) if doc_id else None
        page = None
        if status == "checked" and document is not None:
            page = f"docs/{_slug(doc)}-{doc_id[:12]}.html"
            pages[doc_id] = page
        counts = Counter(str(r["verdict"]) for r in by_doc.get(doc, []))
        views.append(
            DocView(
                doc=doc,
                doc_id=doc_id,
                status=status,
                error=d["error"],
                page=page,
                title=(document.title if document and document.title else _first_line(document)) or doc,
                document=document,
                coverage=json.loads(d["coverage"]) if d["coverage"] else None,
                counts={label: counts.get(label, 0) for label in VERDICT_LABELS},
            )
        )
    for v in views:  # a duplicate input links to the page of the input with the same text
        if v.status == "duplicate" and v.doc_id in pages:
            v.page = pages[v.doc_id]
    return views


def _claim_view(key: int, row: dict[str, Any], change: dict[str, Any] | None) -> ClaimView:
    symbol, label, _ = VERDICT_TEXT.get(str(row["verdict"]), ("?", str(row["verdict"]), ""))
    return ClaimView(
        key=key,
        row=row,
        label=label,
        symbol=symbol,
        claimed=format_value(row["claimed_value"], row["unit"], row["currency"]),
        reference=format_value(row["reference_value"], row["unit"], row["currency"]),
        difference=_difference(row),
        tolerance=format_value(row["tolerance"], row["unit"], row["currency"], signed=False, plus_minus=True),
        evidence=list(row["evidence"] or []),
        market=_claim_marks(key, row),
        change=change,
    )


def _index_changes(changes: list[dict[str, Any]], views: list[DocView]) -> list[dict[str, Any]]:
    """The run's changed verdicts, each with its document's title, a link to the claim on its
    page and the reference values formatted in the claim's unit."""
    by_doc = {v.doc: v for v in views}
    out = []
    for c in changes:
        view = by_doc.get(str(c["doc"]))
        claim = next((x for x in view.claims if x.row["claim_id"] == c["claim_id"]), None) if view else None
        unit, currency = (claim.row["unit"], claim.row["currency"]) if claim else (None, None)
        out.append(
            dict(
                c,
                title=view.title if view else str(c["doc"]),
                link=f"{view.page}#c-{claim.key}" if view and view.page and claim else (view.page if view else None),
                before=format_value(c["reference_before"], unit, currency),
                now=format_value(c["reference_now"], unit, currency),
            )
        )
    return out


# -- charts -----------------------------------------------------------------------------------


class _PriceSeries:
    """Daily bars per ticker from the offline snapshot, read once per report."""

    def __init__(self, data_dir: str | Path | None) -> None:
        self.data_dir = data_dir
        self._source: Any = None
        self._bars: dict[str, list[Bar] | None] = {}
        self.citations: dict[str, str] = {}

    def bars(self, series: str) -> list[Bar] | None:
        if series not in self._bars:
            self._bars[series] = self._load(series)
        return self._bars[series]

    def _load(self, series: str) -> list[Bar] | None:
        from claims.refdata.paths import resolve_data_dir
        from claims.sources.snapshot import SnapshotSource

        if self._source is None:
            self._source = SnapshotSource(resolve_data_dir(self.data_dir))
        try:
            values = self._source.fetch(ReferenceQuery(kind="price", series=series))
        except (ReferenceNotFound, ReferenceDataError):
            return None
        days: dict[str, dict[str, float]] = {}
        for v in values:
            days.setdefault(v.key, {})[v.metric] = v.value
            self.citations.setdefault(series, v.citation)
        return [
            Bar(date.fromisoformat(k), m["close"], m.get("low"), m.get("high"))
            for k, m in sorted(days.items())
            if "close" in m
        ]


def _price_rows(row: dict[str, Any]) -> list[tuple[dict[str, Any], bool]]:
    """The price rows a verdict used, each with whether it belongs to the reading that decided.

    Rows of other readings on a day the deciding reading already marks are left out (a bar's
    open, high and close beside the low that decided would only crowd the chart)."""
    pairs = [
        (v, row.get("reading") is None or e.get("reading") in (None, row.get("reading")))
        for e in row["evidence"] or []
        for v in e.get("values", [])
        if v.get("kind") == "price" and v.get("metric") != "volume"
    ]
    decided_days = {str(v["key"]) for v, decided in pairs if decided}
    return [(v, d) for v, d in pairs if d or str(v["key"]) not in decided_days]


def _claim_marks(key: int, row: dict[str, Any]) -> tuple[str, str | None, ClaimMarks] | None:
    """For a claim whose verdict used price rows: its series, currency and marks."""
    used = _price_rows(row)
    if not used:
        return None
    series = str(used[0][0]["series"])
    marks = tuple(
        dict.fromkeys(
            Mark(
                day=date.fromisoformat(str(v["key"])[:10]),
                value=float(v["value"]),
                label=f"{v['metric']} {v['value']:g}" if decided else "",
                decided=decided,
            )
            for v, decided in used
            if v["series"] == series
        )
    )
    is_price = row.get("unit") != "percent" and row.get("claimed_value") is not None
    claim = ClaimMarks(
        key=key,
        text=str(row["text"]),
        verdict=str(row["verdict"]),
        claimed=float(row["claimed_value"]) if is_price else None,
        marks=marks,
    )
    return series, str(used[0][0].get("currency") or "") or None, claim


def _doc_charts(claims: list[ClaimView], prices: _PriceSeries) -> list[ChartView]:
    """The charts of one page: per series, one per group of claims close in time."""
    by_series: dict[tuple[str, str | None], list[ClaimView]] = {}
    for c in claims:
        if c.market is not None:
            by_series.setdefault((c.market[0], c.market[1]), []).append(c)
    out: list[ChartView] = []
    for (series, currency), views in by_series.items():
        bars = prices.bars(series)
        note = (
            f"Daily prices: {prices.citations.get(series, 'the offline snapshot')}."
            if bars
            else "The full series is not in the offline snapshot; only the stored reference rows are shown."
        )
        by_key = {v.key: v for v in views}
        for group in group_claims([v.market[2] for v in views if v.market]):
            chart = PriceChart(series=series, currency=currency, bars=window(bars or [], group), claims=tuple(group))
            chart_id = f"chart-{len(out)}"
            for g in group:
                by_key[g.key].chart_id = chart_id
            out.append(ChartView(id=chart_id, chart=chart, note=note))
    return out


# -- formatting -------------------------------------------------------------------------------


def format_value(
    value: float | None, unit: str | None, currency: str | None, *, signed: bool = False, plus_minus: bool = False
) -> str:
    """A number for people: thousands separators, at most 4 decimals, its unit or currency."""
    if value is None:
        return "—"
    sign = "±" if plus_minus else ("+" if signed and value > 0 else "")
    a = abs(value) if plus_minus else value
    decimals = 2 if unit == "percent" and not plus_minus else 4
    if a == int(a) and abs(a) < 1e15:
        number = f"{int(a):,}"
    else:
        number = f"{a:,.{decimals}f}".rstrip("0").rstrip(".")
    if unit == "percent":
        return f"{sign}{number}" + (" points" if signed or plus_minus else "%")
    if currency:
        return f"{sign}{currency} {number}"
    return f"{sign}{number}" + (f" {unit}" if unit and unit not in ("unit", "times") else "")


def _difference(row: dict[str, Any]) -> str:
    if row["difference"] is None:
        return "—"
    text = format_value(row["difference"], row["unit"], row["currency"], signed=True)
    rel = row["relative_difference"]
    if rel is not None and row["unit"] != "percent":
        text += f" ({rel * 100:+.2f}%)"
    return text


def _first_line(document: Document | None) -> str:
    if document is None:
        return ""
    for line in document.text.splitlines():
        words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
        if len(words) >= 3:  # not a dateline, a bare number or a run of menu labels
            line = line.strip()
            return line if len(line) <= 120 else line[:117].rsplit(" ", 1)[0] + "…"
    return ""


_SLUG = re.compile(r"[^A-Za-z0-9]+")


def _slug(doc: str) -> str:
    name = doc.rstrip("/").rsplit("/", 1)[-1]
    return (_SLUG.sub("-", name).strip("-").lower() or "document")[:60]


# -- files ------------------------------------------------------------------------------------


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("claims.site", "templates"),
        autoescape=select_autoescape(["html"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["value"] = format_value
    env.filters["text"] = article_text
    env.globals["verdict_labels"] = VERDICT_LABELS
    env.tests["node_text"] = lambda n: isinstance(n, Node) and n.span is None
    return env


def article_text(text: str) -> Any:
    """Escaped text whose carriage returns survive HTML parsing (it turns a raw CR into LF)."""
    from markupsafe import Markup, escape

    return Markup(str(escape(text)).replace("\r", "&#13;"))


def _copy_assets(target: Path) -> None:
    target.mkdir()
    for name in ("report.css", "report.js"):
        (target / name).write_bytes(resources.files("claims.site").joinpath("static", name).read_bytes())


def _check_target(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ReportError(f"{out}: exists and is not a directory; choose another -o")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise ReportError(f"{out}: is not empty and holds no earlier report; choose an empty or new -o directory")


def _replace(tmp: Path, out: Path) -> None:
    tmp.chmod(0o755)
    if out.exists():
        old = out.with_name(f".{out.name}.old-{time.monotonic_ns()}")
        out.rename(old)
        tmp.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(out)
