"""Properties of the quantity finder: it never raises, every span indexes the text, and a value
written into a sentence (scale, currency, hedge) is read back exactly."""

from __future__ import annotations

import math

from hypothesis import assume, given
from hypothesis import strategies as st

from claims.extract import extract_quantities

# Text that looks like news numbers: digits, separators, currency signs, scale and number words.
_PIECES = st.sampled_from(
    [
        "0",
        "1",
        "7",
        "12",
        "2024",
        "1,234",
        "3.5",
        ".5",
        "-",
        "−",
        "+",
        "%",
        "$",
        "US$",
        "HK$",
        "€",
        "£",
        "¥",
        "RMB",
        "yuan",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "/",
        ":",
        "(",
        ")",
        "to",
        "and",
        "between",
        "from",
        "about",
        "more than",
        "up to",
        "at least",
        "million",
        "billion",
        "bn",
        "k",
        "m",
        "thousand",
        "hundreds of",
        "tens of thousands",
        "a quarter",
        "half",
        "the second half of",
        "twenty-one",
        "one",
        "a",
        "fold",
        "-fold",
        "times",
        "percent",
        "percentage points",
        "bps",
        "km",
        "°C",
        "rose",
        "fell",
        "up",
        "down",
        "August",
        "May",
        "5th",
        "pm",
        "iPhone",
        "Q1",
        "page",
        "İ",
        "ß",
        "½",
        "²",
        "٣",
        "\u200b",
        "…",
    ]
)
NEWSY = st.lists(_PIECES, max_size=30).map("".join)


@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    for q in extract_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert math.isfinite(q.value)


def test_long_digit_strings_are_not_amounts() -> None:
    assert extract_quantities("1" * 5000) == []
    assert extract_quantities("ID 1" + ",000" * 30 + " end") == []


@given(NEWSY)
def test_never_raises_on_newsy_fragments(text: str) -> None:
    quantities = extract_quantities(text)
    last_end = -1
    for q in quantities:
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end  # in order, never overlapping
        last_end = q.end


_SCALES = {"": 1.0, " thousand": 1e3, " million": 1e6, " billion": 1e9, " trillion": 1e12, "bn": 1e9, "mn": 1e6}
_PREFIXES = {"": None, "$": "USD", "US$": "USD", "HK$": "HKD", "€": "EUR", "£": "GBP", "RMB ": "CNY", "¥": "JPY"}
_SUFFIXES = {"": None, " yuan": "CNY", " euros": "EUR", " dollars": "USD", " yen": "JPY"}
_HEDGES = {
    "": "exact",
    "about ": "approximate",
    "around ": "approximate",
    "nearly ": "approximate",
    "more than ": "more_than",
    "over ": "more_than",
    "at least ": "at_least",
    "less than ": "less_than",
    "under ": "less_than",
    "up to ": "at_most",
    "at most ": "at_most",
}


@st.composite
def written_amounts(draw: st.DrawFn) -> tuple[str, float, str | None, str]:
    scale = draw(st.sampled_from(sorted(_SCALES)))
    if scale:
        whole = draw(st.integers(1, 999))
        decimals = draw(st.sampled_from(["", "5", "25", "75", "1", "05"]))
        number = f"{whole}.{decimals}" if decimals else str(whole)
    else:
        whole = draw(st.integers(1, 99_999_999))
        number = draw(st.sampled_from([f"{whole:,}", str(whole)])) if whole >= 10_000 else str(whole)
    value = float(number.replace(",", "")) * _SCALES[scale]
    side = draw(st.sampled_from(["prefix", "suffix", "none"]))
    prefix = draw(st.sampled_from(sorted(_PREFIXES))) if side == "prefix" else ""
    suffix = draw(st.sampled_from(sorted(_SUFFIXES))) if side == "suffix" else ""
    currency = _PREFIXES[prefix] or _SUFFIXES[suffix]
    hedge_words = draw(st.sampled_from(sorted(_HEDGES)))
    return f"{hedge_words}{prefix}{number}{scale}{suffix}", value, currency, _HEDGES[hedge_words]


@given(
    written_amounts(),
    st.sampled_from(["The company said revenue was {} last quarter.", "Officials put the cost at {}, a record."]),
)
def test_a_written_amount_is_read_back_exactly(amount: tuple[str, float, str | None, str], template: str) -> None:
    written, value, currency, hedge = amount
    bare = written.split()[-1]
    assume(not (currency is None and bare.isdigit() and len(bare) == 4 and 1800 <= int(bare) <= 2100))  # a year
    text = template.format(written)
    found = extract_quantities(text)
    assert len(found) == 1, (text, [q.text for q in found])
    q = found[0]
    hedge_words = next(h for h in sorted(_HEDGES, key=len, reverse=True) if written.startswith(h))
    assert q.text == written[len(hedge_words) :], text
    assert abs(q.value - value) <= 1e-9 * value, text
    assert (q.currency, q.hedge, q.value_high) == (currency, hedge, None), text


@given(st.integers(2, 999_999), st.sampled_from(["users", "followers", "vehicles", "people", "orders"]))
def test_a_written_count_is_read_back_with_its_noun(n: int, noun: str) -> None:
    text = f"The platform reported {n:,} {noun} in the quarter."
    (q,) = extract_quantities(text)
    assert (q.text, q.value, q.unit) == (f"{n:,}", n, {"people": "person"}.get(noun, noun[:-1]))


# -- units of measure (issue 15): every name, plural and symbol from the pint tables ------------

_UNIT_WORD_LIST = sorted(
    w
    for w, u in __import__("claims.vocab", fromlist=["MEASURE_UNITS"]).MEASURE_UNITS.items()
    if w[:1].isalpha()
    and " per " not in w
    and len(w) > 2
    and u not in ("times", "percent")
    and w != "second"  # "1.9 billion second generation chips": singular "second" is read only after 1
)
_SYMBOL_LIST = sorted(__import__("claims.vocab", fromlist=["SPACED_SYMBOL_UNITS"]).SPACED_SYMBOL_UNITS)


@given(st.integers(2, 9_999), st.sampled_from(["3", "25", "75"]), st.sampled_from(_UNIT_WORD_LIST))
def test_a_measure_spelled_out_is_spanned_with_its_unit(whole: int, decimals: str, word: str) -> None:
    from claims.vocab import MEASURE_UNITS

    number = f"{whole}.{decimals}"
    text = f"The reading was {number} {word} on Monday."
    found = [q for q in extract_quantities(text) if q.start == len("The reading was ")]
    assert found, (text, [q.text for q in extract_quantities(text)])
    q = found[0]
    assert (q.text, q.value, q.unit) == (f"{number} {word}", float(number), MEASURE_UNITS[word]), text


@given(st.integers(2, 9_999), st.sampled_from(_SYMBOL_LIST), st.sampled_from(["", " "]))
def test_a_measure_written_with_its_symbol_is_spanned_with_it(n: int, symbol: str, gap: str) -> None:
    from claims.vocab import SPACED_SYMBOL_UNITS

    text = f"The spec sheet lists {n}{gap}{symbol} for it."
    found = [q for q in extract_quantities(text) if q.start == len("The spec sheet lists ")]
    assert found, (text, [q.text for q in extract_quantities(text)])
    q = found[0]
    assert (q.text, q.value, q.unit) == (f"{n}{gap}{symbol}", n, SPACED_SYMBOL_UNITS[symbol]), text
