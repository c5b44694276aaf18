"""The reading layer: the article's layout (headline, dateline, lead, publication date) and
entity linking through the gazetteer. Invented companies only."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pytest

from claims.entities import Entity, EntityTable
from claims.extract import extract_claims
from claims.models import Claim, Document
from claims.reading.document import find_dateline, published_in_text, read_layout
from claims.reading.entities import Gazetteer, ticker_forms


@dataclass(frozen=True)
class Product(Entity):
    parent: str | None = None  # as data/entities.json writes a product's company


ACME = Entity("Acme", "1234.HK", "company", ("HKD", "CNY"))
ZENITH = Entity("Zenith", "ZNTH", "company", ("USD",))
ROVER = Product("Acme Rover", None, "product", ("CNY",), parent="Acme")
TABLE = EntityTable(
    {"acme": ACME, "acme group": ACME, "zenith": ZENITH, "zenith motors": ZENITH, "acme rover": ROVER, "rover": ROVER}
)


def claims_of(text: str, published: date | None = date(2024, 8, 23)) -> dict[str, Claim]:
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=published, text=text)
    return {c.quantity.text: c for c in extract_claims(doc, TABLE)}


# -- publication date and layout -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme beats forecasts\n*Published 14 August 2024*\nAcme said revenue rose.", date(2024, 8, 14)),
        ("1 August 2024\nAcme said revenue rose.", date(2024, 8, 1)),
        ("Aug 23, 2024\nAcme said revenue rose.", date(2024, 8, 23)),
        ("Acme slips\nBy Jane Roe | Aug. 23, 2024 10:05 HKT\nAcme said.", date(2024, 8, 23)),
        ("SPRINGFIELD, Aug 23, 2024 — Acme shares fell 3%.", date(2024, 8, 23)),
        ("Acme slips\nUpdated 25 August 2024\nPublished: 23 August 2024\nAcme said.", date(2024, 8, 23)),
        ("Acme slips\nUpdated 25 August 2024\nAcme said.", date(2024, 8, 25)),  # only an update date
    ],
)
def test_the_publication_date_is_read_from_the_articles_first_lines(text, expected):
    found = published_in_text(text)
    assert found is not None and found[0] == expected
    assert found[1]  # says where it was read


@pytest.mark.parametrize(
    "text",
    [
        "Acme slips\nOn August 7, 2024, Acme said revenue rose 3%.",  # a date in a sentence is an event
        "Acme slips\nAcme said.\nIt rose.\nIt fell.\nIt rose.\nIt fell.\nIt rose.\n14 August 2024",  # too far down
        "SPRINGFIELD — Acme shares fell 3%.",  # a dateline without a date
    ],
)
def test_no_publication_date_is_guessed(text):
    assert published_in_text(text) is None


def test_a_dateline_gives_a_place_and_a_date_not_a_subject():
    d = find_dateline("SPRINGFIELD, Aug 23, 2024 — Acme shares rose.")
    assert d is not None and (d.place, d.day, d.end) == ("SPRINGFIELD", date(2024, 8, 23), 28)
    cs = claims_of("SPRINGFIELD, Aug 23, 2024 — Shares of the group fell 3.2% on Friday after Acme said so.")
    assert set(cs) == {"3.2%"}  # the dateline's numbers are not claims
    assert cs["3.2%"].subject == "Acme"


def test_layout_headline_byline_and_lead():
    text = "Acme Stock Falls 12.5% From 2024 High\nBy Jane Roe | Aug 23, 2024\nAcme shares fell.\nMore text."
    layout = read_layout(text)
    assert layout.headline is not None and text[layout.headline[0] : layout.headline[1]].startswith("Acme Stock")
    assert layout.lead is not None and text[layout.lead[0] : layout.lead[1]] == "Acme shares fell."


def test_a_site_menu_above_the_story_is_neither_headline_nor_lead():
    text = (
        "• Investing\n  • Stock\n  • Editor’s Pick\nPortfolio Performance Today\nStock\n\n"
        "Acme hits record high in Hong Kong as Citi lifts target\n\nby May 21, 2025\n\n"
        "Shares of Acme surged to a record high in Hong Kong.\n\nThe stock jumped as much as 4.4% in Hong Kong.\n"
    )
    layout = read_layout(text, "Portfolio Performance Today")
    assert layout.headline is not None and text[layout.headline[0] : layout.headline[1]].startswith("Acme hits")
    assert layout.lead is not None and text[layout.lead[0] : layout.lead[1]].startswith("Shares of Acme surged")
    # a short real headline is still the headline
    layout = read_layout("Acme Shares Slump\nAcme shares fell 3% on Monday.\n")
    assert layout.headline == (0, 17)


def test_the_paragraph_after_an_undated_lead_is_the_page_s_day():
    text = (
        "Acme hits record high\n\nShares of Acme surged to a record high in Hong Kong.\n\n"
        "The stock jumped as much as 4.4% in Hong Kong, according to Bloomberg data.\n\n"
        "Citi lifted its target on the shares.\n\nThe stock has also risen 3% after the listing.\n"
    )
    cs = claims_of(text, published=date(2025, 5, 21))
    assert cs["4.4%"].period is not None and cs["4.4%"].period.start == date(2025, 5, 21)
    assert cs["3%"].period is None  # further down, "the stock" alone names no session (of its own)
    # a lead that names a day: the paragraph after it is no longer the page's day by default
    dated = text.replace("in Hong Kong.\n\nThe", "in Hong Kong on May 19.\n\nThe")
    c = claims_of(dated, published=date(2025, 5, 21))["4.4%"]
    assert c.period is None or c.period.start != date(2025, 5, 21)


# -- entity linking ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticker", "written", "matches"),
    [
        ("1234.HK", "$ACME-W (01234.HK)$", True),
        ("1234.HK", "(HKEX: 1234)", True),
        ("1234.HK", "1234 HK", True),
        ("1234.HK", "(HKEX: 12345)", False),
        ("ZNTH", "NASDAQ: ZNTH", True),
        ("ZNTH", "$ZNTH shares", True),
        ("ZNTH", "$5 ZNTH", False),
        ("600123.SS", "SSE: 600123", True),
    ],
)
def test_ticker_forms(ticker, written, matches):
    import re

    assert any(re.search(f, written) for f in ticker_forms(ticker)) is matches


@pytest.mark.parametrize(
    ("text", "span", "subject"),
    [
        ("Shares of $ACME-W (01234.HK)$ fell 3.2% on Friday.", "3.2%", "Acme"),
        ("The stock (HKEX: 1234) closed at HK$22.10 on Friday.", "HK$22.10", "Acme"),
        ("Zenith (NASDAQ: ZNTH) fell. Its shares closed at $8.10 on Friday.", "$8.10", "Zenith"),
        ("Acme reported results. The company said revenue was 80.2 billion yuan.", "80.2 billion yuan", "Acme"),
        ("Acme reported results. Its shares rose 2.1% on Friday.", "2.1%", "Acme"),
        ("Acme reported results. The carmaker delivered 8,646 vehicles in May.", "8,646", "Acme"),
        ("Acme rose. Despite the drop, revenue was 80.2 billion yuan.", "80.2 billion yuan", "Acme"),
        ("Acme rose. Meanwhile, revenue was 80.2 billion yuan.", "80.2 billion yuan", "Acme"),
        ("Acme rose. More than 2,000,000 apps run on its platform.", "2,000,000", "Acme"),
        ("Acme rose. Pre-orders reached 88,000 in the first week.", "88,000", "Acme"),
        # an adjective of order at the head of a list item or label is no name by itself
        ("Acme rose.\n- Last regular close (March 5, 2024): $12.90, up 3.3%.", "$12.90", "Acme"),
        ("Acme rose.\n• Last closing quote is 12.90 USD", "12.90 USD", "Acme"),
        ("Acme rose. The Rover Max is priced at 299,900 yuan.", "299,900 yuan", "Acme Rover"),
        ("Acme rose. The Rover Pro Edition had revenue of 2.1 billion yuan.", "2.1 billion yuan", "Acme"),
        ("Hong Kong stocks fell today, with a low of HK$21.40 at press time for Acme.", "HK$21.40", "Acme"),
        ("Acme rose. Hong Kong stocks fell today, with a low of HK$21.40 at press time.", "HK$21.40", "Acme"),
        ("Acme rose 2%. Borealis delivered 300,000 vehicles in May.", "300,000", "Borealis"),  # not Acme's
        # a company's line named by its exchange is the company's, not the market's
        ("Zenith fell. Acme Group's Hong Kong shares closed down 10% on Friday.", "10%", "Acme"),
        ("Acme fell. Hong Kong shares closed down 1.2% on Friday.", "1.2%", "Hong Kong shares"),
        # "its" binds to the name that opens its own sentence, known or not
        (
            "Acme fell 3% on Friday, as did Borealis. Borealis, a games maker that earns 17.1% of its revenue at home, saw its "
            "shares slide 9.7% on Friday.",
            "9.7%",
            "Borealis",
        ),
        ("Acme fell 3% on Friday. Shenzhen-based Zenith saw its shares slide 9.7% on Friday.", "9.7%", "Zenith"),
        ("Acme fell 3% on Friday. After the news, its shares slid 9.7% on Friday.", "9.7%", "Acme"),
        # a known company opening the sentence is what "the stock" in it means
        ("Zenith fell 3%.\n\nBut after Acme's huge run-up, the stock soared 239% in 2023.", "239%", "Acme"),
    ],
)
def test_subjects_are_linked_through_the_gazetteer(text, span, subject):
    assert claims_of(text)[span].subject == subject


def test_a_headline_in_title_case_links_only_known_entities():
    cs = claims_of("Acme Stock Falls 12.5% From 2024 High\nThe company said so.")
    assert cs["12.5%"].subject == "Acme"
    cs = claims_of("Tech Giant Stock Falls 12.5% From 2024 High\nAcme Group said so.")
    assert cs["12.5%"].subject == "Acme"  # no entity in the headline: the article's main entity


def test_the_main_entity_weighs_headline_ticker_tags_and_lead():
    from claims.reading.entities import DocumentEntities

    text = "Zenith shares slide\nZenith (NASDAQ: ZNTH) fell. Acme was flat.\nAcme and Acme and Acme."
    layout = read_layout(text)
    ents = DocumentEntities(text, TABLE, headline=layout.headline, lead=layout.lead)
    assert ents.main is ZENITH


def test_a_lowercase_word_is_not_an_alias():
    assert Gazetteer(EntityTable({"rover": ROVER})).mentions("a rover landed; the Rover sold") == [
        m for m in Gazetteer(EntityTable({"rover": ROVER})).mentions("a rover landed; the Rover sold") if m.start > 10
    ]
    assert len(Gazetteer(EntityTable({"rover": ROVER})).mentions("a rover landed; the Rover sold")) == 1


@pytest.mark.parametrize("text", ["Acme is in the Top 10 of makers.", "Shares of Acme (HKEX: 1234) rose."])
def test_ranks_and_ticker_codes_are_not_claims(text):
    assert claims_of(text) == {}


@pytest.mark.parametrize(
    ("text", "span", "subject", "metric"),
    [
        # a descriptor before the mover does not make the move a metric of its own
        ("Zenith gained 1% and food delivery platform Acme strengthened 1.8%.", "1.8%", "Acme", "share_price"),
        # but a metric between the company and the verb does
        ("Acme's revenue in the first quarter of 2024 rose 25%.", "25%", "Acme", "revenue"),
        # a listing adjective is neither the market nor a name
        ("Hong Kong-listed shares of Acme ended 4.4% lower.", "4.4%", "Acme", "share_price"),
        ("Acme's Hong Kong-listed H shares plunged 8.38%.", "8.38%", "Acme", "share_price"),
    ],
)
def test_the_mover_and_its_metric(text, span, subject, metric):
    c = claims_of(text)[span]
    assert (c.subject, c.metric) == (subject, metric)


def test_a_weekend_article_dates_its_claims_by_the_session_it_names():
    text = (
        "Acme loses $4 billion in value\n\nAcme lost about $4 billion in market value on Friday after the rules.\n\n"
        "Analysts were surprised.\n\nAcme saw its shares tumble about 12.4% to close at HK$274.\n\n"
        "Zenith's US-listed shares fell 9% on Thursday.\n\nRead: Acme shares slide 4% after its chief quits"
    )
    cs = claims_of(text, published=date(2023, 12, 23))  # a Saturday
    for span in ("12.4%", "HK$274"):
        assert (cs[span].period.start, cs[span].period.end) == (date(2023, 12, 22), date(2023, 12, 22))
    assert "weekend" in cs["12.4%"].period.note
    assert cs["4%"].period is None  # a linked story's headline is not this article's session
    # on a weekday the publication day stays the day of an undated move
    cs = claims_of(text.replace("on Friday", "on Monday"), published=date(2023, 12, 19))
    assert cs["12.4%"].period.start == date(2023, 12, 19)


def test_a_date_stamp_in_front_of_the_text_is_the_page_s_not_the_story_s():
    from claims.reading.document import published_in_text, read_layout

    text = "date 2024-01-25 Tencent jumped 2.8 per cent to HK$289.60.\n\nThe index rose at the noon break."
    layout = read_layout(text)
    assert [(d.start, d.end, d.day) for d in layout.datelines] == [(0, 16, date(2024, 1, 25))]
    assert layout.lead == (16, text.index("\n"))
    assert published_in_text(text) == (date(2024, 1, 25), "stated at the start of the article: date 2024-01-25")


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Headline\n\nReuters Published 29 Nov, 2023 11:13am\n\nBody.", (11, 13)),
        ("Headline\n\nAug 23, 2024 4:05 pm HKT\n\nBody.", (16, 5)),
        ("Headline\nM+ Global Updates 11/06/2024 14:30\n\nBody.", (14, 30)),  # a numeric date
        (
            "Headline\n\nPublished 14 August 2024\n\nBody at 10:30 a.m. said.",
            None,
        ),  # a time in the body is not the stamp's
    ],
)
def test_the_publication_stamp_s_clock_time_is_read(text, clock):
    from claims.reading.document import stamp_clock

    assert stamp_clock(text) == clock


# -- share moves in the forms real market reports use ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Acme was also resilient, up by 1.6 per cent to HK$736.", "1.6 per cent"),
        ("Year to date, Acme registers a 16.3% gain.", "16.3%"),
        ("Acme eked out a 0.2 per cent gain on Friday.", "0.2 per cent"),
        ("Acme's nearly 4.3% decline during Wednesday's session was its worst.", "4.3%"),
        ("Shares of Acme Group (HKEX: 1234) have seen a decline of 3.74%, resulting in a price of HK$40.59.", "3.74%"),
        (
            "Shares of Acme (HKEX: 1234) (OTC: ACMEY) turned sharply lower on Wednesday, falling as much as 9.7%.",
            "9.7%",
        ),
        ("Acme $ACME-W 01234.HK$ surged over 5%, becoming the top performer.", "5%"),
        ("Even with the decline, Acme remains up more than 45% this year.", "45%"),
        ("Acme and Zenith also retreated 3.9% and 5.3% respectively.", "3.9%"),
        ("Acme and Zenith also retreated 3.9% and 5.3% respectively.", "5.3%"),
    ],
)
def test_a_listed_company_s_move_is_its_shares_in_the_forms_reports_use(text, span):
    c = claims_of(text)[span]
    assert (c.metric, c.change_of) == ("share_price", "share_price")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a part of the company, and growth over a year: not the shares
        ("The company's e-commerce business eked out growth, up 3% year over year. Acme said.", "3%"),
        ("Acme was the biggest contributor to revenue growth, up 12%.", "12%"),
    ],
)
def test_a_move_of_something_of_the_company_is_not_its_shares(text, span):
    text = text if "Acme" in text.split(".")[0] else "Acme reported results. " + text
    assert claims_of(text)[span].metric != "share_price"


def test_a_ticker_tag_s_colon_does_not_end_the_clause_that_names_the_subject():
    cs = claims_of("Acme (HK:) (NYSE:) rose 3.32%, Zenith (HK:) (OTC:) rose 1.44%.")
    assert (cs["3.32%"].subject, cs["1.44%"].subject) == ("Acme", "Zenith")


def test_a_possessor_s_rival_is_the_subject_but_a_possessed_market_is_not():
    cs = claims_of("Zenith Motors’ (NYSE: ZNTH) rival Acme HK shares were down by HKD 49 in early trading.")
    assert cs["HKD 49"].subject == "Acme"
    cs = claims_of("Meanwhile, the Acme’s freshly debuted Hong Kong shares are down 0.77% as of 1 July close.")
    assert cs["0.77%"].subject == "Acme"


def test_a_signed_move_in_brackets_after_a_name_is_that_company_s():
    text = (
        "In the financial field, falls such as those of Hang Lung Properties (-1.83%) weighed more. "
        "The big ones: Zenith (+3.78%), Acme (\u20110.66%) and Acme Group (-0.67%)."
    )
    cs = claims_of(text)
    assert (cs["-1.83%"].subject, cs["-1.83%"].metric) == ("Hang Lung Properties", None)  # unknown: never Acme's
    assert (cs["+3.78%"].subject, cs["+3.78%"].change_of, cs["+3.78%"].quantity.direction) == (
        "Zenith",
        "share_price",
        "up",
    )
    minus = cs["\u20110.66%"]  # a non-breaking hyphen is a minus sign
    assert (minus.subject, minus.quantity.value, minus.quantity.direction) == ("Acme", -0.66, "down")
    assert cs["-0.67%"].subject == "Acme"


def test_a_time_no_date_fixes_leaves_a_move_undated():
    cs = claims_of("Last week, Acme's stock jumped 12%, but insiders sold.\n\nAcme shares rose 2%.")
    assert cs["12%"].period is None
    assert cs["2%"].period is not None and cs["2%"].period.start == date(2024, 8, 23)


def test_an_undated_move_in_a_paragraph_about_the_year_is_not_the_publication_day_s():
    text = (
        "Acme reported.\n\nThe index, which is up 8.1% in 2024, would be down without tech. "
        "Zenith has each added more than 33%."
    )
    assert claims_of(text)["33%"].period is None
    # an index's window over two weeks does not stop a market report's next move from dating by the day
    text = "Acme reported.\n\nThe index has tumbled around 10% over the past two weeks. Zenith surged 8.4% on the news."
    assert claims_of(text)["8.4%"].period.start == date(2024, 8, 23)


def test_a_gap_to_a_dated_high_on_a_page_written_in_the_session_is_a_moment():
    text = (
        "Acme (ACME) is currently at HK$102.30, down 21.2%\n\n--Would be lowest close since Feb. 16, 2016\n\n"
        "--Down 67.72% from 52 weeks ago (Oct. 28, 2023), when it closed at HK$316.92\n\n"
        "--Down 70.57% from its 52-week closing high of HK$347.56 on Nov. 15, 2023"
    )
    c = claims_of(text)["70.57%"]
    assert (c.aspect, c.change_of) == ("time_of_day", "share_price")
    assert c.period is None or c.period.start != date(2023, 10, 28)  # not the session of the line before


@pytest.mark.parametrize(
    ("text", "span", "subject"),
    [
        ("Apple rose. Acme Group, which saw a marginal increase of 0.05% to HK$193.15, led.", "0.05%", "Acme"),
        (
            "By comparison, Zenith Corp., which saw a rise of 1.5%, and Acme Corp. experienced a slight decline of 0.16%.",
            "0.16%",
            "Acme",
        ),
        ("For the last 5-days Acme stocks have improved 9.43%.", "9.43%", "Acme"),
        ("Acme is on pace for its largest decrease since Feb. 3, 2022, when it fell 26.39%.", "26.39%", "Acme"),
    ],
)
def test_more_forms_of_a_company_s_own_move(text, span, subject):
    c = claims_of(text)[span]
    assert (c.subject, c.change_of) == (subject, "share_price")


def test_a_growth_rate_is_no_price_change():
    c = claims_of("Acme is at a 21.40% annual growth rate that is well above the industry average.")["21.40%"]
    assert c.metric == "growth_rate"


def test_last_month_is_the_calendar_month_before_the_page():
    c = claims_of("Why Acme stock jumped 14% last month", published=date(2021, 5, 4))["14%"]
    assert (c.period.start, c.period.end, c.change_of) == (date(2021, 4, 1), date(2021, 4, 30), "share_price")


def test_a_move_the_next_day_is_the_session_after_the_day_named():
    text = "Despite reporting better-than-expected results on Friday, Jan. 28, Acme shares tumbled nearly 10% the next day."
    c = claims_of(text, published=date(2022, 2, 23))["10%"]
    assert (c.period.start, c.period.note) == (date(2022, 1, 31), "the session after the day named")  # a Monday


@pytest.mark.parametrize(
    "marker",
    ["Zenith was last up about 7%.", "The stock is on track to post its worst day since March."],
)
def test_a_page_that_says_the_session_goes_on_reads_the_day_s_moves_as_so_far(marker):
    cs = claims_of(f"Acme falls\n\nAcme shares slumped more than 2% today. {marker}")
    assert cs["2%"].aspect == "time_of_day"
    # the year's pace is not the session's
    cs = claims_of(
        "Acme falls\n\nAcme shares slumped more than 2% today. It is on track for its best-ever annual performance."
    )
    assert cs["2%"].aspect is None


def test_a_move_since_part_of_a_month_has_no_window():
    text = "Many tech companies are hit, with Zenith's and Acme's stocks also down around 20% since early April."
    c = claims_of(text, published=date(2022, 5, 19))["20%"]
    assert (c.change_of, c.period) == ("share_price", None)
    # a ranking since then dates nothing: the page's session stays the move's
    c = claims_of("Acme rose 3.1%, the biggest daily percentage gain since early March.", published=date(2021, 8, 13))[
        "3.1%"
    ]
    assert c.period is not None and c.period.start == date(2021, 8, 13)


def test_a_data_talk_page_s_lines_go_on_about_the_company_s_shares():
    text = (
        "Acme (ACME) is currently at $237.72, up $1.95 or 0.83%\n\n--Down 0.88% month-to-date\n\n"
        "--Down 1.88% year-to-date"
    )
    cs = claims_of(text)
    for span in ("0.83%", "0.88%", "1.88%"):
        assert (cs[span].subject, cs[span].change_of) == ("Acme", "share_price")
    assert cs["1.88%"].period.note == "year to date"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The daily chart for Acme points out that the company has recorded 45.67% gains over the past six months.",
            "45.67%",
        ),
        ("Over the week, Acme's stock price is moving -3.52% down.", "-3.52%"),
        ("Acme fell 2.5% by the 22 June before recovering 2.9% back to HK$234.80 on 24 June.", "2.9%"),
        ("Constituent Acme went up 2.3% and pushed the Hang Seng Index up 47 points.", "2.3%"),
    ],
)
def test_quote_page_forms_of_a_move(text, span):
    assert claims_of(text)[span].change_of == "share_price"


@pytest.mark.parametrize(
    ("text", "span", "is_move"),
    [
        (
            "Most recently Acme's share price was $102.18, and it changed around -$1.21 or -1.17% from the last close.",
            "-1.17%",
            True,
        ),
        (
            "Instantly Acme has showed a red trend with a performance of -1.17% at the end of last trading.",
            "-1.17%",
            True,
        ),
        ("Currently, Acme is priced at $102.18, with a 1-day change of -0.85%.", "-0.85%", True),
        # a window, a statistic, or no sign: not a day's move signed by its number
        (
            "Acme recorded 69,538,961 in trading volume during the last 100 days, posting a change of +9.61%.",
            "+9.61%",
            False,
        ),
        (
            "For Acme, a change of -3.6% or more over five trading days has a 19% event probability from the last close.",
            "-3.6%",
            False,
        ),
        # the template leaves a rise unsigned beside an unsigned dollar change, or says "green trend"
        (
            "Most recently Acme's share price was $26.99, and it changed around $1.48 or 5.80% from the last close.",
            "5.80%",
            True,
        ),
        (
            "Instantly Acme has showed a green trend with a performance of 5.80% at the end of last trading.",
            "5.80%",
            True,
        ),
        ("Acme's stock changed 5.80% from the last close.", "5.80%", False),
        (
            "Instantly Acme has showed a red trend with a performance of 5.80% at the end of last trading.",
            "5.80%",
            False,
        ),
    ],
)
def test_a_vendor_template_s_day_change_is_signed_by_its_number(text, span, is_move):
    c = claims_of(text)[span]
    assert (c.change_of == "share_price") is is_move
    if is_move:
        assert c.subject == "Acme"


@pytest.mark.parametrize(
    ("text", "span", "change_of"),
    [
        # the measure named before the company is what moved; its shares are its share price
        ("Revenue at Acme rose by 11 per cent to $32 billion in the three months to June.", "11 per cent", "revenue"),
        ("Shares of Acme rose 4.3 per cent after the results.", "4.3 per cent", "share_price"),
    ],
)
def test_a_measure_named_before_the_company_is_what_moved(text, span, change_of):
    assert claims_of(text)[span].change_of == change_of


# -- session 12: forms met on the audit pages ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "subject"),
    [
        # a name's stock code in brackets before its verb is the name's, not a new clause
        ("Index heavyweight Acme (1234) lost 4.85 percent closing at HK$412.40.", "4.85 percent", "Acme"),
        ("Index heavyweight Acme (1234.HK) lost 4.85 percent.", "4.85 percent", "Acme"),
        # a description with two modifiers and a class noun is the company
        ("Acme reported results. The Chinese internet behemoth lost 6.3 percent on Friday.", "6.3 percent", "Acme"),
        # the company's ADR, set off by a relative clause
        ("Acme’s ADR, which plunged 7.9% today, is lower.", "7.9%", "Acme"),
    ],
)
def test_a_company_s_move_past_its_code_its_description_or_its_adr(text, span, subject):
    c = claims_of(text)[span]
    assert (c.subject, c.change_of) == (subject, "share_price")


def test_a_stock_code_in_brackets_is_no_claim_but_a_bracketed_count_is():
    got = claims_of("Index heavyweight Acme (1234) lost 4.85 percent, while Zenith (0700) rose 2%.")
    assert "1234" not in got and "0700" not in got and set(got) == {"4.85 percent", "2%"}
    assert "12" in claims_of("Acme sold cars in (12) cities.")


@pytest.mark.parametrize(
    "text",
    [
        "Acme lost 4.85 percent closing at HK$412.40 on Friday.",
        "Acme fell 4.85 percent, closing at HK$412.40 on Friday.",
        "Acme fell 4.85 percent, ending the day at HK$412.40 on Friday.",
    ],
)
def test_a_price_a_move_closed_at_is_the_close(text):
    c = claims_of(text)["HK$412.40"]
    assert (c.metric, c.aspect, c.subject) == ("share_price", "close", "Acme")
    assert c.period is not None and c.period.start == date(2024, 8, 23)


def test_the_close_after_a_session_s_extreme_is_not_where_the_extreme_ended():
    text = (
        "Acme falls\nJane Roe·2024-08-23 11:08\n\nAcme's stock price opened lower and experienced a maximum drop "
        "of 4.88%, closing at 392.80 HKD per share, down 3.25%."
    )
    got = claims_of(text)
    assert got["4.88%"].aspect == "time_of_day"  # a page written mid-session: the drop so far
    # the close the sentence names is the session's close, not the moment the drop was seen at
    assert (got["392.80 HKD per share"].metric, got["392.80 HKD per share"].aspect) == ("share_price", "close")


def test_a_base_a_move_is_measured_from_has_no_direction_and_a_restatement_keeps_the_move_s():
    from claims.extract import extract_quantities

    qs = {q.text: q for q in extract_quantities("closing at $146.75, down from the previous close of $150.90.")}
    assert qs["$150.90"].direction is None
    qs = {q.text: q for q in extract_quantities("This represents a decrease of $4.15, or approximately 2.75%.")}
    assert (qs["$4.15"].direction, qs["2.75%"].direction) == ("down", "down")


def test_this_represents_a_decrease_goes_on_about_the_shares_just_quoted():
    text = "Acme shares closed at HK$146.75 on Friday. This represents a decrease of HK$4.15, or approximately 2.75%."
    c = claims_of(text)["2.75%"]
    assert (c.subject, c.change_of) == ("Acme", "share_price")
    assert c.period is not None and c.period.start == date(2024, 8, 23)
    # not after a sentence about something else
    c = claims_of("Acme's revenue was HK$10 billion. This represents a decrease of 2.75%.")["2.75%"]
    assert c.change_of != "share_price"


def test_a_quote_list_s_change_line_is_the_day_s_move_of_its_prices():
    text = (
        "Acme stock fell on Thursday.\n- Closing Price: HK$163.65\n- Previous Close: HK$168.39\n"
        "- Change: -HK$4.74\n- Percentage Change: -2.81%"
    )
    c = claims_of(text)["-2.81%"]
    assert (c.subject, c.change_of) == ("Acme", "share_price")  # the label is no name
    assert c.period is not None and c.period.start == date(2024, 8, 22)
    # a change line with no prices quoted above it is no share move
    c = claims_of("Acme's results.\n- Revenue: HK$10 billion\n- Change: -2.81%")["-2.81%"]
    assert c.change_of != "share_price"


def test_an_image_line_and_a_section_question_are_neither_lead_nor_headline():
    text = (
        "Why Acme Shares Are Falling Today\n\nACME Cover Image\nWhy Acme Shares Are Falling Today (© StockStory)\n\n"
        "What Happened?\n\nShares of Acme fell 3% in the morning session.\n\nThe shares closed the day down 1.4%.\n"
    )
    layout = read_layout(text)
    assert layout.headline is not None and text[layout.headline[0] : layout.headline[1]].startswith("Why Acme")
    assert layout.lead is not None and text[layout.lead[0] : layout.lead[1]].startswith("Shares of Acme fell")
    c = claims_of(text)["1.4%"]
    assert c.period is not None and c.period.start == date(2024, 8, 23)


def test_a_headline_that_ends_in_photo_is_still_the_headline():
    text = "Acme shares jump 5% after leaked Rover photo\n\nShares of Acme rose 5% on Friday.\n"
    layout = read_layout(text)
    assert layout.headline is not None and text[layout.headline[0] : layout.headline[1]].startswith("Acme shares jump")


# -- session 13: a listed company's move in a clause about trading --------------------------------


def test_a_listed_company_s_move_in_a_clause_about_its_session_is_its_shares():
    c = claims_of("Acme, which makes cars, closed Tuesday's session 4% higher.")["4%"]
    assert (c.subject, c.metric, c.change_of, c.aspect) == ("Acme", "share_price", "share_price", "close")
    assert c.period is not None and c.period.start == date(2024, 8, 20)


@pytest.mark.parametrize(
    "text",
    [
        # another measure of the session (its volume)
        "Acme, which makes cars, traded with a volume 39.5% higher in Tuesday's session.",
        # a comparison with something the sentence names, not a move from the previous close
        "Acme, which makes cars, closed Tuesday's session 9% lower than its peers.",
        # a window longer than a session
        "Acme, which makes cars, closed the week 4% higher.",
    ],
)
def test_a_move_in_a_trading_clause_that_names_a_measure_a_comparison_or_a_window_is_not_read_as_a_day_s(text):
    c = next(c for c in claims_of(text).values() if c.quantity.unit == "percent")
    assert c.metric is None


def test_a_quote_list_s_opening_price_and_day_s_extremes_are_the_session_s():
    text = (
        "On August 22, 2024, Acme closed at $604.12.\n\nPrice Movements\n\n"
        "  • Opening Price: $607.88\n  • Day High: $611.40\n  • Day Low: $600.00\n  • Closing Price: $604.12"
    )
    doc = Document(id="quote-list", source="t.txt", published=date(2024, 8, 23), text=text)
    got = [(c.quantity.text, c.metric, c.aspect, c.period and c.period.start) for c in extract_claims(doc, TABLE)]
    day = date(2024, 8, 22)
    assert got == [
        ("$604.12", "share_price", "close", day),
        ("$607.88", "share_price", "open", day),
        ("$611.40", "share_price", "high", day),
        ("$600.00", "share_price", "low", day),
        ("$604.12", "share_price", "close", day),
    ]


_QUOTE_LIST = (
    "As of August 22, 2024, Acme experienced a notable decline in its stock price. The key stock metrics for "
    "the day are as follows:\n\n  • Closing Price: $178.07\n  • High: $182.38\n  • Previous Close: $186.23\n"
    "  • Change: -$8.16\n  • Percentage Change: -4.38%"
)


def test_a_list_right_after_the_sentence_naming_a_session_is_of_that_session():
    doc = Document(id="quote-list-2", source="t.txt", published=date(2024, 8, 23), text=_QUOTE_LIST)
    got = [(c.quantity.text, c.metric, c.aspect, c.period and c.period.start) for c in extract_claims(doc, TABLE)]
    day = date(2024, 8, 22)
    assert got == [
        ("$178.07", "share_price", "close", day),
        ("$182.38", None, None, None),  # a bare "High:" may be a window's: not read
        ("$186.23", "share_price", "previous_close", day),
        ("-$8.16", None, None, None),  # a change in money: checked as the article's own arithmetic
        ("-4.38%", "share_price", None, day),
    ]


def test_a_list_after_other_prose_is_not_of_the_session_named_above_it():
    text = _QUOTE_LIST.replace(
        "follows:\n\n", "follows.\n\nAnalysts were divided about the outlook for the year ahead.\n\n"
    )
    doc = Document(id="quote-list-3", source="t.txt", published=date(2024, 8, 23), text=text)
    periods = {c.quantity.text: c.period for c in extract_claims(doc, TABLE)}
    assert periods["$178.07"] is None and periods["-4.38%"] is None


@pytest.mark.parametrize(
    "text",
    [
        "After over 4.4% drop in the previous session, the Acme stock opened with a slight gain on Thursday.",
        "Acme stock rose on Thursday, after a 4.4% decline in the prior session.",
    ],
)
def test_a_move_in_the_previous_session_is_the_shares_move_of_the_session_before(text):
    c = claims_of(text)["4.4%"]
    assert (c.subject, c.metric, c.change_of, c.aspect) == ("Acme", "share_price", "share_price", "previous_session")
    assert c.period is not None and c.period.start == date(2024, 8, 22)  # Thursday: the move is of the day before


def test_the_shares_a_count_counts_do_not_make_the_next_percent_a_share_price_move():
    c = claims_of("On Aug 22, 2024, Acme traded 21,958,563 shares, showing a modest -4.52% change.")["-4.52%"]
    assert c.metric != "share_price" and c.change_of != "share_price"
    # (a date before "Shares" is no count)
    c = claims_of("date 2023-11-29 Shares of Acme closed at $332.20 on Wednesday.")["$332.20"]
    assert (c.metric, c.aspect) == ("share_price", "close")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day named before the extreme's words is the price's day
        ("Acme shares have slumped 58% through Monday from a February high.", date(2024, 8, 19)),
        # the extreme's own day is not the price's: as of writing
        ("Acme is 12.5% below its 2024 high of HK$58.70, set on February 27.", date(2024, 8, 23)),
    ],
)
def test_a_distance_from_an_extreme_is_as_of_the_day_named_before_the_extreme(text, day):
    c = next(c for c in claims_of(text).values() if c.quantity.unit == "percent")
    assert c.aspect == "from_high" and c.period is not None and c.period.start == day


# -- session 13: a review's counter-examples to the rules above ----------------------------------


def test_a_following_clause_keeps_the_close_of_the_move_before_it():
    got = claims_of("Acme shares closed 3% higher on Thursday, following a 5% slump in early trading.")
    assert (got["3%"].aspect, got["5%"].aspect) == ("close", "time_of_day")


@pytest.mark.parametrize(
    "text",
    [
        "Acme lowered its trading fees by 20% on Tuesday.",
        "Acme boosted its dividend 8% on Tuesday, shares closed flat.",
    ],
)
def test_a_change_of_something_the_company_has_is_no_share_move(text):
    c = next(c for c in claims_of(text).values() if c.quantity.unit == "percent")
    assert c.metric is None and c.change_of is None


def test_a_product_s_opening_or_lowest_price_is_no_session_price():
    got = claims_of("Acme cut prices across its range, and the Rover now has a lowest price of $9,990.")
    assert got["$9,990"].metric != "share_price"
    got = claims_of(
        "On August 22, 2024, Acme shares closed at $146.75.\n\nOver the past 52 weeks, the stock "
        "traded in this range:\n\n• High: $200.10\n• Low: $120.50"
    )
    assert got["$200.10"].aspect != "high" and got["$120.50"].aspect != "low"


def test_a_bracketed_count_after_a_place_is_a_claim_and_a_known_code_is_not():
    got = claims_of("Acme employs 2,400 people, most of them in Germany (850) and France (620).")
    assert {"850", "620"} <= set(got)
    assert "1234" not in claims_of("Index heavyweight Acme (1234) lost 4.85 percent.")


def test_a_move_on_the_open_is_not_the_move_from_the_open():
    assert claims_of("Acme shares fell 3% on the open on Thursday.")["3%"].aspect != "open_to_close"


def test_a_year_or_an_empty_bracket_is_no_code_and_only_the_name_s_own_brackets_are_skipped():
    from claims.reading.entities import TICKER_BRACKETS_RE

    assert TICKER_BRACKETS_RE.match(" (2019)") is None and TICKER_BRACKETS_RE.match(" ( )") is None
    assert TICKER_BRACKETS_RE.match(" (0700)") is not None and TICKER_BRACKETS_RE.match(" (NASDAQ: BIDU)") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nPublished4 Sep 2024, 08:03 AM IST\n\nBody.", "2024-09-04 08:03 Asia/Kolkata"),
        ("Headline\nTuesday, Sep 16, 2025 9:04 pm ET1min read\n\nBody.", "2024-09-04 21:04 America/New_York"),
        (
            "Headline\nUpdated: 03-09-2025 16:43 IST | Created: 03-09-2025 16:43 IST\n\nBody.",
            "2024-09-04 16:43 Asia/Kolkata",
        ),
        ("Headline\n\nAug 23, 2024 4:05 pm HKT\n\nBody.", "2024-09-04 16:05 Asia/Hong_Kong"),
        ("Headline\n\nReuters Published 29 Nov, 2023 11:13am\n\nBody.", None),  # no zone: no moment
        ("Headline\n\nAug 23, 2024 4:05 pm CST\n\nBody.", None),  # China's or America's: not read
    ],
)
def test_a_stamp_s_zone_gives_its_moment(text, expected):
    from claims.reading.document import stamp_moment

    moment = stamp_moment(text, date(2024, 9, 4))
    shown = None if moment is None else f"{moment:%Y-%m-%d %H:%M} {moment.tzinfo}"
    assert shown == expected


_NASDAQ = Entity("Zenith", "ZNTH", "company", ("USD",), "XNAS")
_NASDAQ_TABLE = EntityTable({"zenith": _NASDAQ, "znth": _NASDAQ})


def _zoned_claims(text: str, published: date) -> dict[str, Claim]:
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=published, text=text)
    return {c.quantity.text: c for c in extract_claims(doc, _NASDAQ_TABLE)}


def test_a_stamp_in_another_zone_dates_the_page_at_the_exchange():
    # 08:03 in India on 4 September is 22:33 on the 3rd in New York: the page's day there is the 3rd
    text = "Zenith shares tumble 9.5% in worst day since 2020\n\nPublished 4 Sep 2024, 08:03 AM IST\n\nZenith fell."
    c = _zoned_claims(text, date(2024, 9, 4))["9.5%"]
    assert c.period is not None and c.period.start == date(2024, 9, 3)
    assert c.aspect != "time_of_day"
    # without the zone the page's own day stands
    c = _zoned_claims(text.replace(" IST", ""), date(2024, 9, 4))["9.5%"]
    assert c.period is not None and c.period.start == date(2024, 9, 4)


def test_a_stamp_in_another_zone_tells_whether_the_exchange_was_open():
    # 21:28 in India is 11:58 in New York: mid-session, a move so far
    text = "Zenith surges 9% after earnings\n\nMay 01, 2025, 21:28 IST\n\nZenith stock soared 9% on Thursday."
    assert _zoned_claims(text, date(2025, 5, 1))["9%"].aspect == "time_of_day"
    # 9:04 pm in New York is after the close, whatever the text says of after-hours trading
    text = (
        "Zenith shares jump 1.31%\n\nTuesday, Sep 16, 2025 9:04 pm ET\n\nZenith shares rose 1.31% on Sept. 16. "
        "Traders noted after-hours order imbalances."
    )
    c = _zoned_claims(text, date(2025, 9, 16))
    assert [c[k].aspect for k in c if k == "1.31%"] == [None]
    assert _zoned_claims(text.replace(" ET", ""), date(2025, 9, 16))["1.31%"].aspect == "time_of_day"


def test_a_day_s_extreme_carried_on_a_page_written_in_the_session_is_the_extreme_so_far():
    # stamped 10:05 in Hong Kong: the high the next sentence tells of is the high so far, not the day's
    text = "Acme hits a record\n\nAug 23, 2024 10:05 HKT\n\nAcme shares rose 2% on Friday. The shares reached an all-time high of HK$450."
    c = claims_of(text, date(2024, 8, 23))["HK$450"]
    assert (c.aspect, c.period and c.period.start) == ("time_of_day", date(2024, 8, 23))
    # after the close, it is the day's high
    c = claims_of(text.replace("10:05", "16:35"), date(2024, 8, 23))["HK$450"]
    assert c.aspect == "high"
