"""Extraction: quantities, then claims (subject, metric, period) and the relations between them.

Pure functions of the text (and its publication date). Stable entry points:
``extract_quantities(text)`` and ``extract_claims(document)``; ``extract_relations`` finds the
arithmetic the article states (a change, a difference, a ratio, a comparison, a total).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from claims.dates import (
    FROM_A_CLOSE_NOTE,
    PUBLICATION_DAY_NOTE,
    DateMention,
    context_year,
    find_dates,
    latest_year_of_month,
    month_number,
    month_period,
    publication_day,
    shift_year,
    window_spans,
)
from claims.entities import Entity, EntityTable
from claims.models import Claim, DateBasis, Document, Period, Quantity, Relation
from claims.numbers import extract_quantities
from claims.reading.document import Layout, read_layout, stamp_clock, stamp_moment
from claims.reading.entities import MARKET_RE, TICKER_BRACKETS_RE, DocumentEntities, Mention, verb_follows
from claims.refdata.calendars import CalendarUnavailable, trading_hours
from claims.refdata.exchanges import find_exchange
from claims.tolerance import stated_precision
from claims.vocab import (
    AS_MUCH_AS_BEFORE_RE,
    DURATION_UNITS,
    MONTHS,
    MOVE_DOWN_INFLECTIONS,
    MOVE_UP_INFLECTIONS,
    TRADE_PRICE_ASPECTS,
)

__all__ = ["extract_quantities", "extract_claims", "extract_relations", "split_sentences"]

_ABBREVIATIONS = r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bvs)(?<!\bMrs)(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bJr)(?<!\bSr)(?<!\bU\.S)(?<!\ba\.m)(?<!\bp\.m)(?<!\bCorp)(?<!\bCl)(?<!\bBros)"
_MONTH_ABBREV_DAY_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_SENTENCE_END_RE = re.compile(rf"{_ABBREVIATIONS}[.!?。！？]+[\"”’')\]]*(?=\s+|$)|\n+")

# "ended the recent trading session at $33.93", "settled at", "finished the day at": the close
# ("closed the session at", "ended Friday's session at")
_ENDED_SESSION_AT = r"\b(?:ended|finished|settled|closed)\s+(?:(?:the|its|\w+['’]s)\s+(?:\w+\s+)?(?:trading\s+)?(?:day|session)\s+)?at\b"

_FINISHED_TRADING_AT_RE = re.compile(
    r"\b(?:finished|ended|closed)\s+(?:the\s+(?:day|session)\s+)?trading\s+at\b[^.;]{0,40}$", re.I
)
_ENDED_SESSION_AT_RE = re.compile(_ENDED_SESSION_AT + r"\s*$", re.I)

# Metric lexicon: (metric, pattern). The match nearest the number wins; ties go to the first.
METRICS: tuple[tuple[str, str], ...] = (
    ("adjusted_net_profit", r"adjusted\s+net\s+(?:profit|income)|non-ifrs\s+(?:net\s+)?(?:profit|income)"),
    ("net_profit", r"net\s+(?:profit|income|loss|earnings)|profit\s+attributable|attributable\s+(?:net\s+)?profit"),
    ("gross_margin", r"gross\s+(?:profit\s+)?margin"),
    # (not a trader's "took profit", "profit-taking": selling shares after a rise)
    (
        "profit",
        r"(?<!\btook\s)(?<!\btake\s)(?<!\btakes\s)(?<!\btaking\s)(?<!\bbooked\s)(?<!\bbook\s)(?<!\block\s)"
        r"\b(?:pre-?tax\s+|annual\s+|quarterly\s+|core\s+)?(?:profits?(?![-\s]tak)|earnings|income)\b",
    ),
    ("operating_profit", r"operating\s+(?:profit|income)"),
    ("revenue", r"revenues?|turnover"),
    # "at a 21.40% annual growth rate that is well above the industry average": a business's growth
    ("growth_rate", r"\bgrowth\s+rate\b"),
    (
        "share_price",
        r"(?:stock|share)\s+price|shares?\s+(?:closed|opened|rose|fell|traded)|closing\s+price|\b(?:low|high)\s+of\b|\b(?:closed|opened)\s+(?:(?:on\s+)?[A-Z]\w+\s+)?at\b|intraday"
        r"|\b(?:opened|closed|ended|finished)\s+(?:the\s+(?:day|session|week)\s+)?(?:with|up|down|higher|lower|flat)\b"
        r"|\bshares\b|\bstock\b|\b(?:its|their)\s+stocks\b|\b(?:currently|now)\s+(?:trading\s+|priced\s+)?at\s*$|\btrading\s+at\s*$"
        rf"|{_ENDED_SESSION_AT}",
    ),
    # what a buyback paid on average over its period, not a session's price
    (
        "buyback_price",
        r"(?:re)?purchase\s+price|buy-?back\s+price|price\s+of\s+(?:the\s+)?shares\s+(?:re)?purchased"
        r"|price\s+(?:paid\s+)?(?:for|of)\s+(?:the\s+)?(?:re)?purchased\s+shares",
    ),
    ("market_value", r"market\s+(?:value|cap(?:italization|italisation)?)"),
    # "that sale only reduced their holding by 8.5%": an owner's stake, not the share price (lowercase
    # only: "Tencent Holdings" is a name)
    ("shareholding", r"(?-i:\b(?:holding|holdings|stake|stakes|shareholding)\b)"),
    ("net_worth", r"net\s+worth|fortune"),
    ("followers", r"\bfollowers?\b|\bfans?\b|subscribers?"),
    ("viewers", r"\bviewers?\b|\bwatching\b|\baudience\b"),
    ("likes", r"\blikes\b"),
    ("orders", r"\borders?\b|locked\s+in|bookings?|reservations?"),
    ("deliveries", r"\bdeliver(?:y|ies|ed|s|ing)?\b"),
    # verbs that change what a count of vehicles or units measures
    ("recalls", r"\brecall(?:s|ed|ing)?\b"),
    ("production", r"\bproduc(?:ed|es|ing|tion)\b|\bmanufactur(?:ed|ing)\b|\bbuilt\b|\boutput\b"),
    # (not a market's "sell-off" or "selling pressure", nor an analyst's "sell rating")
    (
        "sales",
        r"\bsales\b|\bsold\b(?![-\s]off\b)|\bsell(?:s|ing)?\b(?![-\s]?offs?\b|\s+(?:pressure|ratings?|signals?)\b)",
    ),
    ("discount", r"\bdiscount\b|\bdeduct(?:ing|ed)?\b|\brebate\b"),
    ("price", r"\bprices?\b|\bpriced\b|\bcosts?\b|\bpricing\b"),
    ("reads", r"\bread\b|\bviews\b"),
    ("popularity", r"popularity"),
)
_METRIC_RES = [(name, re.compile(pat, re.I)) for name, pat in METRICS]
_NOUN_METRIC = {
    "follower": "followers",
    "fan": "followers",
    "subscriber": "followers",
    "viewer": "viewers",
    "like": "likes",
    "order": "orders",
    "delivery": "deliveries",
    "post": "posts",
    "work": "posts",
}
_ASPECT_RES = (
    ("low", re.compile(r"\b(?:low|lowest|bottom(?:ed)?|trough)\b(?:\s+(?:of|at))?", re.I)),
    # (not "the top performer", "top gainers": a ranking, not the day's high)
    (
        "high",
        re.compile(
            r"\b(?:high|highest|peak(?:ed)?|top(?!\s+(?:performers?|gainers?|losers?|movers?|picks?)\b))\b(?:\s+(?:of|at))?",
            re.I,
        ),
    ),
    # (not the hedge "close to 30%")
    ("close", re.compile(r"\bclos(?:ed|ing|e)\b(?!\s+to\b)", re.I)),
    ("open", re.compile(r"\bopen(?:ed|ing)\b", re.I)),
    # any moment of the session: the day's range decides
    (
        "intraday",
        re.compile(
            r"\bintraday\b|\bat\s+press\s+time\b|\bat\s+one\s+point\b|\bas\s+much\s+as\b|\b(?:traded|trading|changing\s+hands)\s+at\b"
            # "its stock plummeting by up to 18%": the deepest point of the session
            r"|\b(?:by\s+)?up\s+to\s+$"
            r"|\bas\s+of\s+(?:writing|press\s+time)\b|\bin\s+(?:early|morning|afternoon|midday)\s+trad(?:e|ing)\b"
            # "shares reach HKD 450", "hit $100": the price traded at some moment of the day
            r"|\b(?:reach(?:es|ed)?|hit(?:s|ting)?|touch(?:es|ed)?)\s+(?:an?\s+)?$",
            re.I,
        ),
    ),
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri)day"  # a trading weekday's name (the patterns' flags give its case)
# A moment of the session that daily bars do not give: "in early trading", "at the mid-day
# break", "after hours", "at press time" (written during the session).
_MARKET_CLOSED_RE = re.compile(r"\b(?:markets?|exchanges?)\s+(?:(?:is|are|was|were)\s+)?closed\b", re.I)
_TIME_OF_DAY_RE = re.compile(
    r"\b(?:(?:in|during)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]?(?:morning|afternoon)|early|opening|morning|afternoon|midday|mid-day|late|pre-market|premarket|after-hours|extended|overnight)\s+"
    r"(?:(?:Hong\s+Kong|New\s+York|U\.?S\.?|Asian|European|Wall\s+Street|London|Shanghai|Shenzhen)\s+)?(?:trad(?:e|ing)|deals?|hours|session)"
    # "at the mid-day break", "at the local noon trading break", "as of midday"
    r"|(?:at|by|as\s+of)\s+(?:the\s+)?(?:local\s+)?(?:mid-?day|midday|lunch|noon)(?:\s+(?:trading|trade))?(?:\s+break)?"
    r"|(?:at|by|as\s+of)\s+(?:press\s+time|the\s+time\s+of\s+writing)"
    r"|after[-\s]hours|pre-?market|in\s+the\s+(?:morning|afternoon)\s+session|as\s+of\s+(?:writing|press\s+time)"
    r"|early\s+trad(?:e|ing)|(?:shortly\s+)?(?:after|following)\s+the\s+open(?:ing)?\s+bell"
    # near the open: "shortly after the open", "in the first hour of trading", "in the opening minutes",
    # "at the start of trading", "at the session's start"
    r"|shortly\s+after\s+the\s+(?:open|opening|start\s+of\s+(?:trading|trade))"
    # "jumped 2.6% to $327 after the US stock market open on Tuesday"
    r"|after\s+the\s+(?:(?:U\.?S\.?|New\s+York|Hong\s+Kong|stock|market)\s+){1,3}open(?:ing)?\b(?!\s+(?:of|price|at))"
    r"|in\s+the\s+(?:first|opening|final|last)\s+(?:few\s+)?(?:minutes?|hours?|half[-\s]hour)(?:\s+of\s+(?:trading|trade|the\s+session))?"
    r"|at\s+the\s+(?:start|beginning)\s+of\s+(?:trading|trade|the\s+(?:trading\s+)?(?:session|day))|at\s+the\s+session['’]s\s+start"
    # "up 7.3% in Hong Kong Monday afternoon", "on Thursday morning"; "are trading higher by 5.74%"
    # (not "said in a Friday morning note": the time of a note, not of the session)
    r"|(?:(?:mon|tues|wednes|thurs|fri)day\s+(?:morning|afternoon)|(?:in\s+the|this)\s+(?:morning|afternoon))"
    r"(?!\s+(?:notes?|calls?|reports?|briefings?|meetings?|memos?|e-?mails?|letters?|interviews?|statements?|research|client))"
    # "rose nearly 11 per cent in Monday's afternoon session"
    rf"|{_WEEKDAY}['’]s\s+(?:early\s+|late\s+)?(?:morning|afternoon|midday|mid-day)\s+(?:session|trade|trading|deals)"
    r"|(?:is|are)\s+(?:currently\s+)?trading\s+(?:higher|lower|up|down)"
    # "among the biggest movers midday", "stocks making the biggest moves midday"
    r"|(?:movers|moves)\s+midday|midday\s+movers"
    # "at the end of the morning session"; "ahead of results later in the day": written before the close
    r"|(?:at|by)\s+the\s+(?:end|close)\s+of\s+the\s+morning\s+(?:session|trade|trading)|later\s+in\s+the\s+day)\b"
    # a clock time: "as of 12:45 p.m. ET", "at 11:52 a.m.", "by 10:30 HKT"
    r"|\b(?:as\s+(?:of|at)|at|by|around|until)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d{2}\b)",
    re.I,
)
_INTRADAY_MOVE_AFTER_RE = re.compile(
    r"[^.;]{0,30}?\b(?:in|for|with)\s+(?:\w+\s+){0,3}?intraday\s+(?:percentage\s+)?(?:decline|drop|fall|loss|gain|rise|jump)\b"
    # "surged 2.8% to $164.42 during the session, briefly ...": at some moment of it
    r"|(?:\s+to\s+\S+)?\s+(?:during|in)\s+the\s+(?:session|trading\s+session|day['’]s\s+trading)\b(?!\s+(?:before|after|earlier))"
    # "gained more than 2% during Monday's session" (not "in Monday's session": the whole of it)
    rf"|(?:\s+to\s+\S+)?\s+during\s+{_WEEKDAY}['’]s\s+(?:trading\s+)?(?:session|trading)\b",
    re.I,
)
# said right after the price: "HK$21.40 at press time", "HK$21.40 intraday"
_ASPECT_AFTER_RE = re.compile(
    r"\s*(?:(?P<intraday>intraday|at\s+press\s+time|at\s+one\s+point|as\s+of\s+writing)|(?:at|on)\s+(?:the\s+)?(?P<close>close)\b)",
    re.I,
)
# A future or modal word in the clause that governs a number makes it a forecast ("will increase
# by 24%", "predicted that sales would not exceed 3,000 units"). Case-sensitive "may": "in May".
_FORECAST_RE = re.compile(
    r"\b(?:will|would|shall|could|might|may|[Ww]ill|[Ww]ould|'ll|forecasts?|forecasted|forecasting|[Ff]orecasts?"
    r"|predict(?:s|ed|ion|ions)?|[Pp]redict(?:s|ed|ions?)?|expect(?:s|ed|ing)?|[Ee]xpect(?:s|ed)?|projected|projects|projection"
    r"|estimated\s+to(?!\s+have)|targets?|targeted|guidance|outlook|hopes?|hoping|going\s+to"
    r"|(?:plans?|planned|aims?|aimed|set|on\s+track|poised|due)\s+to"
    # a hypothetical: "If the shares rise another 5%, ...", "Should the stock fall 10%"
    r"|[Ii]f|[Uu]nless|[Ss]hould)\b"
)
# "may have led to", "would have been": a modal perfect is about the past.
_MODAL_PERFECT_RE = re.compile(r"\b(?:may|might|could|would|should|must)\s+(?:not\s+)?have\b", re.I)
_FINITE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|said|says|shows|showed|reported|announced|led|\w+ed)\b", re.I
)
# Commas are soft breaks (a verbless segment reads on: "will rise to $5bn, up 10%"); a semicolon
# or a contrast word starts a clause of its own.
_FORECAST_SEGMENT_RE = re.compile(r"(?P<hard>[;:]|\b(?:but|while|whereas|although|though|yet)\b)|,(?!\d{3})")
_IT_OPENS_RE = re.compile(r"\s*It\s+(?!is\b|was\b|has\s+been\b)")  # (not "It is ...", "It was ...")
_PRONOUN_RE = re.compile(r"\b(?:he|she|his|her|him|its|it|they|their|the\s+former|the\s+latter)\b", re.I)
_CLAUSE_RE = re.compile(r"[,;:]|\b(?:while|whereas|but)\b", re.I)
_RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:which|who|whose)\b[^,;:]{1,80},")


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[_Sentence]:
    """Sentences with their offsets. A newline ends a sentence (and a paragraph) unless it is
    a hard wrap inside one (see ``_soft_wrap``)."""
    sentences: list[_Sentence] = []
    paragraph = 0
    pos = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if m.group(0) == "\n" and _soft_wrap(text, m.start()):
            continue
        if _MONTH_ABBREV_DAY_RE.search(text, max(0, m.start() - 5), m.start() + 1) and re.match(
            r"\s+(?:\d{1,2}|(?:19|20)\d{2})\b", text[m.end() :]
        ):
            # "in the quarter ended Sept. 30", "worst month since Feb. 2022, when it fell 32.63%": a
            # month's abbreviation, not a sentence's end
            continue
        end = m.end() if not m.group(0).startswith("\n") else m.start()
        _add_sentence(text, pos, end, paragraph, sentences)
        if "\n" in m.group(0):
            paragraph += 1
        pos = m.end()
    _add_sentence(text, pos, len(text), paragraph, sentences)
    return sentences


_WRAP_BEFORE_RE = re.compile(
    r"(?:[,(\-–]|\b(?:a|an|the|to|of|in|on|at|by|for|with|from|as|than|and|or|but|while|its|their|his|her))[ \t]*$",
    re.I,
)


def _soft_wrap(text: str, newline: int) -> bool:
    """A single newline that wraps a line inside a sentence (wire copy hard-wrapped at a fixed
    width: "AIA Group Ltd climbed\n2.3%", "rose 0.3%, to 25,390.91, while\nthe China Enterprises
    Index"): the next line goes on in lower case or with a number, or this line ends with a
    word or mark that cannot end a sentence. A line that starts with a capital after a complete
    one (a headline, a list item) still ends there."""
    nxt = text[newline + 1 : newline + 2]
    if not nxt or nxt.isspace() or nxt in "-*•–—#>|":
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline]
    if not line.strip() or line.rstrip()[-1:] in '.!?:;。！？"”':
        return False
    return nxt.islower() or nxt.isdigit() or _WRAP_BEFORE_RE.search(line[-12:]) is not None


# A "sentence" longer than this (a pasted table, a list with no full stop) is cut at a clause
# break: the per-claim context rules look across the whole sentence, so an unbounded one would
# make extraction quadratic in the number of quantities it holds.
MAX_SENTENCE_CHARS = 1000


def _add_sentence(text: str, start: int, end: int, paragraph: int, out: list[_Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start : start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" "))
        cut = cut + 1 if cut > MAX_SENTENCE_CHARS // 2 else MAX_SENTENCE_CHARS
        _add_sentence(text, start, start + cut, paragraph, out)
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(_Sentence(start, end, text[start:end], paragraph))


_DEFAULT_TABLE: list[EntityTable] = []


def default_entities() -> EntityTable:
    """The shipped alias table (``data/entities.json``), loaded once; empty if unreadable."""
    if not _DEFAULT_TABLE:
        from claims.errors import ReferenceDataError
        from claims.sources import DATA_DIR

        try:
            _DEFAULT_TABLE.append(EntityTable.load(DATA_DIR / "entities.json"))
        except ReferenceDataError:
            _DEFAULT_TABLE.append(EntityTable.empty())
    return _DEFAULT_TABLE[0]


# Metrics of a company, not of one of its products: a product named in the sentence stands for
# its company when the number is one of these ("the X5's maker reported revenue of ...").
COMPANY_METRICS = frozenset(
    {"share_price", "market_value", "revenue", "net_profit", "adjusted_net_profit", "operating_profit", "gross_margin"}
)


@dataclass(frozen=True)
class _ZonedStamp:
    """The publication stamp read at the main entity's exchange: its local day, and whether the
    exchange was in session then (a lunch break counts as in session)."""

    day: date
    in_session: bool | None  # None: before the day's open (a pre-market page: the text says more)
    note: str


def _stamp_at_exchange(text: str, published: date | None, main: Entity | None) -> _ZonedStamp | None:
    """The stamp's moment ("08:03 AM IST") at the exchange of the article's main entity, when the
    stamp names its zone and the exchange's calendar covers the day; else None."""
    moment = stamp_moment(text, published)
    found = find_exchange(main.exchange) if main is not None and main.exchange else None
    if moment is None or found is None:
        return None
    local = moment.astimezone(ZoneInfo(found.timezone))
    try:
        hours = trading_hours(found.mic, local.date())
    except CalendarUnavailable:
        return None
    # (before the open the page may tell of the session before or of pre-market trading: not decided here)
    in_session = None if hours is not None and moment < hours[0] else hours is not None and moment <= hours[1]
    note = f"the stamp {moment:%Y-%m-%d %H:%M %Z} is {local:%Y-%m-%d %H:%M} at {found.name} ({found.timezone})"
    return _ZonedStamp(local.date(), in_session, note)


def extract_claims(document: Document, entities: EntityTable | None = None) -> list[Claim]:
    """Every quantity of the document as a claim: subject, metric, aspect, period, forecast.

    Subjects are linked through the gazetteer of ``entities`` (the shipped alias table by
    default): a known entity in the clause, then the sentence, then the sentences before, then
    the headline's entity, then the article's main entity; anaphora ("the company", "its
    shares") link to the company last named or the main entity.
    """
    text = document.text
    table = entities if entities is not None else default_entities()
    layout = read_layout(text, document.title)
    linker = DocumentEntities(text, table, headline=layout.headline, lead=layout.lead, is_common_noun=_is_common_noun)
    quantities = [q for q in extract_quantities(text) if not _not_a_claim(text, q, layout, table)]
    sentences = split_sentences(text)
    zoned = _stamp_at_exchange(text, document.published, linker.main)
    if zoned is not None and zoned.day != document.published:
        # "Published 4 Sep 2024, 08:03 AM IST" on a page about a Nasdaq company: 22:33 on 3 September
        # in New York, so the page's day at the exchange is the 3rd
        document = document.model_copy(update={"published": zoned.day, "published_note": zoned.note})
    year, basis = context_year(text, document.published)
    claims: list[Claim] = []
    qi = 0
    last_subject: str | None = None
    last_entity: Entity | None = None
    # an unlisted company whose shares the sentence before moved ("SMIC slumped 3.9% ... The stock
    # has fallen 12.8% this week"): "the stock" is its, not the listed company named before it
    last_unlisted_mover: str | None = None
    market_before: str | None = None  # the index the last claim of the sentence before was about
    day_named: tuple[int, Period] | None = None  # (paragraph, the one day the last sentence naming days named)
    section_day: Period | None = None
    # "in early trade", "at the mid-day break" near the top: the article was written during the
    # session, so a move it dates only by the publication day is a move so far, not the day's
    clock = stamp_clock(text)
    session_said = (
        # (not "ahead of the minutes ... scheduled to be released later in the day": an event after
        # the close, which a finished session's report names too)
        any(m.group(0).lower() != "later in the day" for m in _TIME_OF_DAY_RE.finditer(text, 0, min(len(text), 1500)))
        or _SESSION_CLOCK_RE.search(text) is not None
        # (a quote template's "The stock traded as low as $132.45 and last traded at $132.85": the
        # latest trade of a session still running)
        or _LAST_TRADED_RE.search(text, 0, min(len(text), 1500)) is not None
        # a headline or lead in the present of the session: "Shares in Chinese companies were
        # plunging Monday", "on pace for its worst day", "what appeared to be its best day ever"
        or _IN_SESSION_WORDING_RE.search(text, 0, min(len(text), 800)) is not None
    )
    written_in_session = (
        zoned.in_session
        if zoned is not None and zoned.in_session is not None
        # (a stamp whose zone is given says whether the exchange was open: "9:04 pm ET" was not,
        # whatever the text says of the session -- "after-hours order imbalances")
        else session_said
        # a page stamped while a market was open ("Published 29 Nov, 2023 11:13am"; the zone is
        # seldom given, so any time from 9:00 to 16:00) -- not a stamp that says the market was
        # closed ("NEW YORK, January 1, 2026, 09:30 ET — Market closed") or a weekend's
        or (
            clock is not None
            and (9, 0) <= clock < (16, 0)
            and not _MARKET_CLOSED_RE.search(text, 0, min(len(text), 300))
            and not (document.published is not None and document.published.weekday() >= 5)
        )
    )
    # "If the gains in Nvidia hold, ... the biggest one-day rise in history": the page says the
    # session is not over, so the publication day's moves are moves so far, whatever day is named
    session_unfinished = _GAINS_HOLD_RE.search(text) is not None
    page_date = document.published
    last_session = _last_session_reported(text, page_date) if not written_in_session else None
    if last_session is not None:
        # "In the last trading session, 17.25 million shares ... were traded" on a quote page of
        # April 23: the page reports the session before its date, so that session is the day its
        # undated figures are of, and the day its "year-to-date" and "last five days" run to
        document = document.model_copy(update={"published": last_session})
    para_period: tuple[int, Period] | None = None  # (paragraph, the last period stated in it)
    para_day: tuple[int, Period] | None = None  # (paragraph, the one session day a sentence of it named)
    para_window: int | None = None  # the paragraph whose latest dated move was over a window ("up 8.1% in 2023")
    dateline_spans = [(d.start, d.end) for d in layout.datelines]
    session: _Session | None = None  # the last share-price session named, and by whom
    # an article dated on a weekend that names the session it reports ("on Friday"): its
    # undated price claims are that session's, not the publication day's (no trading then)
    weekend_published = document.published if document.published and document.published.weekday() >= 5 else None
    weekend_day: Period | None = None  # the session a weekend page names, or the day its story opens with
    weekend_note = "the session the article names (its publication date is a weekend)"
    story_day: Period | None = None  # a full date opening the lead ("On July 9, 2025, ...")
    lead_day_read = False  # whether the first sentence that names a day has been read for the story's session
    if weekend_published is None and document.published is not None:
        # "In trade on Tuesday September 30, Nvidia share price closed at $186.58" near the top of a
        # page of October 1: the session the story reports, for the headline and lead above it too
        story_day = _story_session(sentences, document.published, year, basis)
        if story_day is not None:
            weekend_day, weekend_note = story_day, STORY_DAY_NOTE
    list_open = False  # the line before this one opens a list or is one of its items
    # the lead's paragraph, and whether the body has named any date yet: the paragraph after an
    # undated lead still tells the story of the page's day ("Shares of Acme surged to a record
    # high in Hong Kong. [new paragraph] The stock jumped as much as 4.4%")
    lead_paragraph = next((x.paragraph for x in sentences if layout.lead is not None and x.end > layout.lead[0]), None)
    body_dated = False
    list_day: tuple[int, Period] | None = None  # the day of the line that opens a list ("On 9 July 2025 ...:")
    signs_its_falls = _SIGNED_FALL_RE.search(text) is not None
    # a page whose direction-less verbs take signed numbers ("has seen it change -0.99%"): an
    # unsigned number after one ("shares have moved 7.87%") is a rise
    signs_neutral_moves = _SIGNED_NEUTRAL_MOVE_RE.search(text) is not None
    for sent_index, sent in enumerate(sentences):
        if list_day and list_day[0] != sent.paragraph:
            opens = sentences[sent_index - 1].text.rstrip().endswith(":") or _BULLET_RE.match(
                sentences[sent_index - 1].text
            )
            if _BULLET_RE.match(sent.text) and list_day[0] == sent.paragraph - 1 and opens:
                list_day = (sent.paragraph, list_day[1])
            else:
                list_day = None
        if para_period and para_period[0] != sent.paragraph:
            # the items of a list go on in the period of the line that opens it or of the item
            # before ("- Q1 2025 NEV sales: 1,000,804 units\n- Revenue: RMB 170.36 billion")
            if _BULLET_RE.match(sent.text) and para_period[0] == sent.paragraph - 1 and list_open:
                para_period = (sent.paragraph, para_period[1])
            else:
                para_period = None
        if sent_index and sentences[sent_index - 1].paragraph != sent.paragraph:
            before = sentences[sent_index - 1].text
            list_open = bool(_BULLET_RE.match(before)) or before.rstrip().endswith(":")
        dates = [
            d
            for d in find_dates(sent.text, document.published, year, basis)
            if not layout.in_dateline(sent.start + d.start)
        ]
        mentions = linker.in_sentence(sent.start, sent.end, skip=dateline_spans)
        named_days = {
            (d.period.start, d.period.end): d.period
            for d in dates
            if d.period.granularity == "day" and (document.published is None or d.period.start <= document.published)
        }
        if len(named_days) == 1:
            day_named = (sent.paragraph, next(iter(named_days.values())))
        elif named_days:
            day_named = None  # two days: which one "the day" is is not known
        if weekend_published is not None:
            day = _weekend_session(weekend_published, dates)
            if day is not None and (weekend_day is None or day.start > weekend_day.start):
                weekend_day = day  # the latest session named: a weekend article reports the week's last
        elif story_day is None and document.published is not None and sent.start < _STORY_DAY_WITHIN:
            # "On July 9, 2025, the stock market witnessed a rebound ..." opening the story on a page
            # of July 10: the day the story reports, which dates its undated moves as a weekend's does
            day = _story_opening_day(_STORY_DAY_RE, sent.text, dates, document.published)
            if day is not None:
                story_day = weekend_day = day
                weekend_note = STORY_DAY_NOTE
            elif not lead_day_read and any(d.period.granularity == "day" for d in dates):
                # "Shares of Meta Platforms Inc. experienced a slight uptick on Wednesday, closing at
                # $357.83" as the first sentence that names a day, on a page of Thursday: the
                # session the story reports, for its undated moves further down too
                lead_day_read = True
                day = _story_lead_day(sent.text, dates, document.published)
                if day is not None:
                    story_day = weekend_day = day
                    weekend_note = STORY_DAY_NOTE
        heading = [d for d in dates if d.period.granularity == "day"]
        if (
            len(heading) == 1
            and not re.sub(r"[\W_]+", "", sent.text[: heading[0].start] + sent.text[heading[0].end :])
            # (not a site header's day after the page's own: "Wednesday, July 24, 2024" above a
            # story stamped March 9)
            and (document.published is None or heading[0].period.start <= document.published)
        ):
            section_day = heading[0].period  # "- May 26, 2025:": a date heading the lines under it
            session = None  # a new section: the session named above it is not this one
        # "The Dow ... closed up 0.7% at 35,730. It hit a record high of 35,893 on Tuesday.": the
        # sentence-opening "It" after a sentence about an index is the index, not the company
        pronoun_antecedent = (
            market_before if market_before is not None and _IT_OPENS_RE.match(sent.text) else last_subject
        )
        market_before = None
        sentence_claims: list[Claim] = []
        sentence_mover: str | None = None  # an unlisted company this sentence moves (for the next ones)
        # "Read: Acme shares slide 4% after ...": the headline of another story, linked from the page
        other_story = _OTHER_STORY_RE.match(sent.text) is not None
        while qi < len(quantities) and quantities[qi].start < sent.end:
            q = quantities[qi]
            qi += 1
            if q.start < sent.start:
                continue
            local = q.start - sent.start
            extreme_aspect: str | None = None
            if (
                signs_its_falls
                and q.unit == "percent"
                and q.direction == "down"
                and q.text[:1].isdigit()
                and _UNSIGNED_AFTER_FALL_RE.search(sent.text, max(0, local - 30), local)
            ):
                # "Over the last 30 days, the price of MSFT has fallen by 4.95%" on a page that writes
                # "it has fallen by -0.13%": the template's verb is fixed and the sign tells the
                # direction, so an unsigned number after it may be a rise
                q = q.model_copy(update={"direction": None})
            elif q.unit == "percent" and q.direction is None:
                verb = (
                    _MOVE_BEFORE_RE.search(sent.text[max(0, local - 30) : local])
                    or _MOVE_NOUN_OF_RE.search(sent.text[max(0, local - 40) : local])
                    or _MOVE_AFTER_RE.match(sent.text, local + len(q.text))
                )
                if verb is not None:
                    # "dived as much as 10%", "an ~9% single-day drop": the verb gives the direction
                    q = q.model_copy(update={"direction": "down" if verb.group("down") else "up"})
                elif (elided := _elided_direction(sent, local, sentence_claims, dates)) is not None:
                    q = q.model_copy(update={"direction": elided})
                elif (running := _RUNNING_MOVE_BEFORE_RE.search(sent.text, max(0, local - 90), local)) is not None:
                    # "taking this week's setback to almost 8 per cent": the running total's direction
                    q = q.model_copy(update={"direction": "down" if running.group("down") else "up"})
                elif (
                    sentence_claims and _gapped_move_name(sent.text, local, sentence_claims[-1], sent.start) is not None
                ):
                    q = q.model_copy(update={"direction": sentence_claims[-1].quantity.direction})
                elif (
                    _NEUTRAL_MOVE_BEFORE_RE.search(sent.text, max(0, local - 30), local)
                    and (q.text[:1] in "+-−\u2011" or signs_neutral_moves)
                    # (a vendor's day or window change signed by its number is read as one below)
                    and not _is_signed_day_change(sent.text, local, q.text)
                    and not _is_signed_window_change(sent.text, local, q.text)
                ):
                    # "the 5-day performance has seen it change -0.99%", and on that page "shares
                    # have moved 7.87%": a verb with no direction; the sign gives it
                    q = q.model_copy(update={"direction": "down" if q.text[:1] in "-−\u2011" else "up"})
                elif q.text[:1] in "+-−\u2011" and (
                    _SIGNED_MOVE_AFTER_RE.match(sent.text, local + len(q.text))
                    or _is_move_tag(sent.text, local, len(q.text))
                ):
                    # "marking a -0.18% move from the previous day", "a +3.94% change", "HSBC
                    # (+3.78%)": the sign
                    q = q.model_copy(update={"direction": "up" if q.text[0] == "+" else "down"})
            metric = _metric(sent.text, local, q, sentence_claims)
            if q.unit == "percent" and metric in ("day", "week", "month", "year", "session", "trading_day"):
                metric = None  # ("the two days ending Feb. 4, 2022, when it fell 26.6%": a percent counts no days)
            names, by_label = _sentence_names(
                sent.start, sent.text, mentions, q, last_entity, linker.main, last_unlisted_mover, linker.described
            )
            subject = _subject(sent.text, local, pronoun_antecedent, names)
            gapped = (
                _gapped_move_name(sent.text, local, sentence_claims[-1], sent.start, names) if sentence_claims else None
            )
            if gapped is not None:
                subject = gapped  # "with Meituan adding 4.93% and Tencent 1.77%": Tencent's move
            elif (first := _coordinated_listed(sent.text, local, subject, names, by_label, table)) is not None:
                subject = first  # "AIA and Ping An Insurance rose by more than 2 per cent": AIA's too
            subject_basis = "sentence" if subject is not None and any(n[2] == subject for n in names) else None
            if subject is not None and subject == last_subject and subject_basis is None:
                subject_basis = "previous"
            if subject is None:
                fallback = linker.headline_entity or linker.main
                if fallback is not None:
                    subject, subject_basis = fallback.name, "headline" if linker.headline_entity else "main"
            market_after = (
                _market_named_after(sent.start, local, local + len(q.text), sent.text, mentions)
                if q.unit == "percent"
                else None
            )
            # "helped by a 4.4% gain in Tencent", "a 3% drop in shares of Acme": the move's company named after it
            named_after = (
                _company_named_after(sent.start, local + len(q.text), sent.text, mentions)
                if q.unit == "percent" and market_after is None
                else None
            )
            if market_after is not None:
                subject, subject_basis = market_after, "sentence"  # "compared with a 13% gain on the S&P 500 index"
            elif named_after is not None:
                subject, subject_basis = named_after.name, "sentence"
            elif (antecedent := _which_clause_antecedent(sent.start, local, sent.text, mentions)) is not None:
                subject, subject_basis = antecedent, "sentence"  # "including Meta, which is up just 13%"
            entity = by_label.get(subject or "") or (table.resolve(subject) if subject else None)
            if entity is not None and entity.kind == "product" and metric in COMPANY_METRICS:
                parent = linker.gazetteer.parent(entity)
                if parent is not None:
                    subject, entity = parent.name, parent
            if (
                metric == "price"
                and q.unit == "percent"
                and entity is not None
                and entity.ticker
                and (
                    _is_price_of_ticker(sent.text, local, subject, names, entity)
                    or (
                        _THE_PRICE_OPENS_RE.match(sent.text) is not None
                        and _share_talk_before([], claims)  # (the sentences before: not "8 of the last 10 days")
                        and subject == (claims[-1].subject if claims else None)
                    )
                )
            ):
                # "Over the last 30 days, the price of MSFT has fallen by 4.95%"; "The Amazon stock price
                # fell by -0.166% on the last day ... The price has fallen in 8 of the last 10 days and
                # is down by -3.59% for this period": the shares' price
                metric = "share_price"
            elif (
                metric is None
                and q.unit == "percent"
                and q.direction is not None
                and entity is not None
                and _names_its_ticker(sent.text, local, subject, names, entity)
            ):
                metric = "share_price"  # "META lost further ground on Friday after Thursday's 11% sell-off"
            if (
                q.currency
                and q.scale == 1.0
                and sentence_claims
                and sentence_claims[-1].metric == "share_price"
                and (ended_at := _ENDED_AT_RE.fullmatch(sent.text[sentence_claims[-1].end - sent.start : local]))
                # ("a maximum drop of 4.88%, closing at 392.80 HKD, down 3.25%": the close is not
                # where the session's extreme ended)
                and not (
                    (ended_at.group("close") or "").lower().endswith("ing")
                    and _EXTREME_MOVE_BEFORE_RE.search(
                        sent.text,
                        max(0, sentence_claims[-1].start - sent.start - 40),
                        sentence_claims[-1].start - sent.start,
                    )
                )
            ):
                metric = "share_price"  # "tumbled 1.8% to HK$191.90": the price the move ended at
                subject, entity = sentence_claims[-1].subject, by_label.get(sentence_claims[-1].subject or "") or entity
                subject_basis = sentence_claims[-1].subject_basis
                aspect = _aspect(sent.text, local, len(q.text))
                period = sentence_claims[-1].period
                move = sentence_claims[-1]
                if move.aspect == "time_of_day":
                    extreme_aspect = "time_of_day"  # "fell 1% to HK$378.00" at 10am: the price then
                elif ended_at.group("close"):
                    extreme_aspect = "close"  # "jumped 5 percent to close at 46.1 Hong Kong dollars"
                elif ended_at.group("extreme") or (move.aspect == "intraday" and move.quantity.direction):
                    # "rose as much as 6.8% to a record HK$56.80": the session's high
                    word = (ended_at.group("extreme") or "").lower()
                    low = "low" in word or "trough" in word or (not word and move.quantity.direction == "down")
                    extreme_aspect = "low" if low else "high"
                else:
                    extreme_aspect = None
            if (
                metric is None
                and q.currency
                and q.scale == 1.0
                and q.value_high is None
                and (to := _MOVED_TO_BEFORE_RE.search(sent.text, max(0, local - 30), local)) is not None
                and _subject_moves(sent.text, to.start("to"), subject, names)
            ):
                metric = "share_price"  # "Acme fell to HK$354.40 on Friday": the price its move ended at
            if q.currency and _PAR_VALUE_RE.search(sent.text, max(0, local - 30), local):
                metric = "par_value"  # "ordinary shares (par value US$0.50)": a nominal value, no price
            elif q.currency and _VALUE_AFTER_RE.match(sent.text, local + len(q.text)):
                metric = "market_value"  # "erasing HK$10 billion in market value"
            elif metric == "share_price" and q.currency and q.scale >= 1e6:
                metric = None  # "HK$10 billion" is no share price: what it is, the sentence does not say here
            if metric == "price" and q.currency and _SHARE_DEAL_RE.search(sent.text[max(0, local - 110) : local]):
                metric = "share_price"  # "sold 2.1 million shares at an average price of $31.05"
            paid = (
                q.currency is not None
                and q.scale == 1.0
                and metric in (None, "price", "share_price")
                and _PAID_BEFORE_RE.search(sent.text, max(0, local - 40), local) is not None
                and re.search(r"\bshares\b", sent.text[:local], re.I) is not None
            )
            if paid:
                metric = "share_price"  # "1,222,000 shares at prices between HK$95.55 and HK$96.65 (VWAP HK$96.06)"
            if (
                metric == "price"
                and q.currency
                and q.unit == "per_share"
                and not _PER_SHARE_PAYOUT_RE.search(sent.text[max(0, local - 40) : local])
            ):
                metric = "share_price"  # "fell from its opening price of HK$280 per share"
            alternative: date | None = None  # the other day a close on an in-session page may be of
            aspect = _aspect(sent.text, local, len(q.text)) if metric == "share_price" else None
            own_dates = dates  # the dates that may date this claim (not an extreme's own day)
            if metric == "share_price" and extreme_aspect is not None:
                aspect = extreme_aspect
            if (
                metric == "share_price"
                and q.currency
                and _PREVIOUSLY_CLOSED_RE.search(sent.text, max(0, local - 40), local)
                and not any(d.period.granularity == "day" for d in dates)  # (not "had closed at $9 on May 2")
            ):
                aspect = "previous_close"  # "The stock had previously closed at $136.40": the session before
            elif (
                metric == "share_price"
                and q.currency
                and _BASE_CLOSE_LEVEL_RE.search(sent.text, max(0, local - 50), local)
                # (not "the prior close of $9 on May 2": the close of the day it names)
                and not any(0 <= d.start - (local + len(q.text)) <= 4 for d in dates)
            ):
                # "a decrease of $16.13 from the previous closing price of $620.25": the base of the
                # day's move is the close of the session before the day
                aspect = "previous_close"
            elif (
                metric == "share_price"
                and q.currency
                and aspect is None
                and _MOVE_FROM_LEVEL_BEFORE_RE.search(sent.text, max(0, local - 20), local)
                and _TO_LEVEL_AFTER_RE.match(sent.text, local + len(q.text))
                and any(
                    c.change_of == "share_price" and c.quantity.unit == "percent" and c.aspect is None
                    for c in sentence_claims
                )
            ):
                # "gained 2.97% on the last trading day, rising from HK$124.50 to HK$128.20": the
                # day's move runs from the close before it
                aspect = "previous_close"
            if paid and q.value_high is not None:
                aspect = "paid_range"  # the prices a day's trades were done at lie within its range
            elif metric == "share_price" and (
                paid
                or re.search(
                    r"\baverage\s+(?:sale\s+|selling\s+|purchase\s+)?price\s+of\s*$",
                    sent.text[max(0, local - 40) : local],
                    re.I,
                )
            ):
                aspect = "average"  # an average trade price lies within the day's range
            if aspect in TRADE_PRICE_ASPECTS:
                if entity is None or not entity.ticker:
                    # "Buffett's Berkshire sold 1 million BYD shares at an average price of HK$191.44":
                    # the price is of the company whose shares were traded, not of the seller
                    # (or the listed company the sentence before was about: "BYD slumped 1.8% after
                    # Berkshire Hathaway trimmed its stake again. Warren Buffett's Berkshire sold ...")
                    listed = [m.entity for m in mentions if m.entity is not None and m.entity.ticker]
                    prior_listed = last_entity if last_entity is not None and last_entity.ticker else None
                    owner = listed[-1] if listed else prior_listed or linker.main
                    if owner is not None and owner.ticker:
                        owner_basis = "sentence" if listed else "previous" if prior_listed is not None else "main"
                        subject, entity, subject_basis = owner.name, owner, owner_basis
            if metric in ("net_profit",) and re.search(r"attributable", sent.text, re.I):
                aspect = "attributable"
            period = _period_for(sent.text, local, q, dates, para_period, metric)
            if (
                period is not None
                and q.direction is None
                and not _is_rate_of_change(q)
                and _YEAR_EARLIER_AFTER_RE.match(sent.text, local + len(q.text))
            ):
                period = shift_year(period, -1, "a year earlier")  # "compared with 4.1 million a year earlier"
            quote_line = q.unit == "percent" and _is_quote_list_change(
                sent.text, local, q.text, sentence_claims, claims
            )
            session_after = _ONE_SESSION_AFTER_RE.match(sent.text, local + len(q.text)) if q.unit == "percent" else None
            signed_move = (
                q.unit == "percent"
                and (
                    (session_after is not None and q.text[:1] in "+-−\u2011")
                    or _is_signed_day_change(sent.text, local, q.text)
                    or _is_signed_window_change(sent.text, local, q.text)
                    or quote_line
                    # "loss -0.32% or -0.22 points to close at $69.58"
                    or (
                        q.text[:1] in "+-−\u2011"
                        and _SIGNED_TO_CLOSE_AFTER_RE.match(sent.text, local + len(q.text)) is not None
                    )
                )
            )
            if (
                (
                    metric in (None, "share_price")
                    if signed_move
                    else metric is None or _subject_moves(sent.text, local, subject, names, len(q.text))
                )
                and q.unit == "percent"
                and (q.direction is not None or signed_move)
                and entity is not None
                and entity.ticker
                and (
                    signed_move
                    or gapped is not None
                    or named_after is not None
                    or _subject_moves(sent.text, local, subject, names, len(q.text))
                    or _is_share_pronoun(sent.text, local, sentence_claims, claims)
                    or _when_it_moved(sent.text, local, sentence_claims, claims)
                    or _continues_share_move(sent.text, local, subject, sentence_claims)
                    or (metric is None and _SESSION_MOVE_AFTER_RE.match(sent.text, local + len(q.text)) is not None)
                    or (metric is None and session_after is not None)
                    or (metric is None and _days_own_move(sent.text, local, len(q.text)))
                    or (
                        _is_move_tag(sent.text, local, len(q.text))
                        and any(n[2] == subject and n[1] == _move_tag_opening(sent.text, local) for n in names)
                    )
                )
            ):
                metric = "share_price"  # "Acme slumped as much as 10.8%": a listed company's move is its shares'
                aspect = _aspect(sent.text, local, len(q.text))
                period = _period_for(sent.text, local, q, dates, None, metric)
                if quote_line and period is None:
                    # the quote list's day: the session its price lines are of, or the one the
                    # paragraph above them names ("On January 20, 2026, ... closing at $604.12." over a
                    # list of undated lines)
                    period = next(
                        (
                            c.period
                            for c in reversed(claims)
                            if c.metric == "share_price" and c.subject == subject and c.period is not None
                        ),
                        None,
                    )
            if metric == "share_price" and session_after is not None:
                # ("After registering a 2.49% upside in the last session, Acme has traded red over the
                # past five days": the session the words after the move name, not another clause's window)
                session_named = next(
                    (
                        d
                        for d in dates
                        if d.period.granularity == "day" and session_after.start() <= d.start < session_after.end()
                    ),
                    None,
                )
                if session_named is not None:
                    period = session_named.period
                elif session_after.group(0).lower().rstrip().endswith("before"):
                    # "0.87% more than the trading day before Monday, 20th May": that day is the base,
                    # the move is the next session's
                    base_day = next(
                        (d for d in dates if d.period.granularity == "day" and 0 <= d.start - session_after.end() <= 3),
                        None,
                    )
                    if base_day is not None:
                        after_base = _weekday_after(base_day.period.start)
                        period = Period(
                            start=after_base,
                            end=after_base,
                            label=f"the session after {base_day.period.label}",
                            granularity="day",
                            basis=base_day.period.basis,
                            note="the session after the base day named",
                        )
            if (
                metric is None
                and q.unit == "percent"
                and q.direction is not None
                and entity is not None
                and entity.ticker
                and subject == entity.name
                and _is_share_move_by_context(sent.text, local, len(q.text), subject, names)
            ):
                # "Acme lost 6.3 percent in Hong Kong on Tuesday" in any wording: a listed company's
                # move, in a sentence about trading that names no other measure, is its shares'
                metric = "share_price"
                aspect = _aspect(sent.text, local, len(q.text))
                period = _period_for(sent.text, local, q, dates, None, metric)
            change_in = _CHANGE_IN_RE.match(sent.text, local + len(q.text)) if q.unit == "percent" else None
            if change_in is None and q.unit == "percent" and _CHANGE_OF_BEFORE_RE.search(sent.text, 0, local):
                change_in = _CHANGED_WHAT_RE.match(sent.text, local + len(q.text))
            # (not "a 4.4% gain in Tencent": the words after "gain in" name the company, not a measure)
            if (
                change_in is not None
                and metric == "share_price"
                and named_after is None
                # (not "after a 2.1% decline in the prior session": a time, not a measure)
                and not _SESSION_WORDS_RE.fullmatch(change_in.group("what"))
            ):
                named = _metric_named(change_in.group("what"))
                if named != "share_price":
                    # "shares surged after a 21% increase in new business value": the increase is the value's
                    metric, aspect = named, None
                    period = _period_for(sent.text, local, q, dates, para_period, metric)
            change_of = metric if _is_rate_of_change(q) or (signed_move and metric == "share_price") else None
            if change_of == "share_price" and _GROWTH_RATE_AFTER_RE.match(sent.text, local + len(q.text)):
                # "the shares have fallen 24% over six months and at a 21.40% annual growth rate": a
                # growth rate of something else (earnings), not a move of the shares
                metric = change_of = "growth_rate"
            elif (
                change_of == "share_price"
                and _AVERAGED_BEFORE_RE.search(sent.text, max(0, local - 40), local)
                and _AVERAGED_AFTER_RE.match(sent.text, local + len(q.text))
            ):
                # "Over the past 12 earnings cycles, JD stock averaged a modest +1.2% return on the day
                # of results": a statistic over many days, no move of one
                metric = change_of = "average_return"
            elif change_of == "share_price" and _VOLUME_APPOSITION_BEFORE_RE.search(
                sent.text, max(0, local - 80), local
            ):
                # "closed with a 0.47% decline, trading at a volume of $9.56 billion—a 36.25% surge from
                # the previous day": the volume's change
                metric = change_of = "trading_volume"
            if change_of == "share_price" and _previous_session_move(sent.text, local, len(q.text)):
                aspect = "previous_session"  # "after the previous session's nearly 15% slump"
            elif (
                change_of == "share_price"
                and _OVERNIGHT_RE.search(sent.text, max(0, local - 100), local + len(q.text) + 60)
                and _US_LINE_RE.search(_clause_of(sent.text, local, len(q.text)))
                and not re.search(r"\bin\s+Hong\s+Kong\b", _clause_of(sent.text, local, len(q.text)), re.I)
                and not any(d.period.granularity == "day" for d in dates)  # (not "overnight on Thursday")
            ):
                # "US$20 billion overnight when its American depositary shares crashed 9.1 per cent in
                # New York trading" on a Hong Kong page: the US session before the page's day
                aspect = "previous_session"
            extreme = (
                (
                    _FROM_EXTREME_RE.match(sent.text, local + len(q.text))
                    or _DISTANCE_FROM_EXTREME_BEFORE_RE.search(sent.text, max(0, local - 60), local)
                )
                if q.unit == "percent"
                else None
            )
            since_extreme: Period | None = None
            if extreme is not None and (metric in (None, "share_price") or subject):
                # "12.5% below its 2024 high": the distance of the day's price from a period's extreme
                metric = change_of = "share_price"
                kind = extreme.group("kind").lower()
                # ("from its record close": the highest close)
                aspect_override = "from_high" if kind.startswith(("high", "peak", "close")) else "from_low"
                since_extreme = _extreme_window(
                    extreme.group("when2") or extreme.groupdict().get("when3") or extreme.group("when"),
                    document.published,
                    dates,
                )
            else:
                aspect_override = None
            comparison = _comparison_period(sent.text, dates, period, para_period)
            if change_of == "share_price" and (next_day := _next_day_of(sent.text, local, len(q.text), dates)):
                period = next_day
            if (
                change_of == "share_price"
                and period is not None
                and period.granularity in ("month", "year")
                and _since_an_unnamed_day(sent.text)
            ):
                # "since early April", "Since late 2022, ... has skyrocketed by over 870 percent": a
                # window from a day the text does not name, not April or 2022
                period = None
            if change_of and period is None and para_period is not None and metric != "share_price":
                # (a results period of the paragraph is not the window of a share's move: "after a
                # 65% slump in first-half profit ... the shares had earlier fallen 5.72%")
                period = para_period[1]
            if _mentions_same_period_last_year(sent.text, local) and para_period is not None:
                # "growth in the same period last year was N%": the value is a year earlier
                period = shift_year(para_period[1], -1, "the same period last year")
                comparison = shift_year(para_period[1], -2, "a year before that")
            if aspect_override is not None:
                aspect = aspect_override
                comparison = since_extreme
                assert extreme is not None
                # the dates before the extreme's own words ("58% through Monday from a February
                # high": Monday; not "below its 2025 high of HK$58.70, set on February 27")
                named_from = extreme.start("when") if extreme.group("when") else extreme.start("kind")
                own_dates = [d for d in dates if d.end <= named_from]
                if period is not None and not any(d.period == period for d in own_dates):
                    period = None  # the high's day, not the price's
            elif metric == "share_price" and change_of:
                spans = _sessions_spanned(sent.text, local, len(q.text))
                if spans is not None:
                    aspect = f"sessions:{spans}"  # "a two-day cumulative decline of over 10%"
            if (
                period is None
                and metric == "share_price"
                and session is not None
                and session.subject == subject
                and aspect not in TRADE_PRICE_ASPECTS  # (a sale's average price: dated only by its own sentence)
                and (
                    (
                        sent_index - session.sentence <= 2
                        # the same paragraph, or the sentence right after in the next one (pages
                        # that give each sentence a paragraph of its own)
                        and (
                            session.paragraph == sent.paragraph
                            or (sent_index - session.sentence == 1 and sent.paragraph - session.paragraph == 1)
                        )
                    )
                    or _in_list_after(sentences, session.sentence, sent_index)
                )
                # a sentence with a day or window of its own is not carried ("their lowest since
                # 2009" names no window of the move)
                and not any(
                    d.period.granularity in ("day", "window")
                    and not _SUPERLATIVE_RE.search(sent.text[max(0, d.start - 30) : d.start])
                    and not _is_reference_close(sent.text, d)
                    for d in own_dates
                )
                and not any(
                    not _SUPERLATIVE_RE.search(sent.text[max(0, a - 30) : a]) for a, _b in window_spans(sent.text)
                )
                and not q.is_magnitude
            ):
                # "HSBC ended 4.43% lower on Monday. The bank's shares had earlier fallen as much as
                # 5.72%": a sentence that names no session goes on about the session just named
                period = session.period.model_copy(update={"note": _CARRIED_NOTE})
                if (
                    written_in_session
                    and period.start == document.published
                    and aspect in ("high", "low")
                    and q.currency is not None
                ):
                    # ("BYD shares reach HKD 450 ... shares have reached a new all-time high of HKD 450" on
                    # a page written during the session: the high so far, as the sentence it goes on from)
                    aspect = "time_of_day"
            if (
                period is None
                and aspect in TRADE_PRICE_ASPECTS
                and list_day is not None
                and list_day[0] == sent.paragraph
                and _BULLET_RE.match(sent.text)
            ):
                # "On 9 July 2025 the bank repurchased ...:\n- Hong Kong: 1,222,000 shares at prices
                # between HK$95.55 and HK$96.65": an item of the list goes on in the day that opens it
                period = list_day[1].model_copy(update={"note": LIST_DAY_NOTE})
            if (
                change_of == "share_price"
                and period is not None
                and period.granularity == "year"
                and _SO_FAR_TENSE_RE.search(sent.text[max(0, local - 40) : local])
                and (document.published is None or document.published.year == period.start.year)
            ):
                # "Meta is now up 35% in 2024": the year so far, to the day of writing
                period = Period(
                    start=period.start,
                    end=document.published or period.end,
                    label=period.label,
                    granularity="window",
                    note="year to date"
                    if document.published
                    else "year to date, end not exact: the day of writing is not known",
                )
            if change_of == "share_price" and document.published is not None:
                # (a weekend page runs "so far" to the session it names: "in November alone" as of Thursday)
                as_of = weekend_day.start if weekend_day is not None else document.published
                period = _year_so_far(sent.text, local + len(q.text), period, dates, as_of)
            elif (
                change_of == "share_price"
                and period is not None
                and period.granularity == "day"
                and _FOR_THE_YEAR_RE.match(sent.text, local + len(q.text))
            ):
                # an undated page's "down about 11.3% for the year" as of the day its text names
                period = Period(
                    start=date(period.start.year, 1, 1),
                    end=period.start,
                    label="for the year",
                    granularity="window",
                    note="year to date",
                )
            if period is None and change_of == "share_price":
                since_day = next(
                    (
                        d
                        for d in dates
                        if d.period.granularity == "day"
                        and re.search(r"\bsince\s+$", sent.text[max(0, d.start - 8) : d.start], re.I)
                        # (not "heading for the lowest close since Nov. 30": a ranking, not a window)
                        and not _SUPERLATIVE_RE.search(sent.text[max(0, d.start - 40) : d.start])
                    ),
                    None,
                )
                if since_day is not None:
                    # "has soared 12% since September 24": a window from that day, whose first
                    # close (that day's or the one before) the wording leaves open
                    period = _since_day_window(since_day.period, document.published)
            since_event = _SINCE_AFTER_RE.match(sent.text, local + len(q.text)) if change_of == "share_price" else None
            event_day = (
                next(
                    (
                        d
                        for d in dates
                        if d.period.granularity == "day" and since_event.start("since") < d.start < since_event.end()
                    ),
                    None,
                )
                if since_event is not None
                else None
            )
            if event_day is not None and (period is None or period.granularity == "day"):
                # "has lost 16% since the results on June 5": a window from that day, not its move
                period = _since_day_window(event_day.period, document.published)
            if since_event is not None and not any(
                # (a day in the clause, or a date right after "since", is the window's start: "since
                # June last year"; a month further in dates the event only roughly: "since Prosus
                # shocked the market in June last year")
                (since_event.start("since") < d.start < since_event.end() and d.period.granularity == "day")
                or since_event.end("since") < d.start <= since_event.end("since") + 2
                or d.start <= since_event.start("since") < d.end
                for d in dates
            ):
                # "has jumped 25% since China's central bank introduced stimulus": from an event,
                # whose day the sentence does not give -- not the day's move
                aspect, period = "since_event", None
            if change_of == "share_price" and _BEFORE_THE_SESSION_RE.search(sent.text, 0, local):
                # "Apple's stock had previously declined over 20%", "Prior to the recent trading
                # session, Baidu's shares had increased by 15.09%": a move before the session the
                # page reports, over a stretch it does not date
                aspect, period = "time_ago", None
            if change_of == "share_price" and (
                _TIME_AGO_AFTER_RE.match(sent.text, local + len(q.text))
                # ("Comparing to 52 weeks ago, the stock is up an impressive 179.73%")
                or _TIME_AGO_BEFORE_RE.search(sent.text, 0, local)
            ):
                # "the stock remains 9% lower than it was trading 12 months ago": from a moment the
                # sentence counts back to, whose day it does not pin down -- not the day's move
                aspect, period = "time_ago", None
            if period is None and aspect in ("from_high", "from_low") and document.published is not None:
                # "the shares are now 25% below their March peak": as of writing, the last close
                period = publication_day(document.published, "as of the article's date (its last close)")
            if (
                period is None
                and metric == "share_price"
                and section_day is not None
                and aspect not in _UNDATED_WINDOWS
            ):
                period = section_day.model_copy(update={"note": SECTION_DAY_NOTE})
            if (
                period is None
                and metric == "share_price"
                and document.published is not None
                and not other_story
                and aspect not in _UNDATED_WINDOWS
                and aspect not in TRADE_PRICE_ASPECTS
                # (not "Last week, Acme's stock jumped 12%": a time the sentence names but no date
                # fixes is no session of the page's)
                and not _UNFIXED_TIME_RE.search(sent.text)
                and not _since_an_unnamed_day(sent.text)
                # (nor "The S&P 500, which is up 8.1% in 2023, ... Microsoft ... is up 36%": a
                # paragraph about moves over a window, whose undated ones are no session's)
                and para_window != sent.paragraph
            ):
                # (an insider's average sale price is reported days after the trades, from filings:
                # the article's day is not the sale's)
                # a share's price or move with no session named in the headline or lead of a
                # dated article is the publication day's ("Acme plunged 6%"); verification says
                # no_date when that day had no trading, never moves it to another day. Further
                # down, an undated sentence may be about any earlier session: not dated.
                window_before = next(
                    (
                        c.period
                        for c in reversed(sentence_claims)
                        if c.change_of == "share_price" and c.period is not None and c.period.granularity == "window"
                    ),
                    None,
                )
                if window_before is not None and change_of == "share_price":
                    # "up 62% year-to-date and outperforming its peers, including Meta, which is up
                    # just 13%": the window the sentence's first move is over
                    period = window_before
                elif weekend_day is not None and not (
                    # (the session the paragraph itself names before goes first for a story's day)
                    weekend_note == STORY_DAY_NOTE and para_day is not None and para_day[0] == sent.paragraph
                ):
                    period = weekend_day.model_copy(update={"note": weekend_note})
                elif para_day is not None and para_day[0] == sent.paragraph:
                    # "... divergent from some of its competitors on Tuesday. Apple Inc. saw a drop
                    # of 3.58%, Microsoft ... 1.37%": the session the paragraph named before
                    period = para_day[1].model_copy(update={"note": PARAGRAPH_DAY_NOTE})
                elif (
                    day_named is not None
                    and sent.paragraph - day_named[0] <= 1
                    and _THE_DAY_RE.search(_clause_of(sent.text, local, len(q.text)))
                ):
                    # "Amazon joined the $2 trillion club on Wednesday ... \n\n Amazon.com Inc. stock
                    # ended the day up almost 4%": "the day" is the one named just before
                    period = day_named[1].model_copy(update={"note": THE_DAY_NOTE})
                elif layout.in_headline(q.start) or layout.in_lead(q.start):
                    period = publication_day(document.published, f"{PUBLICATION_DAY_NOTE} (headline or lead)")
                elif (
                    lead_paragraph is not None
                    and sent.paragraph == lead_paragraph + 1
                    and not body_dated
                    and not dates
                    and subject is not None
                    and linker.main is not None
                    and subject == linker.main.name
                    # (not "The stock rose 25% after Zenith released its forecast": whose stock, then?)
                    and not any(m.start >= q.end and _in_event_clause_after(text, q.end, m.start) for m in mentions)
                ):
                    period = publication_day(
                        document.published, f"{PUBLICATION_DAY_NOTE} (the paragraph after an undated lead)"
                    )
                elif any(
                    m.kind in ("alias", "ticker")
                    and m.entity is not None
                    and m.entity.name == subject
                    and not _in_event_clause_after(text, q.end, m.start)
                    for m in mentions
                ):
                    # a sentence naming the company with its move and no session, in a dated
                    # article (a market report: "Acme tumbled 1.8% to HK$191.90"): that day's too;
                    # "the stock", "its shares" alone do not date it
                    period = publication_day(
                        document.published, f"{PUBLICATION_DAY_NOTE} (the company named, no session)"
                    )
                if (
                    period is not None
                    and written_in_session
                    and period.start == document.published
                    and aspect == "previous_close"
                ):
                    pass  # "The stock had previously closed at $232.68": the close before the session the page is in
                elif (
                    period is not None
                    and written_in_session
                    and period.start == document.published
                    and _CLOSE_OF_DAY_RE.search(_clause_of(sent.text, local, len(q.text)))
                ):
                    # "Tencent lost 4.85 percent closing at HK$412.40", "Meta shares had closed 1.25%
                    # higher" on a page that reads as written during a session: a close, so the
                    # session before the page's day, or that day's if written after its close (a
                    # byline after 4 p.m., "closed the day at $151.20" at 4:47 PM: the page's day)
                    if not (clock is not None and clock >= (16, 0)):
                        session_before = _weekday_before(document.published)
                        period = Period(
                            start=session_before,
                            end=session_before,
                            label=period.label,
                            granularity="day",
                            note=LAST_CLOSE_NOTE.format(page=document.published),
                        )
                        alternative = document.published
                elif period is not None and (
                    (written_in_session and period.start == document.published)
                    # (a weekend page whose text says it was written in the session it reports: "surged
                    # 2.9% in mid-day trading" on Friday, republished on Saturday)
                    or (
                        session_said
                        and weekend_published is not None
                        and weekend_day is not None
                        and period.start == weekend_day.start
                    )
                ):
                    if (
                        aspect == "intraday"
                        and change_of == "share_price"
                        and AS_MUCH_AS_BEFORE_RE.search(sent.text, max(0, local - 20), local)
                    ):
                        # "plunged as much as 19%" during the session: the extreme so far, which
                        # the day's cannot fall short of
                        aspect = "extreme_so_far"
                    else:
                        aspect = "time_of_day"  # the article was written during the session: a move so far
            elif (
                period is not None
                and session_unfinished
                # (or, on a weekend page, the session it reports: a Friday story republished on Saturday)
                and (
                    period.start == document.published
                    or (weekend_day is not None and period.start == weekend_day.start)
                )
                and aspect is None
                and change_of == "share_price"
            ):
                aspect = "time_of_day"  # "exploded 27% in trading on Thursday. If the gains hold, ...": so far
            elif (
                written_in_session
                and period is not None
                and period.note == "relative to the publication date"
                # ("today"; or the page's own weekday on a page that says it was written in the
                # session, not only by its clock stamp: "shot up 13.8% on Friday" beside "450,873
                # shares changed hands during mid-day trading")
                and (
                    period.label.lower().startswith("today")
                    or (
                        session_said
                        and aspect is None  # ("adding as much as 12.6%": the high so far is the day's high at most)
                        and period.granularity == "day"
                        and not _CLOSE_WORD_RE.search(sent.text)
                    )
                )
                and period.start == document.published
                and aspect in (None, "intraday", "high", "low")
                and "share_price" in (metric, change_of)
            ):
                aspect = "time_of_day"  # "Up 1.43% at today's intraday high" on a page "as of 11:34:56 AM ET"
            elif (
                (written_in_session or session_unfinished)
                and period is not None
                and period.granularity == "window"
                and period.end == document.published
                and aspect is None
                and change_of == "share_price"
                and not _CLOSE_WORD_RE.search(sent.text)
            ):
                # "Month-to-date, the stock is down 1.92%" on a page "accurate as of 12:39:48 PM ET":
                # the window ends at a moment of the page's day (the day's range, or the close
                # before it when written before the open)
                aspect = "so_far"
            if (
                aspect is None
                and change_of == "share_price"
                and period is not None
                and period.granularity == "day"
                and period.start == document.published
                and _present_move(sent.text, local, len(q.text))
                and not _CLOSE_WORD_RE.search(_clause_of(sent.text, local, len(q.text)))
            ):
                # "Nvidia stock is up 3% today", "shares are trading 3% higher on Monday": the present
                # tense on the page's own day is a move so far, written while the session ran
                aspect = "time_of_day"
            if (
                aspect is None
                and change_of == "share_price"
                and period is not None
                and period.granularity == "day"
                and any(
                    _LAST_TRADED_RE.search(x.text) and x.paragraph == sent.paragraph
                    for x in sentences[sent_index + 1 : sent_index + 3]
                )
            ):
                # "traded up 4.6% during trading on Monday. The company traded as high as $72.37 and
                # last traded at $71.59": the move to the last trade, a moment of that session
                aspect = "time_of_day"
            if (
                (written_in_session or session_unfinished)
                and aspect in ("from_high", "from_low")
                and (period is None or period.end == document.published)
            ):
                # "Down 70.57% from its 52-week closing high of $347.56" on a page "currently at
                # $102.30": the distance at a moment of the session, which daily bars do not give
                aspect = "time_of_day"
            tag = _QUOTE_TAG_RE.search(sent.text, max(0, local - 12), local) if q.unit == "percent" else None
            if tag is not None and sent.text.startswith(")", local + len(q.text)):
                # "Rivian (RIVN 2.84%)": a live quote widget, the move when the page was served
                which = "t" if tag.group("t") else "c"
                a, symbol = sent.start + tag.start(which), tag.group(which)
                ticker = next((m for m in mentions if m.kind == "ticker" and m.start <= a < m.end), None)
                known = ticker.entity if ticker is not None else table.by_ticker(symbol)
                subject = known.name if known is not None else symbol
                subject_basis, metric, aspect, period, change_of = "sentence", "share_price", "quote_tag", None, None
            if (
                aspect is None
                and change_of == "share_price"
                and q.direction == "up"
                and _HIT_A_HIGH_BEFORE_RE.search(sent.text, max(0, local - 100), local)
                and not _CLOSE_WORD_RE.search(sent.text)
            ):
                # "Nvidia's share price hit a fresh lifetime high, after rising nearly 3 per cent": the
                # rise to a high the shares hit during the session; the day's range decides
                aspect = "intraday"
            if aspect == "after_release":
                named_day = any(d.period.granularity == "day" for d in dates)
                aspect = None if named_day else "time_of_day"
            claim = Claim(
                id=f"{document.id}:{q.start}:{q.end}",
                doc_id=document.id,
                quantity=q,
                subject=subject,
                metric=metric,
                aspect=aspect,
                period=period,
                comparison_period=comparison if change_of else None,  # from_high/low: the extreme's window
                change_of=change_of,
                is_forecast=_is_forecast(sent.text, local),
                sentence=sent.text,
                sentence_start=sent.start,
                subject_basis=subject_basis,
                session_alternative=alternative,
            )
            sentence_claims.append(claim)
            if (
                metric == "share_price"
                and subject
                and period is not None
                and period.granularity == "day"
                and not _is_carried(period)  # a carried session is not named again: no chain
                # "down 16.04% from its all-time closing high of $382.18 on September 7, 2021":
                # the day of the level a gap is measured from is not the story's session
                and not (
                    aspect in ("high", "low") and _GAP_BASE_BEFORE_RE.search(sent.text[max(0, local - 60) : local])
                )
                # nor "Down 67.72% from 52 weeks ago (Oct. 28, 2021), when it closed at $316.92":
                # the close a change is measured from
                and not _BASE_CLOSE_WHEN_RE.search(sent.text[max(0, local - 80) : local])
                # (and a distance from an extreme dated by no word of its own names no session)
                and not (aspect in ("from_high", "from_low") and not any(d.period == period for d in own_dates))
            ):
                session = _Session(subject, period, sent_index, sent.paragraph)
            from_market = any(m.kind == "market" and m.text == subject for m in mentions)
            market_before = subject if from_market else None
            if subject and subject_basis in ("sentence", "previous") and not from_market:
                last_subject = subject
                if entity is not None:
                    last_entity = entity
                    last_unlisted_mover = None
                elif (
                    subject_basis == "sentence"
                    and ("share_price" in (metric, change_of) or (q.unit == "percent" and q.direction is not None))
                    and _opens_with_a_mover(sent.text, subject)
                ):
                    sentence_mover = subject  # ("Despite losing 40% ...": no name, no mover)
        if dates and layout.lead is not None and sent.end > layout.lead[0]:
            body_dated = True
        if _RESPECTIVELY_RE.search(sent.text):
            sentence_claims = _respectively(sent.start, sent.text, sentence_claims, mentions, document.published)
        explicit = [d for d in dates if d.period.granularity in ("quarter", "half", "year", "month")]
        all_forecasts = bool(sentence_claims) and all(c.is_forecast for c in sentence_claims)
        if explicit and not all_forecasts:  # a forecast's period does not date the sentences after it
            para_period = (sent.paragraph, explicit[-1].period)
        if sent.text.rstrip().endswith(":"):
            days = [d for d in dates if d.period.granularity == "day"]
            list_day = (sent.paragraph, days[0].period) if len(days) == 1 else None
        if not sentence_claims:
            linked = [m for m in mentions if m.kind in ("alias", "ticker", "name")]
            if linked:
                # the sentence's subject when a name opens it ("Nvidia's performance underscores its
                # lead ..., where players like Microsoft and Alphabet ..."), else the last name
                opens = _OPENS_SENTENCE_RE.fullmatch(sent.text[: linked[0].start - sent.start])
                last = linked[0] if opens and linked[0].entity is not None else linked[-1]
                last_subject = last.entity.name if last.entity is not None else last.text
                if last.entity is not None:
                    last_entity = last.entity
                    last_unlisted_mover = None
            named_session = _named_session(sent.text, sent.start, dates, linked)
            if named_session is not None:
                # "Nvidia witnessed its shares reach an all-time high on January 8. The company's
                # stock surged by 6.4 per cent": a session named without a number is carried too
                session = _Session(*named_session, sent_index, sent.paragraph)
        elif not any(c.metric == "share_price" or c.change_of == "share_price" for c in sentence_claims):
            # "Apple shares closed lower on Tuesday, ... within striking distance of a $3 trillion
            # market value": its numbers are no share price, but the session it names is carried
            linked = [m for m in mentions if m.kind in ("alias", "ticker", "name")]
            named_session = _named_session(sent.text, sent.start, dates, linked)
            if named_session is not None:
                session = _Session(*named_session, sent_index, sent.paragraph)
        claims.extend(sentence_claims)
        # the session day the sentence dates a share's move or price by (or, with no number, the
        # day it says a share did something: "The stock's performance was divergent ... on Tuesday")
        session_days = {
            c.period
            for c in sentence_claims
            if "share_price" in (c.metric, c.change_of)
            # (a past extreme's day: "its all-time high ... on Sept. 7, 2021", and a distance from it)
            and c.aspect not in ("high", "low", "from_high", "from_low")
            and c.period is not None
            and c.period.granularity == "day"
            and not _is_derived_day(c.period.note)
            and not (c.period.note or "").startswith(PUBLICATION_DAY_NOTE)
        }
        if not sentence_claims and _SHARE_WORD_RE.search(sent.text):
            session_days |= {
                d.period
                for d in dates
                if d.period.granularity == "day"
                and _is_session_day(sent.text, d)
                and (document.published is None or d.period.start <= document.published)
            }
        windows = [
            c
            for c in sentence_claims
            if c.quantity.unit == "percent"
            and c.quantity.direction is not None
            and c.period is not None
            and c.period.granularity != "day"
            and c.period.basis == "stated"
            and not (c.period.note or "").startswith(PUBLICATION_DAY_NOTE)
        ]
        if (
            windows
            and not session_days
            and any(
                c.period is not None and (c.period.granularity == "year" or "year to date" in (c.period.note or ""))
                for c in windows
            )
        ):
            para_window, para_day = sent.paragraph, None
        elif session_days:
            para_window = None
        if len(session_days) == 1:
            para_day = (sent.paragraph, next(iter(session_days)))
        elif session_days:
            para_day = None  # two days named: which one goes on is not known
        if sentence_mover is not None:
            last_unlisted_mover = sentence_mover
    if last_session is not None and page_date is not None:
        claims = [_as_of_last_session(c, page_date, last_session) for c in claims]
    if page_date is not None:
        claims = _carried_closes_keep_their_other_day(claims, page_date)
    claims = _rounded_headline_takes_the_body_day(claims, layout)
    from claims.reading.relations import stated_extremes_conflict

    return stated_extremes_conflict(_extremes_so_far(_repeats_keep_their_moment(_repeats_take_the_named_day(claims))))


# A page that reports "the last trading session" ("In the last trading session, 17.25 million
# shares ... were traded"; "Sporting -1.35% in the red in last session"): written after it, before
# the session of the page's own date
_LAST_SESSION_PAGE_RE = re.compile(
    r"\b(?:in|during|at\s+the\s+(?:end|close)\s+of|ended|closed|finished)\s+(?:the\s+)?(?:last|latest|most\s+recent)\s+"
    r"(?:trading\s+session|session|trading\s+day|trading)\b"
    # (the templates' "ended the recent trading session at $120.50", "In the recent trading on the
    # day, stock has struck ..."; not "in recent trading", a stretch of sessions)
    r"|\b(?:ended|closed|finished)\s+the\s+recent\s+trading\s+(?:session|day)\b|\bin\s+the\s+recent\s+trading\b"
    # the Zacks template's "The latest trading session saw Nvidia (NVDA) ending at $120.50"
    r"|\bthe\s+(?:last|latest|most\s+recent)\s+trading\s+session\s+saw\b"
    # a sentence that opens with it: "In the previous session, the stock saw a rise, peaking at ..."
    # (not "up from $9 in the previous session": the session before a day the page names)
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))In\s+the\s+(?:previous|prior)\s+(?:trading\s+)?(?:session|day),",
    re.I | re.M,
)
_LAST_SESSION_WITHIN = 1500  # characters from the top
_LAST_DAY_NAMED_RE = re.compile(
    r"\b(?:last|latest|most\s+recent)\s+(?:trading\s+session|session|trading\s+day|day)\b", re.I
)
LAST_SESSION_NOTE = (
    "the last trading session, which the page reports (the session before its date, {page:%Y-%m-%d}, "
    "or that day if written after its close)"
)


# "The stock rose 25 percent after Nvidia released its forecast": a name in a clause after the
# number that tells what the move followed names the event's actor, not the day's mover
_EVENT_CLAUSE_RE = re.compile(r"\b(?:after|since|when|following|before|because|ahead\s+of|as)\b", re.I)


def _in_event_clause_after(text: str, number_end: int, mention_start: int) -> bool:
    return mention_start > number_end and _EVENT_CLAUSE_RE.search(text, number_end, mention_start) is not None


def _last_session_reported(text: str, published: date | None) -> date | None:
    """The weekday before the publication date, when the page says it reports the last session
    (the exchange calendar is applied when the claim is checked: a holiday there gives way to the
    session before it, since the last session is one)."""
    if published is None:
        return None
    m = _LAST_SESSION_PAGE_RE.search(text, 0, _LAST_SESSION_WITHIN)
    if m is None:
        return None
    if any(
        d.period.granularity == "day" and d.period.start == published
        for named in _LAST_DAY_NAMED_RE.finditer(text, 0, _LAST_SESSION_WITHIN)
        for d in find_dates(text[named.end() : named.end() + 40], published, published.year, "stated")
    ):
        # "fell by -1.77% on the last day (Tuesday, 7th May 2024)": the page's own day, named (here or
        # in another mention of the last day than the one that says the page reports it)
        return None
    return _weekday_before(published)


def _weekday_after(day: date) -> date:
    """The weekday after ``day``: the session after it, until the exchange calendar is applied
    when the claim is checked (``claims.verify.market``)."""
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _weekday_before(day: date) -> date:
    """The weekday before ``day``: the session before it, until the exchange calendar is applied
    when the claim is checked (``claims.verify.market``)."""
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _carried_closes_keep_their_other_day(claims: list[Claim], page_date: date) -> list[Claim]:
    """A move carried from a close an in-session page reports ("closing at 392.80 HKD per share,
    down 3.25%") may be of either day that close may be, as the close is."""
    days = {
        c.period.end
        for c in claims
        if c.period is not None
        and c.session_alternative == page_date
        and (c.period.note or "").startswith(LAST_CLOSE_NOTE.split("{", 1)[0])
    }
    if not days:
        return claims
    return [
        c.model_copy(update={"session_alternative": page_date})
        if c.session_alternative is None and _is_carried(c.period) and c.period is not None and c.period.end in days
        else c
        for c in claims
    ]


def _as_of_last_session(c: Claim, page_date: date, last_session: date) -> Claim:
    """A claim dated from the publication date on a last-session page says so, and keeps the
    page's own day as the other reading: the page may have been written after that day's close.
    An undated share claim whose sentence names the last session ("gained 2.97% on the last
    trading day" on a Saturday page) is of it."""
    if (
        # (undated, or dated only from another sentence: the story's opening day, the sentence before)
        (c.period is None or (c.period.note or "") in (STORY_DAY_NOTE, _CARRIED_NOTE, PARAGRAPH_DAY_NOTE))
        and c.metric == "share_price"
        and _LAST_DAY_NAMED_RE.search(c.sentence) is not None
        and not _UNFIXED_TIME_RE.search(c.sentence)
    ):
        period = Period(
            start=last_session,
            end=last_session,
            label="the last trading day",
            granularity="day",
            note=LAST_SESSION_NOTE.format(page=page_date),
        )
        # (a weekend page's own day had no session: no other reading)
        alternative = page_date if page_date.weekday() < 5 else None
        return c.model_copy(update={"period": period, "session_alternative": alternative})
    if c.period is None or c.period.end != last_session:
        return c
    note = c.period.note or ""
    if note.startswith(PUBLICATION_DAY_NOTE):
        period = c.period.model_copy(update={"note": LAST_SESSION_NOTE.format(page=page_date)})
        return c.model_copy(update={"period": period, "session_alternative": page_date})
    if _is_carried(c.period) or c.period.granularity == "window":
        return c.model_copy(update={"session_alternative": page_date})
    return c


_LIST_RUN_MAX = 15  # list lines a session named above a list is carried through


def _in_list_after(sentences: list[_Sentence], named: int, index: int) -> bool:
    """ "As of January 20, 2026, Acme experienced a decline in its stock price. The key stock
    metrics for the day are as follows:" and then "• Closing Price: $178.07", "• Percentage Change:
    -4.38%": a list's lines, right after the sentence that named the session (or an introduction
    ending in a colon), are of that session."""
    if not 0 < index - named <= _LIST_RUN_MAX or not _BULLET_RE.match(sentences[index].text):
        return False
    between = sentences[named + 1 : index]
    # list lines only, but for one introduction right after the named sentence (not "Over the past
    # 52 weeks, the stock traded in this range:": the lines are the window's)
    return all(_BULLET_RE.match(s.text) for s in between[1:]) and all(
        _BULLET_RE.match(s.text) or (s.text.rstrip().endswith(":") and not _NOT_A_DAYS_MOVE_RE.search(s.text))
        for s in between[:1]
    )


def _named_session(
    sentence: str, sentence_start: int, dates: list[DateMention], linked: list[Mention]
) -> tuple[str, Period] | None:
    """The company and trading day of a sentence with no number that says what its shares did on
    one day: the first listed company it names, a share word after it, one session day
    ("Microsoft Corp.'s stock closed Thursday with a milestone only Apple Inc. had achieved")."""
    listed = sorted((m for m in linked if m.entity is not None and m.entity.ticker), key=lambda m: m.start)
    days = [d for d in dates if _is_session_day(sentence, d)]
    if not listed or len(days) != 1:
        return None
    first = listed[0]
    share = _SHARES_DID_RE.search(sentence, first.end - sentence_start)
    if share is None or first.entity is None:
        return None
    return first.entity.name, days[0].period


REPEAT_DAY_NOTE = "the day the article names for the same figure"
PARAGRAPH_DAY_NOTE = "the session named earlier in the paragraph"
# a share's session, not a corporate action on shares ("announced a share buyback on Monday")
_SHARE_WORD_RE = re.compile(
    r"\b(?:stock|stocks|shares)\b(?!\s+(?:buy-?backs?|repurchases?|splits?|offerings?|options?|awards?|sales?|grants?))",
    re.I,
)


def _repeats_take_the_named_day(claims: list[Claim]) -> list[Claim]:
    """A share move dated only by the publication day that the article repeats with a day named
    ("Nvidia shares face an unexpected 5.5 per cent drop" above "Nvidia on Friday, saw an unexpected
    5.5 per cent drop") is of that day."""
    # (a page's "last trading session" is a day from the publication date too)
    by_page_day = (PUBLICATION_DAY_NOTE, LAST_SESSION_NOTE.split("(", 1)[0])
    named: dict[tuple[str | None, float, str | None], dict[tuple[date, date], Period]] = {}
    for c in claims:
        if (
            c.change_of == "share_price"
            and c.period is not None
            and c.period.granularity == "day"
            and not (c.period.note or "").startswith(by_page_day)
            and not _is_carried(c.period)
        ):
            # ("on Jul 17" and "on July 17": one day)
            days_of = named.setdefault((c.subject, c.quantity.value, c.quantity.unit), {})
            days_of.setdefault((c.period.start, c.period.end), c.period)
    out = []
    for c in claims:
        days = named.get((c.subject, c.quantity.value, c.quantity.unit), {})
        if (
            c.change_of == "share_price"
            and c.period is not None
            and (c.period.note or "").startswith(by_page_day)
            and len(days) == 1
        ):
            day = next(iter(days.values())).model_copy(update={"note": REPEAT_DAY_NOTE})
            c = c.model_copy(update={"period": day, "session_alternative": None})
        out.append(c)
    return out


def _rounded_headline_takes_the_body_day(claims: list[Claim], layout: Layout) -> list[Claim]:
    """A headline's move of "today" that the body reports rounded-up, with a session named ("Why
    Amazon shares tumbled 8% today" over "Shares of Amazon ... ended Thursday down by 7.81%", on a
    page dated the Friday after: a copy republished a day later) is of the body's session."""
    body = [
        (c, c.period)
        for c in claims
        if c.change_of == "share_price"
        and c.period is not None
        and c.period.granularity == "day"
        and c.period.label.lower().rstrip("'s") in _WEEKDAY_NAMES
        and not layout.in_headline(c.start)
    ]
    out = []
    for c in claims:
        if (
            c.change_of == "share_price"
            and layout.in_headline(c.start)
            and c.period is not None
            and c.period.label.lower() == "today"
            and c.quantity.hedge == "exact"
        ):
            precision = stated_precision(c.quantity)  # ("8%": ±0.5, "7.8%": ±0.05)
            days = {
                day
                for b, day in body
                if b.subject == c.subject
                and b.quantity.direction == c.quantity.direction
                and 0 < (c.period.start - day.start).days <= 3
                and abs(abs(b.quantity.value) - abs(c.quantity.value)) <= precision / 2
            }
            if len(days) == 1:
                c = c.model_copy(update={"period": next(iter(days)).model_copy(update={"note": REPEAT_DAY_NOTE})})
        out.append(c)
    return out


_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday"})


_IN_SESSION_WORDING_RE = re.compile(
    # (the shares' present, not a quote's "rates are falling")
    r"\b(?:shares|stocks?|ADRs?|ADSs?)\s+(?:[\w’'.-]+\s+){0,4}?(?:is|are|was|were)\s+(?:plunging|falling|sliding|rising"
    r"|climbing|jumping|soaring|surging|tumbling|gaining|losing|dropping|rallying|sinking|slumping|plummeting"
    r"|skyrocketing|tanking|spiking)\b"
    # (a day's pace, not "on track for its best-ever annual performance")
    r"|\b(?:on\s+(?:pace|track)\s+for|appeared\s+to\s+be)\s+(?:its|their|the)\s+"
    r"(?:best|worst|biggest|largest|steepest|sharpest)(?:[-\s]ever)?\s+(?:(?:one|single)[-\s])?(?:day|session)\b",
    re.I,
)


def _extremes_so_far(claims: list[Claim]) -> list[Claim]:
    """ "took a hit on Monday, declining as much as 3.7%. But as of 1:30 p.m. ET, the stock was down
    2.1%.": a session's extreme told next to a quote of a stated clock time is the extreme so far,
    which the day's later trading may have passed (``extreme_so_far``)."""
    out = list(claims)
    for i, c in enumerate(out):
        if (
            c.aspect != "intraday"
            or c.change_of != "share_price"
            or c.period is None
            or not AS_MUCH_AS_BEFORE_RE.search(c.sentence[: c.start - c.sentence_start])
        ):
            continue
        quoted_then = any(
            n.aspect == "time_of_day"
            and n.subject == c.subject
            and n.period is not None
            and n.period.start == c.period.start
            and _SESSION_CLOCK_RE.search(n.sentence) is not None
            for n in out[i + 1 : i + 4]
            # (its own sentence or the next one)
            if 0 <= n.sentence_start - c.sentence_start <= len(c.sentence) + 3
        )
        if quoted_then:
            out[i] = c.model_copy(update={"aspect": "extreme_so_far"})
    return out


def _repeats_keep_their_moment(claims: list[Claim]) -> list[Claim]:
    """A share move or price the article repeats (a caption, a summary: "chart showing 9.9% surge on
    August 1") is the moment it first named ("surged 9.9% during the morning session")."""
    moments: set[tuple[str | None, float, str | None, object]] = set()
    out = []
    for c in claims:
        if c.metric == "share_price" and c.period is not None:
            key = (c.subject, c.quantity.value, c.quantity.unit, c.period.start)
            if c.aspect == "time_of_day":
                moments.add(key)
            elif c.aspect is None and key in moments:
                c = c.model_copy(update={"aspect": "time_of_day"})
        out.append(c)
    return out


_FOR_THE_YEAR_RE = re.compile(
    rf"\s+(?:so\s+far\s+)?(?:for|in|on)\s+the\s+year\b(?!['’]s|\s+(?:ended|ending)\b|\s+to\s+(?:the\s+end|end|{MONTHS}))",
    re.I,
)


def _since_day_window(day: Period, published: date | None) -> Period:
    """ "since September 24", "since the results on June 5": a window from that day to the page's,
    whose first close (that day's or the one before) the wording leaves open."""
    return Period(
        start=day.start,
        end=published or day.start,
        label=f"since {day.label}",
        granularity="window",
        note="since a day: not exact whether that day's move is in",
    )


def _year_so_far(
    sentence: str, after: int, period: Period | None, dates: list[DateMention], published: date
) -> Period | None:
    """A share's move over a year the article is written in runs to the day of writing, never past
    it ("its stock having fallen 17% this year"); "up 22% for the year" as of a named day runs to
    that day ("As of the close on Wednesday, ... up 22 per cent for the year")."""
    period = _year_so_far_window(sentence, after, period, dates, published)
    as_of = _as_of_day(sentence, after, dates)
    if (
        period is not None
        and as_of is not None
        and period.granularity == "window"
        and period.start <= as_of < period.end
    ):
        # "have risen 159% since the start of the year as of the close of trading on May 31"
        return Period(start=period.start, end=as_of, label=period.label, granularity="window", note=period.note)
    return period


# "as of the close of trading on May 31", "as of Wednesday's close", "as of May 31": the day a window runs to
_AS_OF_BEFORE_RE = re.compile(
    r"\bas\s+(?:of|at)\s+(?:the\s+(?:close|end)\s+(?:of\s+(?:trading|the\s+(?:session|day))\s+)?(?:on\s+)?)?$", re.I
)


def _as_of_day(sentence: str, after: int, dates: list[DateMention]) -> date | None:
    """The day an "as of" in the number's own stretch of the sentence names: no other number lies
    between them (not "are up 154% this year and have accounted for nearly 30% of the S&P 500's
    return as of Monday's close", whose day is the other figure's)."""
    for d in dates:
        if d.period.granularity != "day" or not _AS_OF_BEFORE_RE.search(sentence, max(0, d.start - 50), d.start):
            continue
        between = sentence[after : d.start] if d.start >= after else sentence[d.end : after]
        numbers = len(re.findall(r"\d[\d.,]*", between))
        if numbers == (0 if d.start >= after else 1):
            return d.period.start
    return None


def _year_so_far_window(
    sentence: str, after: int, period: Period | None, dates: list[DateMention], published: date
) -> Period | None:
    if _FOR_THE_YEAR_RE.match(sentence, after):
        days = [d.period for d in dates if d.period.granularity == "day" and d.period.start.year == published.year]
        end = days[-1].start if days else published
        return Period(
            start=date(end.year, 1, 1), end=end, label="for the year", granularity="window", note="year to date"
        )
    if period is not None and period.granularity == "year" and period.start <= published < period.end:
        return Period(start=period.start, end=published, label=period.label, granularity="window", note="year to date")
    if period is not None and period.granularity == "month" and period.start <= published < period.end:
        # "has surged 12% in November alone" on a page of November 10: the month so far
        return Period(start=period.start, end=published, label=period.label, granularity="window", note="month to date")
    return period


_BEFORE_THE_SESSION_RE = re.compile(
    r"\bhad\s+(?:previously|already)\s+[a-z]+ed\b|\bpreviously\s+had\b"
    r"|\bprior\s+to\s+(?:the|this|today['’]s)\s+(?:recent\s+|latest\s+|last\s+)?(?:trading\s+)?session\b[^.;]{0,60}\bhad\b",
    re.I,
)
_TIME_AGO_BEFORE_RE = re.compile(
    r"\b(?:compar(?:ed|ing)\s+(?:to|with)|versus|vs\.?)\s+(?:\w+\s+){1,3}?ago\s*,[^,;]{0,60}$", re.I
)
_TIME_AGO_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:than|from|compared\s+with|versus|vs\.?)\s+(?:(?:it|they)\s+(?:was|were)\s+(?:[a-z]+\s+){0,2}?)?"
    # (not "than a day earlier": the day's own move)
    r"(?!(?:a|an|one)\s+(?:day|session)\b)"
    r"(?:(?:a|an|one|two|three|four|five|six|nine|twelve|eighteen|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b"
    # "up 157.52% from the same time last year": a moment a year back, no day named
    r"|the\s+same\s+(?:time|point|day)\s+(?:last|a)\s+year\b)",
    re.I,
)
# moves counted from an event or a moment the sentence does not date: no session is assumed for them
_UNDATED_WINDOWS = ("since_event", "time_ago")
# (also past the figure's own words: "has lost 16 per cent or HK$722 billion in market value since ...")
_SINCE_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:or\s+[^,;.]{2,40}?\s+)?(?P<since>since)\s+[^,;.]{3,80}", re.I)
# "as of 9.40 a.m.", "as at 1:15 p.m. ET" anywhere on the page: written while the market was open
# (a time from 4 p.m. on is after both Hong Kong's and New York's close)
_TO_A_HIGH_AFTER_RE = re.compile(
    r"\s+to\s+(?:an?\s+)?(?:new\s+)?(?:record|all-time|fresh|lifetime|intraday)\s+(?:high|peak)\b", re.I
)
_BASE_CLOSE_RE = re.compile(r"\b(?:previous|prior|last|preceding)\s+(?:day['’]s\s+|session['’]s\s+)?clos\w*", re.I)
_CLOSE_WORD_RE = re.compile(r"\bclos(?:e|ed|es|ing)\b(?!\s+to\b)", re.I)  # (not the hedge "close to")
# a clause that reports a session's end: "closing at", "had closed", "ended the day", "at the close"
_CLOSE_OF_DAY_RE = re.compile(
    r"\bclos(?:ed|ing)\b(?!\s+to\b)|\b(?:ended|finished)\s+(?:the\s+)?(?:trading\s+)?(?:day|session)\b"
    r"|\bat\s+the\s+close\b",
    re.I,
)
# "ended the day up 4%", "closed the day at", "on the day": a day the text named before
_THE_DAY_RE = re.compile(r"\b(?:(?:ended|closed|finished)\s+the\s+day|on\s+the\s+day)\b", re.I)
THE_DAY_NOTE = "the day named just before ('the day')"
LAST_CLOSE_NOTE = (
    "a close the page reports, which reads as written during a session: the session before its date, "
    "{page:%Y-%m-%d}, or that day if written after its close"
)
_SESSION_CLOCK_RE = re.compile(
    # (with seconds too: "All data as of 11:34:56 AM ET")
    r"\bas\s+(?:of|at)\s+(?:(?:9|10|11)[:.]\d{2}(?::\d{2})?\s*a\.?m\b|(?:12|1|2|3)[:.]\d{2}(?::\d{2})?\s*p\.?m\b)",
    re.I,
)
_BASE_CLOSE_LEVEL_RE = re.compile(
    r"\b(?:the\s+|its\s+|their\s+)?(?:(?:previous|prior|preceding)\s+(?:day['’]s\s+|session['’]s\s+|trading\s+day['’]s\s+)?"
    r"|(?:the\s+)?day\s+before(?:['’]s)?\s+)"
    r"(?:close|closing\s+price|closing\s+level)\s*(?:of|at|was|:)?\s*(?:about\s+)?$",
    re.I,
)
_MOVE_FROM_LEVEL_BEFORE_RE = re.compile(
    r"\b(?:rising|rose|climbing|climbed|gaining|falling|fell|dropping|dropped|sliding|slid|declining|declined)\s+from\s+$",
    re.I,
)
_TO_LEVEL_AFTER_RE = re.compile(r"\s+to\s+(?:[A-Z]{1,3}\s?)?[$€£¥]?\d", re.I)
_PREVIOUSLY_CLOSED_RE = re.compile(r"\b(?:had\s+(?:previously\s+)?|previously\s+)closed\s+at\s+(?:about\s+)?$", re.I)
_LAST_TRADED = r"\blast\s+traded\s+at"  # a quote template's latest trade: "and last traded at $132.85"
_LAST_TRADED_RE = re.compile(_LAST_TRADED + r"\s+[A-Z]{0,3}\$?\d", re.I)
_STORY_DAY_RE = re.compile(r"\s*On\s+")
_HIT_A_HIGH_BEFORE_RE = re.compile(
    r"\b(?:hit|hits|touched|reached|scaled|struck|notched)\s+(?:a|an|its|their)\s+(?:[\w\-]+\s+){0,2}?high\b[^.;]{0,30}"
    r"\b(?:after|by|while)\s+(?:rising|climbing|gaining|jumping|surging|soaring|advancing)\s+(?:by\s+)?"
    r"(?:nearly\s+|almost\s+|about\s+|around\s+|more\s+than\s+|over\s+)?$",
    re.I,
)
_STORY_SESSION_RE = re.compile(
    r"\s*(?:In|During)\s+(?:(?:the\s+)?(?:trade|trading)(?:\s+session)?|(?:the\s+)?session)\s+on\s+", re.I
)
_MONTH_NAME_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.I)
STORY_DAY_NOTE = "the day the story opens with (the page is of the days after it)"
_STORY_DAY_WITHIN = 1200  # characters from the top: the story's first paragraphs
_GAINS_HOLD_RE = re.compile(
    r"\b[Ii]f\s+(?:the|those|these|its|their|today['’]s)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:gains?|losses|declines?|drops?|rally|moves?|advances?|slide|jump|surge)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:hold|holds|persist|persists|stick|sticks|last|lasts)\b"
    # "If they can finish the day at or above $160.46, ...": the session is not over
    r"|\b[Ii]f\s+(?:they|it|the\s+(?:stock|shares))\s+(?:can\s+)?(?:finish|close|end)\s+(?:the\s+)?(?:day|session|trading)\b"
    # "Would be lowest close since Feb. 16, 2016", "On pace for largest percent decrease since ...":
    # a market-data note on the session's close to come
    r"|\b[Ww]ould\s+be\s+(?:a\s+|the\s+|its\s+)?(?:new\s+)?(?:lowest|highest|record|all-time|\d+-week|best|worst)\b"
    r"[\w\s-]{0,20}?\bclos(?:e|ing)\b"
    # "Micron Technology last up about 7%", "is on track to post its worst day": a move so far
    r"|\b(?:was\s+|were\s+)?last\s+(?:trading\s+)?(?:up|down|higher|lower)\s+(?:about\s+|around\s+|nearly\s+)?\d"
    # (not "on track for its best-ever annual performance": the year's, which a close does not end)
    r"|\bon\s+track\s+(?:to\s+(?:close|end|finish)\b|(?:to\s+(?:post|log|record)\s+|for\s+)(?:its|their|a|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:day|session|one-day|single-day|daily)\b)"
    r"|\b[Oo]n\s+pace\s+for\s+(?:its\s+|the\s+|a\s+)?(?:largest|biggest|steepest|sharpest|worst|best)\s+"
    r"(?:one-day\s+|single-day\s+|daily\s+)?(?:percent(?:age)?\s+)?(?:decrease|increase|gain|drop|decline|fall|rise|loss)\b"
)
_BASE_CLOSE_WHEN_RE = re.compile(
    r"\b(?:ago|since)\b[^;]{0,40}?\bwhen\s+(?:it|the\s+stock|the\s+shares|they)\s+(?:closed|traded|stood|was|were)\s+at\s*$",
    re.I,
)
_CARRIED_NOTE = "the session of the sentence before"
LIST_DAY_NOTE = "the day of the line that opens the list"
SECTION_DAY_NOTE = "the date heading this section"


def _is_derived_day(note: str | None) -> bool:
    """A day a claim got from elsewhere than its own sentence: it names no session for the next ones."""
    return note in (_CARRIED_NOTE, PARAGRAPH_DAY_NOTE, REPEAT_DAY_NOTE, SECTION_DAY_NOTE)


def _is_carried(period: Period | None) -> bool:
    return period is not None and period.note == _CARRIED_NOTE


# "The big ones: HSBC (+3.78%), Tencent (-0.66%)": a signed move in brackets right after a name
_MOVE_TAG_BEFORE_RE = re.compile(r"[A-Za-z.&)]\s*[(\[]\s*$")
_MOVE_TAG_AFTER_RE = re.compile(r"\s*[)\]]")


def _is_move_tag(sentence: str, local: int, length: int | None) -> bool:
    """Whether the signed number at ``local`` is a bracketed move after a name (its closing bracket
    checked when ``length`` is given)."""
    return (
        sentence[local : local + 1] in "+-−\u2011"
        and _MOVE_TAG_BEFORE_RE.search(sentence, max(0, local - 40), local) is not None
        and (length is None or _MOVE_TAG_AFTER_RE.match(sentence, local + length) is not None)
    )


def _move_tag_opening(sentence: str, local: int) -> int:
    """Where the name before a bracketed move ends: the offset of the text before its bracket."""
    m = re.search(r"\s*[(\[]\s*$", sentence[:local])
    return m.start() if m else -1


# verbs and nouns of a change with no direction of their own: the number's sign gives it
_NEUTRAL_MOVE = r"\b(?:moved|changed|change|shifted|performed|(?:performance|return|change)\s+of)\s+(?:by\s+|at\s+)?"
_NEUTRAL_MOVE_BEFORE_RE = re.compile(_NEUTRAL_MOVE + r"$", re.I)
_SIGNED_NEUTRAL_MOVE_RE = re.compile(_NEUTRAL_MOVE + r"[-−\u2011]\d[\d.,]*\s*(?:%|per\s*cent|percent)", re.I)
# "loss -0.32% or -0.22 points to close at $69.58": a quote template's signed day's move
_TO_CLOSE_AFTER = r"\s+or\s+[-+−]?\$?\d[\d.,]*\s*(?:points?\s+)?to\s+close\b"
_SIGNED_TO_CLOSE_AFTER_RE = re.compile(_TO_CLOSE_AFTER, re.I)
_SIGNED_MOVE_AFTER_RE = re.compile(r"\s+(?:move|change|performance|return|shift|swing)\b|" + _TO_CLOSE_AFTER, re.I)
_GAP_BASE_BEFORE_RE = re.compile(r"\b(?:from|below|above|off)\s+(?:its|their|the)\s+[^.;,$]{0,50}$", re.I)
_OTHER_STORY_RE = re.compile(r"\s*(?:also\s+read|read\s+more|read|related|see\s+also|recommended)\s*:", re.I)


def _story_opening_day(
    opener: re.Pattern[str], sentence: str, dates: list[DateMention], published: date
) -> Period | None:
    """The stated day a sentence opens with ("On July 9, 2025, ..."), one to three days before the
    publication date: the day a page of the days after it reports."""
    opening = opener.match(sentence)
    if opening is None:
        return None
    day = next((d.period for d in dates if d.start == opening.end()), None)
    if day is None or day.granularity != "day" or day.basis != "stated":
        return None
    return day if 0 < (published - day.start).days <= 3 else None


def _story_lead_day(sentence: str, dates: list[DateMention], published: date) -> Period | None:
    """The one day the story's first dated sentence names for a share's trading ("soared to its
    highest-ever share price on Tuesday"), one to three days before the publication date."""
    days = {(d.period.start, d.period.end): d.period for d in dates if d.period.granularity == "day"}
    if len(days) != 1 or not (_SHARE_WORD_RE.search(sentence) or re.search(r"\bshare\s+price\b", sentence, re.I)):
        return None
    day = next(iter(days.values()))
    at = next(d.start for d in dates if d.period.granularity == "day")
    if _EVENT_VERB_RE.search(sentence, 0, at):
        return None  # "Tencent announced its annual report yesterday, driving the stock's price up": the event's day
    if (
        re.match(r"\s*As\s+of\b", sentence)  # "As of August 22, 2024, ...": the date of a snapshot (a list's)
        or _FUTURE_EVENT_BEFORE_RE.search(sentence[:at])  # "ahead of its results, to be released on Monday"
        or re.search(
            r"\b(?:record|high|low|peak|close)\b[^,;]{0,25}$", sentence[:at], re.I
        )  # "record close of $13.00 on March 4"
    ):
        return None
    return day if day.basis == "stated" and 0 < (published - day.start).days <= 3 else None


_EVENT_VERB_RE = re.compile(
    r"\b(?:announced|reported|released|unveiled|posted|said|published|filed|disclosed|launched)\b", re.I
)


def _story_session(sentences: list[_Sentence], published: date, year: int | None, basis: DateBasis) -> Period | None:
    """A session named by its calendar date at the top of the story, with the company's price
    ("In trade on Tuesday September 30, Nvidia share price closed at $186.58")."""
    for sent in sentences:
        if sent.start >= _STORY_DAY_WITHIN:
            break
        if not _STORY_SESSION_RE.match(sent.text) or not _MONTH_NAME_RE.search(sent.text):
            continue
        dates = find_dates(sent.text, published, year, basis)
        day = _story_opening_day(_STORY_SESSION_RE, sent.text, dates, published)
        if day is not None and _MONTH_NAME_RE.search(day.label):
            return day
    return None


def _weekend_session(published: date, dates: list[DateMention]) -> Period | None:
    """The last day a sentence names in the days before a weekend publication date ("on Friday")."""
    days = [d.period for d in dates if d.period.granularity == "day" and 0 < (published - d.period.start).days <= 6]
    return max(days, key=lambda p: p.start) if days else None


_BULLET_RE = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class _Session:
    """The trading day a sentence dated a company's share price or move to."""

    subject: str
    period: Period
    sentence: int  # its index among the document's sentences
    paragraph: int


def _sentence_names(
    sent_start: int,
    sentence: str,
    mentions: list[Mention],
    q: Quantity,
    last_entity: Entity | None,
    main: Entity | None,
    last_unlisted_mover: str | None = None,
    described: Callable[[str, int], Entity | None] | None = None,
) -> tuple[list[_Name], dict[str, Entity]]:
    """The sentence's mentions as (start, end, label) for ``_subject``: known entities by their
    canonical name, anaphora as the company last named (or the main entity), unknown names as
    written; the market is no subject of an amount of money (an index is quoted in points)."""
    names: list[_Name] = []
    by_label: dict[str, Entity] = {}
    # the sentence's grammatical subject when it opens the sentence: "Bilibili, a video site
    # that ..., saw its shares slide 9.7%" -- "its" is Bilibili's, not the company named before
    opener = next((m for m in mentions if m.kind not in ("market", "anaphor")), None)
    if opener is not None and not _OPENS_SENTENCE_RE.fullmatch(sentence[: opener.start - sent_start]):
        opener = None
    for m in mentions:
        a, b = m.start - sent_start, m.end - sent_start
        if m.possessive:
            b -= 2
        if m.entity is not None:
            names.append((a, b, m.entity.name))
            by_label[m.entity.name] = m.entity
        elif m.kind == "anaphor":
            near = _clause_subject_before(m, mentions, sentence, sent_start)
            if near is not None and m.text[:3].lower() == "its":
                # "..., and JD.com saw its stock decline by nearly 2%": the name that is the
                # subject of the possessive's own clause
                label = near.entity.name if near.entity is not None else near.text
                names.append((a, b, label))
                if near.entity is not None:
                    by_label[label] = near.entity
                continue
            if (
                opener is not None
                and opener.end <= m.start
                and (m.text[:3].lower() == "its" or opener.entity is not None)
            ):
                # "its" binds to any name opening the sentence; "the stock", "the company" to a
                # known company opening it ("But after Nvidia's huge run-up, the stock soared 239%")
                label = opener.entity.name if opener.entity is not None else opener.text
                names.append((a, b, label))
                if opener.entity is not None:
                    by_label[label] = opener.entity
                continue
            if last_unlisted_mover is not None and m.text[:3].lower() != "its":
                names.append((a, b, last_unlisted_mover))  # "SMIC slumped 3.9%. The stock has fallen 12.8%"
                continue
            target = last_entity or main
            # ("The chipmaker's shares slumped more than 8%" after Apple was named: the company
            # the class noun describes, Nvidia)
            by_noun = described(m.text, m.start) if described is not None and m.text[:3].lower() != "its" else None
            if by_noun is not None:
                target = by_noun
            if target is not None:
                names.append((a, b, target.name))
                by_label[target.name] = target
        elif m.kind == "market":
            # (not "Shares in Hong Kong slid ...": the place the shares trade in is no subject)
            if q.currency is None and not _LISTING_PLACE_BEFORE_RE.search(sentence, 0, a):
                names.append((a, b, m.text))
        elif not _LISTING_PLACE_BEFORE_RE.search(sentence, 0, a):  # (nor an unknown place name)
            names.append((a, b, m.text))
    return names, by_label


def _clause_subject_before(m: Mention, mentions: list[Mention], sentence: str, sent_start: int) -> Mention | None:
    """The name right before an anaphor with only a verb between them ("JD.com saw its stock"),
    in the same clause (no comma, semicolon or conjunction between), if any."""
    before = [k for k in mentions if k.kind not in ("market", "anaphor") and k.end <= m.start]
    if not before:
        return None
    k = before[-1]
    between = sentence[k.end - sent_start : m.start - sent_start]
    return k if _VERB_BEFORE_POSSESSIVE_RE.fullmatch(between) else None


_VERB_BEFORE_POSSESSIVE_RE = re.compile(r"(?:['’]s)?\s+(?!(?:and|or|but|while|as|after|before|with)\b)[a-z]+\s+", re.I)
_OPENS_SENTENCE_RE = re.compile(r"[\s\W]*(?:[A-Za-z][\w\-]*\s+){0,2}")  # "Shenzhen-based Tencent", "Rival Acme"
_QUOTE_TAGS_RE = re.compile(r"^(?:\s*\(\s*[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+[+\-−]?\d[\d.]*%\s*\))+")
# a live quote widget: "(RIVN 2.84%)", "(NASDAQ: AAPL -1.2%)", or a cashtag chip "$AAPL (+7.73%)"
_QUOTE_TAG_RE = re.compile(
    r"(?:\(\s*(?:NASDAQ|NYSE|HKEX)?[:\s]*(?P<t>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\s+|\$(?P<c>[A-Z]{1,5})\s*\(\s*)[+\-−]?$"
)


_SECTOR = r"(?P<sector>(?:[A-Z][\w&\-]*\s+){1,4}(?:sector|industry))\b"
_SECTOR_AFTER_RE = re.compile(rf"\s+(?:[a-z\-]+\s+){{0,2}}(?:in|of|for)\s+the\s+{_SECTOR}")
_SECTOR_BEFORE_RE = re.compile(rf"\bthe\s+{_SECTOR}(?:['’]s|\s+with\s+its)\s+(?:[a-z\-]+\s+){{0,2}}(?:of\s+)?$")
_WHICH_CLAUSE_RE = re.compile(r"\s*,\s+which\s+[^,;:()]{0,60}")
# "Acme's shares in Hong Kong, which closed at 48 Hong Kong dollars": the place of a listing
_LISTING_PLACE_BEFORE_RE = re.compile(r"\b(?:shares|stock|listing|listed|trading)\s+(?:in|on)\s+(?:the\s+)?$", re.I)


def _which_clause_antecedent(sent_start: int, local: int, sentence: str, mentions: list[Mention]) -> str | None:
    """The company a number in a relative clause right after its name belongs to ("outperforming
    its peers, including Meta, which is up just 13%")."""
    for m in mentions:
        if m.kind in ("alias", "ticker", "name") and m.end - sent_start <= local:
            if _WHICH_CLAUSE_RE.fullmatch(sentence, m.end - sent_start, local) and not _LISTING_PLACE_BEFORE_RE.search(
                sentence, 0, m.start - sent_start
            ):
                return m.entity.name if m.entity is not None else m.text
    return None


_EXCHANGE_NAME_RE = re.compile(
    r"(?:the\s+)?(?:Nasdaq|NYSE|New\s+York\s+Stock\s+Exchange|Hong\s+Kong\s+Stock\s+Exchange|HKEX)", re.I
)


def _market_named_after(
    sent_start: int, local: int, end_local: int, sentence: str, mentions: list[Mention]
) -> str | None:
    """The market a move belongs to when it is named right after it ("a 13% gain on the S&P 500
    index", "a 2% fall in the Hang Seng Index"), or when the move is in a clause about it ("fell
    short of the S&P 500, which registered a gain of 1.41% for the day")."""
    for m in mentions:
        a = m.start - sent_start
        if (
            m.kind == "market"
            and m.end - sent_start <= local
            and _WHICH_CLAUSE_RE.fullmatch(sentence, m.end - sent_start, local)
            # (not "Acme's shares in Hong Kong, which closed at 48 Hong Kong dollars": a listing's place)
            and not _LISTING_PLACE_BEFORE_RE.search(sentence, 0, a)
        ):
            return m.text
        if m.kind == "market" and 0 <= a - end_local <= 30:
            if re.fullmatch(r"\s+on\s+(?:the\s+)?", sentence[end_local:a]) and _EXCHANGE_NAME_RE.fullmatch(m.text):
                continue  # "Nvidia's shares rose 3.2% on the Nasdaq": where the shares traded, not the index's move
            if re.fullmatch(r"\s+(?:[a-z\-]+\s+){0,2}(?:on|in|for|of|by)\s+(?:the\s+)?", sentence[end_local:a]):
                return m.text
    # "compared to a 4.61% loss in the Retail-Wholesale sector", "the performance of the
    # Retail-Wholesale sector with its gain of 2.51%": a sector's or industry's move
    after = _SECTOR_AFTER_RE.match(sentence, end_local)
    if after is not None:
        return after.group("sector").strip()
    before = _SECTOR_BEFORE_RE.search(sentence, max(0, local - 60), local)
    if before is not None:
        return before.group("sector").strip()
    return None


def _company_named_after(sent_start: int, end_local: int, sentence: str, mentions: list[Mention]) -> Entity | None:
    """The listed company a move noun right after the number belongs to: "a 4.4% gain in Tencent",
    "a 3% drop in shares of Acme", "a 2% rise for Acme's stock"."""
    gap = _MOVE_NOUN_IN_AFTER_RE.match(sentence, end_local)
    if gap is None:
        return None
    for m in mentions:
        if m.start - sent_start == gap.end() and m.entity is not None and m.entity.ticker:
            # (not "a 4.4% gain in Tencent's gaming unit": the company's measure, not its shares)
            rest = sentence[m.end - sent_start :]
            if m.possessive and not re.match(r"\s+(?:shares|stock)\b", rest):
                return None
            # (not "a 30% jump in Acme volume", "in Acme stock options": another noun of the company's)
            if not m.possessive and re.match(
                r"\s+(?:shares\s+|stock\s+)?(?!(?:on|in|at|after|before|since|to|from|as|while"
                r"|and|but|which|this|last|yesterday|today|during|over|for|amid|following|when"
                r"|with|the|its|their|a|an|is|was|were|has|had|led|drove|sent|put|also"
                # (a verb goes on about the move: "a 2.1% gain in Tencent lifted the index")
                r"|[a-z]+ed)\b)[a-z]",
                rest,
            ):
                return None
            return m.entity
    return None


_MOVE_NOUN_IN_AFTER_RE = re.compile(
    r"\s+(?:(?:one|single)-day\s+)?(?:gain|rise|jump|surge|rally|advance|climb|drop|fall|decline|slide|slump|plunge|loss"
    r"|retreat)\s+(?:in|for)\s+(?:(?:the\s+)?(?:shares|stock)\s+(?:of|in)\s+)?",
    re.I,
)
_SEGMENT_AFTER_RE = re.compile(
    r"\s+(?:from|of|at|in)\s+(?:its\s+|the\s+)?(?!(?:RMB|HK\$|US\$|\$|about|around|over|nearly)\b)[a-z][a-z\-]+(?:\s+[a-z\-]+){0,3}\s+(?:business|segment|unit|division|arm|operations?)\b",
    re.I,
)
_SO_FAR_TENSE_RE = re.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:up|down|higher|lower)|(?:has|have)\s+(?:now\s+)?(?:gained|risen|rallied|climbed|"
    r"jumped|surged|fallen|dropped|lost|declined|slumped|tumbled|added|shed))\b[^,;.]{0,12}$",
    re.I,
)
_RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)


def _respectively(
    sent_start: int, sentence: str, claims: list[Claim], mentions: list[Mention], published: date | None
) -> list[Claim]:
    """ "Lenovo and Acme gained 11.4% and 8.3%, respectively": the i-th number of each kind in the
    list goes with the i-th company named before it (the nearest name would give both to Acme)."""
    end = _RESPECTIVELY_RE.search(sentence)
    assert end is not None
    listed = [c for c in claims if c.start - sent_start < end.start()]
    if not listed:
        return claims
    first = min(c.start for c in listed)

    def names_before(at: int) -> list[str]:
        out: list[str] = []
        for m in mentions:
            if m.start >= at or m.kind not in ("alias", "ticker", "name"):
                continue
            label = m.entity.name if m.entity is not None else re.sub(r"['’]s$", "", m.text)
            if label not in out:
                out.append(label)
        return out

    names = names_before(first)
    kinds: dict[tuple[str | None, str | None], list[Claim]] = {}
    for c in listed:
        kinds.setdefault((c.quantity.unit, c.quantity.currency), []).append(c)
    update: dict[str, dict[str, object]] = {}
    for whole in kinds.values():
        # the list is the run of numbers joined by commas and "and" right before "respectively"
        # ("... fell 1.8% ..., with Alibaba, Tencent and Meituan down 2.6%, 1.2% and 3.3%,
        # respectively": three numbers, the three names before them; not the index's 1.8%)
        group = _trailing_run(sentence, sent_start, whole)
        listed_names = (names_before(group[0].start) if len(group) >= 2 else []) or names
        if len(group) >= 2 and len(listed_names) >= len(group):
            # the items of one list measure the same thing ("rose 2% and 3% to HK$10 and HK$20")
            lead = next((c for c in group if c.metric is not None), None)
            for c, name in zip(group, listed_names[-len(group) :], strict=True):
                update[c.id] = {"subject": name, "subject_basis": "sentence"}
                carried = c.period is not None and _is_carried(c.period)
                if carried and name != c.subject:
                    # the session carried was the other company's; this one is named, no session
                    update[c.id]["period"] = (
                        publication_day(published, f"{PUBLICATION_DAY_NOTE} (the company named, no session)")
                        if published is not None
                        else None
                    )
                if lead is not None and (
                    c.metric is None or (lead.change_of == "share_price" and c.metric != lead.metric)
                ):
                    # (one run after one verb measures one thing: "Alibaba and food-delivery giant
                    # Meituan were up 1.9% and 1.1%" are both share moves, not a delivery growth)
                    update[c.id].update(metric=lead.metric, aspect=lead.aspect, period=lead.period)
                    q = c.quantity
                    if (
                        lead.quantity.direction
                        and q.direction is None
                        and q.value >= 0
                        and q.unit == lead.quantity.unit
                    ):
                        # "down 2.6%, 1.2% and 3.3%": the list's word gives each its direction
                        q = q.model_copy(update={"direction": lead.quantity.direction})
                        update[c.id]["quantity"] = q
                    if lead.change_of and _is_rate_of_change(q):
                        update[c.id].update(change_of=lead.change_of)
                first_hedge = group[0].quantity.hedge
                if c is not group[0] and first_hedge in _BOUND_HEDGES and c.quantity.hedge == "exact":
                    # "fell over 8% and 7% respectively": the bound before the list is each item's (a
                    # bound only: "approximately 6% and 3%" keeps the second's own rounding, which for
                    # a whole number is wider than the approximate ±10%)
                    held = update[c.id].get("quantity", c.quantity)
                    if isinstance(held, Quantity):
                        update[c.id]["quantity"] = held.model_copy(update={"hedge": first_hedge})
    if not update:
        return claims
    return [c.model_copy(update=update[c.id]) if c.id in update else c for c in claims]


_BOUND_HEDGES = frozenset({"more_than", "less_than", "at_least", "at_most"})
_LIST_JOINT_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def _trailing_run(sentence: str, sent_start: int, group: list[Claim]) -> list[Claim]:
    """The numbers of ``group`` that end it joined only by commas and "and" ("2.6%, 1.2% and
    3.3%"); the whole group when its last two are not so joined (a list of phrases)."""
    run = group[-1:]
    for c in reversed(group[:-1]):
        gap = sentence[c.end - sent_start : run[0].start - sent_start]
        if _LIST_JOINT_RE.fullmatch(gap) is None:
            break
        run.insert(0, c)
    return run if len(run) >= 2 else group


def _past_code_brackets(gap: str) -> str:
    """The words after a name once its code brackets right after it are skipped ("Tencent (0700) lost")."""
    tags = TICKER_BRACKETS_RE.match(gap)
    return " " + gap[tags.end() :] if tags else gap


def _not_a_claim(text: str, q: Quantity, layout: Layout, table: EntityTable | None = None) -> bool:
    """Numbers that state nothing: a rank in a list name ("Top 10"), a ticker code in a tag
    ("(HKEX: 1234)", "$ACME (01234.HK)$"), the date in a dateline."""
    before = text[max(0, q.start - 12) : q.start]
    after = text[q.end : q.end + 4]
    if q.unit is None and q.currency is None and re.search(r"\b(?:[Tt]op|TOP|No\.|#)\s*$", before):
        return True
    if (
        q.unit is None
        and q.currency is None
        and re.search(r"\b(?:HKEX|HKG|SEHK|SSE|SZSE|NASDAQ|NYSE|[A-Z]{2,5})\s*[:：]\s*$", before)
    ):
        return True
    if re.match(r"\.(?:HK|SS|SZ|SH)\b", after):
        return True
    if (
        q.unit is None
        and q.currency is None
        and re.match(r"\s*\((?:[A-Z]{3}|HK\$|US\$)\s+counter\)", text[q.end : q.end + 20])
    ):
        return True  # "HKEX: 9618 (HKD counter) and 89618 (RMB counter)": a stock code
    if (
        q.unit is None
        and q.currency is None
        and re.fullmatch(r"\d{3,6}", q.text)
        and text[q.end : q.end + 1] == ")"
        and re.search(r"[A-Z][\w.&’'\-]*\s*\($", text[max(0, q.start - 40) : q.start])
        # a code's leading zero, or a Hong Kong code the table lists (not "Germany (850)")
        and (q.text.startswith("0") or (table is not None and table.by_ticker(f"{int(q.text):04d}.HK") is not None))
    ):
        return True  # "Index heavyweight Tencent (0700) lost 4.85 percent": a name's stock code
    return layout.in_dateline(q.start)


# A capitalised common noun at the start of a sentence is not a name ("Revenue was ...").
_COMMON_STARTERS = frozenset(
    """Revenue Revenues Sales Profit Profits Shares Stocks Prices Price Exports Imports Inflation
    Unemployment Output Attendance Turnover Analysts Officials Police Temperatures Investors Earnings
    Spending Costs Wages Rents Demand Production Growth Users Customers Visitors Tickets Volume
    Deliveries Orders Margins Income Debt Losses Assets Traffic Fans Followers Viewers Voters
    Net Gross Operating Adjusted Total Annual Quarterly Monthly Daily Average Median Overall""".split()
)


_OPENING_MOVER_RE = re.compile(
    r"[\s*\-•–—]*(?P<name>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3})(?:['’]s\s+(?:shares|stock))?\s+"
    r"(?:shares\s+|stock\s+)?(?:[a-z]+ed|fell|rose|sank|slid|lost|shed|won|rallied|has\s+\w+|had\s+\w+)\b"
)


def _opens_with_a_mover(sentence: str, name: str) -> bool:
    """Whether the sentence opens with ``name`` moving ("** SMIC slumped 3.9% after ...")."""
    m = _OPENING_MOVER_RE.match(sentence)
    return m is not None and m.group("name") == name


def _is_common_noun(word: str) -> bool:
    """A capitalised word that opens a sentence as a common noun ("Revenue rose"): one of the
    metric words or a generic business noun, never a name."""
    w = word.strip()
    return w in _COMMON_STARTERS or any(p.search(w) for _n, p in _METRIC_RES)


_Name = tuple[int, int, str]  # (start, end, label) in sentence offsets
# "Nvidia's share price hit a fresh high, after rising nearly 3 per cent": whose shares act
_SHARES_OF_RE = re.compile(r"['’]s\s+(?:share\s+price|shares|stock(?:\s+price)?)\s+(?!of\b)", re.I)


# "the JD.com’s freshly debuted Hong Kong shares ... are down 0.77%": the company's own share line
_POSSESSED_LINE_RE = re.compile(
    r"['’]s\s+(?:[a-z\-]+\s+){0,3}(?:(?:Hong\s+Kong|U\.?S\.?|New\s+York|Shanghai|Shenzhen|Nasdaq|NYSE)[-\s]"
    r"(?:listed\s+|traded\s+)?)?(?:shares|stock|ADRs?|ADSs?)\s+(?:[a-z\-]+\s+){0,3}"
)
_TRAILING_NAME_RE = re.compile(r"\b[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&))*(?<![\s.])$")


# "Alibaba Group Holdings' (NYSE: BABA) rival Tencent": a possessor, then who it possesses
_POSSESSOR_GAP_RE = re.compile(
    r"(?:\s+(?:Holdings|Group|Inc|Ltd|Corp|Co)\b\.?)*(?:\s*[(\[][^()\[\]]{1,25}[)\]])?\s*['’]s?\s*"
    r"(?:[(\[][^()\[\]]{1,25}[)\]]\s*)?(?:[a-z-]+\s+)?"
    r"(?:rival|peer|competitor|parent|unit|subsidiary|affiliate|partner|arm|owner|founder|chairman|chairwoman"
    r"|chief\s+executive|CEO|backer|investor|supplier|customer|spin-?off)s?\s+"
)


def _past_possessors(sentence: str, in_clause: list[_Name]) -> list[_Name]:
    """A clause's names without a leading possessor ("A's rival B shares fell": B, not A)."""
    while len(in_clause) > 1:
        first = in_clause[0][2]
        own = [n for n in in_clause if n[2] == first]
        rest = [n for n in in_clause if n[2] != first]
        if not rest or any(n[0] > rest[0][0] for n in own):
            break
        if not _POSSESSOR_GAP_RE.fullmatch(sentence, own[0][1], rest[0][0]):
            break
        in_clause = rest
    return in_clause


def _inside_brackets(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside an open parenthesis or bracket of ``text``."""
    opened = max(text.rfind("(", 0, pos), text.rfind("[", 0, pos))
    return opened >= 0 and max(text.rfind(")", 0, pos), text.rfind("]", 0, pos)) < opened


def _subject(sentence: str, local: int, last_subject: str | None, names: list[_Name]) -> str | None:
    """Who or what the number is about: a possessive right before it, else the clause's first
    name, else the sentence's; ``names`` are the sentence's linked mentions (known entities,
    anaphora resolved, unknown names), never bare capitalised words."""
    before = sentence[:local]
    if _is_move_tag(sentence, local, None):
        # "HSBC (+3.78%), Tencent (-0.66%)": the name the bracket follows, known or not
        opening = _move_tag_opening(sentence, local)
        tagged = [n for n in names if n[1] == opening]
        if tagged:
            return tagged[-1][2]
        unknown = _TRAILING_NAME_RE.search(sentence, 0, opening)
        if unknown is not None:
            return unknown.group(0)  # "Hang Lung Properties (-1.83%)": a company the data does not know
    for _start, end, label in reversed(names):
        if end <= local and sentence[end : end + 2] in ("'s", "’s"):
            if re.fullmatch(r"['’]s\s+(?:[a-z\-]+\s+){0,3}", before[end:]) or _POSSESSED_LINE_RE.fullmatch(before, end):
                return label
            break
    # "the Hang Seng Tech Index, which includes this stock, rose by 4.2%": a relative clause between
    # a subject and its verb neither ends the clause nor offers its names
    relative = [m.span() for m in _RELATIVE_CLAUSE_RE.finditer(before)]
    names = [n for n in names if not any(a <= n[0] < b for a, b in relative)]
    clause_start = 0
    for m in _CLAUSE_RE.finditer(before):
        if (
            m.group(0) == ","
            and m.start() > 0
            and before[m.start() - 1].isdigit()
            and before[m.end() : m.end() + 1].isdigit()
        ):
            continue  # a thousands separator
        if any(a <= m.start() < b for a, b in relative) and not any(
            # (its closing comma before "and ..." ends it: "Apple Inc., which saw a rise of 0.05%,
            # and Microsoft Corp. experienced a decline of 0.16%": Microsoft's)
            m.end() == b and re.match(r"\s*(?:and|while|but|whereas)\b", before[b:])
            for a, b in relative
        ):
            continue
        if m.group(0) == ":" and _inside_brackets(before, m.start()):
            continue  # "Alibaba (HK:) (NYSE:) rose 3.32%, Tencent Holdings (HK:) rose 1.44%": a ticker tag's colon
        clause_start = m.end()
    clause = before[clause_start:]
    in_clause = _past_possessors(sentence, [n for n in names if clause_start <= n[0] < local])
    pronoun = _PRONOUN_RE.search(clause)
    if (
        pronoun
        and in_clause
        and pronoun.group(0).lower() in ("its", "his", "her", "their")
        and re.fullmatch(r"\s+(?:[a-z\-]+\s+){1,2}", sentence[clause_start + pronoun.end() : in_clause[0][0]])
    ):
        pronoun = None  # "its rival Zenith sold ...": the name right after the possessive is the subject
    if pronoun and (not in_clause or pronoun.start() + clause_start < in_clause[0][0]):
        earlier = [n for n in names if n[1] <= clause_start + pronoun.start()]
        word = pronoun.group(0).lower()
        if word == "the former" and len(earlier) >= 2:
            return earlier[-2][2]
        if earlier:
            return earlier[-1][2]
        return last_subject
    mover = [
        n
        for n in in_clause
        if n[1] <= local
        # (its live quote tags between: "Alphabet (GOOGL 0.13%) (GOOG 0.10%) up 0.2%")
        and _MOVE_BEFORE_RE.fullmatch(
            _QUOTE_TAGS_RE.sub(" ", _past_code_brackets(sentence[n[1] : local])).strip() + " "
        )
    ]
    if mover:
        return mover[-1][2]  # "A rose 2% and its peer B declined 3.1%": B's decline
    before_number = [n for n in in_clause if n[1] <= local]
    acting = [n for n in before_number if verb_follows(sentence, n[1])]
    if len(before_number) > 1 and acting:
        return acting[-1][2]  # "with A jumping 3.4% to HK$61.35 and B rising 4.1% HK$39.55": B's
    if in_clause:
        return in_clause[0][2]
    if _MOVE_BEFORE_RE.fullmatch(clause.strip() + " "):
        # "Facebook's parent, Meta, slumped 7.6%": the name set off by commas right before the verb
        appositive = [
            n
            for n in names
            if re.fullmatch(r"\s*,\s*", before[n[1] : clause_start]) and re.search(r",\s*$", before[: n[0]])
        ]
        if appositive:
            return appositive[-1][2]
    earlier = [n for n in names if n[1] <= local]
    acting = [n for n in earlier if verb_follows(sentence, n[1]) or _SHARES_OF_RE.match(sentence, n[1])]
    if acting:
        # "While A faced pressure, companies like B managed a rise, with a 2.4% increase": the
        # last name that is the subject of a verb
        return acting[-1][2]
    if earlier:
        return earlier[0][2]
    # "As a top seller with nearly 30 million fans, Jane Roe did ...": a fronted phrase is
    # about the subject of the clause after it
    if clause_start == 0:
        comma = sentence.find(", ", local)
        if comma >= 0:
            following = [n for n in names if n[0] == comma + 2]
            if following:
                return following[0][2]
    return last_subject


# "rose 2% to HK$56.30", "to a record HK$56.80", "to an intraday low of HK$49.55": where a move ended
_ENDED_AT_RE = re.compile(
    r",?\s+to\s+(?:an?\s+|its\s+|the\s+)?(?:new\s+)?(?P<extreme>(?:record|all-time|intraday|session|\d+-week|one-year|multi-year)"
    r"(?:[\s-]+(?:high|low|peak|trough))?|high|low|peak|trough)?(?:\s+of)?\s*"
    # "jumped more than 5 percent to close at 46.1 Hong Kong dollars": the close the move ended at
    # ("lost 4.85 percent closing at HK$412.40", "fell 2%, ending the day at $90.10": the same close)
    r"|(?:\s+to\s+|,?\s+(?=\w+ing\b))(?P<close>close|end|finish|settle|closing|ending|finishing|settling)"
    r"\s+(?:the\s+(?:day|session)\s+)?at\s*"
    # "ended 4.4% higher at HK$308", "was up 2% at $150": the level the move stands at
    r"|\s+(?:higher\s+|lower\s+)?at\s*",
    re.I,
)
_EXTREME_MOVE_BEFORE_RE = re.compile(
    r"\b(?:maximum|max\.?|biggest|largest|as\s+much\s+as|at\s+one\s+point|intraday|up\s+to)\b[^,;]{0,30}$", re.I
)
_PAR_VALUE_RE = re.compile(r"\b(?:par|nominal|face)\s+value\s+(?:of\s+)?$", re.I)
_VALUE_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+)?(?:in|of)\s+(?:its\s+|their\s+|the\s+)?market\s+(?:value|cap(?:italization|italisation)?)\b", re.I
)
_PER_SHARE_PAYOUT_RE = re.compile(
    r"\b(?:dividends?|earnings|eps|profit|income|payout|offer|bid|book\s+value|cash)\b", re.I
)
# the prices a day's share trades were done at: "at prices between HK$95.55 and HK$96.65", "paying
# between HK$485.4 and HK$491.6 per share", "(VWAP HK$96.0581)", "at a volume-weighted average price of"
_PAID_BEFORE_RE = re.compile(
    r"(?:\bat\s+prices?\s+(?:ranging\s+)?(?:between|from)|\bpaying\s+(?:between|from)|\bprices?\s+paid\s+(?:ranged\s+)?"
    r"(?:between|from)|\bVWAP\s*(?:of\s*)?|\bvolume[\s-]weighted\s+average\s+(?:purchase\s+)?price\s+(?:of\s+)?)\s*$",
    re.I,
)
_SHARE_DEAL_RE = re.compile(
    r"\bshares\b(?:[^.;]|\.(?=\d)){0,80}?\bat\s+(?:an?\s+)?(?:average\s+)?(?:\w+\s+)?(?:price\s+of\s*)?$", re.I
)
_COUNT_VERB_METRICS = frozenset({"deliveries", "recalls", "production", "sales", "orders"})
_GENERIC_NOUNS = frozenset({"unit", "item", "piece", "time", "copy", "set", "pair", "case", "kind", "type"})


# a count of shares right before: "21,958,563 shares", "2.1 million shares" (not "2023-11-29 Shares")
# a quote list's labels for the session's prices ("• Opening Price: $607.88", "- Day High:",
# "Previous Close:"): as labels only ("the Rover's opening price of $9,990" is a car's); a bare
# "High:" or "Highest Price:" may be a window's ("Over the past 52 weeks ...:"), so it is not read
_QUOTE_LABEL_RE = re.compile(
    r"(?:[•*\-–]\s*)?(?:opening\s+(?:share\s+|stock\s+)?price|day['’]?s?\s+(?:high|low)|(?:previous|prior)\s+close)",
    re.I,
)
_COUNTED_SHARES_RE = re.compile(r"(?:\b\d{1,3}(?:,\d{3})+|\b\d[\d.]*\s*(?:million|billion|mn|bn|[mMkK]))\s+$")


def _metric(sentence: str, local: int, q: Quantity, previous: list[Claim]) -> str | None:
    if q.unit and q.unit in _NOUN_METRIC:
        return _NOUN_METRIC[q.unit]
    clause_start = 0
    before = sentence[:local]
    for m in re.finditer(r"[;:]|,\s+(?:a|an|the|while|and|with|which)\b|\bwhile\b|,\s+(?=[a-z]+ed\b)", before, re.I):
        clause_start = m.end()  # (", dropped 18%": the main verb after a relative clause)
    window = before[clause_start:]
    if not window.strip() and before.rstrip().endswith(":"):
        # "- Revenue: RMB 170.36 billion": a label before a colon names what the value is
        line = before.rstrip()[:-1]
        window = line[max(line.rfind("\n"), line.rfind(";"), line.rfind(":")) + 1 :][-40:]
        if _QUOTE_LABEL_RE.fullmatch(window.strip()):
            return "share_price"  # a quote list's "Opening Price:", "Day High:", "Previous Close:"
    best: tuple[int, str] | None = None
    for name, pattern in _METRIC_RES:
        for m in pattern.finditer(window):
            if name == "share_price" and _COUNTED_SHARES_RE.search(window, 0, m.start()) and m.group(0) == "shares":
                continue  # "traded 21,958,563 shares, a -4.52% change": a count's noun, not the price
            if best is None or m.end() > best[0]:
                best = (m.end(), name)
    counted = q.noun and q.unit and q.unit not in _GENERIC_NOUNS and q.currency is None
    after = re.split(r"[,;:.]", sentence[local + len(q.text) : local + len(q.text) + 30])[0]
    if counted and (best is None or len(window) - best[0] > 25):
        # "21 questions": the counted noun, unless a verb right before or after names what is
        # counted ("delivered 120,000 cars", "8,000 vehicles were recalled")
        for name, pattern in _METRIC_RES:
            if name in _COUNT_VERB_METRICS and pattern.search(after):
                return name
        return q.unit
    if best is not None:
        if best[1] == "revenue" and _SEGMENT_AFTER_RE.match(window, best[0]):
            return "segment_revenue"  # "Revenue from core local business was 694 billion": a segment's
        return best[1]
    for name, pattern in _METRIC_RES:
        if pattern.search(after):  # "a thousand units sold"
            return name
    if previous and q.unit in ("percent", "times") and q.direction is not None:
        return previous[-1].metric  # "revenue was X, a year-on-year increase of N%"
    if q.unit and q.currency is None and q.unit not in ("percent", "percentage_point", "basis_point", "times"):
        return q.unit
    return None


# "dipped 0.29% following the earnings release": a moment of the session, unless the sentence
# names the day ("plunged 25% on Monday following the release of its results": that day's move)
_AFTER_RELEASE_RE = re.compile(
    r"\b(?:shortly\s+)?(?:after|following)\s+the\s+(?:\w+\s+)?(?:release|announcement)\b", re.I
)


# times a sentence names that no date resolves: a move in one is of no session the page fixes
_UNFIXED_TIME_RE = re.compile(
    r"\b(?:last|previous|prior)\s+(?:week|month|quarter)\b|\b(?:in\s+)?recent\s+(?:days|weeks|months|sessions)\b"
    r"|\bearlier\s+this\s+(?:week|month)\b|\bthe\s+past\s+few\s+(?:days|weeks|months|sessions)\b",
    re.I,
)


# "Despite reporting results on Jan. 28, Microsoft shares tumbled nearly 10% the next day"
_SINCE_PART_OF_MONTH_RE = re.compile(rf"\bsince\s+(?:early|mid|late)[\s-]+(?:{MONTHS}|(?:19|20)\d\d)\b", re.I)


def _since_an_unnamed_day(sentence: str) -> bool:
    """ "down around 20% since early April": a window from a day the text does not name (not a
    ranking: "the biggest daily gain since early March")."""
    return any(
        not _SUPERLATIVE_RE.search(sentence[max(0, m.start() - 50) : m.start()])
        for m in _SINCE_PART_OF_MONTH_RE.finditer(sentence)
    )


_NEXT_DAY_AFTER_RE = re.compile(
    r"\s+(?:the\s+(?:next|following)\s+(?:trading\s+)?(?:day|session)|a\s+(?:trading\s+)?day\s+later)\b", re.I
)


def _next_day_of(sentence: str, local: int, length: int, dates: list[DateMention]) -> Period | None:
    """The session after the day a sentence names, when the move came "the next day" ("results
    on Jan. 28, ... tumbled nearly 10% the next day"); None when the wording says no such thing."""
    if _NEXT_DAY_AFTER_RE.match(sentence, local + length) is None:
        return None
    named = [d for d in dates if d.period.granularity == "day" and d.end <= local]
    if not named:
        return None
    base = named[-1].period
    day = _weekday_after(base.start)
    return Period(
        start=day,
        end=day,
        label=f"the day after {base.label}",
        granularity="day",
        basis=base.basis,
        note="the session after the day named",
    )


# "Acme's Hong Kong-listed shares", "Acme's stock": the company's shares, as the possessed head
_POSSESSED_SHARES_RE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:shares|stock|ADRs?|ADSs?|share\s+price|stock\s+price)\b"
    r"(?!\s+(?:ratios?|counts?|offerings?|sales?|buybacks?|programs?|holders?|issuance|splits?|volumes?|float|options?))",
    re.I,
)
# (a semicolon ends a clause by itself: "increased by almost 3%; in after-hours trade, it was unchanged")
_CLAUSE_BREAK_RE = re.compile(r";|,\s*(?:after|while|but|and|whereas|having|before|following)\b", re.I)


def _moment_of_another_clause(sentence: str, m: re.Match[str], local: int, length: int) -> bool:
    """Whether a moment ("in pre-market trading") is said of another clause than the number's: a
    clause break ("..., after retreating") opens the number's clause after the moment, or ends the
    number's clause before it."""
    if m.end() <= local:
        breaks = list(_CLAUSE_BREAK_RE.finditer(sentence, m.end(), local))
        if breaks and "," not in sentence[breaks[-1].end() : local]:
            return True
        # ("was trading 0.9 percent lower in pre-market trading as of 4.35 a.m. after skidding 5.5
        # percent yesterday": a gerund clause of its own, with no comma)
        return _GERUND_CLAUSE_BEFORE_RE.search(sentence, m.end(), local) is not None
    return _CLAUSE_BREAK_RE.search(sentence, local + length, m.start()) is not None


_GERUND_CLAUSE_BEFORE_RE = re.compile(r"\b(?:after|before|following)\s+[a-z]+ing\s+(?:by\s+)?(?:\w+\s+)?$", re.I)


# A sentence framed as the session's extremes: every move in it is a moment of the day, whichever
# ("During intraday trading, Meituan's shares dropped over 4%, Alibaba fell more than 2.5%")
_INTRADAY_OPENER_RE = re.compile(
    r"\s*(?:(?:during|in)\s+)?intraday(?:\s+(?:trading|trade|dealings))?\s*,"
    # "During the session, Nvidia shares gained more than 2%"
    rf"|\s*during\s+(?:the|{_WEEKDAY}['’]s)\s+(?:trading\s+)?session\s*,",
    re.I,
)


_LAST_SEEN_BEFORE_RE = re.compile(
    r"\b(?:were|was|is|are)\s+last\s+(?:seen\s+)?(?:(?:down|up|lower|higher|off|trading|changing\s+hands)\b[^.;,]{0,20}$)",
    re.I,
)
_LAST_SEEN_AFTER_RE = re.compile(
    r"\s+(?:(?!(?:and|while|but)\b)[\w$.]+\s+){0,8}?(?:at|on|as\s+of)\s+(?:the\s+)?last\s+check\b", re.I
)


_FROM_THE_OPEN_AFTER_RE = re.compile(
    # (not "fell 3% on the open": the gap at the open, from the previous close)
    r"\s+(?:higher|lower|above|below|up|down)?\s*(?:than|from|over)\s+(?:the\s+day['’]s\s+|the\s+session['’]s\s+"
    r"|its\s+|their\s+|the\s+)open(?:ing)?(?:\s+price)?\b",
    re.I,
)


def _aspect(sentence: str, local: int, length: int = 0) -> str | None:
    opener = _TIME_OF_DAY_RE.match(sentence)  # "In early trading on Tuesday, shares of ... trading up 17.4%"
    if any(
        not _moment_of_another_clause(sentence, m, local, length)
        for m in [
            *_TIME_OF_DAY_RE.finditer(sentence, max(0, local - 60), min(len(sentence), local + length + 60)),
            *([opener] if opener is not None and opener.end() < local - 60 else []),
        ]
    ):
        # (not "was up 2.6% in pre-market trading, after retreating 6.5% yesterday": another clause's moment)
        return "time_of_day"
    if _LAST_SEEN_BEFORE_RE.search(sentence, max(0, local - 40), local) or _LAST_SEEN_AFTER_RE.match(
        sentence, local + length
    ):
        return "time_of_day"  # "shares were last down 2.1%", "down 3.1% at last check": the latest quote seen
    if _AFTER_RELEASE_RE.search(sentence, max(0, local - 60), min(len(sentence), local + length + 60)):
        return "after_release"
    opened = re.search(r"\bopen(?:ed|s)\s+(?:at|up|down|higher|lower)\b[^;]{0,60}$", sentence[:local], re.I)
    if opened and re.match(
        r"\s+(?:\w+\s+){0,2}from\s+(?:the\s+|its\s+)?previous\s+close", sentence[local + length :], re.I
    ):
        return "open"  # "opened at $105.68, down 24.93% from the previous close"
    if _FROM_THE_OPEN_AFTER_RE.match(sentence, local + length):
        return "open_to_close"  # "0.28% higher than the day's open": the session's move from its open
    after = _ASPECT_AFTER_RE.match(sentence, local + length)
    if after is not None:
        return "intraday" if after.group("intraday") else "close"
    if _TO_A_HIGH_AFTER_RE.match(sentence, local + length) and not _CLOSE_WORD_RE.search(sentence):
        return "intraday"  # "popped 5% to a new record high of around $203": the rise to the session's high
    if re.search(r"\bintraday\b", sentence[max(0, local - 80) : local], re.I) and not _CLOSE_WORD_RE.search(
        _BASE_CLOSE_RE.sub("", sentence)
    ):
        # "surged to a record high intraday level on September 19, 2025, climbing 3.54%", "hit an
        # intraday low of $200.30 on 6 February, down about 10% from the previous close"
        return "intraday"
    if _INTRADAY_MOVE_AFTER_RE.match(sentence, local + length):
        return "intraday"  # "fell about 4.1% in their biggest intraday percentage decline since 2020"
    if _INTRADAY_OPENER_RE.match(sentence) and not _TIME_OF_DAY_RE.search(sentence):
        return "intraday"  # "During intraday trading, Meituan's shares dropped over 4%, Alibaba fell ..."
    if _ENDED_SESSION_AT_RE.search(sentence[max(0, local - 60) : local]) or _FINISHED_TRADING_AT_RE.search(
        sentence[max(0, local - 80) : local]
    ):
        return "close"  # "ended the recent trading session at $33.93", "finished the day trading at about $131, 1.3% lower"
    window = sentence[max(0, local - 25) : local]
    best: tuple[int, str] | None = None
    for name, pattern in _ASPECT_RES:
        for m in pattern.finditer(window):
            if best is None or m.end() > best[0]:
                best = (m.end(), name)
    return best[1] if best else None


# "Meituan closed down 4%, after the previous session's nearly 15% slump", "after falling 15% in
# the previous session": the move of the session before the day
_PREVIOUS_SESSION_BEFORE_RE = re.compile(
    r"\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:trading\s+)?(?:session|day)['’]s\s+(?:[a-z-]+\s+){0,2}$", re.I
)
_PREVIOUS_SESSION_AFTER_RE = re.compile(
    # (not "closed 1% lower from the day before", "than a day earlier": the day's own move)
    r"\s+(?:[a-z-]+\s+){0,2}?(?:in|on)\s+the\s+(?:previous|prior|preceding)\s+(?:trading\s+)?(?:session|day)\b"
    # "after a 7.07 percent slide over the previous day" (not "up 3% over the previous day's close":
    # the day's own move against that close)
    r"|\s+(?:slide|slump|drop|fall|decline|loss|plunge|tumble|gain|rise|jump|rally|surge|climb|advance)\s+(?:over|during)\s+the"
    r"\s+(?:previous|prior|preceding)\s+(?:trading\s+)?(?:session|day)\b(?!['’])",
    re.I,
)


# "from their June 18 close", "below its May 3 closing price": a day's close that a move is measured
# from, not the day of the move
_REFERENCE_DAY_BEFORE_RE = re.compile(
    r"\b(?:from|since|above|below|than|over|off|under|compared\s+(?:to|with)|versus|vs\.?)\s+(?:its|their|the|a)?\s*$",
    re.I,
)
_REFERENCE_DAY_AFTER_RE = re.compile(
    r"\s*(?:['’]s\s+)?(?:market\s+|trading\s+)?(?:close|closing|finish|settlement)\b", re.I
)


def _is_reference_close(sentence: str, d: DateMention) -> bool:
    return (
        d.period.granularity == "day"
        and _REFERENCE_DAY_BEFORE_RE.search(sentence[max(0, d.start - 25) : d.start]) is not None
        and _REFERENCE_DAY_AFTER_RE.match(sentence, d.end) is not None
    )


_AVERAGED_BEFORE_RE = re.compile(r"\b(?:averag(?:ed|es)|an\s+average)\s+(?:of\s+)?(?:an?\s+)?(?:[a-z]+\s+)?$", re.I)
_AVERAGED_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:returns?|gains?|loss(?:es)?|moves?|declines?|rises?|drops?|increases?)\b", re.I
)
_GROWTH_RATE_AFTER_RE = re.compile(r"\s+(?:(?:annual(?:ized)?|yearly|average|compound)\s+)?growth\s+rate\b", re.I)
_VOLUME_APPOSITION_BEFORE_RE = re.compile(r"\bvolume\s+of\s+[^;%]{1,30}?\s*[—–,-]+\s*(?:an?\s+)?$", re.I)
_OVERNIGHT_RE = re.compile(r"\bovernight\b", re.I)
# the company's US line named as what moved ("its American depositary shares crashed", "its
# US-listed shares", "... in New York trading"), not US news beside a Hong Kong move ("after Wall
# Street rallied overnight")
_US_LINE_RE = re.compile(
    r"\bAmerican\s+depositary\b|\bADRs?\b|\bADSs?\b|\bU\.?S\.?[-\s]listed\b|\bin\s+New\s+York(?:\s+trading)?\b", re.I
)


def _previous_session_move(sentence: str, local: int, length: int) -> bool:
    return bool(
        _PREVIOUS_SESSION_BEFORE_RE.search(sentence[max(0, local - 50) : local])
        or _PREVIOUS_SESSION_AFTER_RE.match(sentence, local + length)
    )


_PERIOD_AFTER_GAP_RE = re.compile(
    # "lost 40% of its value last year": what the share of is, then the period
    r"\s*(?:of\s+(?:its|their)\s+(?:market\s+)?value\s+)?(?:[a-z\-]+\s+){0,2}?(?:on|as\s+of|at|in|by|for|during)?\s*(?:the\s+)?",
    re.I,
)
_PERIOD_CLAUSE_RE = re.compile(r";|,(?!\d{3})\s+(?:but|while|whereas|and|although)\b|\b(?:but|while|whereas)\b")


_YEAR_EARLIER_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+)?(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|in\s+the\s+(?:same\s+period\s+of\s+the\s+)?previous\s+year)\b",
    re.I,
)
_REPORTED_METRICS = frozenset(
    {"revenue", "net_profit", "adjusted_net_profit", "operating_profit", "gross_margin", "sales", "deliveries"}
)


_BASE_PERIOD_BEFORE_RE = re.compile(
    r"\b(?:on|from|over|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:the|a|its)?\s*$", re.I
)


def _period_for(
    sentence: str,
    local: int,
    q: Quantity,
    dates: list[DateMention],
    para_period: tuple[int, Period] | None,
    metric: str | None = None,
) -> Period | None:
    end_local = local + len(q.text)
    clause_start = 0
    for m in _PERIOD_CLAUSE_RE.finditer(sentence, 0, local):
        clause_start = m.end()
    clause_end_m = _PERIOD_CLAUSE_RE.search(sentence, end_local)
    clause_end = clause_end_m.start() if clause_end_m else len(sentence)
    if metric in _REPORTED_METRICS or (
        q.unit in ("percent", "percentage_point") and q.direction and metric != "share_price"
    ):
        # (a share's move "on Thursday, August 22, after the second-quarter results" is that day's)
        # "first-quarter revenue of $12.5 billion on Tuesday": the figure's period, not the day it
        # was reported -- when that period is stated in the number's own clause
        spans = [
            d
            for d in dates
            if d.period.granularity in ("quarter", "half", "year", "month")
            and clause_start <= d.start
            and d.end <= clause_end
        ]
        if spans and any(d.period.granularity == "day" for d in dates):
            figure_period = _period_for(sentence, local, q, spans, None)
            if figure_period is not None:
                return figure_period
    # "HK$15.36 on August 5", "2% growth in 2024": a date right after the number belongs to it
    for d in dates:
        if 0 <= d.start - end_local <= 24 and _PERIOD_AFTER_GAP_RE.fullmatch(sentence, end_local, d.start):
            when = _when_day(sentence, local, dates)
            if when is not None and d.period.note in ("week to date", "month to date"):
                # "since April 24, 2015, when shares surged 15% over the week": the week to the day
                # the move's clause hangs on, not the page's week
                day = when.period.start
                start = day - timedelta(days=day.weekday()) if d.period.note == "week to date" else day.replace(day=1)
                return d.period.model_copy(update={"start": start, "end": day})
            if d.period.granularity == "day" and re.search(r"\bsince\b", sentence[end_local : d.start], re.I):
                continue  # "soared 12% since September 24": the window's start, not the move's day
            if metric == "share_price" and _is_reference_close(sentence, d):
                # "lose around 13% from their June 18 close": a window from that close, whose end
                # the sentence does not give
                return Period(
                    start=d.period.start,
                    end=d.period.start,
                    label=f"from the close of {d.period.label}",
                    granularity="window",
                    note=FROM_A_CLOSE_NOTE,
                )
            if metric == "share_price" and _RESULTS_NOUN_AFTER_RE.match(sentence, d.end):
                continue  # "up 2.38% after beating Q1 2025 earnings expectations": the results' quarter
            return d.period
    for d in dates:
        if (
            d.period.granularity == "window"
            and re.fullmatch(rf"since\s+(?:{MONTHS})\.?\s+(?:19|20)\d\d", d.period.label, re.I)
            and _hangs_by_when(sentence, d, local)
        ):
            # "worst month since Feb. 2022, when it fell 32.63%": that month's move
            return month_period(d.period.start.year, d.period.start.month, d.period.label[6:])
        if d.period.granularity == "month" and _hangs_by_when(sentence, d, local):
            return d.period
    when = _when_day(sentence, local, dates)
    if when is not None:
        # "the largest decrease since October 26, 2023, when the stock fell 3.73%": that day's
        return when.period
    if metric == "share_price":
        return _market_period(sentence, q, local, end_local, dates, clause_start, clause_end)
    windows = [d for d in dates if d.period.granularity == "window"]
    if windows and q.unit in ("percent", "times"):
        return windows[-1].period
    own = [
        d
        for d in dates
        if clause_start <= d.start
        and d.end <= clause_end
        and d.period.granularity != "window"
        and not _is_base_of_a_later_change(sentence, end_local, d)
    ]
    own_before = [d for d in own if d.end <= local]
    if own_before:
        return own_before[-1].period
    if own:
        return own[0].period
    before = [d for d in dates if d.end <= local and d.period.granularity != "window"]
    if before:
        return before[-1].period
    # (not "..., but was 43 percent up on the first quarter": a later clause's base of comparison)
    after = [
        d
        for d in dates
        if d.start >= end_local
        and not (d.start >= clause_end and _BASE_PERIOD_BEFORE_RE.search(sentence[max(0, d.start - 30) : d.start]))
        and not _is_base_of_a_later_change(sentence, end_local, d)
    ]
    if after:
        return after[0].period
    return para_period[1] if para_period else None


# "an increase of 11% over the first half year of 2022": a rate, then the base it is over
_RATE_THEN_BASE_RE = re.compile(
    r"\d\s*(?:%|per\s*cent\b|percent\b)\s+(?:(?:year[-\s]on[-\s]year|yoy|y-o-y)\s+)?"
    r"(?:over|from|versus|vs\.?|than|on|compared\s+(?:with|to))\s+[^,;()]*$",
    re.I,
)


def _is_base_of_a_later_change(sentence: str, end_local: int, d: DateMention) -> bool:
    """ "Revenues were RMB149.2 billion, an increase of 11% over the second quarter of 2022": a
    period after the figure, named as the base of a change stated between them, is not the
    figure's ("over the quarter" alone may be its span)."""
    return d.start >= end_local and _RATE_THEN_BASE_RE.search(sentence, end_local, d.start) is not None


def _hangs_by_when(sentence: str, d: DateMention, local: int) -> bool:
    """Whether the number at ``local`` is in a "when" clause right after the date ``d``."""
    return d.end <= local and _DAY_WHEN_RE.fullmatch(sentence, d.end, local) is not None


def _when_day(sentence: str, local: int, dates: list[DateMention]) -> DateMention | None:
    """The day a number's clause hangs on by "when": "since October 26, 2023, when the stock fell 3.73%"."""
    return next(
        (d for d in dates if d.period.granularity == "day" and _hangs_by_when(sentence, d, local)),
        None,
    )


_DAY_WHEN_RE = re.compile(r",?\s+when\s+[^,;:.()]{0,50}?(?:\s+as\s+(?:much|little)\s+as)?\s*", re.I)
_RESULTS_NOUN_AFTER_RE = re.compile(
    r"\s+(?:financial\s+|quarterly\s+|annual\s+)?(?:earnings|results|report|revenue|sales|profit|guidance|numbers"
    r"|beat|miss|outlook|forecast|update)\b",  # ("soars 12% on third-quarter beat": the results' quarter)
    re.I,
)
_SUPERLATIVE_RE = re.compile(
    r"\b(?:lowest|highest|biggest|largest|worst|best|first|steepest|sharpest|strongest|weakest)\b", re.I
)


_FUTURE_EVENT_BEFORE_RE = re.compile(
    r"\b(?:to\s+be\s+(?:released|reported|announced|published|held)|will|due|scheduled|expected|ahead\s+of)\b[^.;]*$",
    re.I,
)
_COMPARED_NUMBER_RE = re.compile(
    r"\b(?:surpass\w*|previous|prior|record|compared|than|versus|vs\.?|beat\w*|topp\w*)\b[^.;]*\d", re.I
)


_OPENING_WINDOW_END_RE = re.compile(r"\s*,")


def _market_period(
    sentence: str,
    q: Quantity,
    local: int,
    end_local: int,
    dates: list[DateMention],
    clause_start: int,
    clause_end: int,
) -> Period | None:
    """The day or window of a share price or move: a window only when it is said next to a
    change ("up 20% so far this year", "since the start of 2024, up 20%"), a day anywhere in the
    sentence (nearest first); a quarter or year elsewhere in the sentence is a results period,
    not the move's ("plunged 25% on Monday after its second-quarter results")."""
    is_change = q.unit in ("percent", "percentage_point") or q.direction is not None
    if is_change:
        near = [
            d
            for d in dates
            if d.period.granularity == "window"
            and clause_start <= d.start
            and d.end <= clause_end
            and (
                0 <= d.start - end_local <= 40
                or 0 <= local - d.end <= 40
                # "Year-to-date, Acme Corporation shares have moved 7.87%": the sentence's opening
                # window is its first clause's, however long the name after it
                # (not "Since late 2022, when ...": a window from a time the text does not fix)
                or (
                    d.start <= 2
                    and d.end <= local
                    and _OPENING_WINDOW_END_RE.match(sentence, d.end) is not None
                    and not (d.period.note or "").startswith("since")
                )
            )
            and not _SUPERLATIVE_RE.search(sentence[min(end_local, d.end) : max(local, d.start)])
            # (not "fell 2.9% on Friday, taking this week's setback to 8%": the running total's window)
            and not (d.start > end_local and _RUNNING_CUE_RE.search(sentence, end_local, d.start))
        ]
        if near:
            return near[0].period
        year = _introduced_year(sentence, local, dates)
        if year is not None:
            return year
    months = [
        d
        for d in dates
        if d.period.granularity == "month"
        and clause_start <= d.start
        and d.end <= clause_end
        and (0 <= d.start - end_local <= 30 or 0 <= local - d.end <= 30)
        # (not "added 3.2 per cent to HK$311, its highest since May", "the most since March": a
        # ranking's month)
        and not (
            d.start > end_local
            and re.match(r"since\b", sentence[d.start : d.end], re.I)
            and (_SUPERLATIVE_RE.search(sentence, end_local, d.start) or re.search(r"\bmost\s*$", sentence[: d.start]))
        )
    ]
    years = [
        d
        for d in dates
        # a price's year ("peaked at 79,600 won earlier in 2024"), not a move's ("its best day in 2024")
        if not is_change
        and d.period.granularity == "year"
        and not _SUPERLATIVE_RE.search(sentence[max(0, d.start - 30) : d.start])
        and clause_start <= d.start
        and d.end <= clause_end
        and 0 <= d.start - end_local <= 40
        and not _RESULTS_NOUN_AFTER_RE.match(sentence, d.end)
    ]
    if years and not months and not any(d.period.granularity == "day" for d in dates):
        # "peaked at 79,600 won (USD 57.31) earlier in 2024": the year, not the page's day
        return years[0].period
    if months and not any(d.period.granularity == "day" for d in dates):
        # "hit a record high of HK$333 ($42) in late June", "dropped 18 per cent in April": the
        # month (a level with no day stays undated; a move is the month's)
        return months[0].period
    # "their lowest since September 16, 2024", "soared 12% since September 24": a day after
    # "since" starts a window or names a past extreme, it is not the day of the move
    days = [
        d
        for d in dates
        if _is_session_day(sentence, d)
        # "climbed 1.7% to $197.96, surpassing its previous record close of $196.45 on July 31":
        # the day of the number compared with, not of this one
        and not (d.start > end_local and _COMPARED_NUMBER_RE.search(sentence, end_local, d.start))
    ]
    if not days:
        return None
    return min(days, key=lambda d: (not (clause_start <= d.start and d.end <= clause_end), abs(d.start - local))).period


# "In 2022, the stock plunged 64%", "during 2023 the shares rose 90%": a year that introduces the
# move; "a disastrous 2022, when the stock plunged 64%": a year the move's clause hangs on
_YEAR_INTRO_BEFORE_RE = re.compile(r"\s*(?:(?:in|during|over|throughout|across|for)\s+)?", re.I)
_ONE_DAY_CUE_RE = re.compile(
    r"\bon\s+the\s+day\b|\b(?:one|single)[-\s](?:day|session)\b|\bintraday\b|\bin\s+a\s+single\s+(?:day|session)\b",
    re.I,
)
_YEAR_WHEN_RE = re.compile(r"\b(?P<y>(?:19|20)\d{2}),?\s+(?:when|in\s+which|during\s+which)\b", re.I)


def _is_session_day(sentence: str, d: DateMention) -> bool:
    """Whether a day the sentence names may be the session its prices are of: not the start of a
    window ("their lowest since September 16", "soared 12% since September 24"), not an event to
    come ("ahead of its results to be released this Friday"), not a close compared with ("from
    their June 18 close")."""
    return (
        d.period.granularity == "day"
        and not re.search(r"\bsince\s+(?:\w+,?\s+)?$", sentence[max(0, d.start - 20) : d.start], re.I)
        and not _FUTURE_EVENT_BEFORE_RE.search(sentence, max(0, d.start - 50), d.start)
        and not _is_reference_close(sentence, d)
    )


def _introduced_year(sentence: str, local: int, dates: list[DateMention]) -> Period | None:
    """The calendar year a move's sentence is set in, when a year (not a day) introduces it: the
    sentence opens with it ("In 2022, ...", "Last year, ...") or the move's clause hangs on it
    ("a disastrous 2022, when the stock plunged 64%"), and nothing dated lies between it and the
    number. A results year ("In 2022 results ...") or a year after "since" or "from" does not."""
    if _ONE_DAY_CUE_RE.search(sentence):
        return None  # "In 2024, the shares jumped 5% on the day it reported results": one session's move
    whens = list(_YEAR_WHEN_RE.finditer(sentence, 0, local))
    when = whens[-1] if whens else None
    if (
        when is not None
        and not re.search(r"\b(?:since|from|until|to)\s+$", sentence[: when.start()], re.I)
        and not any(when.end() <= d.start < local for d in dates)
    ):
        y = int(when.group("y"))
        return Period(start=date(y, 1, 1), end=date(y, 12, 31), label=when.group("y"), granularity="year")
    before = [d for d in dates if d.end <= local]
    if not before or any(d.period.granularity == "day" for d in dates):
        return None
    d = before[-1]
    if d.period.granularity != "year" or _RESULTS_NOUN_AFTER_RE.match(sentence, d.end):
        return None
    if _YEAR_INTRO_BEFORE_RE.fullmatch(sentence, 0, d.start) is not None and not re.search(
        r"[;:]", sentence[d.end : local]
    ):
        return d.period
    return None


def _comparison_period(
    sentence: str, dates: list[DateMention], period: Period | None, para_period: tuple[int, Period] | None
) -> Period | None:
    if period is None:
        return None
    if re.search(
        r"year[-\s]on[-\s]year|\byoy\b|from\s+a\s+year\s+(?:earlier|ago)|compared\s+with\s+(?:a|one)\s+year",
        sentence,
        re.I,
    ):
        return shift_year(period, -1, "a year earlier")
    return None


def _mentions_same_period_last_year(sentence: str, local: int) -> bool:
    return re.search(r"same\s+(?:period|quarter)\s+(?:of\s+)?last\s+year[^,;.]*$", sentence[:local], re.I) is not None


_FROM_EXTREME_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:below|from|off|under|above|over)\s+(?:its|the|a|their)?\s*"
    rf"(?P<when>(?:19|20)\d{{2}}|52-week|one-year|12-month|year-to-date|this\s+year's|the\s+year's|year's|record|all-time"
    rf"|(?:most\s+)?recent|latest|(?:{MONTHS})(?:\s+(?:19|20)\d{{2}})?)?"
    r"[\s-]*(?:(?:closing|intraday|trading)\s+)?"
    r"(?P<kind>highs?|peaks?|lows?|troughs?|highest|lowest|(?<=record\s)close|(?<=all-time\s)close)\b"
    # "from its most recent peak in December", "from its all-time closing high of $382.18"
    rf"(?:\s+(?:in|of)\s+(?P<when2>(?:{MONTHS})(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}}))?"
    # "from their record closing high of $3719 earlier this year": the high came this year
    r"(?:(?:\s+of\s+[^\s,;]+)?\s+(?P<when3>(?:earlier\s+)?this\s+year)\b)?",
    re.I,
)


# "while its distance from the 52-week low is 96.13%": the extreme named before the number
_DISTANCE_FROM_EXTREME_BEFORE_RE = re.compile(
    r"\bdistance\s+(?:from|to)\s+(?:its|the|their)\s+(?P<when>52-week|one-year|12-month|year['’]s)?[\s-]*"
    r"(?P<kind>high|low|peak|trough)(?P<when2>)\s+(?:is|was|stands\s+at|of)\s+(?:about\s+|around\s+)?$",
    re.I,
)


def _extreme_window(when: str | None, published: date | None, dates: list[DateMention]) -> Period | None:
    """The window a "2024 high" / "52-week low" is taken over (to the claim's day); None when
    unstated ("its high", "record high": the data cannot say it reaches back far enough)."""
    if not when:
        return None
    w = when.lower()
    if re.fullmatch(r"(?:19|20)\d{2}", w):
        y = int(w)
        return Period(start=date(y, 1, 1), end=date(y, 12, 31), label=f"{y}", granularity="year")
    if published is None:
        return None
    month = re.match(rf"({MONTHS})(?:\s+((?:19|20)\d{{2}}))?$", when, re.I)
    if month is not None:
        # "from their March peak": that month, the latest one not after the article's date
        m = month_number(month.group(1))
        y = int(month.group(2)) if month.group(2) else latest_year_of_month(m, published)
        return month_period(y, m, when)
    if w in ("52-week", "one-year", "12-month"):
        # (a year before February 29 is February 28)
        a_year_before = shift_year(publication_day(published, when), -1, when).start
        return Period(start=a_year_before, end=published, label=when, granularity="window")
    if "year" in w:
        return Period(start=date(published.year, 1, 1), end=published, label=when, granularity="window")
    return None


# the hedges that may stand between a move's verb and its number ("rose nearly 5%", "ended the
# day almost 9 per cent lower"): one alternation for every rule that skips them
# ("risen just over 80%", "a little more than 5%": a degree word before a bound)
_DEGREE = r"(?:(?:just|a\s+little|slightly|well|a\s+bit)\s+)?"
_MOVE_HEDGES = rf"(?:nearly|almost|about|around|some|roughly|close\s+to|{_DEGREE}(?:more\s+than|over))"
_PRESENT_MOVE_BEFORE_RE = re.compile(
    r"\b(?:is|are|were|was)\s+(?:now\s+|currently\s+|still\s+|also\s+)*"
    r"(?:(?:(?:trading|changing\s+hands|moving)\s+)?(?:up|down|higher|lower)\s+|"
    r"(?:rising|falling|climbing|sliding|gaining|dropping|jumping|surging|soaring|sinking|tumbling|slipping|rallying"
    r"|advancing|declining|retreating|slumping|plunging|trading)\s+)?(?:by\s+)?"
    rf"(?:{_MOVE_HEDGES}\s+|as\s+much\s+as\s+)?$",
    re.I,
)
_SO_FAR_TODAY_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,2}so\s+far\s+(?:today|this\s+session|in\s+the\s+session)\b", re.I)


def _clause_of(sentence: str, local: int, length: int) -> str:
    """The stretch of the sentence around a number between commas, semicolons and 'and'/'while'."""
    cuts = list(re.finditer(r"[,;]|\b(?:and|while|but)\b", sentence))
    lo = max((m.end() for m in cuts if m.end() <= local), default=0)
    hi = min((m.start() for m in cuts if m.start() >= local + length), default=len(sentence))
    return sentence[lo:hi]


def _present_move(sentence: str, local: int, length: int) -> bool:
    """A share's move told in the present tense (or the past progressive of the writing: "were
    trading up"): "is up 3% today", "are trading 3% higher", "is rising 3%", "up 3% so far today"."""
    before = sentence[max(0, local - 60) : local]
    before = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    m = _PRESENT_MOVE_BEFORE_RE.search(before)
    if m is not None and (m.group(0).split()[0].lower() in ("is", "are") or "trading" in m.group(0).lower()):
        return True
    if _PERFECT_MOVE_BEFORE_RE.search(before) and _TODAY_AFTER_RE.match(sentence, local + length):
        return True  # "shares have gained 3% today"
    return _SO_FAR_TODAY_AFTER_RE.match(sentence, local + length) is not None


_DOWN_WORDS = (
    r"fell|falls?|falling|dropped|drops?|dropping|declined|declines?|declining|slumped|slumps?|dived|dove|dives?"
    r"|plunged|plunges?|plunging|tumbled|tumbles?|sank|sinks?|sinking|sunk|slid|slides?|sliding|lost|loses?|shed|sheds"
    r"|retreated|slipped|slips?|crashed|plummeted|tanked|dipped|dips?|weakened|eased|softened|edged\s+down|down|lower|off"
    r"|retreating|tumbling|slumping|losing|shedding|slipping|dipping|diving|plummeting|crashing|tanking|easing|weakening"
    r"|decreased|decreasing|depreciated|giving\s+up|gave\s+up|fallen|cratered|nosedived|collapsed|sagged|skidded"
    r"|(?:ticked|inched|edged|traded)\s+(?:down|lower)|gave\s+back|giving\s+back|skidding|skids?"
    rf"|{MOVE_DOWN_INFLECTIONS}"
)
_UP_WORDS = (
    r"rose|rises?|rising|jumped|jumps?|jumping|surged|surges?|surging|soared|soars?|climbed|climbs?|gained|gains?"
    r"|rallied|rally|rallies|advanced|spiked|leapt|leaped|popped|added|rebounded|strengthened|firmed|edged\s+up|up|higher"
    r"|climbing|gaining|soaring|advancing|rallying|rebounding|adding|spiking|leaping|popping|strengthening"
    r"|increased|increasing|improved|improving|appreciated|recovered|recovering|risen|skyrocketed|rocketed|zoomed|spurted"
    r"|(?:shot|shoots|shooting|ticked|inched|edged|traded)\s+(?:up|higher)|(?:piled|piling|tacked|tacking)\s+on"
    rf"|{MOVE_UP_INFLECTIONS}"
)
_PERFECT_MOVE_BEFORE_RE = re.compile(
    rf"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:{_DOWN_WORDS}|{_UP_WORDS})\s+(?:by\s+)?(?:{_MOVE_HEDGES}\s+)?$", re.I
)
_TODAY_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,2}?today\b", re.I)
# the shares as the subject of what they did ("its shares reach an all-time high", "stock closed
# Thursday"), not any mention of shares ("announced a share buyback on Tuesday")
_SHARES_DID_RE = re.compile(
    rf"\b(?:shares|stock)\s+(?:[a-z]+\s+){{0,2}}?(?:{_DOWN_WORDS}|{_UP_WORDS}|closed|ended|finished|settled|opened"
    r"|reach(?:ed|es)?|hit|touched|traded)\b"
    # "experienced a notable decline in its stock price during the trading session"
    r"|\b(?:decline|drop|fall|gain|rise|increase|decrease|jump|surge|slump|rebound)\s+in\s+(?:its|their|the)\s+"
    r"(?:stock|share)\s+price\b",
    re.I,
)
_MOVE_BEFORE_RE = re.compile(
    rf"(?:\b(?P<down>{_DOWN_WORDS})|\b(?P<up>{_UP_WORDS}))\s+(?:by\s+)?(?:as\s+much\s+as\s+|up\s+to\s+|nearly\s+|almost\s+"
    rf"|about\s+|around\s+|some\s+|close\s+to\s+|{_DEGREE}more\s+than\s+|{_DEGREE}over\s+|roughly\s+|~)?$",
    re.I,
)
_MOVE_AFTER_RE = re.compile(
    r"\s+(?:(?:one|single|two|three)-day\s+|intraday\s+|daily\s+|price\s+)?(?:(?P<down>drop|decline|fall|loss|slump|plunge|slide|retreat|discount|cut|reduction|markdown)"
    r"|(?P<up>gains?|rise|jump|surge|rally|advance|increase|climb|leap|rebound))\b",
    re.I,
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SESSIONS_BEFORE_RE = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)[-\s](?:trading[-\s])?(?:day|session)s?\b"
    r"(?:\s+(?:cumulative|combined|losing|winning|straight))?[^,;.]{0,30}$",
    re.I,
)
_SESSIONS_AFTER_RE = re.compile(
    r"\s+(?:over|in|across)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)"
    r"\s+(?:trading\s+)?(?:days|sessions)\b"
    # "Plummets -8.3% With 7-Day Losing Streak": the streak's sessions
    r"|\s+(?:with|in|on|over|during)\s+(?:an?\s+|its\s+)?(?P<streak>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)"
    r"[-\s](?:trading[-\s])?(?:day|session)\s+(?:losing|winning|win|loss)\s+streak\b",
    re.I,
)


_SESSIONS_ENDING_WHEN_RE = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+(?:trading\s+)?(?:days|sessions)\s+ending\s+"
    r"(?:on\s+)?[^;]{3,30}?,\s+when\s+(?:it|the\s+(?:stock|shares)|shares)\s+(?:had\s+)?[a-z]+\s+(?:by\s+)?$",
    re.I,
)


def _sessions_spanned(sentence: str, local: int, length: int) -> int | None:
    """How many sessions a share's move spans when the sentence says ("a two-day decline of 10%",
    "fell 10% over three sessions"); None for a day's move."""
    m = (
        _SESSIONS_BEFORE_RE.search(sentence[max(0, local - 60) : local])
        or _SESSIONS_AFTER_RE.match(sentence, local + length)
        # "since the four days ending on August 1, 2023, when it rose 8.09%"
        or _SESSIONS_ENDING_WHEN_RE.search(sentence[max(0, local - 90) : local])
    )
    if m is None:
        return None
    n = (m.groupdict().get("n") or m.group("streak")).lower()
    return _NUMBER_WORDS.get(n) or int(n)


# "saw a rise of", "experienced a decline of", "posted a 3% gain" (the verb carries no direction)
_SAW_MOVE_RE = re.compile(
    r"(?:saw|sees|seen|posted|recorded|registered|logged|notched|experienced|suffered|booked|clocked|observed|witnessed)"
    r"\s+(?:a|an)\s+"
    r"(?:\w+\s+)?(?:rise|gain|jump|increase|advance|climb|surge|rally|decline|drop|fall|loss|slide|decrease|slump|plunge)"
    r"\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?",
    re.I,
)
_MOVE_NOUN_OF_RE = re.compile(
    r"\b(?:(?P<down>declines?|drops?|falls?|loss|slump|plunge|slide|decreases?|fall-off)|(?P<up>gains?|rises?|jumps?|increases?"
    r"|surge|rally|climb|advance))\s+of\s+(?:as\s+much\s+as\s+|up\s+to\s+|nearly\s+|almost\s+|about\s+|around\s+"
    r"|some\s+|more\s+than\s+|over\s+|roughly\s+|~)?$",
    re.I,
)
# A vendor template's day change, signed by its own number: "it changed around -$1.21 or -1.17%
# from the last close", "a red trend with a performance of -1.17% at the end of last trading",
# "with a 1-day change of -0.85%". A neutral word before a signed number, and a day named
# (one-day, the last close, the end of the last trading): a window ("over ten trading days",
# "during the last 100 days") or a statistic ("a change of -3.6% or more ... probability") is not.
_NEUTRAL_CHANGE_BEFORE_RE = re.compile(
    r"(?:\b(?:changed|moved|moving)\s+(?:(?:around|about|roughly|by)\s+)?(?:[-+−]?\$?\d[\d.,]*\s+or\s+)?"
    r"|\b(?:(?:1|one|single)-day\s+)?(?:change|performance|move)\s+of\s+"
    # the Zacks template: "marking a +3.2% move", "denoting a -1.1% adjustment", "demonstrating a +0.5% swing"
    r"|\b(?:marking|denoting|demonstrating|indicating|reflecting|showing|representing)\s+an?\s+)$",
    re.I,
)
_DAY_NAMED_RE = re.compile(
    r"\b(?:1|one|single)-day\s+change\b|\bfrom\s+(?:the\s+|its\s+)?(?:last|previous|prior)\s+close\b"
    r"|\bat\s+the\s+end\s+of\s+(?:the\s+)?(?:last|previous|latest)\s+trading\b"
    # "from the prior day", "from the previous trading session", "from its last day's close", "from the
    # preceding day's closing price", "from the previous session's end"
    r"|\bfrom\s+(?:the\s+|its\s+)?(?:last|previous|prior|preceding)\s+(?:trading\s+)?(?:day|session)\b",
    re.I,
)
_STATISTIC_RE = re.compile(r"\bor\s+(?:more|less|greater)\b|\bprobability\b|\bover\s+\w+\s+trading\s+days\b", re.I)


# The template that signs its falls ("changed around -$1.21 or -1.17%", "a red trend") leaves a
# rise unsigned: "changed around $0.11 or 0.32% from the last close", "a green trend with a
# performance of 0.32%"
_UNSIGNED_RISE_BEFORE_RE = re.compile(
    r"\bchanged\s+(?:(?:around|about|roughly|by)\s+)?\$\d[\d.,]*\s+or\s+$|\bgreen\s+trend\s+with\s+a\s+performance\s+of\s+$",
    re.I,
)


def _is_signed_day_change(sentence: str, local: int, text: str) -> bool:
    """ "it changed around -$1.21 or -1.17% from the last close": a day's move signed by its number
    (a rise the template leaves unsigned, beside an unsigned dollar change or a "green trend")."""
    before = sentence[max(0, local - 40) : local]
    signed = text[:1] in "+-−" or (text[:1].isdigit() and _UNSIGNED_RISE_BEFORE_RE.search(before) is not None)
    return (
        signed
        and _NEUTRAL_CHANGE_BEFORE_RE.search(before) is not None
        and _DAY_NAMED_RE.search(sentence) is not None
        and _STATISTIC_RE.search(sentence) is None
    )


# "- Percentage Change: -2.81%", "Change (%): +0.59%": a quote list's line for the day's move
_CHANGE_ITEM_RE = re.compile(
    r"\s*(?:[-*•·]\s*)?(?:(?:Percentage|Percent|%|Price|Daily|Day['’]s|Net)\s+)?Change(?:\s*\(%\))?\s*[:：]\s*$", re.I
)


def _is_quote_list_change(
    sentence: str, local: int, text: str, sentence_claims: list[Claim], claims: list[Claim]
) -> bool:
    """ "- Closing Price: $163.65 / - Percentage Change: -2.81%": a signed percent on a list line
    labelled as the change, in a run of lines that quote the shares."""
    if text[:1] not in "+-−" or _CHANGE_ITEM_RE.fullmatch(sentence[:local]) is None or sentence_claims:
        return False
    # the lines just above quote the shares (a "Price Change: -$4.74" line among them)
    recent = claims[-4:]
    return any(c.metric == "share_price" for c in recent) and all(
        c.metric in (None, "share_price", "price") and c.subject in (None, recent[-1].subject) for c in recent
    )


# "JD shares are trading -6.17% year to date", "Year-to-date, the shares have moved -7.87%": a
# window's move signed by its number, after a neutral verb, the window named next to it
_NEUTRAL_LEVEL_BEFORE_RE = re.compile(
    r"\b(?:(?:are|is|was|were|been)\s+trading|trades|traded|(?:have|has|had)\s+(?:moved|changed)|moved|changed)\s+$",
    re.I,
)
_WINDOW_AFTER_RE = re.compile(
    r"\s+(?:\(?\s*)?(?:year[\s-]to[\s-]date|YTD|so\s+far\s+this\s+year|this\s+year|in\s+20\d\d"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:year|month|week|quarter)s?)\b",
    re.I,
)
_WINDOW_BEFORE_RE = re.compile(r"^\s*(?:year[\s-]to[\s-]date|YTD|so\s+far\s+this\s+year|this\s+year)\s*,", re.I)


def _is_signed_window_change(sentence: str, local: int, text: str) -> bool:
    """ "JD shares are trading -6.17% year to date": a window's move signed by its number."""
    return (
        text[:1] in "+-−"
        and _NEUTRAL_LEVEL_BEFORE_RE.search(sentence[max(0, local - 30) : local]) is not None
        and (
            _WINDOW_AFTER_RE.match(sentence, local + len(text)) is not None
            or _WINDOW_BEFORE_RE.match(sentence) is not None
        )
        and _STATISTIC_RE.search(sentence) is None
    )


# "an ~9% single-day drop", "a 5% intraday gain": a move counted in sessions is a share's
_SESSION_MOVE_NOUNS = (
    r"(?:drop|decline|fall|loss|slump|plunge|slide|retreat|sell-?off|gain|rise|jump|surge|rally|advance|climb|rebound)"
)
# "lost -$5.57 on the day or -1.35% during that session", "a 2.49% upside in the last session",
# "-1.35% in the red in last session", "0.87% more than the trading day before": the words right
# after a move give it one session (not "a +1.2% return on the day of results": a day of a kind)
_ONE_SESSION_AFTER_RE = re.compile(
    rf"(?:\s+(?:upside|downside|{_SESSION_MOVE_NOUNS}|higher|lower)\b)?(?:\s+in\s+the\s+(?:red|green)\b)?\s+(?:"
    r"(?:on|for)\s+the\s+(?:day|session)\b(?!\s+(?:of|before|after|when)\b)"
    r"|(?:in|during)\s+(?:the\s+|that\s+|this\s+)?(?:(?:last|latest|previous|prior|most\s+recent|regular)\s+)?"
    r"(?:trading\s+)?(?:session|trading\s+day)\b(?!['’])"
    r"|(?:more|less|higher|lower)\s+than\s+(?:the\s+|its\s+)?(?:previous\s+|prior\s+|last\s+)?"
    r"(?:trading\s+day|session|day)\b(?!['’])(?:\s+before\b)?"
    r")",
    re.I,
)
# "after Monday's 11 percent surge", "yesterday's 4% drop": a session's own move, its noun right
# after the number (not "Monday's 11% surge in sales": a measure's; nor "... in the index")
_DAYS_OWN_BEFORE_RE = re.compile(
    rf"\b(?:{_WEEKDAY}|yesterday|today)['’]s\s+(?:(?:near|nearly|almost|about|over|more\s+than)\s+)?$", re.I
)
_DAYS_OWN_AFTER_RE = re.compile(rf"\s+(?:[a-z]+\s+)?{_SESSION_MOVE_NOUNS}\b(?!\s+(?:in|of|for)\b)", re.I)


def _days_own_move(sentence: str, local: int, length: int) -> bool:
    """ "Traders took profit after Monday's 11 percent surge": a move a session owns."""
    return (
        _DAYS_OWN_BEFORE_RE.search(sentence, max(0, local - 30), local) is not None
        and _DAYS_OWN_AFTER_RE.match(sentence, local + length) is not None
    )


_SESSION_MOVE_AFTER_RE = re.compile(
    rf"\s+(?:(?:one|single|two|three|four|five|\d)-(?:day|session)|intraday|daily|overnight)\s+(?:cumulative\s+)?"
    rf"{_SESSION_MOVE_NOUNS}\b"
    # "after over 4.4% drop in the previous session, the stock opened higher"
    rf"|\s+{_SESSION_MOVE_NOUNS}\s+in\s+the\s+(?:previous|prior|preceding|last|latest)\s+(?:trading\s+)?session\b",
    re.I,
)
# a time in a change's "in ...": "a 2.1% decline in the prior session" is no change in a measure
_SESSION_WORDS_RE = re.compile(
    r"(?:(?:previous|prior|preceding|last|latest|same|next|following|current|early|late|mid-?day|afternoon|morning)\s+)?"
    r"(?:trading\s+)?(?:session|day|week|month|quarter|year|trade|trading)s?",
    re.I,
)
_CHANGE_NOUNS = (
    r"(?:increase|rise|growth|gain|jump|decline|drop|fall|decrease|surge|slump|plunge|tumble|slide|dip"
    r"|climb|rebound|contraction|expansion|improvement|deterioration|reduction|cut|boost|slowdown)"
)
_CHANGED_WHAT = (
    r"\s+in\s+(?:the\s+|its\s+|their\s+)?"
    # (a possessive first: "a 24 per cent annual decline in company's first-quarter profit")
    r"(?:(?:the\s+)?[A-Za-z.&]+['’]s\s+)?(?P<what>[a-z][\w\- ]{2,40}?)(?=\s+(?:for|in|from|to|over|during|at|on|of|compared|when|year|after|since)\b|[,.;]|$)"
)
_CHANGE_IN_RE = re.compile(rf"\s+(?:\w+\s+)?{_CHANGE_NOUNS}{_CHANGED_WHAT}", re.I)
# "a quarterly decline of -11.23% in its revenues": the noun before the number, what after it
_CHANGE_OF_BEFORE_RE = re.compile(rf"\b{_CHANGE_NOUNS}\s+of\s+$", re.I)
_CHANGED_WHAT_RE = re.compile(_CHANGED_WHAT, re.I)


_PERIOD_WORDS_RE = re.compile(
    r"^(?:(?:q[1-4]|h[12]|(?:19|20)\d\d|fy\d{2,4}|first|second|third|fourth|quarterly|annual|full-year|half-year"
    r"|first-half|second-half|first-quarter|second-quarter|third-quarter|fourth-quarter)\s+)+",
    re.I,
)


def _metric_named(words: str) -> str:
    """The metric a noun phrase names ("net profit" -> net_profit), else the phrase itself
    without the period words in front ("Q3 value of new business" -> value_of_new_business)."""
    words = _PERIOD_WORDS_RE.sub("", words)
    if words.strip().lower() == "stocks":
        return "share_price"  # "a 5.5 per cent drop in its stocks"
    for name, pattern in _METRIC_RES:
        if pattern.search(words):
            return name
    return re.sub(r"\W+", "_", words.strip().lower())


_APPOSITIVE_RE = re.compile(
    r"^(?:['’]s?(?:\s+(?:shares|stock|ADRs?|ADSs?))?)?\s*(?:,\s+(?:(?:the|a|an|its)\s+[^,;()]{2,40}|(?:which|who|with)\s+[^,;()]{2,60}"
    # "Tencent, China's biggest gaming company, rose": a place's or a group's possessive, then a noun phrase
    r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s?\s+(?!(?:shares|stock)\b)[a-z][^,;()]{2,40}"
    # "Shares of PDD, formerly known as Pinduoduo, powered up 16.9%"
    r"|(?:formerly|previously|once)\s+(?:known\s+as\s+|called\s+)?[^,;()]{2,40}))?,\s*"
)  # "Acme, the chipmaker, rose 4%", "Acme, which reported weak revenue, dropped 18%", "Acme, with the largest base, jumped 5%"


# what may lie between a company's name and its move: its suffix, ticker tags, "'s shares", an
# auxiliary and adverbs ("Alibaba Group (HK:) (NYSE:) also retreated", "Shares of NVIDIA
# Corporation (NASDAQ: NVDA) have seen", "Meituan $MEITUAN-W 03690.HK$ surged", "remains up")
# a company name's suffixes and its ticker tags (Reuters' angle tags too: "Tencent <0700.HK> rose 4.4%")
_NAME_SUFFIXES = r"(?:\s*,?\s*(?:Ltd|Limited|Inc|Corp|Corporation|Co|Holdings|Group|plc|PLC|AG|SA|NV|N\.V)\b\.?)*"
# (the MarketBeat network's tag: "(NASDAQ:BIDU – Get Free Report)")
_TICKER_TAGS = (
    r"(?:\s*(?:[(\[][A-Z0-9:\s.\-]{1,20}(?:(?:[–—-]\s*)?Get\s+(?:Free\s+)?(?:Rating|Report)\s*)?[)\]]"
    r"|\$[A-Z0-9][A-Z0-9.\- ]{0,24}\$|<[A-Z0-9.=^]{1,12}>))*"
)
# (from inside a tag, when the ticker in it is the mention: "Tencent Holdings Ltd (0700.HK), ...")
_NAME_TAIL_RE = re.compile(rf"[)\]>]?{_NAME_SUFFIXES}{_TICKER_TAGS}")
_MOVE_PREAMBLE_RE = re.compile(
    # (the MarketBeat network's tag: "(NASDAQ:PDD – Get Rating) shot up 13.8%")
    r"(?:\s*(?:[–—-]\s*)?Get\s+(?:Free\s+)?(?:Rating|Report)\s*(?=\)))?"
    rf"[)\].$>]?{_NAME_SUFFIXES}{_TICKER_TAGS}"
    r"(?:['’]s?)?\s*(?:(?:Hong\s+Kong|U\.?S\.?|[A-Z]-)?[\w.\-]*listed\s+)?(?:[AH]\s+)?"
    # ("Baidu's ADRs dropped 6.3%"; a tag after the noun: "Meta Platforms' stock (NASDAQ:FB) jumped 17.7%")
    rf"(?:shares|stocks?|share\s+price|stock\s+price|ADRs?|ADSs?)?{_TICKER_TAGS}\s*"
    r"(?:(?:also|both|each|all|now|currently|still|further|sharply|slightly|briefly|initially|then|later|just|only"
    r"|not\s+only)\s+)*"
    r"(?:(?:has|have|had|is|are|was|were|remains|remained|stays|stayed)\s+(?:been\s+)?)?"
    r"(?:(?:also|both|each|all|now|currently|still|further|sharply|slightly|briefly|initially|then|later|just|only)\s+)*"
    # "Meituan followed by jumping 2.6%": the next mover of a list, its verb a gerund
    r"(?:followed\s+by\s+)?"
    # "AIA Group went up 2.3%", "Acme's shares moved down 4%": a verb of motion before the direction
    r"(?:(?:went|goes|go|going|gone|moved|moves|moving)\s+(?=(?:up|down|higher|lower)\b))?",
)
# "eked out a 0.2 per cent gain", "registers a 16.3% gain": a verb whose object is the move noun
# that follows the number
_MOVE_OBJECT_VERB_RE = re.compile(
    r"(?:(?:eked|ground|chalked|racked)\s+out|post(?:ed|s)?|register(?:ed|s)?|record(?:ed|s)?|log(?:ged|s)?"
    r"|notch(?:ed|es)?|book(?:ed|s)?|clock(?:ed|s)?|saw|sees|seen|suffer(?:ed|s)?|experienc(?:ed|es)|enjoy(?:ed|s)?"
    r"|observ(?:ed|es)|witness(?:ed|es))"
    # ("has recorded 45.67% gains over the past six months": no article before a plural)
    rf"\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?)?(?:{_MOVE_HEDGES}\s+)?",
    re.I,
)
# "Tencent was also resilient, up by 1.6 per cent": the move as an adjunct after a comma
_MOVE_ADJUNCT_RE = re.compile(
    # ("Tencent rallied, closing up 4.4%")
    rf",\s+(?:(?:closing|ending|finishing|settling)\s+)?(?:{_DOWN_WORDS}|{_UP_WORDS})\s+(?:by\s+)?(?:(?:as\s+much\s+as|up\s+to"
    rf"|{_MOVE_HEDGES})\s+)?$",
    re.I,
)
_MOVE_NOUN_IS_RE = re.compile(
    r"['’]s\s+(?:(?:stock|share)\s+(?:price\s+)?)?(?:advance|gain|rise|rally|climb|jump|surge|decline|drop|fall"
    r"|slide|slump|plunge)\s+(?:is|was|has\s+been|stands\s+at|amounts\s+to)\s+"
    rf"(?:{_MOVE_HEDGES}\s+)?",
    re.I,
)
_RANK_BEFORE_MARKET_RE = re.compile(
    r"\b(?:among|one\s+of)\b|\b(?:best|worst|top|biggest|leading|largest)\s+(?:[\w-]+\s+)?(?:performers?|gainers?|losers?"
    r"|decliners?|contributors?|drags?|movers?|boost)\b|\bcontribut\w*",
    re.I,
)
_RANKING_FRAME_RE = re.compile(
    r"\s*(?:(?:was|were|is|are)\s+(?:also\s+)?(?:the|a|an|one\s+of\s+the|among\s+the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:performers?|gainers?|losers?|decliners?|advancers?|movers?|laggards?|winners?)"
    r"|led\s+(?:the\s+)?(?:\w+\s+)?(?:gains|losses|gainers|losers|decliners|advance|rally|declines|sell-?off))\b",
    re.I,
)
_WITH_MOVE_NOUN_RE = re.compile(rf",?\s+with\s+(?:an?\s+)?(?:{_MOVE_HEDGES}\s+)?$", re.I)
_YEAR_ON_YEAR_AFTER_RE = re.compile(
    r"\s+(?:year[\s-]+(?:over|on)[\s-]+year|y/?o/?y|from\s+(?:a|the)\s+year\s+(?:earlier|ago|before))\b", re.I
)
_OTHER_MEASURE_RE = re.compile(r"[%$€£¥]|\bper\s*cent|\bpercent|\d+(?:\.\d+)?\s*(?:million|billion|bn)\b", re.I)


_COORDINATOR_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def _coordinated_end(sentence: str, end: int, local: int, names: list[_Name]) -> int:
    """Where a list of subjects that begins with a name ending at ``end`` ends ("Alibaba Group and
    Tencent Holdings also retreated 3.9% and 5.3% respectively": after "Tencent Holdings")."""
    starts = {n[0]: n[1] for n in names if end < n[0] < local}
    while True:
        lead = _MOVE_PREAMBLE_RE.match(sentence, end)
        at = lead.end() if lead and not sentence[end : lead.end()].strip().endswith(("shares", "stock")) else end
        joint = _COORDINATOR_RE.match(sentence, at)
        if joint is None or joint.end() not in starts:
            return end
        if joint.group(0).strip() == "," and re.match(r"['’]s?\s", sentence[starts[joint.end()] :]):
            return end  # "Tencent, China's biggest gaming company, rose": an appositive, not a list
        end = starts[joint.end()]


def _coordinated_listed(
    sentence: str, local: int, subject: str | None, names: list[_Name], by_label: dict[str, Entity], table: EntityTable
) -> str | None:
    """ "AIA and Ping An Insurance rose by more than 2 per cent": one move of every company listed
    before the verb. When the name nearest the verb is no listed company the data knows and an
    earlier one of the list is, the number is (also) the earlier one's, which can be checked."""
    if subject is None:
        return None
    if by_label.get(subject) is not None or table.resolve(subject) is not None:
        return None  # (a product the gazetteer knows is no company of the list: "Pinduoduo and Temu")
    mine = [n for n in names if n[2] == subject and n[1] <= local]
    if not mine:
        return None
    for n in names:
        entity = by_label.get(n[2])
        if (
            n[1] < mine[-1][0]
            and not _inside_brackets(sentence, n[0])  # (nor a ticker tag's: "(NASDAQ: GOOGL, GOOG)")
            and entity is not None
            and entity.ticker
            and _coordinated_end(sentence, n[1], local, names) >= mine[-1][1]
        ):
            return n[2]
    return None


_TRADING_WORDS_RE = re.compile(
    r"\b(?:shares?|stocks?|ADRs?|ADSs?|traded|trading|trades|session|closed|closing|close|opened|intraday|"
    r"Nasdaq|NYSE|HKEX|bourse)\b",
    re.I,
)


# a clause that speaks of a window longer than a session, or of a measure that is not the price
# (volume, an estimate): not a day's move of the shares by default
_NOT_A_DAYS_MOVE_RE = re.compile(
    r"\b(?:weeks?|weekly|months?|monthly|years?|yearly|annual(?:ly)?|quarters?|quarterly|YTD|to[\s-]date|"
    r"past|since|days|sessions|period|stretch|streak|so\s+far|record|peak|52[\s-]week|all[\s-]time|"
    r"volume|turnover|estimates?|consensus|revis(?:ed|ion)|forecasts?|targets?|guidance|expected|outlook|"
    r"index|indices|sector|market\s+(?:value|cap))\b",
    re.I,
)


def _is_share_move_by_context(sentence: str, local: int, length: int, subject: str, names: list[_Name]) -> bool:
    """A directed percent in a clause whose last name before it is the listed company's, that
    speaks of trading ("Acme lost 6.3 percent in Hong Kong trading on Tuesday") and names no
    other measure, no window longer than a session and no comparison ("9% lower than the
    previous close"): the shares' move that day."""
    clause_start = 0
    for m in _TRADING_CLAUSE_BREAK_RE.finditer(sentence, 0, local):
        clause_start = m.end()
    named = [n for n in names if clause_start <= n[0] and n[1] <= local]
    if not named or max(named)[2] != subject:
        return False
    after_name = sentence[max(named)[1] : local]
    if re.match(r"['’]s\b", after_name) and not _POSSESSED_SHARES_RE.match(after_name):
        return False  # "Zenith's ADR ratio rose 5%": something of the company's, not its shares
    if re.search(r"\b(?:its|their)\s+(?!(?:shares|stock|ADRs?|ADSs?)\b)\w+", after_name, re.I):
        return False  # "Acme lowered its trading fees by 20%", "boosted its dividend 8%": an object's change
    tail = sentence[local + length : local + length + 40]
    brk = _TRADING_CLAUSE_BREAK_RE.search(tail) or re.search(r",", tail)  # (not "..., shares closed flat")
    clause = sentence[clause_start : local + length] + (tail[: brk.start()] if brk else tail)
    if (
        _names_a_metric(clause)
        or _NOT_A_DAYS_MOVE_RE.search(clause)
        or re.match(r"\s+(?:of|stake)\b|\s+(?:\w+\s+)?than\b", sentence[local + length :])
    ):
        return False
    return _TRADING_WORDS_RE.search(clause) is not None


_TRADING_CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s+(?:while|and|but|whereas)\b|\bwhile\b", re.I)


def _subject_moves(sentence: str, local: int, subject: str | None, names: list[_Name], length: int = 0) -> bool:
    """ "Acme slumped as much as 10.8%", "Acme's shares jumped 5%": the company itself is the
    subject of a move verb right before the number, with nothing else in between."""
    mine = [n for n in names if n[2] == subject and n[1] <= local]
    if not mine:
        return False
    if _names_a_metric(sentence[mine[-1][0] : mine[-1][1]]):
        return False  # "PDD said its net profit sank 47%": the company's measure moved, not its shares
    # "Revenue at Meta rose by 11 per cent": the measure named before the company is what moved
    lead_in = _MEASURE_OF_BEFORE_RE.search(sentence, max(0, mine[-1][0] - 40), mine[-1][0])
    if lead_in is not None and _names_a_metric(lead_in.group(0)):
        return False
    # ("Sales at the parent of online shopping sites Pinduoduo and Temu skyrocketed 66%": the
    # clause opens with the measure, the company further in)
    opening = _MEASURE_OPENS_RE.match(sentence)
    if opening is not None and opening.end() <= mine[-1][0] and _names_a_metric(opening.group("measure")):
        return False
    end = _coordinated_end(sentence, mine[-1][1], local, names)
    # the name's own suffix and ticker tags come before an appositive: "Tencent Holdings Ltd
    # (0700.HK), the world's largest gaming company, rose 4.4%"
    tail = _NAME_TAIL_RE.match(sentence, end)
    if tail is not None and tail.end() > end and _APPOSITIVE_RE.match(sentence[tail.end() : local]):
        end = tail.end()
    appositive = _APPOSITIVE_RE.match(sentence[end:local])
    between = (
        sentence[end:local][appositive.end() :] if appositive and appositive.group(0).strip() else sentence[end:local]
    )
    preamble = _MOVE_PREAMBLE_RE.match(sentence, end)
    # (a name inside the company's own ticker tags is no other name: "Alphabet (NASDAQ: GOOGL) (NASDAQ: GOOG)";
    # nor one inside its appositive: "Tencent, China's biggest gaming company, rose")
    after_tags = max(preamble.end() if preamble else mine[-1][1], end + (appositive.end() if appositive else 0))
    others = [n for n in names if after_tags <= n[0] < local and n[2] != subject]
    # (the market named inside the company's own clause, after a preposition, is its frame, not
    # another subject: "Tencent was among the best performers on the index, up 4.4%"; not "Tencent
    # beat the Hang Seng Index, up 1%", where the move may be the index's)
    framing = [
        n
        for n in others
        if MARKET_RE.fullmatch(n[2]) is None
        or not re.search(r"\b(?:on|in|to|of|among|across|within)\s+(?:the\s+)?$", sentence[: n[0]])
        # (after a ranking only: not "Acme underperformed the rally on the Hang Seng Index, up 2.1%")
        or not _RANK_BEFORE_MARKET_RE.search(sentence[end : n[0]])
    ]
    noun_follows = length > 0 and _MOVE_AFTER_RE.match(sentence, local + length) is not None
    adjunct = _MOVE_ADJUNCT_RE.search(between)
    if adjunct is None and noun_follows and (with_noun := _WITH_MOVE_NOUN_RE.search(between)) is not None:
        # (only in a ranking frame: "was the top performer with a 4.4% gain", "led the gains with";
        # not "expanded its fleet with a 15% increase")
        if _RANKING_FRAME_RE.match(between[: with_noun.start()]):
            adjunct = with_noun
    if len(between) <= 90 and not framing and adjunct is not None:
        # "Tencent was also resilient, up by 1.6 per cent", "turned sharply lower on Wednesday,
        # falling as much as 9.7%", "was the top performer with a 4.4% gain": one clause about the
        # company, with no other name, measure or metric in it, then the move
        head = between[: adjunct.start()]
        if (
            not re.search(r"[,;]", head)
            and not _OTHER_MEASURE_RE.search(head)
            and not _names_a_metric(head)
            # (not "The company's e-commerce business eked out growth, up 3% year over year")
            and not re.match(r"\s*['’]s?\s+(?!shares|stock)", head)
            and not _YEAR_ON_YEAR_AFTER_RE.match(sentence, local + length)
        ):
            return True
    pronoun = _PRONOUN_MOVE_RE.search(between)
    if pronoun is not None and _MOVE_BEFORE_RE.fullmatch(pronoun.group("rest").strip() + " ") is not None:
        return True  # "Meta is on pace for its largest decrease since Feb. 3, 2022, when it fell 26.39%"
    # "Apple Inc., which saw a marginal increase of 0.05%": the company's own relative clause
    between = re.sub(r"^\.?\s*,?\s*which\s+", "", between)
    if _RESTATED_MONEY_MOVE_RE.fullmatch(between):
        return True  # "Tencent rose HK$9.60, or 3.2%, to HK$311": the move in money, then in percent
    if len(between) > 45 or re.search(r"[,;]", between):
        return False
    # nothing but the verb (and the company's shares) between: "Acme's shares slid 3%", not
    # "Acme's revenue in 2024 rose 25%"
    lead = _MOVE_PREAMBLE_RE.match(between)
    bare = between[lead.end() if lead else 0 :].strip() + " "
    noun_after = length > 0 and _MOVE_AFTER_RE.match(sentence, local + length) is not None
    return (
        _MOVE_BEFORE_RE.fullmatch(bare) is not None
        or _SAW_MOVE_RE.fullmatch(bare) is not None
        # "Baidu closed 3.3 percent lower": the direction comes after the number
        # "Amazon (NASDAQ: AMZN) ended Thursday down by 7.81%": the close, its direction first
        or _ENDED_DAY_DIRECTION_RE.fullmatch(bare) is not None
        # ("Tencent ended the day almost 9 per cent lower")
        or re.fullmatch(
            r"(?:closed|ended|finished|settled|opened)\s+(?:(?:the|its)\s+(?:day|session|trading\s+day)\s+"
            # ("Tencent ended Tuesday 4.4% higher")
            rf"|(?:on\s+)?(?i:{_WEEKDAY})\s+)?"
            rf"(?:{_MOVE_HEDGES}\s+)?",
            bare,
        )
        is not None
        # "Nvidia's advance is nearly 40%": the company's move as a noun, then a copula
        or (
            _MOVE_NOUN_IS_RE.fullmatch(between) is not None
            # (not "Acme's decline is about 5% of its workforce": a share of something)
            and not re.match(r"\s+of\b", sentence[local + length :])
        )
        # "BIDU's stock price is moving -3.52% down": a neutral verb, the direction after the number
        # ("Tencent was 4.4% higher": a copula, and no verb at all)
        or (
            length > 0
            and re.fullmatch(
                r"(?:(?:moving|moved|changed|trading|traded)\s+)?", bare.strip() + " " if bare.strip() else ""
            )
            is not None
            and re.match(r"\s+(?:down|up|lower|higher)\b", sentence[local + length :]) is not None
        )
        # "PDD Holdings registers a 16.3% gain", "Amazon's nearly 4.3% decline"
        or (noun_after and _MOVE_OBJECT_VERB_RE.fullmatch(bare) is not None)
        or (noun_after and re.match(r"['’]s\s", between) is not None and _HEDGE_ONLY_RE.fullmatch(bare) is not None)
    )


_MEASURE_OPENS_RE = re.compile(r"\s*(?:[-•*]\s*)?(?P<measure>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:at|of|for|from)\s", re.I)
_ENDED_DAY_DIRECTION_RE = re.compile(
    r"(?:closed|ended|finished|settled)\s+(?:(?:the|its)\s+(?:day|session|trading\s+day)\s+|(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day\s+)?"
    rf"(?:down|up|lower|higher)\s+(?:by\s+)?(?:{_MOVE_HEDGES}\s+)?",
    re.I,
)
_MOVED_TO_BEFORE_RE = re.compile(rf"\b(?:{_DOWN_WORDS}|{_UP_WORDS})\s+(?P<to>to)\s+$", re.I)
_MEASURE_OF_BEFORE_RE = re.compile(r"\b[\w-]+(?:\s+[\w-]+){0,2}\s+(?:at|of|for|from)\s+(?:the\s+)?$", re.I)
_RESTATED_MONEY_MOVE_RE = re.compile(
    rf"\s*(?:shares\s+|stock\s+)?(?:{_DOWN_WORDS}|{_UP_WORDS})\s+(?:by\s+)?(?:HK|US|[A-Z]{{2}})?\$\s?\d[\d,]*(?:\.\d+)?\s*,?\s+or\s+",
    re.I,
)
_PRONOUN_MOVE_RE = re.compile(
    r"\b(?:when|as|after|before|while)\s+(?:it|its\s+(?:shares|stock)|the\s+(?:stock|shares))\s+(?:had\s+|has\s+)?(?P<rest>[a-z][a-z ]{0,30})$"
)
_HEDGE_ONLY_RE = re.compile(rf"\s*(?:{_MOVE_HEDGES}\s+)?", re.I)


def _names_a_metric(text: str, besides: tuple[str, ...] = ("share_price",)) -> bool:
    """Whether a phrase names a measure other than the share price ("revenue", "profit", ...), or
    other than every metric in ``besides``."""
    return any(name not in besides and pattern.search(text) for name, pattern in _METRIC_RES)


# a sentence opening that goes on about the shares of the sentence before: a pronoun, "the
# stock", or the move itself ("The rally, which follows an almost 200% jump last year, ...")
_SHARE_PRONOUN_RE = re.compile(
    r"\s*(?:They|It|Its\s+shares|The\s+shares|The\s+stock"
    # "This represents a decrease of $4.15, or approximately 2.75%": the move just described
    r"|(?:This|That)\s+(?:represents|represented|marks|marked|amounts\s+to|is|was)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:decrease|decline|drop|fall|loss|gain|rise|increase|jump|surge|slide)"
    r"|The\s+(?:rally|gains?|jump|surge|rise|advance|climb|rebound|drop|decline|fall|slide|slump|sell-?off|losses|move)"
    # a list line that goes on with the move alone ("--Down 24.6% month-to-date")
    r"|(?:[-–—•*]+\s*)(?:Up|Down)(?=\s+\d))\b"
)


# "slumped 2.9 per cent to HK$354.40, taking this week's setback to almost 8 per cent", "bringing
# its losses this month to 7.8 per cent", "trimming its year-to-date loss to 33%": a running total
# of the move just named, over the window the words give
_RUNNING_VERBS = (
    r"(?:taking|bringing|pushing|extending|widening|deepening|trimming|paring|cutting|narrowing|lifting|boosting)"
)
_RUNNING_CUE_RE = re.compile(rf",\s*{_RUNNING_VERBS}\s", re.I)
_RUNNING_MOVE_BEFORE_RE = re.compile(
    rf",\s*{_RUNNING_VERBS}\s+"
    r"(?:its|their|the|this|the\s+(?:stock|shares)['’]s?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?P<down>loss|losses|decline|declines|drop|fall|slide|setback|slump|retreat|sell-?off)"
    r"|(?P<up>gain|gains|rise|rally|advance|climb|rebound|increase|surge))"
    r"(?:\s+(?:this|so\s+far\s+this|for\s+the|in|since|from)\s+[\w\s]{1,20}?)?\s+to\s+"
    rf"(?:(?:{_MOVE_HEDGES}|just\s+over|just\s+under)\s+)?$",
    re.I,
)
_CONTINUED_MOVE_RE = re.compile(
    rf",\s*(?:after|before|while|having|following)\s+(?:{_DOWN_WORDS}|{_UP_WORDS})\s+(?:by\s+)?(?:[a-z]+\s+)?$", re.I
)


def _continues_share_move(sentence: str, local: int, subject: str | None, sentence_claims: list[Claim]) -> bool:
    """ "Its stock was up 2.6% in pre-market trading, after retreating 6.5% yesterday": a clause
    with no subject of its own goes on about the shares of the one before."""
    prev = next((c for c in reversed(sentence_claims) if c.metric == "share_price"), None)
    return (
        prev is not None
        and prev.subject == subject
        and (
            _CONTINUED_MOVE_RE.search(sentence[max(0, local - 60) : local]) is not None
            or _RUNNING_MOVE_BEFORE_RE.search(sentence, max(0, local - 90), local) is not None
            # "is currently at $237.72, up $1.95 or 0.83%": the price's change, in money and percent
            or _PRICE_CHANGE_OR_RE.search(sentence[max(0, local - 40) : local]) is not None
        )
    )


_PRICE_CHANGE_OR_RE = re.compile(
    r",\s*(?:up|down|higher|lower)\s+(?:by\s+)?(?:[A-Z]{0,3}\$|US\$|HK\$)\s?\d[\d,.]*\s+or\s+$", re.I
)


# a conjunction opening a sentence that goes on about the shares ("And in the last five days, it ...")
_CONJUNCTION_LEAD = r"\s*(?:(?:And|But|Also|Meanwhile),?\s+)?"
# a window or a conjunction before the subject: "And in the last five days, it has fallen by -0.13%"
_WINDOW_LEAD_RE = re.compile(
    _CONJUNCTION_LEAD + r"(?:(?:in|over|during|for)\s+the\s+(?:last|past|previous)\s+"
    r"(?:\w+[\s-])?(?:days?|weeks?|months?|years?|sessions?|trading\s+days?),\s*)?",
    re.I,
)


# a fall verb before a minus sign ("it has fallen by -0.13%"): a page whose template signs its moves
_TEMPLATE_FALL_VERBS = r"(?:fallen|fell|dropped|declined|decreased|lost|slipped|slid)"
_SIGNED_FALL_RE = re.compile(
    rf"\b(?:{_TEMPLATE_FALL_VERBS}\s+(?:by\s+)?|(?:loss|decline|drop|fall)\s+of\s+)[-−‑]\d", re.I
)
_UNSIGNED_AFTER_FALL_RE = re.compile(rf"\b{_TEMPLATE_FALL_VERBS}\s+(?:by\s+)?$", re.I)
# a sentence about "the price" after sentences about the shares (not "The price of the new model",
# "The price target", "The price-to-earnings ratio")
_THE_PRICE_OPENS_RE = re.compile(
    _CONJUNCTION_LEAD + r"(?:The|Its)\s+(?:stock\s+|share\s+)?price\b(?!-|\s+(?:of|targets?|tags?|wars?|cuts?)\b)",
    re.I,
)
_PRICE_OF_BEFORE_RE = re.compile(r"\bprice\s+of\s+(?:the\s+)?$", re.I)


def _ticker_names(sentence: str, local: int, subject: str | None, names: list[_Name], entity: Entity) -> list[_Name]:
    """The names of the subject before the number that are its ticker symbol ("MSFT", "0700")."""
    symbol = entity.ticker.split(".")[0].upper() if entity.ticker else ""
    if not symbol:
        return []
    return [n for n in names if n[2] == subject and n[1] <= local and sentence[n[0] : n[1]] == symbol]


def _is_price_of_ticker(sentence: str, local: int, subject: str | None, names: list[_Name], entity: Entity) -> bool:
    """ "the price of MSFT has fallen by 4.95%": the price of a listed company named by its ticker
    symbol is its shares' (not "the price of the Acme Max", a product's)."""
    return any(
        _PRICE_OF_BEFORE_RE.search(sentence, max(0, n[0] - 30), n[0]) is not None
        for n in _ticker_names(sentence, local, subject, names, entity)
    )


def _names_its_ticker(sentence: str, local: int, subject: str | None, names: list[_Name], entity: Entity) -> bool:
    """ "META lost further ground after Thursday's 11% sell-off": a listed company named by its
    ticker symbol before a move the sentence gives no other measure for is named as a stock."""
    # (not a Hong Kong code, which a sentence gives as a tag: "Tencent (0700)")
    return any(
        not n_symbol.isdigit()
        for n_symbol in (sentence[n[0] : n[1]] for n in _ticker_names(sentence, local, subject, names, entity))
    )


def _is_share_pronoun(sentence: str, local: int, sentence_claims: list[Claim], claims: list[Claim]) -> bool:
    """ "The company's shares are up 183% over the year. They are also up 135.8% since ...": a
    pronoun subject (or the move itself) continuing a sentence about the shares (after a window
    or a conjunction that opens the sentence: "And in the last five days, it has fallen")."""
    rest = sentence
    lead = _WINDOW_LEAD_RE.match(sentence)
    if lead is not None and lead.group(0).strip() and lead.end() < local:
        rest = sentence[lead.end() :]
        rest = rest[:1].upper() + rest[1:]  # ("..., it has fallen": the pronoun opens the clause)
    if not _SHARE_PRONOUN_RE.match(rest):
        return False
    return _share_talk_before(sentence_claims, claims)


def _when_it_moved(sentence: str, local: int, sentence_claims: list[Claim], claims: list[Claim]) -> bool:
    """ "--On pace for largest percent decrease since Feb. 3, 2022, when it fell 26.39%": a note
    about the shares the lines before quote, whose pronoun moved on the day it names."""
    pronoun = _PRONOUN_MOVE_RE.search(sentence[max(0, local - 40) : local])
    if pronoun is None or _MOVE_BEFORE_RE.fullmatch(pronoun.group("rest").strip() + " ") is None:
        return False
    return _share_talk_before(sentence_claims, claims)


def _share_talk_before(sentence_claims: list[Claim], claims: list[Claim]) -> bool:
    """Whether the numbers just before are about the shares: the last amount or percent, or one
    of the two before it in a run of notes (a count of days between, "Worst two day stretch", is
    no change of subject)."""
    recent = [
        c
        for c in (claims[-6:] + sentence_claims)
        if c.quantity.unit not in DURATION_UNITS and c.metric not in DURATION_UNITS
    ][-3:]
    return any("share_price" in (c.metric, c.change_of) for c in recent) and (
        recent[-1].metric in (None, "share_price") and recent[-1].subject in (None, recent[0].subject)
    )


def _elided_direction(
    sent: _Sentence, local: int, sentence_claims: list[Claim], dates: list[DateMention]
) -> str | None:
    """ "The stock soared 239% in 2023 and 171% last year": the second number shares the first's
    verb, so its direction -- when only a date and "and" lie between them."""
    if not sentence_claims:
        return None
    prev = sentence_claims[-1].quantity
    if prev.unit != "percent" or prev.direction is None:
        return None
    lo, hi = prev.end - sent.start, local
    between = sent.text[lo:hi]
    for d in sorted(dates, key=lambda d: d.start, reverse=True):
        if lo <= d.start and d.end <= hi:
            between = between[: d.start - lo] + between[d.end - lo :]
    # "rose 3% on Monday and 2% on Tuesday": the date's preposition stays once the date is cut
    return prev.direction if _ELIDED_GAP_RE.fullmatch(between) else None


def _gapped_move_name(
    sentence: str, local: int, prev: Claim, sent_start: int, names: list[_Name] | None = None
) -> str | None:
    """ "with Meituan adding 4.93% and Tencent 1.77%", "Alibaba rose 2%, Tencent 1.5%": a second
    company's number after the first's move, its verb left out (gapped). Only a coordinator, the
    second name and its shares lie between the two numbers; the name's label when ``names`` are
    given, else the name's text."""
    q = prev.quantity
    if prev.metric != "share_price" or not _is_rate_of_change(q) or prev.subject is None:
        return None
    lo = q.end - sent_start
    gap = _GAPPED_NAME_RE.fullmatch(sentence, lo, local)
    if gap is None:
        return None
    if names is None:
        return gap.group("name")
    named = [n for n in names if n[0] == gap.start("name") and n[1] == gap.end("name")]
    if named:
        return named[0][2] if named[0][2] != prev.subject else None
    # a name the gazetteer does not know ("... and Ping An 3.2%"): the company is that name, whose
    # move no shipped data checks; never the first company's
    inside = [n for n in names if n[0] < gap.end("name") and gap.start("name") < n[1]]
    return gap.group("name") if not inside else None


_GAPPED_NAME_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
    rf"(?:['’]s)?(?:\s+(?:shares|stock))?\s+(?:{_MOVE_HEDGES}\s+)?"
)
# ("jumped 5.6% on Dec. 10 and then another 5.5% on Dec. 11", "and a further 2%": the same verb again)
_ELIDED_GAP_RE = re.compile(
    r"\s*(?:(?:on|in|during|over|for)\s+)?,?\s*and\s+(?:then\s+)?(?:(?:another|a\s+further)\s+)?", re.I
)


def _is_rate_of_change(q: Quantity) -> bool:
    return q.unit in ("percent", "percentage_point", "basis_point") and q.direction is not None


def _is_forecast(sentence: str, local: int) -> bool:
    """Whether a future or modal word governs the number's clause.

    The clause is read backwards from the number, segment by segment (commas, semicolons,
    "but", "while"): the first segment with a modal or future word makes it a forecast; the
    first with a finite verb and none ends the search ("which may have led to ..., with only
    more than a thousand units sold" is a past fact).
    """
    before = _MODAL_PERFECT_RE.sub(" ", sentence[:local])
    breaks = list(_FORECAST_SEGMENT_RE.finditer(before))
    end = len(before)
    for n in range(len(breaks), -1, -1):
        start = breaks[n - 1].end() if n else 0
        segment = before[start:end]
        if _FORECAST_RE.search(segment):
            return True
        if _FINITE_VERB_RE.search(segment) or n == 0 or breaks[n - 1].group("hard") or len(breaks) - n >= 2:
            return False
        end = breaks[n - 1].start()
    return False


def extract_relations(document: Document, claims: list[Claim]) -> list[Relation]:
    """The arithmetic the article states between its own numbers (``claims.reading.relations``)."""
    from claims.reading.relations import extract_relations as read_relations

    return read_relations(document, claims)
