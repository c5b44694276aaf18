"""Dates and periods in text: candidates found by pattern, each resolved by rule or ``dateparser``.

The common labels ("August 5", "5 March 2024", "August 2024") are read directly; ``dateparser``
only reads the rest (relative days such as "yesterday", "last Monday"), one candidate label at a
time. Measured here: importing it takes ~0.1-0.5 s and its first parse ~0.3 s (language data),
then ~1.4 ms a label; ``search_dates`` over every sentence would cost ~5 ms a sentence warm (half
a second for a long article). Year-less dates take the publication year (or, when the
publication date is unknown, the document's most frequent explicit year, marked ``inferred``)
and never fall after the publication date.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta

from claims.models import DateBasis, Period
from claims.vocab import MONTHS

_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# "Thursday, August 22": the weekday is part of the date
_WEEKDAY_PREFIX = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
_QUARTER_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_SPAN_MONTHS = {"quarter": 3, "three": 3, "3": 3, "six": 6, "6": 6, "half": 6, "nine": 9, "9": 9}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        # "in the quarter ended Sept. 30", "the three months ended June 30", "the year to March 31":
        # the period that ends on that day, not the day
        "period_ended",
        re.compile(
            r"\b(?P<span>quarter|(?:three|3|six|6|nine|9|twelve|12)\s+months|half[-\s]year|(?:fiscal\s+)?year)"
            r"\s+(?:that\s+)?(?:ended|ending|to)\s+"
            rf"(?P<day>(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*\d{{4}}|\s+\d{{4}})?"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b\.?(?:\s*,?\s*\d{{4}})?)",
            re.I,
        ),
    ),
    (
        "since",
        re.compile(
            rf"\bsince\s+(?:(?P<early>early|mid|late)[\s-]+|(?P<edge>the\s+(?:start|beginning|end)\s+of)\s+)?(?P<what>(?:(?:{MONTHS})\.?\s+)?(?P<y>(?:19|20)\d{{2}})"
            # "since June last year": a month of the year before the page's (or of its own)
            rf"|(?:{MONTHS})\.?\s+(?:of\s+)?(?P<rel>last|this)\s+year)\b",
            re.I,
        ),
    ),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    (
        "day",
        re.compile(
            rf"\b(?:{_WEEKDAY_PREFIX})?(?:(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?"
            rf"(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*\d{{4}}|\s+\d{{4}})?\b",
            re.I,
        ),
    ),
    (
        "day",
        re.compile(
            rf"\b(?:{_WEEKDAY_PREFIX})?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b\.?(?:\s*,?\s*\d{{4}})?",
            re.I,
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"\b(?:the\s+)?(?P<ord>{_ORD})[\s-]+quarter(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(?P<y>\d{{4}}))?",
            re.I,
        ),
    ),
    ("quarter", re.compile(r"\bQ(?P<ord>[1-4])(?:\s*(?:of\s+)?(?:FY)?(?P<y>\d{4}))?\b")),
    (
        "half",
        re.compile(r"\b(?:the\s+)?(?P<ord>first|second)[\s-]+half(?:\s+of)?(?:\s+(?:the\s+year|(?P<y>\d{4})))?", re.I),
    ),
    ("half", re.compile(r"\bH(?P<ord>[12])(?:\s*(?P<y>\d{4}))?\b")),
    ("month", re.compile(rf"\b(?:{MONTHS})\.?\s*,?\s+(?P<y>\d{{4}})\b", re.I)),
    (
        "month_only",  # "in March": capitalised full names only ("may" is a verb)
        re.compile(
            r"\b(?:[Ii]n|[Oo]f|[Bb]y|[Ff]or|[Dd]uring|[Ss]ince|[Uu]ntil)\s+(?:(?:early|mid|late)[-\s]+)?(?P<m>January|February|March|April|May|June|July|August|September"
            r"|October|November|December)\b(?!\s*\d)"
        ),
    ),
    (
        "ytd_of_year",
        re.compile(
            r"\b(?:so\s+far\s+(?:in|this\s+year,?\s+in)|year[-\s]to[-\s]date\s+in|(?:in|during)\s+(?=(?:19|20)\d{2}\s+so\s+far))"
            r"\s+(?P<y>(?:19|20)\d{2})\b(?:\s+so\s+far)?",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            r"\b(?:fiscal\s+years?|FY|in|for|of|during|year|by|since)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*-\d)", re.I
        ),
    ),
    (
        "same_period_last_year",
        re.compile(r"\b(?:the\s+)?same\s+(?:period|quarter|time|month)\s+(?:of\s+)?last\s+year\b", re.I),
    ),
    (
        "ytd",
        re.compile(
            r"\b(?:so\s+far\s+this\s+year|year[-\s]to[-\s]date|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\b",
            re.I,
        ),
    ),
    (
        "to_date",  # "fell 24 per cent for the month", "up 3% this week": the month or week so far
        re.compile(
            r"\b(?:(?:for|in|during|over)\s+the\s+(?P<u1>month|week)|this\s+(?P<u2>month|week)|(?P<u3>month|week)[-\s]to[-\s]date)\b",
            re.I,
        ),
    ),
    ("this_year", re.compile(r"\bthis\s+year\b", re.I)),
    ("last_year", re.compile(r"\blast\s+year\b", re.I)),
    # "jumped 14% last month": the calendar month before the publication's (not "up 20% over the
    # last month": the month to the page's day, a past_n window)
    (
        "last_month",
        re.compile(
            r"(?<!\bin\sthe\s)(?<!\bover\sthe\s)(?<!\bduring\sthe\s)(?<!\bfor\sthe\s)(?<!\bwithin\sthe\s)"
            r"(?<!\bthroughout\sthe\s)\blast\s+month\b",
            re.I,
        ),
    ),
    (
        "trailing_year",
        re.compile(
            r"\b(?:in\s+a\s+year|in\s+the\s+past\s+(?:year|12\s+months)|over\s+the\s+past\s+year|in\s+one\s+year)\b",
            re.I,
        ),
    ),
    (
        "relative_day",
        re.compile(
            r"\b(?:yesterday|today|tonight|(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)\b",
            re.I,
        ),
    ),
    (
        "press_time",
        re.compile(
            r"\b(?:at\s+press\s+time|as\s+of\s+(?:writing|press\s+time)|at\s+the\s+time\s+of\s+writing)\b", re.I
        ),
    ),
    (
        "past_n",
        re.compile(
            # ("over the most recent 3-months", "around the most recent 30 days": a quote template's)
            r"\b(?:in|over|during|for|within|throughout|around)\s+the\s+(?:past|last|previous|most\s+recent)\s+"
            r"(?:(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-])?"
            # (not "a 7.07 percent slide over the previous day": the session before, no window)
            r"(?P<unit>days?|weeks?|months?|years?|sessions?|trading\s+days?)\b"
            r"(?<!previous\sday)(?<!previous\ssession)(?<!previous\strading\sday)",
            re.I,
        ),
    ),
    # "Over 12 months, MSFT is up 13.7%": the window without "the past" (a count is required: "over
    # months" is no window)
    (
        "past_n",
        re.compile(
            # (not "not seen for over 12 months", "in over two years": a bound, not the window)
            r"(?<!\bfor\s)(?<!\bin\s)(?<!\bthan\s)(?<!\bwithin\s)(?<!\bseen\s)"
            r"\bover\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>days|weeks|months|years|sessions|trading\s+days)\b(?!\s+(?:ago|earlier|later|from\s+now))",
            re.I,
        ),
    ),
    # "Apple's one-year stock performance has gained 7.49%", "the 5-day performance has seen it
    # change -0.99%", "a 5-day price change of 10.45%": a window as a compound adjective of the
    # change (not "a 52-week high", "its 50-day moving average", "a one-day gain": a session's)
    (
        "past_n",
        re.compile(
            r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s]"
            r"(?P<unit>day|week|month|year)(?<!\bone-day)(?<!\b1-day)(?<!\bone\sday)(?<!\b1\sday)\s+"
            r"(?:(?:stock|share|price|total)\s+){0,2}(?:performance|returns?|(?:price\s+)?change)\b",
            re.I,
        ),
    ),
]
_SMALL_NUMBERS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


_MONTH_NUMBER = {
    name: n
    for n, name in enumerate(
        "January February March April May June July August September October November December".split(), 1
    )
}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    period: Period


_TARGET_YEAR_RE = re.compile(r"\b(?:by|until|till|through|before|target(?:s|ed)?\s+for|in\s+fiscal)\s+$", re.I)


def context_year(text: str, published: date | None, today: date | None = None) -> tuple[int | None, DateBasis]:
    """The year for year-less dates: the publication year, else the latest year the text states
    as a time things happened (an article is written no earlier than the latest past it reports;
    target years like "by 2030" and years after today do not count)."""
    if published is not None:
        return published.year, "stated"
    limit = (today or date.today()).year
    years = [
        int(m.group(1))
        for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
        if int(m.group(1)) <= limit and not _TARGET_YEAR_RE.search(text[max(0, m.start() - 20) : m.start()])
    ]
    # results of a year's last period are published after the year ends: "the fourth-quarter
    # 2020 earnings report released in March this year" was written in 2021 or later
    years += [
        int(m.group("y") or m.group("y2")) + 1
        for m in _YEAR_END_RESULTS_RE.finditer(text)
        if int(m.group("y") or m.group("y2")) + 1 <= limit
    ]
    if not years:
        return None, "unknown"
    return max(years), "inferred"


_YEAR_END_RESULTS_RE = re.compile(
    r"\b(?:fourth[-\s]quarter|Q4|4Q|full[-\s]year|fiscal(?:\s+year)?|FY|second[-\s]half(?:\s+of)?|H2)\s*(?:of\s+)?"
    r"(?P<y>(?:19|20)\d{2})\s+(?:annual\s+|quarterly\s+)?(?:results|earnings|report|financial\s+(?:results|report))\b"
    r"(?![^.]{0,40}\b(?:due|expected|scheduled|will)\b)"
    r"|\b(?P<y2>(?:19|20)\d{2})\s+(?:annual|full[-\s]year)\s+(?:results|earnings|report)\b",
    re.I,
)


def find_dates(text: str, published: date | None, year: int | None, basis: DateBasis) -> list[DateMention]:
    """Every date or period mentioned in ``text`` (one sentence or paragraph), in order."""
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            period = _resolve(kind, m, published, year, basis)
            taken.append((m.start(), m.end()))  # unresolved ("so far this year", undated) is still taken
            if period is None:
                continue
            mentions.append(DateMention(m.start(), m.end(), period))
    mentions.sort(key=lambda d: d.start)
    return mentions


_WINDOW_KINDS = frozenset(
    {"since", "ytd_of_year", "ytd", "this_year", "last_year", "last_month", "trailing_year", "past_n"}
)


def window_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a window of time ("year to date", "since 2022", "in the past three
    months"), resolved or not: an undated article's "year to date" has no days, but it is still
    not the session of the sentence before."""
    return [m.span() for kind, pattern in _PATTERNS if kind in _WINDOW_KINDS for m in pattern.finditer(text)]


def _resolve(kind: str, m: re.Match[str], published: date | None, year: int | None, basis: DateBasis) -> Period | None:
    label = m.group(0).strip()
    if kind == "iso":
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return Period(start=day, end=day, label=label, granularity="day")
    if kind == "relative_day":
        return _relative_day(label, published)
    if kind == "press_time":
        if published is None:
            return None
        return Period(start=published, end=published, label=label, granularity="day", note="the publication date")
    if kind == "past_n":
        return _past_n(m, label, published)
    if kind == "since":
        return _since(m, label, published)
    if kind == "day":
        return _parse_day(label, published, year, basis, relative=False)
    if kind == "period_ended":
        last = _parse_day(m.group("day"), published, year, basis, relative=False)
        if last is None:
            return None
        span = m.group("span").lower().split()[0].split("-")[0]
        months = _SPAN_MONTHS.get(span, 12)
        end = last.end
        if (
            published is not None
            and re.search(r"\bending\b", m.group(0), re.I)
            and not re.search(r"\d{4}", m.group("day"))
        ):
            # "the quarter ending Dec 31" in an article of November: the period under way, whose
            # end is still to come (not last year's, as a bare "Dec 31" would be)
            ahead = _next_on_or_after(end, published)
            # (a quarter or a half only: "revenue in the year ending March 31 rose 3%" in November is
            # as likely the fiscal year just reported)
            if ahead is not None and months <= 6 and (ahead - published).days <= months * 31:
                end = ahead
        back = end.year * 12 + end.month - 1 - months  # the month before the period's first
        if end == _month_end(end.year, end.month):
            start = _month_end(back // 12, back % 12 + 1) + timedelta(days=1)
        else:
            start = date(back // 12, back % 12 + 1, min(end.day, monthrange(back // 12, back % 12 + 1)[1]))
            start += timedelta(days=1)
        granularity = {3: "quarter", 6: "half", 12: "year"}.get(months, "window")
        return Period(start=start, end=end, label=label, granularity=granularity, basis=last.basis, note=last.note)
    if kind in ("quarter", "half"):
        num = m.group("ord").lower()
        index = _QUARTER_NUM.get(num, int(num) if num.isdigit() else 0)
        y, b = (int(m.group("y")), "stated") if m.group("y") else (year, basis)
        if y is None or index == 0 or not MINYEAR <= y <= MAXYEAR:
            return None  # "Q4 0000" is not a period
        if not m.group("y") and published is not None and 3 * (index - 1) + 1 > published.month and kind == "quarter":
            y -= 1  # "the fourth quarter" in an article of February 2024 is 2023's: not a future one
        elif not m.group("y") and published is not None and kind == "half" and index == 2 and published.month <= 6:
            y -= 1
        if kind == "quarter":
            first_month = 3 * (index - 1) + 1
            start, end = date(y, first_month, 1), _month_end(y, first_month + 2)
        else:
            first_month = 1 if index == 1 else 7
            start, end = date(y, first_month, 1), _month_end(y, first_month + 5)
        return Period(start=start, end=end, label=label, granularity=kind, basis=b)
    if kind == "month":
        parsed = _dateparse(label, None)
        if parsed is None:
            return None
        return Period(
            start=parsed.replace(day=1), end=_month_end(parsed.year, parsed.month), label=label, granularity="month"
        )
    if kind == "month_only":
        month = _MONTH_NUMBER[m.group("m")]
        if published is not None:
            y, mb = latest_year_of_month(month, published), "stated"
        elif year is not None:
            y, mb = year, basis
        else:
            return None
        return Period(
            start=date(y, month, 1),
            end=_month_end(y, month),
            label=m.group("m"),
            granularity="month",
            basis=mb,
            note=None if published is not None else "year inferred from the document",
        )
    if kind == "to_date":
        if published is None:
            return None
        unit = (m.group("u1") or m.group("u2") or m.group("u3")).lower()
        start = published.replace(day=1) if unit == "month" else published - timedelta(days=published.weekday())
        return Period(start=start, end=published, label=label, granularity="window", note=f"{unit} to date")
    if kind == "ytd_of_year":
        # "so far in 2024": from the year's start to the day of writing, when that is in the year
        y = int(m.group("y"))
        if published is None or published.year != y:
            return Period(
                start=date(y, 1, 1),
                end=date(y, 12, 31),
                label=label,
                granularity="window",
                note="year to date, end not exact: the day of writing is not known",
            )
        return Period(start=date(y, 1, 1), end=published, label=label, granularity="window", note="year to date")
    if kind == "year":
        y = int(m.group("y"))
        return Period(start=date(y, 1, 1), end=date(y, 12, 31), label=label, granularity="year")
    if published is None and kind in ("ytd", "this_year", "last_year", "trailing_year", "same_period_last_year"):
        if kind in ("this_year", "last_year") and year is not None:
            y = year if kind == "this_year" else year - 1
            return Period(
                start=date(y, 1, 1),
                end=date(y, 12, 31),
                label=label,
                granularity="year",
                basis="inferred",
                note="year inferred from the document",
            )
        return None
    if published is None:
        return None
    if kind == "ytd":
        return Period(
            start=date(published.year, 1, 1), end=published, label=label, granularity="window", note="year to date"
        )
    if kind == "this_year":
        return Period(
            start=date(published.year, 1, 1), end=date(published.year, 12, 31), label=label, granularity="year"
        )
    if kind == "last_month":
        if published is None:
            return None
        end = published.replace(day=1) - timedelta(days=1)
        return Period(start=end.replace(day=1), end=end, label=label, granularity="month")
    if kind == "last_year":
        y = published.year - 1
        return Period(start=date(y, 1, 1), end=date(y, 12, 31), label=label, granularity="year")
    if kind == "trailing_year":
        return Period(
            start=published - timedelta(days=365),
            end=published,
            label=label,
            granularity="window",
            note="trailing twelve months",
        )
    # "same period last year" needs the sentence's own period: resolved by the caller
    return None


def _relative_day(label: str, published: date | None) -> Period | None:
    """ "today", "yesterday", "on Monday", "last Friday" against the publication date; an undated
    article gets no date from them. A weekday is the latest one on or before the publication
    date ("last" one: strictly before)."""
    if published is None:
        return None
    low = label.lower()
    if low.startswith(("today", "tonight")):
        day = published
    elif low.startswith("yesterday"):
        day = published - timedelta(days=1)
    else:
        words = low.split()
        strict = words[0] == "last"
        weekday = _WEEKDAYS.index(words[1] if strict else words[0])
        back = (published.weekday() - weekday) % 7
        if back == 0 and strict:
            back = 7
        day = published - timedelta(days=back)
    return Period(start=day, end=day, label=label, granularity="day", note="relative to the publication date")


def _past_n(m: re.Match[str], label: str, published: date | None) -> Period | None:
    """ "in the past three months": a window ending on the publication date."""
    if published is None:
        return None
    raw = (m.group("n") or "one").lower()  # "over the past week": one week
    n = int(raw) if raw.isdigit() else _SMALL_NUMBERS.get(raw, 0)
    unit = m.group("unit").lower()
    if n <= 0 or "session" in unit or "trading" in unit:
        return None  # a count of sessions needs the exchange calendar
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit.rstrip("s")]
    if unit.startswith("month"):
        month0 = published.month - 1 - n
        y, mth = published.year + month0 // 12, month0 % 12 + 1
        start = date(y, mth, min(published.day, monthrange(y, mth)[1]))
    else:
        start = published - timedelta(days=days * n)
    if n > 1 and not unit.endswith("s"):
        unit += "s"  # ("a 5-day performance": the past 5 days)
    return Period(start=start, end=published, label=label, granularity="window", note=f"the past {n} {unit}")


def _since(m: re.Match[str], label: str, published: date | None) -> Period | None:
    """ "since early 2022", "since March 2023": a window from then to the publication date; a
    fuzzy start ("early", "mid", "late") is said in the note."""
    if published is None:
        return None
    rel = (m.groupdict().get("rel") or "").lower()
    y = (published.year - 1 if rel == "last" else published.year) if rel else int(m.group("y"))
    month_m = re.match(rf"({MONTHS})", m.group("what"), re.I)
    month = _MONTH_PREFIX[month_m.group(1)[:3].lower()] if month_m else 1
    start = date(y, month, 1)
    edge = (m.group("edge") or "").lower()
    if edge.endswith("end of") and not month_m:
        start = date(y + 1, 1, 1)  # "since the end of 2023": from the first day of 2024
    if start > published:
        return None
    fuzzy = m.group("early")
    note = "since " + (f"{fuzzy} " if fuzzy else "") + m.group("what") + (" (the start is not exact)" if fuzzy else "")
    return Period(start=start, end=published, label=label, granularity="window", note=note)


def _parse_day(label: str, published: date | None, year: int | None, basis: DateBasis, relative: bool) -> Period | None:
    weekday = re.match(r"\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", label, re.I)
    label = re.sub(rf"^{_WEEKDAY_PREFIX}", "", label, flags=re.I)
    has_year = re.search(r"\d{4}", label) is not None
    if relative and published is None:
        return None
    base = published or (date(year, 12, 31) if year is not None else None)
    if base is None and not has_year:
        return None
    parsed = _dateparse(label, base)
    if parsed is None:
        return None
    if weekday is not None and not has_year and base is not None:
        parsed = _year_of_weekday(parsed, _WEEKDAYS.index(weekday.group(1).lower()), base)
    b: DateBasis = "stated" if has_year or published is not None else basis
    note = None if has_year or published is not None else "year inferred from the document"
    return Period(start=parsed, end=parsed, label=label, granularity="day", basis=b, note=note)


# A year-less date is the latest one not after the article's date; its writer's clock may be a
# day or two ahead of the date the page carries (time zones), no more.
_AHEAD_DAYS = 2


def _year_of_weekday(parsed: date, weekday: int, base: date) -> date:
    """ "Thursday, February 27" in an article of 2025-02-26: the year whose February 27 is a
    Thursday, among the inferred one and the next (when at most ``_AHEAD_DAYS`` after the
    article) and the one before; the inferred date when none or several fit."""
    if parsed.weekday() == weekday:
        return parsed
    fits = []
    for y in (parsed.year + 1, parsed.year - 1):
        try:
            d = parsed.replace(year=y)
        except ValueError:
            continue
        if d.weekday() == weekday and d <= base + timedelta(days=_AHEAD_DAYS):
            fits.append(d)
    return fits[0] if len(fits) == 1 else parsed


_MONTH_PREFIX = {name[:3].lower(): n for name, n in _MONTH_NUMBER.items()}


def month_number(name: str) -> int:
    """ "March", "Mar" -> 3."""
    return _MONTH_PREFIX[name[:3].lower()]


def latest_year_of_month(month: int, day: date) -> int:
    """The year of the latest such month not after ``day`` ("in March", written in April 2025: 2025)."""
    return day.year - (1 if month > day.month else 0)


def month_period(year: int, month: int, label: str) -> Period:
    return Period(start=date(year, month, 1), end=_month_end(year, month), label=label, granularity="month")


_MONTH_DAY_RE = re.compile(
    rf"(?:(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?(?P<m>{MONTHS})\.?\s+(?P<d>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?(?:\s*,?\s*(?P<y>\d{{4}}))?",
    re.I,
)
_DAY_MONTH_RE = re.compile(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTHS})\.?(?:\s*,?\s*(?P<y>\d{{4}}))?", re.I
)
_MONTH_YEAR_RE = re.compile(rf"(?P<m>{MONTHS})\.?\s*,?\s+(?P<y>\d{{4}})", re.I)


def _fast_date(label: str, base: date | None) -> date | None | bool:
    """The common forms ("August 5", "5 March 2024", "August 2024") read directly; ``False``
    when the label needs ``dateparser``. A year-less date is the latest one not after ``base``."""
    m = _MONTH_DAY_RE.fullmatch(label) or _DAY_MONTH_RE.fullmatch(label)
    day = int(m.group("d")) if m else 1
    if m is None:
        m = _MONTH_YEAR_RE.fullmatch(label)
        if m is None:
            return False
    month = _MONTH_PREFIX[m.group("m")[:3].lower()]
    if m.group("y"):
        year = int(m.group("y"))
    elif base is not None:
        year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dateparse(label: str, base: date | None) -> date | None:
    fast = _fast_date(label, base)
    if fast is not False:
        return fast if isinstance(fast, date) else None
    import dateparser  # imported on first use (~0.1 s) and slow on its first parse (~0.3 s)

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(label, settings=settings, languages=["en"])
    return parsed.date() if parsed is not None else None


def _next_on_or_after(day: date, published: date) -> date | None:
    """The first day with ``day``'s month and day on or after ``published``."""
    for year in (published.year, published.year + 1):
        try:
            candidate = day.replace(year=year)
        except ValueError:  # February 29
            continue
        if candidate >= published:
            return candidate
    return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def shift_year(period: Period, years: int, label: str) -> Period:
    """The same period ``years`` years away ("the same period last year")."""

    def move(d: date) -> date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # 29 February
            return d.replace(year=d.year + years, day=28)

    return Period(
        start=move(period.start), end=move(period.end), label=label, granularity=period.granularity, basis=period.basis
    )


# The note of a day taken from the publication date because the text states none (a headline).
PUBLICATION_DAY_NOTE = "the article's publication date"
# The note of a window measured from a day's close whose end the sentence does not give ("lose
# around 13% from their June 18 close")
FROM_A_CLOSE_NOTE = "from a day's close; where the window ends is not stated"


def publication_day(published: date, note: str) -> Period:
    """The publication date as the day a claim refers to (a headline's "shares plunged 6%")."""
    return Period(
        start=published, end=published, label=f"{published:%Y-%m-%d}", granularity="day", basis="stated", note=note
    )
