"""Claims (subject, metric, period, forecast) and the relations between an article's numbers,
on general sentences (none from the seeds)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from claims.entities import Entity, EntityTable
from claims.extract import STORY_DAY_NOTE, extract_claims, extract_relations, split_sentences
from claims.models import Claim, Document, Relation

ACME = Entity("Acme", "1234.HK", "company", ("HKD", "CNY"))
ZENITH = Entity("Zenith", "ZNTH", "company", ("USD",))
ENTITIES = EntityTable({"acme": ACME, "acme corp": ACME, "acme group": ACME, "zenith": ZENITH, "zenith motors": ZENITH})


def doc(text: str, published: date | None = date(2024, 6, 5)) -> Document:
    return Document(id=hashlib.sha256(text.encode()).hexdigest()[:16], source="t.txt", published=published, text=text)


def claims_of(text: str, published: date | None = date(2024, 6, 5)) -> dict[str, Claim]:
    return {c.quantity.text: c for c in extract_claims(doc(text, published), ENTITIES)}


def relations_of(text: str) -> list[tuple[str, list[str], str | None, str | None]]:
    d = doc(text)
    claims = extract_claims(d, ENTITIES)
    by_id = {c.id: c.quantity.text for c in claims}
    rels: list[Relation] = extract_relations(d, claims)
    return [(r.kind, [by_id[o] for o in r.operands], by_id.get(r.result or ""), r.op) for r in rels]


# -- claims -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "subject", "metric"),
    [
        ("Acme's revenue was $12.5 billion in the first quarter.", "$12.5 billion", "Acme", "revenue"),
        ("Acme reported net profit of $2 billion.", "$2 billion", "Acme", "net_profit"),
        ("Zenith's shares closed at $14.50 on March 5.", "$14.50", "Zenith", "share_price"),
        ("Acme's market value topped $3 trillion.", "$3 trillion", "Acme", "market_value"),
        ("The singer has 6.7 million followers on Instagram.", "6.7 million", None, "followers"),
        ("Acme delivered 435,059 vehicles in the quarter.", "435,059", "Acme", "deliveries"),
        ("Zenith received 120,000 orders within 40 days.", "120,000", "Zenith", "orders"),
        ("Acme answered 21 questions from readers.", "21", "Acme", "question"),
        ("Acme's revenue was $10 billion, a year-on-year increase of 25%.", "25%", "Acme", "revenue"),
        ("Shares of Acme rose 4.2% to $14.50 on Friday.", "4.2%", "Acme", "share_price"),
        ("Zenith said it delivered 120,000 cars in the second quarter.", "120,000", "Zenith", "deliveries"),
        ("Net profit rose to $2 billion.", "$2 billion", None, "net_profit"),
        # whose shares act, not the first name ("The Zenith-backed ... Acme's share price hit a high,
        # after rising nearly 3 per cent")
        (
            "The Zenith backed tech major Acme's share price hit a fresh high, after rising nearly 3 per cent.",
            "3 per cent",
            "Acme",
            "share_price",
        ),
        # a relative clause's close, with the day between the verb and the price
        (
            "The price was a premium to Acme's shares in Hong Kong, which closed on Tuesday at 48 Hong Kong dollars.",
            "48 Hong Kong dollars",
            "Acme",
            "share_price",
        ),
    ],
)
def test_subject_and_metric(text: str, span: str, subject: str | None, metric: str):
    c = claims_of(text)[span]
    assert (c.subject, c.metric) == (subject, metric)


def test_a_fronted_phrase_is_about_the_main_subject():
    c = claims_of("As a founder with nearly 30 million fans, Maria Lopez rarely posts.")["30 million"]
    assert c.subject == "Maria Lopez"


def test_the_subject_carries_over_to_the_next_sentence():
    cs = claims_of("Acme reported results on Monday. Revenue was $5 billion.")
    assert cs["$5 billion"].subject == "Acme"


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "Acme's revenue was $12.5 billion in the first quarter of 2024.",
            "$12.5 billion",
            date(2024, 1, 1),
            date(2024, 3, 31),
        ),
        ("Shares closed at $14.50 on March 5.", "$14.50", date(2024, 3, 5), date(2024, 3, 5)),
        (
            "Revenue rose 10% to $5 billion in 2023, but analysts expect 2% growth in 2024.",
            "2%",
            date(2024, 1, 1),
            date(2024, 12, 31),
        ),
        (
            "Revenue rose 10% to $5 billion in 2023, but analysts expect 2% growth in 2024.",
            "10%",
            date(2023, 1, 1),
            date(2023, 12, 31),
        ),
        ("In March, Zenith had 5.3 million users.", "5.3 million", date(2024, 3, 1), date(2024, 3, 31)),
        ("The index has gained 7.8% so far this year.", "7.8%", date(2024, 1, 1), date(2024, 6, 5)),
        (
            "Analysts forecast that revenue will reach $20 billion by 2026.",
            "$20 billion",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
    ],
)
def test_period(text: str, span: str, start: date, end: date):
    p = claims_of(text)[span].period
    assert p is not None and (p.start, p.end) == (start, end)


def test_a_rate_of_change_has_a_comparison_period_a_year_earlier():
    c = claims_of("Acme's revenue in the first quarter of 2024 rose 25% year-on-year.")["25%"]
    assert c.change_of == "revenue"
    assert c.comparison_period is not None and c.comparison_period.start == date(2023, 1, 1)


@pytest.mark.parametrize(
    ("text", "span", "forecast"),
    [
        ("Revenue in 2025 will increase by 24%, the bank said.", "24%", True),
        ("Analysts predicted that sales would not exceed 3,000 units.", "3,000", True),
        ("Acme expects earnings of $2 per share.", "$2", True),
        ("Revenue is expected to rise to $5 billion, up 10%.", "10%", True),
        ("Acme plans to cut 500 jobs.", "500", True),
        ("The firm could lose $1 billion next year.", "$1 billion", True),
        ("Acme said it would hire 2,000 people.", "2,000", True),
        ("The ad may have led to poor sales, with only 1,000 units sold.", "1,000", False),
        ("Attendance fell from 80,000 in May to 60,000 in June.", "60,000", False),
        ("Sales would not exceed 3,000 units, but Acme sold 75,723 units.", "75,723", False),
        ("Revenue rose 12% to $4 billion last year.", "12%", False),
        ("An estimated 5,000 people attended.", "5,000", False),
    ],
)
def test_forecast_only_when_a_future_or_modal_word_governs_the_number(text: str, span: str, forecast: bool):
    # the span starts with the number ("$2" or "$2 per share", as the quantity extractor reads it)
    found = [c for t, c in claims_of(text).items() if t.startswith(span)]
    assert found and found[0].is_forecast is forecast


def test_sentences_keep_offsets():
    text = "Mr. Smith paid $5. Sales rose 3%!\nNew line here"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Mr. Smith paid $5.", "Sales rose 3%!", "New line here"]
    assert all(text[s.start : s.end] == s.text for s in sents)


# -- relations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fare rose from $50 on Monday to $60 on Friday, an increase of 20%.",
            ("change", ["$50", "$60"], "20%", None),
        ),
        (
            "Attendance fell from 80,000 in May to 60,000 in June, a decline of 25%.",
            ("change", ["80,000", "60,000"], "25%", None),
        ),
        (
            "From the low of $10 on March 1 to the high of $12 on March 4, the increase in just a few days reached 20%.",
            ("change", ["$10", "$12"], "20%", None),
        ),
        (
            "Daily sales soared from 10,000 yuan to 200,000 yuan, a 20-fold increase.",
            ("multiple", ["10,000 yuan", "200,000 yuan"], "20-fold", None),
        ),
        # the amount a change is compared to, after the change's own noun
        (
            "Acme revenue was $12 billion in 2023, a 20% increase compared to $10 billion in 2022.",
            ("change", ["$10 billion", "$12 billion"], "20%", None),
        ),
        (
            "Acme traded 21,958,563 shares, showing a modest -4.52% change compared to the average of "
            "22,997,875 shares.",
            ("change", ["22,997,875", "21,958,563"], "-4.52%", None),
        ),
    ],
)
def test_change_from_a_to_b_stated_as_c(text: str, expected: tuple[str, list[str], str, None]):
    assert expected in relations_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The list price was $50,000. After a discount of $5,000, the final price was $45,000.",
            ("difference", ["$50,000", "$5,000"], "$45,000", None),
        ),
        (
            "The laptop is priced at €1,299. Deducting a rebate of €200, the net price is €1,099.",
            ("difference", ["€1,299", "€200"], "€1,099", None),
        ),
    ],
)
def test_price_minus_discount_equals_final_price(text: str, expected: tuple[str, list[str], str, None]):
    assert expected in relations_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme's revenue of $10 billion was 5 times Zenith's $2 billion.",
            ("multiple", ["$2 billion", "$10 billion"], "5 times", None),
        ),
        (
            "The new plant makes 9,000 cars a month, 3 times the old plant's 3,000 cars.",
            ("multiple", ["3,000", "9,000"], "3 times", None),
        ),
    ],
)
def test_a_is_n_times_b(text: str, expected: tuple[str, list[str], str, None]):
    assert expected in relations_of(text)


def test_ratio_less_than_a_quarter_of_someones_prefers_the_exact_level():
    text = (
        "As of June 1, Zenith had 5.3 million users. Zenith has gained nearly 1 million users this year. "
        "Acme has 1.2 million users, which is less than 1/4 of Zenith's number of users."
    )
    assert ("ratio", ["1.2 million", "5.3 million"], "1/4", None) in relations_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme had 5.2 million users, surpassing Zenith's 4.8 million.",
            ("comparison", ["5.2 million", "4.8 million"], None, ">"),
        ),
        (
            "The north ward cast 1,200 votes, more than the south ward's 1,150.",
            ("comparison", ["1,200", "1,150"], None, ">"),
        ),
        ("Acme sold 900 cars, fewer than Zenith's 1,100.", ("comparison", ["900", "1,100"], None, "<")),
    ],
)
def test_comparison(text: str, expected: tuple[str, list[str], None, str]):
    assert expected in relations_of(text)


def test_a_total_of_parts():
    rels = relations_of("Acme sold 300 cars in April and 500 cars in May, a total of 800 cars.")
    assert ("total", ["300", "500"], "800", None) in rels


def test_a_reported_figure_takes_its_quarter_not_the_day_it_was_reported():
    cs = claims_of("Acme reported first-quarter revenue of $12.5 billion on Tuesday, up 25% from a year earlier.")
    for span in ("$12.5 billion", "25%"):
        p = cs[span].period
        assert p is not None and (p.start, p.end) == (date(2024, 1, 1), date(2024, 3, 31))


def test_a_level_a_year_earlier_is_dated_a_year_earlier():
    cs = claims_of("Acme had 5.2 million users in March, compared with 4.1 million a year earlier.")
    p = cs["4.1 million"].period
    assert p is not None and p.start == date(2023, 3, 1)


def test_change_stated_with_compared_with():
    text = "Acme had 5.2 million users in March, compared with 4.1 million a year earlier, an increase of 27%."
    assert ("change", ["4.1 million", "5.2 million"], "27%", None) in relations_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zenith's market value was $40 billion, less than half of Acme's $95 billion.",
            ("ratio", ["$40 billion", "$95 billion"], "half", None),
        ),
        (
            "Acme Corp reported revenue of $12 billion. Zenith reported revenue of $8 billion, about two-thirds of Acme's.",
            ("ratio", ["$8 billion", "$12 billion"], "two-thirds", None),
        ),
    ],
)
def test_ratio_with_the_denominator_stated_or_implied(text: str, expected: tuple[str, list[str], str, None]):
    assert expected in relations_of(text)


def test_a_forecasts_period_does_not_date_the_next_sentence():
    cs = claims_of(
        "Acme reported first-quarter revenue of $12.5 billion. The company expects second-quarter revenue of "
        "$13 billion. Zenith reported revenue of $8 billion."
    )
    assert cs["$13 billion"].is_forecast
    p = cs["$8 billion"].period
    assert p is not None and p.start == date(2024, 1, 1)


def test_two_changes_in_one_sentence():
    rels = relations_of(
        "Acme's shares rose from $10 to $12, a 20% gain, while Zenith's fell from $8 to $6, a 25% drop."
    )
    assert ("change", ["$10", "$12"], "20%", None) in rels
    assert ("change", ["$8", "$6"], "25%", None) in rels


def test_a_total_that_leaves_the_noun_out():
    text = (
        "Acme sold 1,200 cars in January, 1,500 in February and 1,800 in March, bringing the quarter's total to 4,500."
    )
    assert ("total", ["1,200", "1,500", "1,800"], "4,500", None) in relations_of(text)


def test_price_minus_trade_in_discount_is_what_buyers_pay():
    rels = relations_of("The phone costs $999. With a trade-in discount of $200, buyers pay $799.")
    assert ("difference", ["$999", "$200"], "$799", None) in rels


# -- the seeds, end to end (a regression guard for the bugs named in issue #4) ------------------


def _seed(path: str) -> Document:
    from claims.ingest import load_documents

    ingested, failures = load_documents([path])
    assert not failures
    return ingested[0].document


def test_seed_relations_and_forecasts(seed_000, seed_001):
    d0, d1 = _seed(str(seed_000)), _seed(str(seed_001))
    c0, c1 = extract_claims(d0), extract_claims(d1)
    by_id = {c.id: c.quantity.text for c in c0 + c1}
    rels = {
        (r.kind, tuple(by_id[o] for o in r.operands), by_id.get(r.result or ""))
        for r in extract_relations(d0, c0) + extract_relations(d1, c1)
    }
    assert ("change", ("HK$15.36", "HK$16.64"), "8.3%") in rels
    assert ("comparison", ("28.61 million", "26.92 million"), None) in rels
    assert ("ratio", ("6.737 million", "28.61 million"), "1/4") in rels  # the exact count, not "nearly 2 million"
    assert ("difference", ("215,900 yuan", "16,000 yuan"), "199,000 yuan") in rels
    forecast = {c.quantity.text: c.is_forecast for c in c0}
    assert forecast["3,000"] and forecast["24%"] and not forecast["a thousand"]
    assert all(c.quantity.text != "half" for c in c0 + c1)  # "the second half of the year" is a period
    assert all(c.quantity.unit != "complement" for c in c1)


def test_a_name_right_after_a_possessive_pronoun_is_the_subject():
    cs = claims_of("Acme delivered 435,059 vehicles. Its rival Zenith sold 526,409 cars.")
    assert (cs["435,059"].subject, cs["526,409"].subject) == ("Acme", "Zenith")
    cs = claims_of("Acme delivered 435,059 vehicles. Its rival Borealis sold 526,409 cars.")
    assert (cs["435,059"].subject, cs["526,409"].subject) == ("Acme", "Borealis")  # an unknown name blocks
    cs = claims_of("Maria Lopez has 3 million fans. Her number of fans exceeded John Smith by nearly 2 million.")
    assert cs["2 million"].subject == "Maria Lopez"


def test_an_as_of_day_in_its_own_clause_is_not_replaced_by_a_month_in_the_next_clause():
    from datetime import date

    from claims.models import Document

    text = (
        "As of May 20, the cumulative deliveries of the Orion van exceeded 30,000 units, "
        "and monthly deliveries in May exceeded 9,000 units."
    )
    doc = Document(id="d", source="t", published=date(2024, 6, 1), text=text)
    periods = {c.quantity.text: (c.period.start.isoformat(), c.period.end.isoformat()) for c in extract_claims(doc)}
    assert periods["30,000"] == ("2024-05-20", "2024-05-20")
    assert periods["9,000"] == ("2024-05-01", "2024-05-31")


def test_an_endless_sentence_is_cut_into_bounded_pieces_with_exact_offsets():
    from claims.extract import MAX_SENTENCE_CHARS

    text = ", ".join(f"item {i} costs ${i}.50" for i in range(400)) + "."
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


# -- reading across lines and sentences -----------------------------------------------------------


def test_a_hard_wrapped_line_does_not_end_the_sentence() -> None:
    # wire copy wrapped at a fixed width (a Reuters market report)
    text = (
        "Hong Kong shares finished up on Monday\ndriven up by Acme.\n"
        "** Insurer Acme Group Ltd climbed\n2.3%, after it posted a 2% rise in its Q3 value of new business."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        "Hong Kong shares finished up on Monday\ndriven up by Acme.",
        "** Insurer Acme Group Ltd climbed\n2.3%, after it posted a 2% rise in its Q3 value of new business.",
    ]
    got = claims_of(text, date(2021, 11, 15))
    assert (got["2.3%"].subject, got["2.3%"].metric, got["2.3%"].quantity.direction) == ("Acme", "share_price", "up")
    assert got["2.3%"].period is not None and got["2.3%"].period.start == date(2021, 11, 15)
    # the rise in a reported figure is that figure's, not the shares'
    assert got["2%"].metric == "value"


def test_a_new_line_after_a_complete_line_still_ends_it() -> None:
    text = "Acme Stock Falls 12.5% From 2024 High\nAcme shares fell on Monday.\n- Revenue: $5 billion"
    assert [s.text for s in split_sentences(text)] == [
        "Acme Stock Falls 12.5% From 2024 High",
        "Acme shares fell on Monday.",
        "- Revenue: $5 billion",
    ]


def test_a_sentence_naming_no_session_goes_on_about_the_session_just_named() -> None:
    text = (
        "Hong Kong-listed shares of Acme ended 4.43% lower on Monday after the company reported a 65% "
        "slump in first-half pre-tax profit. The company's shares had earlier fallen as much as 5.72% "
        "to HK$32.95, their lowest since 2009."
    )
    got = claims_of(text, date(2020, 8, 4))
    assert got["65%"].metric == "profit"
    for span in ("5.72%", "HK$32.95"):
        c = got[span]
        assert (c.subject, c.metric) == ("Acme", "share_price")
        assert c.period is not None and (c.period.start, c.period.end) == (date(2020, 8, 3), date(2020, 8, 3))
        assert c.period.note == "the session of the sentence before"


def test_a_results_period_of_the_paragraph_is_not_the_window_of_a_later_move() -> None:
    text = "Acme reported a 20% rise in first-half revenue. Acme shares fell 3% in an article with no date."
    got = claims_of(text, None)
    assert got["3%"].metric == "share_price"
    assert got["3%"].period is None


def test_a_list_goes_on_in_the_period_of_its_first_items_and_labels_name_the_metric() -> None:
    text = (
        "Despite the selloff, Acme's operational metrics remain robust:\n"
        "- Q1 2025 NEV Sales: 1,000,804 units (Jan: 300,538; Feb: 322,846; Mar: 377,420).\n"
        "- Revenue: RMB 170.36 billion ($23.25B), up 36.35% YoY.\n"
        "Outlook\n"
        "Net income was RMB 9.16 billion."
    )
    got = claims_of(text, None)
    revenue = got["RMB 170.36 billion"]
    assert (revenue.subject, revenue.metric) == ("Acme", "revenue")  # not "NEV Sales", not "Feb"
    assert revenue.period is not None and revenue.period.label == "Q1 2025"
    assert got["322,846"].subject == "Acme"
    assert got["RMB 9.16 billion"].period is None  # the list has ended


@pytest.mark.parametrize(
    ("text", "span", "direction", "aspect"),
    [
        (
            "Acme shares closed 2.96% lower on May 27, a two-day cumulative decline of over 10%.",
            "10%",
            "down",
            "sessions:2",
        ),
        ("Acme shares fell 10% over three sessions to May 27.", "10%", "down", "sessions:3"),
        ("On May 26, Acme suffered an ~9% single-day drop.", "9%", "down", None),
    ],
)
def test_the_sessions_a_move_spans_and_its_direction_from_a_noun(text, span, direction, aspect) -> None:
    c = claims_of(text, date(2025, 5, 28))[span]
    assert (c.metric, c.quantity.direction, c.aspect) == ("share_price", direction, aspect)


def test_a_date_heading_starts_a_new_session() -> None:
    text = (
        "- May 26, 2025:\n- Acme's shares plunged 8.38%.\n- May 27, 2025:\n"
        "- Shares fell up to 4% intraday, closing 2.96% lower."
    )
    got = claims_of(text, None)
    assert got["8.38%"].period is not None and got["8.38%"].period.start == date(2025, 5, 26)
    for span in ("4%", "2.96%"):
        assert got[span].period is not None and got[span].period.start == date(2025, 5, 27)


def test_a_clock_time_makes_a_move_one_of_a_moment_of_the_session() -> None:
    text = (
        "Shares of Acme soared on Friday, adding as much as 12.6%. As of 11:52 a.m. ET, the stock was still up 10.9%."
    )
    assert [s.text for s in split_sentences(text)][1] == "As of 11:52 a.m. ET, the stock was still up 10.9%."
    got = claims_of(text, date(2022, 7, 29))
    assert (got["10.9%"].metric, got["10.9%"].aspect) == ("share_price", "time_of_day")
    # the extreme up to the quote: checked against the day's, which it cannot pass
    assert got["12.6%"].aspect == "extreme_so_far"


def test_so_far_in_a_year_runs_to_the_day_of_writing_and_an_index_is_not_the_company() -> None:
    text = "Acme's stock has fallen 10% so far in 2024, underperforming the S&P 500's 6% rise."
    got = claims_of(text, date(2024, 5, 2))
    p = got["10%"].period
    assert p is not None and (p.start, p.end, p.note) == (date(2024, 1, 1), date(2024, 5, 2), "year to date")
    assert got["6%"].subject == "S&P 500"
    undated = claims_of(text, None)["10%"].period
    assert undated is not None and "end not exact" in (undated.note or "")


def test_an_increase_from_an_earlier_amount_is_a_change_relation() -> None:
    text = (
        "Diluted net income per ADS was RMB8.19 (US$1.13) for the second quarter of 2024, an increase of 97.3% "
        "from RMB4.15 for the second quarter of 2023. Net margin attributable to the Company's ordinary "
        "shareholders was 4.3%."
    )
    assert ("change", ["RMB4.15", "RMB8.19"], "97.3%", None) in relations_of(text)
    assert claims_of(text)["4.3%"].subject != "Company"


def test_respectively_pairs_the_numbers_with_the_companies_in_order() -> None:
    text = "Among the gainers, Lenovo Group and Acme gained 11.4% and 8.3%, respectively, while Zenith rose 2%."
    got = claims_of(text, date(2023, 3, 23))
    assert [(got[s].subject, got[s].metric) for s in ("11.4%", "8.3%", "2%")] == [
        ("Lenovo Group", "share_price"),
        ("Acme", "share_price"),
        ("Zenith", "share_price"),
    ]
    got = claims_of("Acme and Zenith rose 2% and 3% to HK$10 and HK$20, respectively.", date(2023, 3, 23))
    assert [(s, got[s].subject) for s in ("2%", "3%", "HK$10", "HK$20")] == [
        ("2%", "Acme"),
        ("3%", "Zenith"),
        ("HK$10", "Acme"),
        ("HK$20", "Zenith"),
    ]
    assert got["HK$20"].metric == "share_price"


def test_a_respectively_list_is_the_run_of_numbers_before_it() -> None:
    # the index's own 1.8% before the list is not one of its items; the list's "down" gives each
    # item its direction, and one verb's run is one measure (not "deliveries" from a descriptor)
    got = claims_of(
        "The Hang Seng Tech index fell 1.8% to a record low, with Zenith and Acme down 2.6% and 1.2%, respectively.",
        date(2021, 12, 29),
    )
    assert [(got[s].subject, got[s].change_of, got[s].quantity.direction) for s in ("2.6%", "1.2%")] == [
        ("Zenith", "share_price", "down"),
        ("Acme", "share_price", "down"),
    ]
    got = claims_of(
        "E-commerce giant Acme and food-delivery giant Zenith were up 1.9% and 1.1%, respectively.", date(2021, 9, 6)
    )
    assert [(got[s].subject, got[s].change_of) for s in ("1.9%", "1.1%")] == [
        ("Acme", "share_price"),
        ("Zenith", "share_price"),
    ]


def test_the_subject_is_the_name_that_acts_not_the_first_in_the_sentence() -> None:
    got = claims_of(
        "Insurance stocks also rose, with Zenith jumping 3.4% to HK$61.35 and Ping An rising 4.1% HK$39.55."
    )
    assert [(s, got[s].subject) for s in ("3.4%", "HK$61.35", "4.1%", "HK$39.55")] == [
        ("3.4%", "Zenith"),
        ("HK$61.35", "Zenith"),
        ("4.1%", "Ping An"),
        ("HK$39.55", "Ping An"),
    ]
    text = (
        "While Acme and other tech stocks faced downward pressure, some companies like Alibaba Health managed to "
        "secure a rise, with a 2.4 percent increase."
    )
    assert claims_of(text)["2.4 percent"].subject == "Alibaba Health"


def test_a_list_items_label_is_a_name_and_down_is_no_dow() -> None:
    got = claims_of("Acme's cuts triggered a selloff:\n- Geely Auto: Down over 9%.\n- Great Wall Motor: Fell 5%+.")
    assert (got["9%"].subject, got["5%"].subject) == ("Geely Auto", "Great Wall Motor")
    assert claims_of("The Dow fell 1.2%.")["1.2%"].subject == "Dow"


def test_a_live_quote_tag_is_the_tagged_companys_move_of_an_unknown_day() -> None:
    got = claims_of("Shares of Zenith (ZNTH 1.30%) soared, and its stake in Rivian (RIVN 2.84%) lost value.")
    assert (got["1.30%"].subject, got["1.30%"].metric, got["1.30%"].aspect) == ("Zenith", "share_price", "quote_tag")
    assert got["2.84%"].subject == "RIVN"


def test_a_futu_tag_with_a_short_name_is_the_company() -> None:
    table = EntityTable({"acme": ACME, "acme-w": ACME})
    text = "$ACME-W (01234.HK)$ closed up 1.3% at HK$54.90 on Thursday."
    got = {c.quantity.text: c for c in extract_claims(doc(text, date(2025, 3, 7)), table)}
    assert (got["1.3%"].subject, got["HK$54.90"].subject, got["HK$54.90"].aspect) == ("Acme", "Acme", "close")


@pytest.mark.parametrize(
    ("text", "span", "aspect"),
    [
        ("Shares of Acme rose as much as 6.8% to a record HK$56.80 on Wednesday.", "HK$56.80", "high"),
        ("Acme fell as much as 4% to an intraday low of HK$48.65 on Wednesday.", "HK$48.65", "low"),
        ("Acme tumbled 1.8% to HK$191.90 on Wednesday.", "HK$191.90", None),
    ],
)
def test_the_price_a_move_ended_at_takes_the_extreme_the_wording_names(text, span, aspect) -> None:
    c = claims_of(text, date(2025, 2, 26))[span]
    assert (c.metric, c.aspect) == ("share_price", aspect)


def test_a_weekday_picks_the_year_of_a_yearless_date() -> None:
    # published on Wednesday 2025-02-26 (a wire clock a day ahead): February 27, 2025 is a Thursday
    c = claims_of("Acme's shares fell 5.7% to HK$53.10 on Thursday, February 27.", date(2025, 2, 26))["5.7%"]
    assert c.period is not None and c.period.start == date(2025, 2, 27)
    # no weekday: the latest February 27 not after the article's date
    c = claims_of("Acme's shares fell 5.7% to HK$53.10 on February 27.", date(2025, 2, 26))["5.7%"]
    assert c.period is not None and c.period.start == date(2024, 2, 27)


def test_the_day_an_extreme_was_set_is_not_the_day_of_the_distance_from_it() -> None:
    text = "Acme closed up 1.3% at HK$54.90 on Thursday. The stock is now 6.5% below its 2025 high of HK$58.70, set on February 27."
    got = claims_of(text, date(2025, 3, 7))
    assert got["6.5%"].aspect == "from_high"
    assert got["6.5%"].period is not None and got["6.5%"].period.start == date(2025, 3, 6)  # Thursday's session
    assert got["HK$58.70"].period is not None and got["HK$58.70"].period.start == date(2025, 2, 27)


def test_has_gained_over_the_past_week_is_a_move_over_that_window() -> None:
    text = "Acme closed up 1.3% on Thursday. Over the past week, Acme has gained 3.4%."
    c = claims_of(text, date(2025, 3, 7))["3.4%"]
    assert c.metric == "share_price"
    assert c.period is not None and (c.period.start, c.period.end) == (date(2025, 2, 28), date(2025, 3, 7))


def test_a_buyback_on_a_day_is_shares_times_price() -> None:
    text = "Acme said it repurchased 5.2 million shares on March 4 at an average price of HK$50.10, for a total of about HK$260.5 million."
    assert ("product", ["5.2 million", "HK$50.10"], "HK$260.5 million", None) in relations_of(text)


def test_a_months_peak_is_that_months_window_and_the_distance_is_as_of_writing() -> None:
    c = claims_of("Acme said little.\nThe company's shares have slumped 25% from their March peak.", date(2025, 4, 10))[
        "25%"
    ]
    assert (c.metric, c.aspect) == ("share_price", "from_high")
    assert c.comparison_period is not None
    assert (c.comparison_period.start, c.comparison_period.end) == (date(2025, 3, 1), date(2025, 3, 31))
    assert c.period is not None and c.period.start == date(2025, 4, 10)
    # a later month than the article's is last year's
    c = claims_of("Acme said little.\nAcme shares are 10% below their November high.", date(2025, 4, 10))["10%"]
    assert c.comparison_period is not None and c.comparison_period.start == date(2024, 11, 1)


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.text(alphabet=list('ab .!?。\n"“(—–-*•·12)'), max_size=16))
def test_opens_sentence_reads_the_tail_as_the_whole_prefix_would(text: str) -> None:
    from claims.reading.entities import _SENTENCE_START_RE, _opens_sentence

    for pos in range(len(text) + 1):
        assert _opens_sentence(text, pos) == (_SENTENCE_START_RE.search(text[:pos]) is not None)


def test_batch7_readings_dateline_country_early_local_trade_per_share_prices_and_months() -> None:
    # a dateline with a country is no subject
    got = claims_of("Acme rose.\nGUANGZHOU, China — Acme shares surged over 7% on Monday.", date(2021, 10, 11))
    assert got["7%"].subject == "Acme"
    # "in early Hong Kong trade" is a moment of the session
    got = claims_of("Acme was up more than 7% in early Hong Kong trade on Monday.", date(2021, 10, 11))
    assert got["7%"].aspect == "time_of_day"
    # a price "per share" named as the open or the low is a share price
    text = "On May 10, Acme fell from its opening price of HK$280 per share all the way to its lowest price of HK$255 per share."
    got = claims_of(text, date(2021, 5, 11))
    assert [(got[s].metric, got[s].aspect) for s in ("HK$280 per share", "HK$255 per share")] == [
        ("share_price", "open"),
        ("share_price", "low"),
    ]
    # "in late June" is that month, not the article's day
    got = claims_of("Shares of Acme had hit a record high of HK$333 in late June.", date(2022, 7, 12))
    p = got["HK$333"].period
    assert p is not None and (p.granularity, p.start) == ("month", date(2022, 6, 1))
    # a month's move: "for the month" (to date) and "in April"; a relative clause's metric is not the move's
    text = (
        "Acme fell 24 per cent for the month, its biggest drop since 2008.\n"
        "Zenith, which has reported weak first-quarter revenue, dropped 18 per cent in April."
    )
    got = claims_of(text, date(2022, 4, 30))
    assert got["24 per cent"].period is not None and got["24 per cent"].period.note == "month to date"
    assert (got["18 per cent"].metric, got["18 per cent"].period.label if got["18 per cent"].period else None) == (
        "share_price",
        "April",
    )


def test_a_deal_price_is_the_traded_companys_not_the_sellers() -> None:
    text = "Warren Buffett's Berkshire Hathaway sold more than 1 million Acme shares on January 3 at an average price of HK$191.44."
    assert claims_of(text, date(2023, 1, 5))["HK$191.44"].subject == "Acme"


def test_a_market_named_right_after_a_move_owns_it_and_yen_in_a_hong_kong_text_is_the_yuan() -> None:
    got = claims_of("Acme shares are up 41.5% year to date, compared with a 13% gain on the S&P 500 index.")
    assert (got["41.5%"].subject, got["13%"].subject) == ("Acme", "S&P 500")
    got = claims_of("Hong Kong stocks: Acme's total revenues amounted to ¥159.5 billion.")
    assert got["¥159.5 billion"].quantity.currency == "CNY"


def test_the_price_a_move_so_far_ended_at_is_a_moment_of_the_session_too() -> None:
    text = (
        "The index slipped 0.7 per cent as at 10am local time.\n"
        "Zenith slid 3.9 per cent to HK$80.05, while Acme fell 1 per cent to HK$378.00."
    )
    got = claims_of(text, date(2024, 8, 27))
    assert (got["1 per cent"].aspect, got["HK$378.00"].aspect) == ("time_of_day", "time_of_day")


def test_now_up_in_a_year_is_the_year_so_far_and_a_segments_revenue_is_not_the_companys() -> None:
    c = claims_of("With Friday's gain, Acme is now up 35% in 2024.", date(2024, 5, 3))["35%"]
    assert c.period is not None and (c.period.start, c.period.end, c.period.granularity) == (
        date(2024, 1, 1),
        date(2024, 5, 3),
        "window",
    )
    c = claims_of("Acme rose 35% in 2023.", date(2024, 5, 3))["35%"]
    assert c.period is not None and c.period.granularity == "year"
    got = claims_of("Revenue from core local business was 694 billion CNY, a year-on-year increase of 20.2%.")
    assert got["694 billion CNY"].metric == "segment_revenue"


def test_a_results_quarter_after_a_move_is_not_its_window() -> None:
    got = claims_of("Acme stock closed at $161.47, up 2.38% after beating Q1 2025 earnings expectations.", None)
    assert got["2.38%"].metric == "share_price" and got["2.38%"].period is None
    got = claims_of("Acme shares rose 20% in the first quarter of 2024.", None)
    assert got["20%"].period is not None and got["20%"].period.granularity == "quarter"


def test_the_session_named_goes_on_into_the_next_paragraphs_first_sentence() -> None:
    text = "Acme shares fell 3.1% on Monday, March 4.\n\nAcme shares ended the day at $12.40.\n\nLater, Acme rose 2%."
    got = claims_of(text, date(2024, 3, 8))
    assert got["$12.40"].period is not None and got["$12.40"].period.start == date(2024, 3, 4)
    assert got["2%"].period is None or got["2%"].period.start != date(2024, 3, 4)  # two sentences on: not carried


def test_a_clock_time_of_the_open_market_anywhere_on_the_page_makes_its_moves_moments() -> None:
    body = "Acme surges 10%\n\nAcme surged 10%.\n\nAnalysts were upbeat.\n\n" + "More text. " * 200
    during = claims_of(body + "\n\nAs of 9.40 a.m., the stock was still higher.", date(2024, 3, 8))
    assert during["10%"].aspect == "time_of_day"
    after = claims_of(body + "\n\nAs of 4:10 p.m., the stock was still higher.", date(2024, 3, 8))
    assert after["10%"].aspect != "time_of_day"


def test_a_move_called_an_intraday_decline_is_the_sessions_range() -> None:
    got = claims_of("Acme shares fell about 4.1% on Tuesday in their biggest intraday percentage decline since 2020.")
    assert got["4.1%"].aspect == "intraday"
    got = claims_of("Acme shares fell 1.2% on Tuesday, with intraday swings wider than usual.")
    assert got["1.2%"].aspect is None


def test_a_midday_wrap_makes_the_page_dated_moves_after_it_moments() -> None:
    text = (
        "Hong Kong stocks fell on Thursday.\n\nThe CSI300 index fell 0.6% at the end of the morning session.\n\n"
        "Acme shed 3.2%, and Zenith rose."
    )
    assert claims_of(text, date(2024, 3, 7))["3.2%"].aspect == "time_of_day"


def test_a_month_s_abbreviation_before_a_day_does_not_end_the_sentence():
    text = "Revenue rose 6% in the quarter ended Sept. 30. This was higher. Shares hit a high on Jan. 3, 2022."
    assert [s.text for s in split_sentences(text)] == [
        "Revenue rose 6% in the quarter ended Sept. 30.",
        "This was higher.",
        "Shares hit a high on Jan. 3, 2022.",
    ]


def test_its_binds_to_the_name_of_its_own_clause():
    got = claims_of("Zenith rose 4%, and Acme saw its stock decline by nearly 2%.")
    assert (got["4%"].subject, got["2%"].subject) == ("Zenith", "Acme")
    # an appositive between: the sentence's opener, as before
    got = claims_of("Acme, a maker of widgets, saw its shares slide 9.7%.")
    assert got["9.7%"].subject == "Acme"


def test_a_ranking_since_a_day_is_not_the_moves_window():
    got = claims_of("Acme fell 4.4 per cent to $80.75, heading for the lowest close since Nov. 30, 2022.", None)
    assert got["4.4 per cent"].period is None  # undated page: no window from Nov. 30 either
    got = claims_of("Acme has climbed 4.4 per cent since Nov. 30, 2023.", None)
    assert got["4.4 per cent"].period is not None and got["4.4 per cent"].period.start == date(2023, 11, 30)


def test_a_place_based_description_is_an_anaphor_not_a_name():
    from claims.reading.entities import ANAPHOR_RE

    for text, noun in (
        ("The Silicon Valley-based chipmaker's stock", "chipmaker's"),
        ("the Shenzhen-based electric vehicle maker", "maker"),
    ):
        m = ANAPHOR_RE.match(text)
        assert m is not None and m.group(0).split()[-1] == noun, text
    # a place alone before a class noun is no company: "The Hong Kong stock market"
    m = ANAPHOR_RE.match("The Hong Kong stock market")
    assert m is None or m.group(0) != "The Hong Kong stock"


def test_a_sentence_without_numbers_passes_on_the_name_that_opens_it():
    got = claims_of("Acme's lead grows, as rivals like Zenith invest.\nThe company's shares rose 3% on June 3.")
    assert got["3%"].subject == "Acme"


def test_a_month_abbreviation_with_a_dot_before_its_day_is_no_name():
    got = claims_of("Acme rose on Monday.\n--Down 30.72% from its all-time closing high of $343.11 on Nov. 19, 2021")
    assert got["30.72%"].subject == "Acme"
    assert got["$343.11"].subject == "Acme"


def test_a_session_named_in_a_sentence_whose_numbers_are_no_share_price_is_carried():
    text = (
        "Acme shares closed lower on Tuesday, within reach of a $3 trillion market value.\n\n"
        "The stock fell 0.6%, closing at $179.29."
    )
    got = claims_of(text, date(2024, 6, 5))
    for span in ("0.6%", "$179.29"):
        assert got[span].period is not None and got[span].period.start == date(2024, 6, 4), span


def test_a_change_in_a_possessed_metric_is_that_metrics():
    got = claims_of(
        "Acme shares rose 14 per cent despite a 24 per cent annual decline in company's first-quarter profit."
    )
    assert (got["14 per cent"].metric, got["24 per cent"].metric) == ("share_price", "profit")


# -- readings from the sixth session's audit round (general patterns, fresh sentences) ---------


@pytest.mark.parametrize(
    "moment", ["in late morning trading", "in mid-afternoon trade", "during early-afternoon trading"]
)
def test_a_compound_time_of_day_is_a_moment_of_the_session(moment):
    got = claims_of(f"Acme shares rose 3% on Tuesday. They were up another 5% {moment}.", date(2024, 6, 5))
    assert got["5%"].aspect == "time_of_day"
    assert got["3%"].aspect is None


def test_a_name_in_the_event_clause_after_a_move_does_not_date_it():
    # "after Zenith released its forecast" names the event's actor: the move's day is not given
    got = claims_of("Chip stocks rallied.\n\nThe stock rose 25% after Zenith released its forecast.")
    assert got["25%"].period is None
    # the company named before its move, in a dated article, is still the publication day's
    got = claims_of("Chip stocks rallied.\n\nZenith shares rose 9% after the company reported results.")
    assert got["9%"].period is not None and got["9%"].period.start == date(2024, 6, 5)


def test_a_move_in_a_which_clause_about_an_index_is_the_index_s():
    got = claims_of("The stock fell short of the S&P 500, which registered a gain of 1.41% for the day.")
    assert got["1.41%"].subject == "S&P 500"
    got = claims_of("Zenith's shares outpaced the S&P 500, which rose 0.5%, and gained 2.1% on the day.")
    assert got["0.5%"].subject == "S&P 500"
    assert got["2.1%"].subject == "Zenith"


def test_a_share_of_value_lost_in_a_year_is_that_year_s_change():
    got = claims_of(
        "Zenith stock has gained 15% since the start of this year after losing 40% of its value last year.",
        date(2023, 2, 9),
    )
    assert (got["40%"].period.start, got["40%"].period.end) == (date(2022, 1, 1), date(2022, 12, 31))
    assert got["15%"].period.note == "year to date"


def test_a_when_clause_after_a_day_is_that_day_s_move():
    text = "This decline marks the largest percentage decrease since October 26, 2023, when the stock fell 3.73%."
    got = claims_of("Zenith shares fell 4% today. " + text, date(2023, 12, 11))
    assert got["3.73%"].period.start == got["3.73%"].period.end == date(2023, 10, 26)
    got = claims_of(
        "Zenith shares fell 4% today. It was the deepest intraday drop since October 26, 2023, when the stock "
        "fell as much as 6.72%.",
        date(2023, 12, 11),
    )
    assert got["6.72%"].period.start == date(2023, 10, 26)


def test_the_day_of_a_high_a_gap_is_measured_from_is_not_carried():
    text = (
        "Zenith slides\n\nZenith shares fell 3% today.\n\nThe stock has had a strong year.\n\n"
        "Zenith is currently down 16.04% from its all-time closing high of $382.18 on September 7, 2021. "
        "Comparing to 52 weeks ago, the stock is up 179.73%."
    )
    got = claims_of(text, date(2023, 12, 11))
    assert got["$382.18"].period.start == date(2021, 9, 7)
    assert got["179.73%"].period is None


@pytest.mark.parametrize(("signed", "direction"), [("-3.33%", "down"), ("+3.94%", "up")])
def test_a_signed_move_has_the_sign_s_direction(signed, direction):
    got = claims_of(f"Zenith (ZNTH) ended the recent trading session at $33.93, marking a {signed} change.")
    assert (got[signed].quantity.direction, got[signed].change_of) == (direction, "share_price")
    assert (got["$33.93"].metric, got["$33.93"].aspect) == ("share_price", "close")


def test_a_window_to_now_on_a_page_written_during_the_session_ends_at_a_moment():
    text = "Zenith shares fell 3% today, as of 12:39 PM ET.\n\nMonth-to-date, the stock is down 1.92%."
    got = claims_of(text, date(2023, 12, 11))
    assert got["1.92%"].aspect == "so_far"
    assert got["1.92%"].period.note == "month to date"
    got = claims_of("Zenith shares fell 3% today.\n\nMonth-to-date, the stock is down 1.92%.", date(2023, 12, 11))
    assert got["1.92%"].aspect is None


def test_a_rise_to_a_record_high_is_the_rise_to_the_session_s_high():
    got = claims_of("Zenith shares popped 5% to a new record high of around $203 per share on Tuesday.")
    assert got["5%"].aspect == "intraday"
    got = claims_of("Zenith shares closed up 5% at a new record high of $203 on Tuesday.")
    assert got["5%"].aspect != "intraday"


def test_a_site_header_s_day_after_the_page_s_date_heads_no_section():
    text = (
        "Wednesday, July 24, 2024\n\nZenith slides\n\nMar 09, 2024 07:10 AM IST\n\n"
        "Zenith shares face an unexpected 5.5 per cent drop.\n\n"
        "Zenith on Friday saw an unexpected 5.5 per cent drop in its stocks, the largest since May."
    )
    got = [c for c in extract_claims(doc(text, date(2024, 3, 9)), ENTITIES) if c.quantity.text == "5.5 per cent"]
    # the body names Friday for its move; the standfirst repeats the figure, so it is that day's too
    assert [(c.metric, c.period.start) for c in got] == [("share_price", date(2024, 3, 8))] * 2


def test_a_change_named_before_the_number_and_what_after_it_is_that_figure_s():
    got = claims_of(
        "Zenith (ZNTH) has experienced a quarterly decline of -11.23% in its revenues when compared to the "
        "same period in the previous year."
    )
    assert (got["-11.23%"].metric, got["-11.23%"].change_of) == ("revenue", "revenue")


def test_an_investor_s_sale_price_is_of_the_company_the_sentence_before_is_about():
    text = (
        "Zenith gained 1.7% to $282.\n\nAcme slumped 1.8% to HK$175 after Berkshire Hathaway trimmed its stake "
        "again. Warren Buffett's Berkshire sold 3.23 million shares on November 17 at an average price of "
        "HK$195.42 each or HK$630.3 million, according to an exchange filing on Tuesday."
    )
    got = claims_of(text, date(2022, 11, 23))
    assert (got["HK$195.42"].subject, got["HK$195.42"].aspect) == ("Acme", "average")
    rels = relations_of(text)
    assert ("product", ["3.23 million", "HK$195.42"], "HK$630.3 million", None) in rels


def test_a_moment_opening_the_sentence_is_the_moment_of_its_move():
    text = (
        "Zenith rallies.\n\nIn early trading on Tuesday, shares of Zenith topped the list of the day's best "
        "performing components of the Nasdaq 100 index, trading up 17.4%."
    )
    assert claims_of(text, date(2023, 8, 29))["17.4%"].aspect == "time_of_day"


@pytest.mark.parametrize(
    "cue",
    [
        "If they can finish the day at or above $160.46, Zenith would pass the record.",
        "Zenith has been among the biggest movers midday.",
    ],
)
def test_a_page_that_says_the_session_is_on_ends_its_windows_at_a_moment(cue):
    got = claims_of(f"Zenith hits a record\n\n{cue}\n\nThe stock is up 22% this year.", date(2025, 7, 9))
    assert got["22%"].aspect == "so_far"


def test_the_stock_after_an_unlisted_company_s_move_is_that_company_s():
    text = (
        "Zenith finished up 1.6%.\n\n"
        "** Kuaishou slumped 3.9% after the exchange said it would remove the company from an index.\n\n"
        "** The stock has fallen 12.8% this week."
    )
    got = claims_of(text, date(2021, 8, 13))
    assert got["12.8%"].subject == "Kuaishou"
    # a listed company's move in between takes "the stock" back
    text = "Kuaishou slumped 3.9% on Thursday. Zenith gained 2% on Thursday. The stock has risen 8% this week."
    assert claims_of(text, date(2021, 8, 13))["8%"].subject == "Zenith"
    # a sentence opener is no company ("Despite losing 40% ..., the stock has rebounded by 15%")
    text = "Zenith fell 7% on Wednesday. Despite losing 40% of its value last year, the stock has rebounded by 15% this year."
    assert claims_of(text, date(2023, 2, 9))["15%"].subject == "Zenith"


def test_a_session_a_paragraph_names_dates_the_peers_listed_after_it():
    text = (
        "Zenith slides\n\nZenith shares fell 2.17% on Tuesday.\n\n"
        "It closed at $346.29. The stock's performance was divergent from some of its competitors on Tuesday. "
        "Acme saw a drop of 3.58% to $185.64, and Acme Group's rival fell 1.37%.\n\n"
        "In other news, the market was calm. Acme added 2.8%."
    )
    got = claims_of(text, date(2024, 1, 3))
    assert (got["3.58%"].period.start, got["3.58%"].period.note) == (
        date(2024, 1, 2),
        "the session named earlier in the paragraph",
    )
    # the next paragraph is not dated by it, but by the story's session (its first dated sentence's)
    assert (got["2.8%"].period.start, got["2.8%"].period.note) == (date(2024, 1, 2), STORY_DAY_NOTE)
    # an effective date ("will add ... from June 7") names no session
    text = "The index compiler will add Acme from June 7, raising the total to 58. Acme gained 2.3% to HK$167.60."
    assert claims_of(text, date(2021, 5, 24))["2.3%"].period.start == date(2021, 5, 24)


def test_a_peer_in_a_which_clause_takes_the_sentence_s_window_and_a_sector_is_no_company():
    text = (
        "Zenith (ZNTH) stock has been on a tear in 2024, up 62% year-to-date and outperforming all of its "
        "megacap peers, including Acme, which is up just 13%."
    )
    got = claims_of(text, date(2024, 12, 20))
    assert (got["13%"].subject, got["13%"].period.note) == ("Acme", "year to date")
    text = (
        "Over the past month, Zenith shares have decreased by 9.13%, compared to a 4.61% loss in the "
        "Retail-Wholesale sector. Zenith trailed the performance of the Retail-Wholesale sector with its gain of 2.51%."
    )
    got = claims_of(text, date(2025, 1, 9))
    assert got["4.61%"].subject == got["2.51%"].subject == "Retail-Wholesale sector"
    assert got["9.13%"].subject == "Zenith"


def test_a_moving_average_is_no_total_over_a_count():
    text = (
        "Simple moving average of 50 days or SMA-50 of the stock's closing price is $90.66 while that of "
        "200 days or SMA-200 reads an average of $89.82."
    )
    assert not [r for r in relations_of(text) if r[0] == "average"]


def test_a_close_compared_with_is_the_base_and_finished_trading_at_is_the_close():
    text = (
        "Zenith slides\n\nZenith rallied last week. So, the stock took a break on Monday, April 12. Shares finished "
        "the day trading at about $131, 1.3% lower compared to Friday's close."
    )
    got = claims_of(text, date(2021, 4, 12))
    assert (got["1.3%"].period.start, got["1.3%"].aspect) == (date(2021, 4, 12), "close")


def test_two_averages_are_not_a_total_over_a_count():
    text = (
        "Zenith saw an average of 32.67 million shares in trading volume over the past 10 days and average of "
        "32.03 million shares over the past 3 months."
    )
    assert not [r for r in relations_of(text) if r[0] == "average"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release's spaced bracket with a footnote marker before it closes
        ("Total revenues were RMB149.2 billion ( USD20.6 billion [2] ), an increase of 11%.", True),
        ("Total revenues were RMB149.2 billion (USD20.6 billion), an increase of 11%.", True),
        # a bracket that goes on after the amount is no conversion
        ("Total revenues were RMB149.2 billion (USD20.6 billion of it abroad), an increase of 11%.", False),
    ],
)
def test_a_bracketed_conversion_may_carry_a_footnote_marker(text, expected) -> None:
    found = ("conversion", ["RMB149.2 billion"], "USD20.6 billion", None) in relations_of(text)
    assert found is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period after the figure is the base of the increase stated between them
        ("Total revenues were RMB149.2 billion, an increase of 11% over the second quarter of 2022.", None),
        ("Total revenues were RMB299.2 billion, an increase of 11% over the first half year of 2022.", None),
        # a period of the figure's own clause is its own
        ("Total revenues were RMB149.2 billion in the second quarter of 2023, up 11%.", "2023-04-01"),
    ],
)
def test_the_base_of_a_later_change_is_not_the_figure_s_period(text, expected) -> None:
    c = claims_of(text, None)["RMB" + text.split("RMB", 1)[1].split(" billion")[0] + " billion"]
    assert (c.period.start.isoformat() if c.period else None) == expected


def test_a_gapped_second_move_is_the_second_company_s_with_the_first_s_verb() -> None:
    # "with Zenith adding 4.93% and Acme 1.77%": Acme's number, the verb left out
    got = claims_of("The digital giants performed well, with Zenith adding 4.93% and Acme 1.77%.", date(2021, 4, 23))
    assert [(got[s].subject, got[s].change_of, got[s].quantity.direction) for s in ("4.93%", "1.77%")] == [
        ("Zenith", "share_price", "up"),
        ("Acme", "share_price", "up"),
    ]
    got = claims_of("Zenith fell 2.1%, Acme 1.5% and Ping An 3.2% on Monday.", date(2021, 4, 26))
    assert [(got[s].subject, got[s].quantity.direction) for s in ("2.1%", "1.5%", "3.2%")] == [
        ("Zenith", "down"),
        ("Acme", "down"),
        ("Ping An", "down"),
    ]
    # not a move: the second number after a measure that is not the shares
    got = claims_of("Revenue at Zenith rose 2.1% and Acme 1.5%.", date(2021, 4, 26))
    assert got["1.5%"].change_of is None


@pytest.mark.parametrize(
    ("text", "span", "direction"),
    [
        ("Acme ended the day almost 9 per cent lower, its steepest daily drop since 2011.", "9 per cent", "down"),
        ("Acme's New York-listed stock piled on nearly eight percent.", "eight percent", "up"),
        ("Acme has risen 6 per cent over the past two trading days.", "6 per cent", "up"),
        ("Shares of Acme Corp. (HKG:1234 – Get Rating) shot up 13.8% on Friday .", "13.8%", "up"),
        ("Acme (HKG:1234 – Get Free Report) has fallen 3% on Friday.", "3%", "down"),
    ],
)
def test_more_move_verbs_read_a_company_s_move(text, span, direction) -> None:
    c = claims_of(text, date(2022, 3, 18))[span]
    assert (c.subject, c.change_of, c.quantity.direction) == ("Acme", "share_price", direction)


def test_the_page_s_own_weekday_on_a_page_written_in_the_session_is_a_move_so_far() -> None:
    text = (
        "Shares of Acme shot up 13.8% on Friday. The company last traded at $44.82. 450,873 shares changed "
        "hands during mid-day trading."
    )
    c = claims_of(text, date(2022, 3, 18))["13.8%"]
    assert (c.period.start, c.aspect) == (date(2022, 3, 18), "time_of_day")
    # a close it names, or a high so far, stays as it was
    closed = claims_of(text.replace("shot up 13.8% on Friday", "closed up 13.8% on Friday"), date(2022, 3, 18))
    assert closed["13.8%"].aspect == "close"
    high = claims_of(text.replace("shot up", "jumped as much as"), date(2022, 3, 18))
    assert high["13.8%"].aspect == "intraday"
    # a page with no word of the session: the day's move
    assert claims_of("Shares of Acme shot up 13.8% on Friday.", date(2022, 3, 18))["13.8%"].aspect is None


def test_a_window_since_part_of_a_year_has_no_first_day() -> None:
    text = "Since late 2022, when the chatbot's release ignited interest, Acme's share price has skyrocketed by over 870 percent."
    c = claims_of(text, date(2025, 7, 10))["870 percent"]
    assert (c.change_of, c.period) == ("share_price", None)
    # a named year is the year's window
    c = claims_of("Acme's share price skyrocketed by 87 percent in 2022.", date(2025, 7, 10))["87 percent"]
    assert (c.period.start, c.period.end) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_running_total_after_a_move_is_the_window_s_move() -> None:
    text = (
        "Acme slumped 2.9 per cent to HK$354.40 on Friday, taking this week's setback to almost 8 per cent. "
        "Zenith rose 3% on Friday, trimming its year-to-date loss to 15%."
    )
    got = claims_of(text, date(2024, 5, 10))
    rows = [
        (s, got[s].subject, got[s].change_of, got[s].quantity.direction, got[s].period.start, got[s].period.end)
        for s in ("2.9 per cent", "8 per cent", "3%", "15%")
    ]
    assert rows == [
        # the day's move keeps its day: the week named after it is the running total's
        ("2.9 per cent", "Acme", "share_price", "down", date(2024, 5, 10), date(2024, 5, 10)),
        ("8 per cent", "Acme", "share_price", "down", date(2024, 5, 6), date(2024, 5, 10)),
        ("3%", "Zenith", "share_price", "up", date(2024, 5, 10), date(2024, 5, 10)),
        # a loss trimmed is still a loss: down over the year so far
        ("15%", "Zenith", "share_price", "down", date(2024, 1, 1), date(2024, 5, 10)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Acme reported results. Its shares in Hong Kong rose as much as 5.1% on Monday.",
        "Acme reported results. Shares in Hong Kong slid later in the session, ending the day down 5.1%.",
        "Acme reported results. Acme shares listed in Hong Kong rose 5.1% on Monday.",
    ],
)
def test_the_place_the_shares_trade_in_is_no_subject(text) -> None:
    c = claims_of(text, date(2024, 5, 13))["5.1%"]
    assert (c.subject, c.change_of) == ("Acme", "share_price")


@pytest.mark.parametrize(
    ("text", "span", "change_of"),
    [
        ("Acme shares are trading -6.17% year to date (YTD), with the market up.", "-6.17%", "share_price"),
        ("Year-to-date, Acme shares have moved -7.87%.", "-7.87%", "share_price"),
        # unsigned, the template's number says no direction; no window named, no window's move
        ("Acme shares are trading 6.17% year to date.", "6.17%", None),
        ("Acme shares are trading -6.17% below their average.", "-6.17%", None),
    ],
)
def test_a_window_s_move_signed_by_its_number(text, span, change_of) -> None:
    c = claims_of(text, date(2024, 5, 13))[span]
    assert c.change_of == change_of
    if change_of:
        assert (c.period.start, c.period.end) == (date(2024, 1, 1), date(2024, 5, 13))


@pytest.mark.parametrize(
    ("text", "span", "aspect"),
    [
        ("Acme closed the session at HK$354.40.", "HK$354.40", "close"),
        ("Acme shares ended Friday's session at HK$354.40, down 2%.", "HK$354.40", "close"),
        # a move to a price: the price the move ended at (no price type named)
        ("Acme fell to HK$354.40 on Friday.", "HK$354.40", None),
    ],
)
def test_more_ways_to_give_a_day_s_price(text, span, aspect) -> None:
    c = claims_of(text, date(2024, 5, 10))[span]
    assert (c.subject, c.metric, c.aspect) == ("Acme", "share_price", aspect)


def test_a_measure_that_moved_to_an_amount_is_no_share_price() -> None:
    assert (
        claims_of("Acme's revenue fell to $354.40 million.", date(2024, 5, 10))["$354.40 million"].metric == "revenue"
    )
    assert claims_of("Acme cut its dividend to HK$3.40.", date(2024, 5, 10))["HK$3.40"].metric != "share_price"


def test_one_move_of_a_list_of_companies_is_the_listed_one_s() -> None:
    got = claims_of("Acme and Ping An Insurance rose by more than 2 per cent.", date(2024, 5, 10))
    assert (got["2 per cent"].subject, got["2 per cent"].change_of) == ("Acme", "share_price")
    # a ticker tag's list is no list of companies, and a measure opening the clause is what moved
    got = claims_of("Sales at the parent of the sites Acme and Temu skyrocketed 66%.", date(2024, 5, 10))
    assert got["66%"].change_of != "share_price"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("Acme shares were last down 3.1% at HK$354.40.", "time_of_day"),
        ("Acme stock was down 3.1% at last check.", "time_of_day"),
        ("Acme shares last closed 3.1% lower.", "close"),
    ],
)
def test_the_latest_quote_seen_is_a_moment_of_the_session(text, aspect) -> None:
    assert claims_of(text, date(2024, 5, 10))["3.1%"].aspect == aspect


def test_a_change_in_money_and_percent_from_a_stated_close_is_the_article_s_own_ratio() -> None:
    text = "This represented a decrease of $2.95, or 0.58%, from its previous close of $509.64."
    assert ("ratio", ["$2.95", "$509.64"], "0.58%", None) in relations_of(text)
    # no base named: no ratio
    assert not [r for r in relations_of("It fell $2.95, or 0.58%, on Friday.") if r[0] == "ratio"]


def test_a_data_talk_note_s_windows() -> None:
    text = (
        "This is the best performance Acme has seen since the four days ending on August 1, 2023, when it rose 8.09%. "
        "While Acme Corp. Class A is currently down 14.09% from its all-time closing high of $382.18 on "
        "September 7, 2021, it is up 157.52% from the same time last year."
    )
    got = claims_of(text, date(2023, 10, 11))
    c = got["8.09%"]
    assert (c.aspect, c.period.start, c.period.end) == ("sessions:4", date(2023, 8, 1), date(2023, 8, 1))
    # a share class is the company's line, not a name of its own
    assert (got["14.09%"].subject, got["14.09%"].aspect) == ("Acme", "from_high")
    # "from the same time last year": from a moment a year back, no day named (not the high's day)
    assert (got["157.52%"].aspect, got["157.52%"].period) == ("time_ago", None)


def test_a_change_from_a_close_the_note_states_is_the_article_s_own_arithmetic() -> None:
    text = (
        "Acme is currently at $237.72, up $1.95 or 0.83%.\n"
        "--Down 22.01% from 52 weeks ago (Jan. 13, 2022), when it closed at $304.80"
    )
    assert ("change", ["$304.80", "$237.72"], "22.01%", None) in relations_of(text)


@pytest.mark.parametrize(
    ("text", "span", "aspect"),
    [
        ("Shares of e-commerce giant Acme (HKG: 1234) ended Thursday down by 7.81%.", "7.81%", None),
        # an appositive with "with" between the company and its move; the price the move closed at
        (
            "HK-listed Acme, with the largest subscriber base, jumped more than 5 percent to close at HK$46.1.",
            "5 percent",
            None,
        ),
        (
            "HK-listed Acme, with the largest subscriber base, jumped more than 5 percent to close at HK$46.1.",
            "HK$46.1",
            "close",
        ),
    ],
)
def test_a_close_and_its_move_in_other_words(text, span, aspect) -> None:
    c = claims_of(text, date(2022, 2, 3))[span]
    assert (c.subject, c.metric, c.aspect) == ("Acme", "share_price", aspect)


def test_a_run_of_data_talk_notes_stays_about_the_shares() -> None:
    text = (
        "Acme Corp. (ACME) is currently at $102.30, down $27.52 or 21.2%\n\n"
        "--On pace for largest percent decrease since Feb. 3, 2022, when it fell 26.39%\n\n"
        "--Currently down two consecutive days; down 25.61% over this period\n\n"
        "--Worst two day stretch since the two days ending Feb. 4, 2022, when it fell 26.6%\n\n"
        "--Down 24.6% month-to-date; on pace for worst month since Feb. 2022, when it fell 32.63%\n"
    )
    got = claims_of(text, date(2022, 10, 27))
    assert got["26.39%"].change_of == "share_price"
    assert (got["26.39%"].period.start, got["26.39%"].period.end) == (date(2022, 2, 3), date(2022, 2, 3))
    assert (got["26.6%"].change_of, got["26.6%"].aspect, got["26.6%"].period.end) == (
        "share_price",
        "sessions:2",
        date(2022, 2, 4),
    )
    # "worst month since Feb. 2022, when it fell 32.63%": February 2022, not a window since then
    assert (got["32.63%"].period.start, got["32.63%"].period.end) == (date(2022, 2, 1), date(2022, 2, 28))


@pytest.mark.parametrize(
    "text",
    [
        "Despite this rebound, Acme's stock had previously declined over 20%.",
        "Prior to the recent trading session, Acme's shares had increased by 15.09%, contrasting with the sector.",
    ],
)
def test_a_move_before_the_session_the_page_reports_has_no_day(text) -> None:
    (c,) = [c for c in claims_of(text, date(2025, 4, 9)).values() if c.quantity.unit == "percent"]
    assert (c.change_of, c.aspect, c.period) == ("share_price", "time_ago", None)


def test_an_undated_page_s_move_for_the_year_runs_to_the_day_its_text_names() -> None:
    text = "As of 21 October 2022, Acme's share price is HK$41.55, down about 11.3% for the year."
    c = claims_of(text, None)["11.3%"]
    assert (c.period.start, c.period.end, c.period.granularity) == (date(2022, 1, 1), date(2022, 10, 21), "window")


def test_a_day_s_swing_from_its_stated_low_to_its_high_is_the_article_s_own_change() -> None:
    text = "During the last trading day the stock fluctuated 1.41% from a day low at $31.89 to a day high of $32.34."
    assert ("change", ["$31.89", "$32.34"], "1.41%", None) in relations_of(text)


def test_a_last_session_page_that_names_its_own_day_is_that_day_s() -> None:
    text = (
        "Red day on Tuesday for Acme\n\nThe Acme stock price fell by -1.77% on the last day (Tuesday, 7th May 2024) "
        "from $32.71 to $32.13. During the last trading day the stock fluctuated 1.41%."
    )
    c = claims_of(text, date(2024, 5, 7))["-1.77%"]
    assert c.period is not None and c.period.start == date(2024, 5, 7)


def test_a_rounded_headline_of_today_takes_the_session_the_body_names() -> None:
    # a copy republished the day after: "today" in its headline is the session the body reports
    text = "Why Acme shares tumbled 8% today\n\nShares of Acme (HKG: 1234) ended Thursday down by 7.81%.\n"
    got = claims_of(text, date(2022, 2, 4))
    assert (got["8%"].period.start, got["7.81%"].period.start) == (date(2022, 2, 3), date(2022, 2, 3))
    # a body move that does not round to the headline's leaves "today" as it was
    got = claims_of(text.replace("7.81%", "6.2%"), date(2022, 2, 4))
    assert got["8%"].period.start == date(2022, 2, 4)
    # the headline's own step decides the rounding ("8.5 per cent" covers 8.45..8.55, written out in words too)
    worded = "Why Acme shares tumbled 8.5 per cent today\n\nShares of Acme (HKG: 1234) ended Thursday down by {}.\n"
    assert claims_of(worded.format("8.46 per cent"), date(2022, 2, 4))["8.5 per cent"].period.start == date(2022, 2, 3)
    assert claims_of(worded.format("8.3 per cent"), date(2022, 2, 4))["8.5 per cent"].period.start == date(2022, 2, 4)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # every inflection of the market-report verbs, a headline's present tense included
        ("Acme Plummets by 4.2% After Its Results", "4.2%"),
        ("Acme Rockets 4.2% on Upgrade", "4.2%"),
        ("Acme followed by jumping 2.6% to HK$289.8.", "2.6%"),
        # a copula and the direction after the number
        ("Acme was 4.4% higher.", "4.4%"),
        # a degree word before the bound
        ("Acme shares have risen just over 80% this year.", "80%"),
        # an appositive with a possessive, the company's relative clause after "'s shares"
        ("Acme, China's biggest carmaker, rose 4.4% in Hong Kong.", "4.4%"),
        ("Acme's shares, which have fallen this year, rose 4.4%.", "4.4%"),
        # the close as an adjunct, the market as the frame of the company's own clause
        ("Acme rallied, closing up 4.4%.", "4.4%"),
        ("Acme was among the best performers on the Hang Seng Index, up 4.4%.", "4.4%"),
        # the company named after the move noun
        ("The index rose, helped by a 4.4% gain in Acme.", "4.4%"),
        ("The index rose 1%, helped by a 4.4% rise in shares of Acme.", "4.4%"),
    ],
)
def test_more_forms_of_a_listed_company_s_move(text, span):
    c = claims_of(text)[span]
    assert (c.subject, c.metric, c.change_of) == ("Acme", "share_price", "share_price")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Acme beat the Hang Seng Index, up 1%.", "1%"),  # the move may be the index's
        ("Revenue rose, with a 4.4% gain in Acme's gaming unit.", "4.4%"),  # the company's measure
        ("Acme's revenue was 4.4% higher.", "4.4%"),
    ],
)
def test_a_move_near_the_company_that_is_not_its_shares(text, span):
    c = claims_of(text)[span]
    assert c.change_of != "share_price" and c.metric != "share_price"


def test_the_list_s_second_move_repeated_with_another_and_the_second_day() -> None:
    got = claims_of("Acme shares jumped 5.6% on Monday and then another 5.5% on Tuesday.", date(2024, 6, 5))
    c = got["5.5%"]
    assert (c.metric, c.quantity.direction, c.period and c.period.start) == ("share_price", "up", date(2024, 6, 4))


def test_a_losing_streak_s_sessions_are_the_move_s_window() -> None:
    c = claims_of("Acme Stock Plummets -8.3% With 7-Day Losing Streak", date(2024, 6, 5))["-8.3%"]
    assert (c.metric, c.aspect) == ("share_price", "sessions:7")


def test_the_price_a_move_stands_at_is_the_share_price() -> None:
    for text in ("Acme ended 4.4% higher at HK$308.", "Acme was up 4.4% at HK$308."):
        c = claims_of(text)["HK$308"]
        assert (c.subject, c.metric) == ("Acme", "share_price"), text


def test_a_plural_possessive_listing_place_is_the_company_s_line_not_the_market() -> None:
    got = claims_of("Zenith Motors' Hong Kong shares rose 4.4%.")
    assert got["4.4%"].subject == "Zenith"


def test_a_window_without_the_past_is_still_a_window() -> None:
    c = claims_of("Over 12 months, Acme is up 13.7%.", date(2024, 6, 5))["13.7%"]
    assert (c.metric, c.period and c.period.start, c.period and c.period.end) == (
        "share_price",
        date(2023, 6, 5),
        date(2024, 6, 5),
    )


@pytest.mark.parametrize(
    "text",
    [
        "During the session, Acme shares gained more than 2%.",
        "Acme shares gained more than 2% during Monday's session.",
    ],
)
def test_a_move_during_the_session_is_a_moment_of_it(text) -> None:
    assert claims_of(text, date(2024, 6, 3))["2%"].aspect == "intraday"


def test_a_move_in_the_whole_named_session_is_the_close() -> None:
    assert claims_of("Acme shares closed up 0.5% in Monday's session.", date(2024, 6, 3))["0.5%"].aspect == "close"


def test_an_owner_s_stake_is_not_the_share_price() -> None:
    got = claims_of("Acme's director sold stock; the sale only reduced their holding by 8.5%.")
    assert got["8.5%"].metric == "shareholding"
    assert claims_of("Acme Holdings rose 4.4%.")["4.4%"].metric == "share_price"


@pytest.mark.parametrize(
    "text",
    [
        "Acme stock is up 3% today.",
        "Acme shares are trading 3% higher on Wednesday.",
        "Acme is rising 3% today.",
        "Acme shares were trading up 3% on Wednesday.",
        "Acme shares are up 3% so far today.",
        "Acme shares have gained 3% today.",
    ],
)
def test_a_move_told_in_the_present_on_the_page_s_day_is_a_moment(text) -> None:
    assert claims_of(text, date(2024, 6, 5))["3%"].aspect == "time_of_day"


@pytest.mark.parametrize(
    "text",
    [
        "Acme shares rose 3% on Wednesday.",  # the past tense: the day's move
        "Acme shares closed 3% higher today.",  # the close named
        "Acme shares traded up 3% on Wednesday.",
    ],
)
def test_a_move_in_the_past_or_at_the_close_is_not_a_moment(text) -> None:
    assert claims_of(text, date(2024, 6, 5))["3%"].aspect != "time_of_day"


def test_a_window_runs_to_the_day_its_as_of_names() -> None:
    text = "Acme shares have risen 59% since the start of the year as of the close of trading on May 31."
    c = claims_of(text, date(2024, 6, 5))["59%"]
    assert (c.period and c.period.start, c.period and c.period.end) == (date(2024, 1, 1), date(2024, 5, 31))
    # another figure's "as of" is not this one's
    text = "Acme shares are up 59% this year and have made up nearly 30% of the index's return as of Monday's close."
    c = claims_of(text, date(2024, 6, 5))["59%"]
    assert c.period and c.period.end == date(2024, 6, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Acme fell 3% shortly after the open.",
        "Acme fell 3% in the first hour of trading.",
        "Acme dropped 3% in the opening minutes.",
        "Acme fell 3% at the start of trading.",
    ],
)
def test_a_move_near_the_open_is_a_moment_of_the_session(text) -> None:
    assert claims_of(text, date(2024, 6, 5))["3%"].aspect == "time_of_day"


def test_a_par_value_is_no_share_price() -> None:
    got = claims_of("On 5 June 2024 Acme repurchased 1,835,543 ordinary shares (par value US$0.50).")
    assert got["US$0.50"].metric == "par_value"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Separate mention for Acme, which not only advanced 1.36% but also led its sector.", "1.36%"),
        ("Shares of Acme, formerly known as Acme Motors, powered up 16.9% to pace the gainers.", "16.9%"),
    ],
)
def test_still_more_forms_of_a_listed_company_s_move(text, span):
    c = claims_of(text)[span]
    assert (c.subject, c.change_of) == ("Acme", "share_price")


def test_a_weekend_page_written_in_the_session_it_reports_dates_a_moment() -> None:
    text = (
        "Acme's stock soars after results\n\n"
        "Chinese stocks enjoyed a broad rally Friday. The index fund surged 2.9% in mid-day trading.\n\n"
        "Shares of Acme powered up 16.9% to pace the gainers."
    )
    c = claims_of(text, date(2024, 6, 8))["16.9%"]  # a Saturday page
    assert (c.period and c.period.start, c.aspect) == (date(2024, 6, 7), "time_of_day")


def test_a_gerund_clause_after_a_moment_is_its_own_day() -> None:
    text = (
        "Acme's stock was trading 0.9 percent lower at $160.41 in pre-market trading as of 4.35 a.m. in New York "
        "after skidding 5.5 percent yesterday."
    )
    got = claims_of(text, date(2024, 6, 5))
    assert got["0.9 percent"].aspect == "time_of_day"
    c = got["5.5 percent"]
    assert (c.aspect, c.period and c.period.start) == (None, date(2024, 6, 4))


def test_a_money_change_and_the_level_it_reached_give_the_article_s_own_percent() -> None:
    rels = relations_of("Acme is currently trading at $328.34, showing an increase of $6.50 or 2.02%.")
    assert ("change_to", ["$6.50", "$328.34"], "2.02%", ">") in rels
    rels = relations_of("Acme $31.77 -0.07 (-0.22%) Closing price 06/05/2024")
    assert ("change_to", ["-0.07", "$31.77"], "-0.22%", "<") in rels
    # two prices side by side are no change and its level
    assert not [r for r in relations_of("Acme traded between $320.10 and $328.34 or 2.5%.") if r[0] == "change_to"]


def test_the_bound_before_a_respectively_list_is_each_item_s() -> None:
    got = claims_of("Acme and Zenith fell over 8% and 7% respectively.", date(2024, 6, 5))
    assert (got["8%"].quantity.hedge, got["7%"].quantity.hedge) == ("more_than", "more_than")
    assert (got["8%"].subject, got["7%"].subject) == ("Acme", "Zenith")


def test_a_slide_over_the_previous_day_is_the_session_before_the_named_one() -> None:
    text = "Acme's shares took a 5.25 percent dive on Tuesday, after a 7.07 percent slide over the previous day."
    c = claims_of(text, date(2024, 6, 5))["7.07 percent"]
    assert (c.aspect, c.period and c.period.start) == ("previous_session", date(2024, 6, 4))
    # a window of previous days is still a window
    c = claims_of("Acme rose 5% over the previous week.", date(2024, 6, 5))["5%"]
    assert c.period is not None and c.period.granularity == "window"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Acme's shares rose nearly 11 per cent in Monday's afternoon session.", "11 per cent"),
        ("Acme shares traded lower by 0.07% at $163.99 in the market session on the last check Monday.", "0.07%"),
    ],
)
def test_more_moments_of_a_session(text, span) -> None:
    assert claims_of(text, date(2024, 6, 3))[span].aspect == "time_of_day"


def test_the_hedge_close_to_is_not_the_close() -> None:
    c = claims_of("Acme is up close to 30% today.", date(2024, 6, 5))["30%"]
    assert (c.quantity.hedge, c.aspect) == ("approximate", "time_of_day")
    assert claims_of("Acme closed up 3%.", date(2024, 6, 5))["3%"].aspect == "close"


def test_a_from_to_change_does_not_take_a_percent_of_another_clause() -> None:
    text = "On Monday its rating rose from 80 to 83, establishing that Acme stock topped all but 17% of all stocks."
    assert not [r for r in relations_of(text) if r[0] == "change"]
    assert ("change", ["80", "83"], "3.75%", None) in relations_of("Its rating rose from 80 to 83, a 3.75% rise.")


def test_since_a_month_of_last_year_and_since_an_event_of_a_month() -> None:
    c = claims_of("Acme has lost 16 per cent since June last year.", date(2024, 6, 5))["16 per cent"]
    assert (c.period and c.period.start, c.period and c.period.end) == (date(2023, 6, 1), date(2024, 6, 5))
    text = (
        "Acme has lost 16 per cent or HK$722 billion in market value since Prosus shocked the market in June last year."
    )
    c = claims_of(text, date(2024, 6, 5))["16 per cent"]
    assert (c.aspect, c.period) == ("since_event", None)


def test_since_an_event_on_a_named_day_is_a_window_from_it() -> None:
    c = claims_of("Acme has lost 16 per cent since the results on May 6.", date(2024, 6, 5))["16 per cent"]
    assert c.period is not None and (c.period.granularity, c.period.start) == ("window", date(2024, 5, 6))


@pytest.mark.parametrize(
    "text",
    [
        "Acme <1234.HK> rose 4.4%.",  # a Reuters angle tag
        "Acme Group Ltd (1234.HK), the country's largest carmaker, rose 4.4%.",  # the tag, then an appositive
    ],
)
def test_a_move_after_a_ticker_tag_and_an_appositive(text) -> None:
    c = claims_of(text)["4.4%"]
    assert (c.subject, c.change_of) == ("Acme", "share_price")


@pytest.mark.parametrize(
    "text",
    [
        "Acme was the top performer with a 4.4% gain.",
        "Acme led the gains with a 4.4% rise.",
        "Acme ended Wednesday 4.4% higher.",
    ],
)
def test_a_move_noun_with_the_company_s_clause_and_a_weekday_s_close(text) -> None:
    c = claims_of(text)["4.4%"]
    assert (c.subject, c.change_of, c.aspect) == ("Acme", "share_price", None)  # (None: the day's close-to-close move)


def test_with_a_gain_in_a_measure_is_not_the_shares() -> None:
    assert claims_of("Acme beat estimates with a 4.4% rise in revenue.")["4.4%"].change_of == "revenue"


def test_the_company_s_move_as_a_noun_then_a_copula() -> None:
    c = claims_of("Acme's advance was nearly 40% on Tuesday.", date(2024, 6, 5))["40%"]
    assert (c.subject, c.change_of, c.quantity.direction) == ("Acme", "share_price", "up")
    assert claims_of("Acme's revenue gain was 40%.", date(2024, 6, 5))["40%"].change_of != "share_price"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # (from a review: each read as a share move before)
        ("Acme expanded its fleet with a 15% increase on Tuesday.", "15%"),  # "with" outside a ranking frame
        ("Acme ended the year with a 25% gain.", "25%"),
        ("Investors saw a 30% jump in Acme volume on Wednesday.", "30%"),  # another noun after the name
        ("Acme underperformed the rally on the Hang Seng Index, up 2.1% on Wednesday.", "2.1%"),  # not a ranking
        ("Acme's decline is about 5% of its workforce.", "5%"),  # a share of something
    ],
)
def test_near_forms_of_a_move_that_are_not_the_company_s_shares(text, span):
    c = claims_of(text)[span]
    assert (c.metric, c.change_of) == (None, None)


def test_up_over_the_previous_day_is_the_day_s_own_move() -> None:
    c = claims_of("Acme closed at HK$30 on Wednesday, up 3% over the previous day.")["3%"]
    assert (c.aspect, c.period and c.period.start) == (None, date(2024, 6, 5))


def test_a_bound_on_how_long_is_no_window() -> None:
    c = claims_of("Acme shares jumped 8% to HK$30, a price not seen for over 12 months.")["8%"]
    assert c.period is not None and c.period.granularity == "day"


def test_a_moment_or_a_close_of_another_clause_is_not_the_number_s() -> None:
    assert claims_of("Acme rose 3% on Monday and Zenith was quoted lower at last check.")["3%"].aspect is None
    assert claims_of("Acme shares closed up 5%, and Zenith is trading 2% higher.")["2%"].aspect == "time_of_day"


def test_a_ranking_is_not_the_day_s_high() -> None:
    assert claims_of("Acme was the top gainer with a 4.4% jump on Tuesday.")["4.4%"].aspect is None


def test_an_adjunct_takes_every_move_hedge() -> None:
    for text in ("Acme was resilient, up close to 4%.", "Acme was resilient, up just over 4%."):
        assert claims_of(text)["4%"].change_of == "share_price", text


def test_an_unsigned_change_of_money_and_percent_gives_no_base() -> None:
    assert not [r for r in relations_of("Acme is trading at $13, a change of $0.50 or 4%.") if r[0] == "change_to"]


def test_a_comparison_with_a_time_ago_before_the_number_is_no_day_move() -> None:
    c = claims_of("Comparing to 52 weeks ago, the Acme stock is up an impressive 179.73%.")["179.73%"]
    assert (c.aspect, c.period) == ("time_ago", None)


@pytest.mark.parametrize(
    ("text", "span", "direction"),
    [
        ("Zenith's ADRs dropped 6.3% on Tuesday.", "6.3%", "down"),
        # a tag after the noun, even of a ticker the table does not hold (a former one)
        ("Zenith Motors' stock (NASDAQ:ZN) jumped 17.7% on Tuesday.", "17.7%", "up"),
        # the MarketBeat network's tag, its link text spaced or glued to the ticker
        ("Zenith, Inc. (NASDAQ:ZNTH – Get Free Report) traded down 2.6% on Tuesday.", "2.6%", "down"),
        ("Zenith, Inc. (NASDAQ:ZNTHGet Free Report) traded up 2.6% on Tuesday.", "2.6%", "up"),
        ("Zenith (ZNTH) observed a 1.48% rise to $173.75 on Tuesday.", "1.48%", "up"),
        ("Zenith witnessed a 1.48% decline on Tuesday.", "1.48%", "down"),
    ],
)
def test_more_forms_of_a_us_listed_company_s_move(text, span, direction) -> None:
    c = claims_of(text)[span]
    assert (c.subject, c.change_of, c.quantity.direction) == ("Zenith", "share_price", direction)


def test_a_name_set_off_by_commas_before_the_verb_is_the_mover() -> None:
    got = claims_of("Snap plummeted 43.1% on Tuesday, while Zenith's parent, Acme, slumped 2.6%.")
    assert (got["2.6%"].subject, got["2.6%"].change_of) == ("Acme", "share_price")
    assert got["43.1%"].subject == "Snap"


def test_a_measure_after_the_adr_is_not_the_shares() -> None:
    assert claims_of("Zenith's ADR ratio rose 5% on Tuesday.")["5%"].change_of != "share_price"


def test_a_quote_template_s_last_trade_makes_the_day_s_move_a_moment() -> None:
    text = (
        "Zenith traded down 2.6% during trading on Wednesday. The stock traded as low as $132.45 and last "
        "traded at $132.85. The stock had previously closed at $136.40."
    )
    got = claims_of(text, date(2024, 6, 5))  # a Wednesday
    assert (got["2.6%"].change_of, got["2.6%"].aspect) == ("share_price", "time_of_day")
    # the close it fell from is the session before's, not a moment
    assert got["$136.40"].aspect == "previous_close"
    assert claims_of("Zenith had closed at $136.40 on June 3.")["$136.40"].aspect == "close"


@pytest.mark.parametrize("text", ["Acme is up 20% over the last month.", "Acme has gained 20% in the last month."])
def test_the_last_month_after_a_preposition_is_the_month_to_the_page_s_day(text) -> None:
    c = claims_of(text, date(2024, 7, 10))["20%"]
    assert c.period is not None and (c.period.start, c.period.end) == (date(2024, 6, 10), date(2024, 7, 10))
    # a bare "last month" is the calendar month before
    c = claims_of("Acme rose 20% last month.", date(2024, 7, 10))["20%"]
    assert c.period is not None and (c.period.start, c.period.end) == (date(2024, 6, 1), date(2024, 6, 30))


def test_a_week_s_move_in_a_clause_hanging_on_a_past_day_is_that_week_s() -> None:
    text = "Acme ended Friday with a 12.4% gain for the week, its best since April 24, 2015, when shares surged 15% over the week."
    got = claims_of(text, date(2023, 3, 18))
    assert got["12.4%"].period is not None and got["12.4%"].period.end == date(2023, 3, 18)
    c = got["15%"]
    assert c.period is not None and (c.period.start, c.period.end) == (date(2015, 4, 20), date(2015, 4, 24))


def test_a_class_noun_is_the_company_it_describes_not_the_last_named() -> None:
    chips = Entity("Acme", "1234.HK", "company", ("HKD",), descriptors=("chipmaker",))
    phones = Entity("Zenith", "ZNTH", "company", ("USD",), descriptors=("iphone maker",))
    table = EntityTable({"acme": chips, "zenith": phones})
    text = "Acme is out. Zenith is the sole member of the club. The chipmaker's shares slumped more than 8% on Tuesday."
    got = {c.quantity.text: c for c in extract_claims(doc(text), table)}
    assert (got["8%"].subject, got["8%"].change_of) == ("Acme", "share_price")
    # a class noun that describes no named company still goes to the company named last
    text = text.replace("The chipmaker's", "The company's")
    got = {c.quantity.text: c for c in extract_claims(doc(text), table)}
    assert got["8%"].subject == "Zenith"


def test_a_quote_page_s_gap_to_its_stated_one_year_extremes_is_its_own_arithmetic() -> None:
    text = (
        "At present, Acme Corporation (ACME) has a stock price of HK$285.76.\n\n"
        "The company's stock reached a 1-year high of HK$294.18 on 08/15/22, while the lowest price for the "
        "same period was registered at HK$213.43 on 11/04/22.\n\n"
        "Acme's current trading price is -2.86% away from its 52-week high, while its distance from the "
        "52-week low is 33.89%."
    )
    rels = relations_of(text)
    assert ("change", ["HK$294.18", "HK$285.76"], "-2.86%", None) in rels
    assert ("change", ["HK$213.43", "HK$285.76"], "33.89%", None) in rels
    # a price above the one-year high it states is no own arithmetic, nor a figure to read on the data
    above = text.replace("HK$294.18", "HK$284.18")
    assert not [r for r in relations_of(above) if r[2] == "-2.86%"]
    assert claims_of(above)["-2.86%"].aspect == "stated_extreme_conflict"
    assert claims_of(above)["33.89%"].aspect == "from_low"


def test_an_adr_s_move_overnight_on_an_asian_page_is_the_us_session_before() -> None:
    text = "Acme tumbled 8.2 per cent, after its American depositary shares crashed 9.1 per cent overnight in New York."
    got = claims_of(text, date(2024, 6, 5))
    assert got["9.1 per cent"].aspect == "previous_session"
    assert got["8.2 per cent"].aspect is None
    # a day named is that day's session
    text = "Its American depositary shares crashed 9.1 per cent overnight on Monday in New York."
    assert claims_of(text, date(2024, 6, 5))["9.1 per cent"].aspect != "previous_session"


def test_a_quote_template_s_move_is_from_its_previous_close_to_its_last_trade() -> None:
    text = (
        "Zenith traded up 4.6% during trading on Monday. The company traded as high as $72.37 and last traded "
        "at $71.59. The stock had previously closed at $68.46."
    )
    assert ("change", ["$68.46", "$71.59"], "4.6%", None) in relations_of(text)
    assert claims_of(text, date(2024, 6, 5))["4.6%"].aspect == "time_of_day"  # a moment of Monday's session


def test_a_last_session_page_that_names_its_own_day_reports_that_day() -> None:
    text = (
        "On Thursday, Zenith stock price gained an impressive 7.12%\n\n"
        "The Zenith stock price gained 7.12% on the last trading day (Thursday, 6th June 2024), rising from $104.32 "
        "to $111.75. During the last trading day the stock fluctuated 4.44% from a day low at $107.77."
    )
    c = claims_of(text, date(2024, 6, 6))["7.12%"]
    assert c.period is not None and c.period.start == date(2024, 6, 6)


def test_a_stored_page_s_date_stamp_on_a_first_line_that_is_also_the_title_is_no_date_of_the_story() -> None:
    text = " date 2024-06-05 Zenith gained 1.01% or 1.02 points to close at $101.62 with a heavy trading volume."
    d = Document(id="t1", source="t.txt", published=date(2024, 6, 5), text=text, title=text.strip())
    c = {c.quantity.text: c for c in extract_claims(d, ENTITIES)}["1.01%"]
    assert c.period is not None and c.period.note is not None  # dated by the page, not by a date of the story


@pytest.mark.parametrize(
    ("text", "span", "metric"),
    [
        (
            "Zenith's shares have fallen 24.34 percent over the past six months and at a 21.40% annual growth rate.",
            "21.40%",
            "growth_rate",
        ),
        (
            "Zenith closed with a 0.47% decline, trading at a volume of $9.56 billion—a 36.25% surge from the previous day.",
            "36.25%",
            "trading_volume",
        ),
    ],
)
def test_a_growth_rate_or_a_volume_s_change_beside_a_share_move_is_not_the_shares(text, span, metric) -> None:
    got = claims_of(text)
    assert (got[span].metric, got[span].change_of) == (metric, metric)
    first = next(iter(got.values()))
    assert first.change_of == "share_price"  # the share move beside it stays one


def test_a_gap_to_a_stated_extreme_takes_the_current_price_stated_further_up() -> None:
    text = (
        "Zenith (ZNTH) is currently trading at $328.34, showing an increase of $6.50.\n\n"
        "The stock has gained 9.37% this month.\n\nIt rose for four days.\n\n"
        "Zenith is currently down 14.09% from its all-time closing high of $382.18 on September 7, 2021."
    )
    assert ("change", ["$382.18", "$328.34"], "14.09%", None) in relations_of(text)
    # a past distance ("was down") takes no price from elsewhere
    assert not [r for r in relations_of(text.replace("is currently down", "was down")) if r[2] == "14.09%"]


def test_an_average_over_many_days_is_no_move_of_one() -> None:
    text = "Over the past 12 earnings cycles, Zenith stock averaged a modest +1.2% return on the day of results."
    c = claims_of(text)["+1.2%"]
    assert (c.metric, c.change_of) == ("average_return", "average_return")
    assert claims_of("Zenith stock gained a modest 1.2% on Tuesday.")["1.2%"].change_of == "share_price"


def test_a_mover_s_live_quote_tags_before_its_verb_keep_it_the_subject() -> None:
    text = (
        "Acme outpaced its peers, with Acme Corp (ACME -0.97%) down 0.8% and Zenith (ZNTH 0.13%) (ZNTHB 0.10%) up 0.2%."
    )
    got = claims_of(text)
    assert (got["0.8%"].subject, got["0.2%"].subject) == ("Acme", "Zenith")


@pytest.mark.parametrize(
    "text", ["Queries via Zenith browsers $ZNTH (+7.73%) were declining.", "Zenith (ZNTH 7.73%) shipped."]
)
def test_a_live_quote_chip_is_the_move_when_the_page_was_served(text) -> None:
    c = claims_of(text)[next(s for s in claims_of(text) if s.endswith("%"))]
    assert (c.subject, c.aspect, c.period) == ("Zenith", "quote_tag", None)


def test_us_news_overnight_beside_a_hong_kong_move_is_not_the_us_session() -> None:
    c = claims_of("Acme shares rose 2% in Hong Kong after Wall Street rallied overnight.", date(2024, 6, 5))["2%"]
    assert c.aspect != "previous_session"


def test_a_descriptor_names_the_company_only_as_the_description_itself() -> None:
    bank = Entity("Acme", "1234.HK", "company", ("HKD",), descriptors=("bank",))
    other = Entity("Zenith", "ZNTH", "company", ("USD",))
    table = EntityTable({"acme": bank, "zenith": other})
    text = "Acme held rates. Zenith rose on the news. The central bank's shares slumped more than 8% on Tuesday."
    got = {c.quantity.text: c for c in extract_claims(doc(text), table)}
    assert got["8%"].subject == "Zenith"  # "the central bank" is no description of Acme
    text = text.replace("The central bank's", "The bank's")
    got = {c.quantity.text: c for c in extract_claims(doc(text), table)}
    assert got["8%"].subject == "Acme"


def test_a_change_compared_with_another_company_s_amount_is_no_change_between_them():
    assert relations_of("Acme revenue of $5 billion rose 20%, compared with Zenith's $3 billion.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Acme reported revenue of $12 billion, up 20% compared with the average estimate of $11.5 billion.",
        "Acme reported revenue of $12 billion, up 20%, versus $15 billion at Zenith.",
    ],
)
def test_a_forecast_or_another_company_s_amount_is_no_base_of_the_change(text):
    assert [r for r in relations_of(text) if r[0] == "change"] == []


# -- initials, an index's "It", a stamp that says the market is closed ---------------------------


@pytest.mark.parametrize(
    ("text", "span", "subject"),
    [
        # "U.S.-listed" holds no name "S": the stock is the company named before
        ("Zenith shares rallied on Friday. The U.S.-listed stock closed up 6.2%, reaching $155.74.", "6.2%", "Zenith"),
        ("J.P. Morgan said Zenith rose 3% on Friday.", "3%", "Zenith"),
        ("Acme shares rallied on Friday. The U.S.-listed stock rose 2.4%.", "2.4%", "Acme"),
    ],
)
def test_the_letters_of_an_initialism_are_not_names(text, span, subject):
    assert claims_of(text)[span].subject == subject


def test_a_sentence_opening_it_after_an_index_is_the_index_not_the_company():
    text = (
        "Zenith itself ended up 1.5% at $316.89 a share. The Dow Jones Industrial Average closed up 0.7% at "
        "35,730. It hit a record high of 35,893 on Tuesday. Zenith itself ended up 1.5% at $316.89 a share."
    )
    claims = extract_claims(doc(text, date(2021, 10, 28)), ENTITIES)
    high = next(c for c in claims if c.quantity.text == "35,893")
    assert high.subject == "The Dow Jones Industrial Average"
    # so Tuesday is not Zenith's session, and the repeat is of the page's day as the first is
    moves = [c for c in claims if c.quantity.text == "1.5%"]
    assert [m.period.start if m.period else None for m in moves] == [date(2021, 10, 28)] * 2
    # "It" after a company's sentence is still the company
    other = claims_of("Zenith closed up 0.7% on Tuesday. It hit a record high of $35.80 on Tuesday.")
    assert other["$35.80"].subject == "Zenith"


def test_a_clock_stamp_that_says_the_market_is_closed_is_no_session_in_progress():
    # the stamp's 09:30 is no session time on a page that says the market is closed
    text = (
        "NEW YORK, January 1, 2026, 09:30 ET — Market closed\n"
        "- Zenith shares fell 0.8% in the last session to $483.62.\n"
        "Zenith Corp shares fell 0.8% to $483.62 in the final trading session of 2025 on Wednesday."
    )
    claims = [c for c in extract_claims(doc(text, date(2026, 1, 1)), ENTITIES) if c.quantity.text == "0.8%"]
    assert [(c.aspect, c.period.start if c.period else None) for c in claims] == [(None, date(2025, 12, 31))] * 2
    # a stamp of 09:30 alone reads as written while the session ran: "today" is a move so far
    today = "NEW YORK, January 2, 2026, 09:30 ET{}\n- Zenith shares fell 0.8% today."
    assert claims_of(today.format(""), date(2026, 1, 2))["0.8%"].aspect == "time_of_day"
    assert claims_of(today.format(" — Market closed"), date(2026, 1, 2))["0.8%"].aspect is None


def test_a_last_session_page_s_headline_move_repeated_with_a_day_named_is_of_that_day():
    # page of Saturday 2025-07-19 that reports "the last trading day": the headline's 3.21% is the
    # body's move of July 17 ("Jul 17" and "July 17" are one day), not the last session's
    text = (
        "Zenith Shares Rise 3.21%\n\n"
        "Zenith shares surged 3.21% to $32.66 on Jul 17. Zenith shares surged 3.21% on July 17.\n\n"
        "During the last trading day, Zenith shares fluctuated between $31.64 and $32.72."
    )
    claims = [c for c in extract_claims(doc(text, date(2025, 7, 19)), ENTITIES) if c.quantity.text == "3.21%"]
    headline = claims[0]
    assert headline.period is not None and headline.period.start == date(2025, 7, 17)
    assert headline.session_alternative is None
    # named twice with two days, the headline keeps the last session (both days are its readings)
    two = text.replace("on July 17", "on July 16")
    first = next(c for c in extract_claims(doc(two, date(2025, 7, 19)), ENTITIES) if c.quantity.text == "3.21%")
    assert first.period is not None and first.period.start == date(2025, 7, 18)
    assert first.session_alternative == date(2025, 7, 19)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # "the day" is the one day named just before, in the paragraph before too
        ("Zenith joined the $2 trillion club on Wednesday as investors bid up its shares.", date(2024, 6, 26)),
        ("On Wednesday, Zenith joined the $2 trillion club.", date(2024, 6, 26)),
        # two days named: which one "the day" is is not known (the page's day, as with no day)
        ("Zenith fell on Tuesday and joined the $2 trillion club on Wednesday.", date(2024, 6, 27)),
    ],
)
def test_the_day_is_the_day_named_just_before(lead, expected):
    text = f"Zenith hits $2 trillion\n\n{lead}\n\nZenith stock ended the day up almost 4%, giving it a value of $2.01 trillion."
    c = claims_of(text, date(2024, 6, 27))["4%"]
    assert c.period is not None and c.period.start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rate, the amount it ended at ("to"), the amount it started from ("from")
        (
            "Acme revenue rose 22% to $39.07 billion from $32 billion.",
            [("change", ["$32 billion", "$39.07 billion"], "22%")],
        ),
        (
            "The net loss widened more than 28 times to CNY16.6 billion (USD2.6 billion) in the three months "
            "ended Sept. 30, from CNY583 million (USD91.4 million) a year ago.",
            [("multiple", ["CNY583 million", "CNY16.6 billion"], "28 times")],
        ),
        (
            "Acme said its net profit had sank 47%, sinking to 14.74 billion yuan from 27.9 billion yuan.",
            [("change", ["27.9 billion yuan", "14.74 billion yuan"], "47%")],
        ),
        # "year over year" before "to", "compared with" for "from"; the pair first, then the rate
        (
            "Acme revenue increased 13% year over year to $5.2 billion, compared with $4.6 billion a year ago.",
            [("change", ["$4.6 billion", "$5.2 billion"], "13%")],
        ),
        (
            "Acme revenue climbed to $5.2 billion from $4.6 billion, a 13% increase.",
            [("change", ["$4.6 billion", "$5.2 billion"], "13%")],
        ),
        # "That's up 73% from $7.8 billion": from the amount the sentence before states
        (
            "Acme earned $13.47 billion, or $5.16 per share, in the April-June period. That's up 73% from "
            "$7.8 billion, or $2.98 per share, in the same period a year earlier.",
            [("change", ["$7.8 billion", "$13.47 billion"], "73%")],
        ),
        # two amounts of that kind before: which one rose is not known
        (
            "Acme reported revenue of $39 billion and net income of $13.47 billion. That's up 73% from $7.8 billion.",
            [],
        ),
        # another clause's "from" is not the start of this change
        ("Acme revenue rose 12% to $5.2 billion, while Zenith sales grew from $4.6 billion.", []),
        ("Acme revenue climbed to $5.2 billion from $4.6 billion, while Zenith rose 13%.", []),
        ("Acme shares rose 5% to HK$10, bringing the gain from HK$9 to 11%.", []),
    ],
)
def test_a_rate_to_an_amount_from_another_is_the_change_between_them(text, expected):
    found = [(k, ops, res) for k, ops, res, _op in relations_of(text) if k in ("change", "multiple")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # "its net profit", "its revenue" stand for the company's measure, not for the company
        ("Zenith said its net profit sank 47%.", "net_profit"),
        ("Zenith said its revenue rose 22%.", "revenue"),
        ("Zenith said its shares sank 4.7%.", "share_price"),
    ],
)
def test_a_possessive_measure_that_moves_is_the_measure_not_the_shares(text, metric):
    assert claims_of(text)[text.split()[-1].rstrip(".")].metric == metric


# a MarketBeat-network insider paragraph as published (TE Connectivity, February 2021; the text is
# quoted in a public GitHub repository's test data): 70,250 x $127.75 = $8,974,437.50 and
# 125,219 x $127.75 = $15,996,727.25
_INSIDER_PARAGRAPH = (
    "In other TE Connectivity news, Director Terrence R. Curtin sold 70,250 shares of the company’s stock in a "
    "transaction on Thursday, February 4th. The shares were sold at an average price of $127.75, for a total "
    "value of $8,974,437.50. Following the completion of the transaction, the director now owns 125,219 shares "
    "in the company, valued at $15,996,727.25."
)


def test_an_insider_trade_told_over_sentences_is_count_times_price():
    found = [(k, ops, res) for k, ops, res, _op in relations_of(_INSIDER_PARAGRAPH) if k == "product"]
    assert found == [
        ("product", ["70,250", "$127.75"], "$8,974,437.50"),
        ("product", ["125,219", "$127.75"], "$15,996,727.25"),
    ]
    # two trades before: which count the price is of is not known
    two = _INSIDER_PARAGRAPH.replace("sold 70,250 shares", "sold 70,250 shares and bought 1,000 shares")
    assert [r for r in relations_of(two) if r[0] == "product" and r[2] == "$8,974,437.50"] == []


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the story's first dated sentence names the session the page reports (a page of Thursday)
        ("Shares of Zenith experienced a slight uptick on Wednesday, closing at $357.83.", date(2023, 12, 27)),
        ("Zenith soared to its highest-ever share price on Wednesday, riding the AI wave.", date(2023, 12, 27)),
        # an event's day is not the session's ("announced ... yesterday, driving the stock's price up"),
        # nor a day with no shares in the sentence: the move below the lead stays undated
        ("Zenith announced its annual report yesterday, driving the stock's price up.", None),
        ("Zenith held its annual meeting on Wednesday.", None),
    ],
)
def test_the_story_s_first_dated_sentence_names_the_session_of_its_undated_moves(lead, expected):
    text = f"{lead}\n\nThe stock settled at a closing price of $158.14, marking a 1.3% gain amid modest market losses."
    c = claims_of(text, date(2023, 12, 28))["1.3%"]
    assert (c.period.start if c.period else None) == expected


def test_a_results_quarter_named_after_a_move_is_not_its_window():
    # "soars 12% on third-quarter beat": the quarter of the results, the move is the page's day's
    c = claims_of("Zenith's stock soars 12% on third-quarter beat and raised guidance.", date(2025, 10, 31))["12%"]
    assert c.period is not None and (c.period.granularity, c.period.start) == ("day", date(2025, 10, 31))
    # a move over the quarter stays the quarter's
    q = claims_of("Zenith's stock rose 12% in the third quarter.", date(2025, 10, 31))["12%"]
    assert q.period is not None and q.period.granularity == "quarter"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("Zenith stock price jumped 2.6% to $327 after the US stock market open on Tuesday.", "time_of_day"),
        ("Zenith shares rose 2.6% shortly after the open on Tuesday.", "time_of_day"),
        # the open as a price is no moment: "after the market opening price of ..." is not read as one
        ("Zenith shares rose 2.6% on Tuesday.", None),
    ],
)
def test_a_move_after_a_named_market_s_open_is_a_moment_of_the_session(text, aspect):
    assert claims_of(text, date(2025, 11, 26))["2.6%"].aspect == aspect


def test_the_exchange_a_company_s_shares_traded_on_is_not_the_subject_of_their_move():
    c = claims_of("Zenith's shares rose 3.2% on the Nasdaq on Tuesday.", date(2024, 8, 21))["3.2%"]
    assert (c.subject, c.change_of) == ("Zenith", "share_price")
    # a move noun's index stays the index's
    assert (
        claims_of("Stocks rose, with a 2% gain on the Nasdaq on Tuesday.", date(2024, 8, 21))["2%"].subject == "Nasdaq"
    )


@pytest.mark.parametrize(
    ("text", "span", "start"),
    [
        # a ranking's month ("its highest since May", "the most since March") is not the move's
        (
            "Hong Kong stocks rose on Tuesday. Acme added 3.2 per cent to HK$311, its highest since May.",
            "3.2 per cent",
            date(2024, 8, 20),
        ),
        (
            "Hong Kong stocks rose on Tuesday. Acme rallied 3.2 per cent to HK$311, the most since March.",
            "3.2 per cent",
            date(2024, 8, 20),
        ),
        # a move in a month stays the month's
        ("Acme dropped 18 per cent in April.", "18 per cent", date(2024, 4, 1)),
        # the move in money, then in percent, then the price it ended at
        ("Acme rose HK$9.60, or 3.2%, to HK$311 on Tuesday.", "3.2%", date(2024, 8, 20)),
        ("Acme rose HK$9.60, or 3.2%, to HK$311 on Tuesday.", "HK$311", date(2024, 8, 20)),
        # "spurted", Business Standard's verb
        ("Acme spurted 3.2% to HK$311 on Tuesday.", "3.2%", date(2024, 8, 20)),
    ],
)
def test_hong_kong_wrap_forms_date_and_measure_the_move(text, span, start):
    c = claims_of(text, date(2024, 8, 21))[span]
    assert c.metric == "share_price" and c.period is not None and c.period.start == start


@pytest.mark.parametrize(
    "text",
    [
        # the Zacks template's ways of saying the last session's move, on a page of the next day
        "Zenith closed the most recent trading day at $120.50, moving +3.2% from the previous trading session.",
        "Zenith (ZNTH) ended the recent trading session at $120.50, demonstrating a +3.2% swing from the preceding day's closing price.",
        "The latest trading session saw Zenith (ZNTH) ending at $120.50, denoting a +3.2% adjustment from its last day's close.",
    ],
)
def test_a_template_s_last_session_move_is_read_on_both_days_it_may_be(text):
    c = claims_of(text, date(2024, 8, 21))["+3.2%"]
    assert (c.subject, c.change_of) == ("Zenith", "share_price")
    assert c.period is not None and (c.period.start, c.session_alternative) == (date(2024, 8, 20), date(2024, 8, 21))


def test_recent_trading_is_no_last_session_page():
    # "in recent trading" names no session: the page's undated move stays the page's day
    c = claims_of("Zenith slides\n\nZenith shares have fallen in recent trading. Zenith fell 3.2%.", date(2024, 8, 21))[
        "3.2%"
    ]
    assert c.period is not None and (c.period.start, c.session_alternative) == (date(2024, 8, 21), None)
    # "In the recent trading on the day" is a template's last session
    t = claims_of("Zenith slides\n\nIn the recent trading on the day, Zenith fell 3.2%.", date(2024, 8, 21))["3.2%"]
    assert t.period is not None and (t.period.start, t.session_alternative) == (date(2024, 8, 20), date(2024, 8, 21))


# -- a quote template's sentences about "the price" and "it" -----------------------------------

_SIGNING_TEMPLATE = (
    "Over the last 30 days, the price of ZNTH has fallen by 4.95%. And in the last five days, it has fallen by -0.13%.\n\n"
    "At present, Zenith (ZNTH) has a stock price of $285.76. In the previous session, the stock saw a rise."
)


_WITH_TICKER = EntityTable({"zenith": ZENITH, "znth": ZENITH})


def _template_claims(text: str, published: date) -> dict[str, Claim]:
    return {c.quantity.text: c for c in extract_claims(doc(text, published), _WITH_TICKER)}


def test_the_price_of_a_ticker_and_it_after_a_window_are_the_shares():
    got = _template_claims(_SIGNING_TEMPLATE, date(2023, 4, 24))
    five = got["-0.13%"]
    assert (five.subject, five.metric, five.change_of, five.quantity.direction) == (
        "Zenith",
        "share_price",
        "share_price",
        "down",
    )
    # "In the previous session, ..." opening a sentence: the page reports the last session, the
    # Friday before the Monday page (or the page's day, if written after its close)
    assert (five.period.end, five.session_alternative) == (date(2023, 4, 21), date(2023, 4, 24))


def test_an_unsigned_fall_on_a_page_that_signs_its_falls_has_no_direction():
    # the template writes "fallen by -0.13%": its verb is fixed, the sign tells the direction, so
    # "fallen by 4.95%" may be a rise
    got = _template_claims(_SIGNING_TEMPLATE, date(2023, 4, 24))
    assert (got["4.95%"].metric, got["4.95%"].quantity.direction) == ("share_price", None)
    # a page that does not sign its falls: the verb gives the direction
    plain = _template_claims("Over the last 30 days, the price of ZNTH has fallen by 4.95%.", date(2023, 4, 24))[
        "4.95%"
    ]
    assert (plain.metric, plain.change_of, plain.quantity.direction) == ("share_price", "share_price", "down")


def test_the_price_opening_a_sentence_after_the_shares_is_theirs():
    text = (
        "The Zenith stock price fell by -0.166% on the last day (Friday, 24th May 2024) from $181.05 to $180.75. "
        "The price has fallen in 8 of the last 10 days and is down by -3.59% for this period."
    )
    c = claims_of(text, date(2024, 5, 24))["-3.59%"]
    assert (c.subject, c.metric, c.change_of, c.aspect) == ("Zenith", "share_price", "share_price", "sessions:10")


@pytest.mark.parametrize(
    "text",
    [
        # a product's price, and a price of something named after "of", are no share price
        "Zenith shares rose 2% on Friday. The price of the new Zenith Max fell 5% this year.",
        "Zenith shares rose 2% on Friday. The price target was cut 5% this year.",
        "Zenith shares rose 2% on Friday. The price-to-earnings ratio fell 5% this year.",
        # a price after sentences about something else
        "Zenith's revenue rose 12% in 2023. The price fell 5% this year.",
    ],
)
def test_a_price_that_is_not_the_shares_stays_a_price(text):
    c = claims_of(text, date(2024, 5, 24))["5%"]
    assert c.metric != "share_price"


def test_in_the_previous_session_inside_a_sentence_does_not_make_a_last_session_page():
    text = "Zenith closed at $12.50 on Tuesday, up from $12.10 in the previous session. Zenith fell 3.2%."
    c = claims_of(text, date(2024, 8, 21))["3.2%"]
    assert c.session_alternative is None


# -- session 16 ----------------------------------------------------------------------------------


def test_a_direction_word_before_another_number_is_that_number_s():
    got = claims_of("On June 4, Zenith closed at $32.22 down -3.01% from its previous closing price of $33.22.")
    assert got["$32.22"].quantity.direction is None and got["$32.22"].aspect == "close"
    assert got["-3.01%"].quantity.direction == "down"
    assert got["$33.22"].aspect == "previous_close"


def test_the_day_before_closing_price_is_the_previous_close():
    got = claims_of("On June 4, Zenith closed at $29.70, down -0.74% from day before closing price of $29.92.")
    assert (got["$29.92"].metric, got["$29.92"].aspect) == ("share_price", "previous_close")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a market's sell-off and a trader's profit-taking are no company's sales or profit
        ("Zenith shares fell on Friday after Thursday's 11% sell-off.", "11%"),
        ("Zenith shares fell on Tuesday. Traders took profit after Monday's 11 percent surge.", "11 percent"),
        ("Zenith shares fell on Tuesday on profit-taking after Monday's 11 percent surge.", "11 percent"),
    ],
)
def test_a_sell_off_and_profit_taking_are_no_sales_or_profit(text, span):
    assert claims_of(text, date(2024, 8, 21))[span].metric not in ("sales", "profit")


def test_a_company_named_by_its_ticker_before_a_move_is_its_stock():
    got = _template_claims("ZNTH lost further ground on Friday after Thursday's 11% sell-off.", date(2024, 8, 24))
    c = got["11%"]
    assert (c.subject, c.metric, c.change_of, c.quantity.direction) == ("Zenith", "share_price", "share_price", "down")
    assert c.period is not None and c.period.start == date(2024, 8, 22)
    # with the name, the session's own move ("Thursday's 11% sell-off") reads it as the stock too; a
    # drop of something else does not
    assert (
        _template_claims("Zenith lost ground after Thursday's 11% sell-off.", date(2024, 8, 24))["11%"].metric
        == "share_price"
    )
    assert (
        _template_claims("Zenith lost ground after Thursday's 11% drop in orders.", date(2024, 8, 24))["11%"].metric
        != "share_price"
    )


def test_sales_and_profit_words_still_name_their_metrics():
    got = claims_of("Zenith's profit rose 11 percent. Its sales rose 5%; it sold 3 million units.")
    assert (got["11 percent"].metric, got["5%"].metric, got["3 million"].metric) == ("profit", "sales", "sales")


def test_a_window_as_a_compound_adjective_of_the_change():
    got = claims_of("Zenith's one-year stock performance has gained just 7.49%.", date(2026, 1, 8))
    p = got["7.49%"].period
    assert p is not None and (p.start, p.end, p.granularity) == (date(2025, 1, 8), date(2026, 1, 8), "window")
    # a 52-week high, a moving average and a one-day gain are no windows of a change
    got = claims_of("Zenith shares posted a one-day gain of 3% on Friday.", date(2024, 8, 23))
    assert got["3%"].period is not None and got["3%"].period.granularity == "day"


def test_an_opening_window_is_its_first_clause_s_and_a_neutral_verb_takes_the_sign():
    text = (
        "Year-to-date, Zenith Corporation shares have moved 7.87%, while the 5-day performance has seen it "
        "change -0.99%. Over the past 30 days, the shares of Zenith Corporation have changed 10.25%."
    )
    got = claims_of(text, date(2024, 2, 6))
    ytd, five, month = got["7.87%"], got["-0.99%"], got["10.25%"]
    assert ytd.period is not None and ytd.period.note == "year to date" and ytd.quantity.direction == "up"
    assert five.period is not None and five.period.note == "the past 5 days" and five.quantity.direction == "down"
    assert month.period is not None and month.period.note == "the past 30 days" and month.quantity.direction == "up"
    assert {c.change_of for c in (ytd, five, month)} == {"share_price"}


def test_an_unsigned_number_after_a_neutral_verb_has_no_direction_on_a_page_that_signs_none():
    got = claims_of("Zenith shares have moved 7.87% this year.", date(2024, 2, 6))
    assert got["7.87%"].quantity.direction is None


def test_a_quote_template_s_most_recent_window_and_its_direction_less_verbs():
    text = (
        "Zenith closed at $33.92. The stock has been moved at -4.10 percent over the last six months. The stock "
        "has performed 2.26 percent around the most recent 30 days and changed -3.99 percent over the most "
        "recent 3-months."
    )
    got = claims_of(text, date(2025, 7, 21))
    expected = {
        "-4.10 percent": ("the past 6 months", "down"),
        "2.26 percent": ("the past 30 days", "up"),
        "-3.99 percent": ("the past 3 months", "down"),
    }
    for span, (note, direction) in expected.items():
        c = got[span]
        assert c.period is not None and (c.period.note, c.quantity.direction, c.change_of) == (
            note,
            direction,
            "share_price",
        )


@pytest.mark.parametrize(
    ("text", "span", "aspect"),
    [
        # a lead in the present of the session: a move of the page's day is one so far
        ("Shares in Zenith were plunging Monday as markets reacted. Zenith tumbled 17%.", "17%", "time_of_day"),
        ("Zenith's stock jumped 17.7% Monday, having what appeared to be its best day ever.", "17.7%", "time_of_day"),
        # and its extreme the extreme so far
        ("Zenith shares are falling. Zenith shares plunged as much as 19%.", "19%", "extreme_so_far"),
        # not a quote's present about something else
        ('Zenith fell 3.04% on Monday. "But today, rates are falling because of growth concerns."', "3.04%", None),
    ],
)
def test_a_lead_in_the_present_of_the_session_makes_the_page_s_moves_moments(text, span, aspect):
    assert claims_of(text, date(2022, 10, 24))[span].aspect == aspect


def test_a_total_that_opens_a_list_is_the_sum_of_its_lines():
    text = (
        "On 9 July 2025 Acme repurchased a total of 1,835,543 ordinary shares (par value US$0.50):\n"
        "- UK venues: 613,543 shares at prices between £9.0220 and £9.1000.\n"
        "- Hong Kong Stock Exchange: 1,222,000 shares at prices between HK$95.5500 and HK$96.6500.\n"
        "Since commencement, Acme has bought back 204,518,209 shares."
    )
    assert ("total", ["613,543", "1,222,000"], "1,835,543", None) in relations_of(text)
    # a sentence that does not open a list has no such total
    flat = text.replace("(par value US$0.50):\n", "(par value US$0.50).\n")
    assert not [r for r in relations_of(flat) if r[2] == "1,835,543"]


def test_a_note_s_time_of_day_is_no_moment_of_the_session():
    text = "Zenith shares fell 2.5% on Friday, an analyst said in a Friday morning note."
    assert claims_of(text, date(2021, 7, 30))["2.5%"].aspect is None
    moment = "Zenith shares fell 2.5% on Friday morning."
    assert claims_of(moment, date(2021, 7, 30))["2.5%"].aspect == "time_of_day"


@pytest.mark.parametrize(
    ("text", "direction", "change_of"),
    [
        ("Acme finished the day 2.1% stronger.", "up", "share_price"),
        ("Acme ended the session 2.1% weaker.", "down", "share_price"),
        # a verb after the company goes on about the move; a noun after it is another measure's
        ("A 2.1% gain in Acme lifted the index.", "up", "share_price"),
        ("A 30% jump in Acme volume was seen.", "up", None),
    ],
)
def test_stronger_weaker_and_a_move_in_a_company_that_a_verb_follows(text, direction, change_of):
    c = next(iter(claims_of(text, date(2024, 3, 4)).values()))
    assert (c.quantity.direction, c.change_of) == (direction, change_of)


def test_a_signed_move_before_its_points_to_the_close_is_the_day_s_move():
    text = "Zenith Inc. [NASDAQ: ZNTH] loss -0.32% or -0.22 points to close at $69.58 with a heavy trading volume."
    c = _template_claims(text, date(2023, 6, 27))["-0.32%"]
    assert (c.subject, c.change_of, c.quantity.direction) == ("Zenith", "share_price", "down")


def test_the_last_trading_day_on_a_weekend_page_is_its_friday():
    # (the story opens on Thursday's ADR session; the sentences that name the last trading day
    # are of Friday's, not of the story's day)
    text = (
        "Zenith shares surged 3.21% to $32.66 on Jul 17.\n\nOn July 18, the stock was upgraded after Friday's "
        "trading session. The stock price gained 2.97% on the last trading day, rising from HK$124.50 to "
        "HK$128.20. During the last trading day, the stock fluctuated 2.37% from a day low at HK$126.80."
    )
    got = claims_of(text, date(2025, 7, 19))  # a Saturday
    for span in ("2.97%", "HK$128.20", "HK$124.50"):
        p = got[span].period
        assert p is not None and p.start == date(2025, 7, 18), span
    assert got["HK$124.50"].aspect == "previous_close" and got["2.97%"].session_alternative is None
