"""Fuzzing: arbitrary text through extraction and through a whole check of a document (analyze,
fetch from the offline snapshot, verify, store in an in-memory DuckDB). No crash, every span exact.

Volume follows the profile in conftest ("dev": 100 examples a property, "ci" with CI set: 300);
the whole-pipeline property is capped lower (50 dev / 150 ci) because each example stores a run.
``pytest tests/test_fuzz.py --hypothesis-show-statistics`` prints the counts.
"""

from __future__ import annotations

import hashlib
import math
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claims.entities import EntityTable
from claims.ingest import Ingested
from claims.models import Document
from claims.numbers import extract_quantities
from claims.pipeline import analyze, fetch_references, save, verify
from claims.sources.snapshot import SnapshotSource
from claims.storage import VerdictStore
from tests.conftest import DATA

CI = bool(os.environ.get("CI"))
PIPELINE_EXAMPLES = 150 if CI else 50

WORDS = [
    "Xiaomi", "shares", "rose", "fell", "revenue", "profit", "HK$", "US$", "yuan", "RMB", "billion", "million",
    "percent", "%", "per cent", "about", "nearly", "more than", "to", "from", "on", "in", "Q2", "2024",
    "August", "5", "15.36", "1,000", "third", "quarter", "a", "year", "earlier", "twice", "half", "SU7",
    "deliveries", "vehicles", "up", "down", "by", "the", "'s", "—", "–", "-", "/", ".", ",", ";", ":", "(", ")",
    "小米", "港元", "١٢٣", "５０％", "\u200b", "\u202e", "🚀", "e", "x", "k", "bn", "m",
]  # fmt: skip

newsy = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.integers(-(10**30), 10**30).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
        st.text(min_size=1, max_size=5),
    ),
    max_size=60,
).map(" ".join)

hostile = st.one_of(
    st.text(max_size=400),  # arbitrary unicode, any script, controls, surrogates excluded by hypothesis
    newsy,
    st.integers(1, 3000).map(lambda n: "Revenue was " + "9" * n + " yuan."),  # thousands of digits
    st.tuples(st.sampled_from(list(".,;:!?%$()-–—/'\"")), st.integers(1, 2000)).map(lambda t: t[0] * t[1]),
    st.tuples(
        st.sampled_from(["5%", "1,000", "HK$2", "3.5 billion"]), st.sampled_from(list(".,%$-/")), st.integers(1, 300)
    ).map(lambda t: (t[0] + t[1]) * t[2]),  # deeply repeated punctuation around numbers
    st.lists(
        st.sampled_from(["Xiaomi", "小米", "Сяоми", "シャオミ", "샤오미", "شاومي", "5%", "HK$15.36", "١٥٪"]),
        max_size=40,
    ).map(" ".join),  # mixed scripts
)


def assert_spans(text: str, quantities: list) -> None:  # type: ignore[type-arg]
    for q in quantities:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert isinstance(q.value, float)


@given(hostile)
@example("Revenue was " + "9" * 5000 + " yuan, up 1e308% from 10^400.")
@example("1" + "0" * 400 + "% " + "." * 5000)
@example("HK$" * 1000)
@example("\u202e5%\u202c of 小米 ١٢٣ ５０％")
@example("")
def test_extract_quantities_never_crashes_and_spans_are_exact(text):
    quantities = extract_quantities(text)
    assert_spans(text, quantities)
    for q in quantities:
        assert not math.isnan(q.value)


@pytest.fixture(scope="module")
def world():
    return SnapshotSource(DATA), EntityTable.load(DATA / "entities.json")


def document(text: str) -> Ingested:
    doc = Document(
        id=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        source="fuzz.txt",
        title=None,
        published=None,
        published_basis="unknown",
        published_note=None,
        text=text,
    )
    return Ingested("fuzz.txt", doc)


@settings(
    max_examples=PIPELINE_EXAMPLES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(hostile)
@example("Xiaomi shares rose 5% to HK$15.36 on 5 August 2024.")
@example("Xiaomi shares rose " + "9" * 400 + "% to HK$" + "9" * 400 + " on 5 August 2024.")
@example("Xiaomi revenue was 1e308 yuan in Q2 2024, up 1" + "0" * 320 + "%.")
def test_a_whole_check_of_any_text_completes_and_stores_exact_spans(world, text):
    source, entities = world
    ingested = document(text)
    analysis = analyze(ingested)
    assert_spans(text, [c.quantity for c in analysis.claims])
    assert all(text[c.start : c.end] == c.quantity.text for c in analysis.claims)
    book, _calls = fetch_references(source, [analysis], entities)
    checked = verify(analysis, book, entities)
    assert {v.claim_id for v in checked.verdicts} <= {c.id for c in analysis.claims}
    with VerdictStore(":memory:") as store:
        run_id = store.start_run({}, code_version="fuzz", refdata_sha256="")
        save(store, run_id, checked)
        store.finish_run(run_id, "completed", {})
        rows = store.con.execute("SELECT start_offset, end_offset, text FROM claims").fetchall()
        assert len(rows) == len({c.id for c in analysis.claims})
        assert all(text[s:e] == t for s, e, t in rows)
        assert len(store.verdicts_for(run_id)) == len(checked.verdicts)


# -- crashes fuzzing found (minimal inputs, fixed) ------------------------------


@pytest.mark.parametrize("text", ["Q4 0000", "H1 0000", "Xiaomi revenue rose 5% in Q4 0000."])
def test_a_quarter_or_half_of_year_zero_does_not_crash_extraction(text):
    analysis = analyze(document(text))
    assert all(text[c.start : c.end] == c.quantity.text for c in analysis.claims)
