"""``claims.regexscan.scan`` gives exactly what ``finditer`` gives, only faster."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claims.regexscan import _prefilter, scan
from tests.conftest import SEEDS

NAMES = ["Acme", "Acme Corp", "Zenith", "Lei Jun", "小米", "X"]
TICKERS = [r"\b0*1234\.HK\b", r"\b(?:HKEX|HK)\s*[:：]\s*0*1234\b", r"(?<![\w$])\$ACME\b", r"\(ACME\)"]


def gazetteer(names: list[str]) -> re.Pattern[str]:
    forms = [rf"(?<![\w$]){re.escape(n)}(?:['’]s)?(?![\w])" for n in names] + TICKERS
    forms.sort(key=lambda f: -len(f))
    return re.compile("|".join(f"(?P<g{i}>{f})" for i, f in enumerate(forms)), re.I)


def spans(matches: object) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


def test_a_gazetteer_gets_a_prefilter_and_the_same_matches() -> None:
    pattern = gazetteer(NAMES)
    assert _prefilter(pattern.pattern, pattern.flags) is not None
    text = "ACME's rival Zenith (ACME) and $ACME; HKEX: 01234 and 1234.HK, acme corp’s, xAcme, 小米 and Lei Jun."
    assert spans(scan(pattern, text)) == spans(pattern.finditer(text))
    assert len(spans(scan(pattern, text))) >= 8


def test_a_pattern_it_cannot_prove_falls_back_to_finditer() -> None:
    pattern = re.compile(r"a|.b")  # '.b' can start anywhere: no prefilter
    assert _prefilter(pattern.pattern, pattern.flags) is None
    assert spans(scan(pattern, "xb ab a")) == spans(pattern.finditer("xb ab a"))


@given(st.text(alphabet="AaCcMmEe Zzenith$()HKX:.'’_01234小米9-\n", max_size=200))
def test_scan_equals_finditer_on_any_text(text: str) -> None:
    pattern = gazetteer(NAMES)
    assert spans(scan(pattern, text)) == spans(pattern.finditer(text))


def test_the_real_gazetteer_on_the_seeds() -> None:
    from claims.entities import EntityTable
    from claims.reading.entities import Gazetteer
    from claims.sources import DATA_DIR

    pattern = Gazetteer(EntityTable.load(DATA_DIR / "entities.json"))._pattern
    assert pattern is not None and _prefilter(pattern.pattern, pattern.flags) is not None
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert spans(scan(pattern, text)) == spans(pattern.finditer(text))


def test_the_heads_are_each_alternatives_first_letters_in_lower_case() -> None:
    from claims.regexscan import _heads

    pattern = gazetteer(["Acme", "Zenith", "X"])
    heads = _heads(pattern.pattern, pattern.flags)
    assert heads is not None
    found = {h for _size, group in heads for h in group}
    assert {"acme", "zeni", "x", "$acm", "(acm", "hk"} <= found
    assert "1234" in found or "0" in found  # \b0*1234: a 0 or the number itself


def test_a_pattern_with_a_head_of_any_character_gets_no_second_filter() -> None:
    from claims.regexscan import _heads

    pattern = re.compile(r"(?<!\w)A\w+|(?<!\w)\w+Z", re.I)
    assert _heads(pattern.pattern, pattern.flags) is None


def test_non_ascii_text_that_ignorecase_matches_to_ascii_is_still_found() -> None:
    # re.IGNORECASE: the Kelvin sign matches "k", the long s "s", dotted/dotless I "i"
    pattern = gazetteer(["Kite", "Sun", "Ice"])
    text = "\u212aite and \u017fun and \u0130ce, \u0131ce; kite, SUN"
    assert spans(scan(pattern, text)) == spans(pattern.finditer(text))
    assert len(spans(pattern.finditer(text))) == 6


def test_heads_stay_exact_without_ignorecase() -> None:
    pattern = re.compile(r"(?P<a>(?<!\w)Acme\b)|(?P<b>(?<!\w)acme-x\b)|(?P<c>\(ACME\))")
    text = "Acme acme-x ACME (ACME) (acme) acme"
    assert spans(scan(pattern, text)) == spans(pattern.finditer(text)) == [(0, 4, "a"), (5, 11, "b"), (17, 23, "c")]


@given(st.text(alphabet="AaKkSsIiCcMmEe Zzenith$()HKX:：.'’_01234小米9-\n\u212a\u017f\u0130\u0131", max_size=200))
def test_scan_equals_finditer_with_case_folding_characters(text: str) -> None:
    pattern = gazetteer(NAMES + ["Kite", "Sun", "Ice", "Smile"])
    assert spans(scan(pattern, text)) == spans(pattern.finditer(text))


def test_the_real_gazetteer_on_the_news_corpus() -> None:
    from claims.entities import EntityTable
    from claims.reading.entities import Gazetteer
    from claims.regexscan import _heads
    from claims.sources import DATA_DIR

    pattern = Gazetteer(EntityTable.load(DATA_DIR / "entities.json"))._pattern
    assert pattern is not None and _heads(pattern.pattern, pattern.flags) is not None
    articles = sorted((SEEDS.parent / "benchmarks" / "news" / "articles").glob("*.txt"))
    assert articles
    total = 0
    for path in articles:
        text = path.read_text(encoding="utf-8")
        found = spans(scan(pattern, text))
        assert found == spans(pattern.finditer(text))
        total += len(found)
    assert total > 100
