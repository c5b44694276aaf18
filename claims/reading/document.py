"""The layout of an article before any claim is read: headline, dateline, lead, body, and the
publication date the text itself states.

Pure functions of the text. Examples (invented):

>>> published_in_text("Acme beats forecasts\\n*Published 14 August 2024*\\nAcme said...")
(datetime.date(2024, 8, 14), 'stated in the article: Published 14 August 2024')
>>> find_dateline("SPRINGFIELD, Aug 23, 2024 — Acme shares rose.").place
'SPRINGFIELD'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from claims.vocab import MONTHS

# "14 August 2024", "August 14, 2024", "Aug. 23, 2024", "Friday, 23 August 2024", "2024-08-23"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+"
FULL_DATE = (
    rf"(?:{_WEEKDAY})?(?:"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTHS})\.?,?\s+(?P<y1>(?:19|20)\d{{2}})"
    rf"|(?P<m2>{MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?P<y3>(?:19|20)\d{{2}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})"
    r")"
)
_FULL_DATE_RE = re.compile(FULL_DATE, re.I)
_TIME = r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)?)?)?"
# a line that is (mostly) a publication date: "*Published 14 August 2024*", "Aug 23, 2024 10:05 HKT"
_DATE_LINE_RE = re.compile(
    rf"^[\s*_#>|]*(?P<kw>published|posted|updated|first\s+published|date|last\s+updated)?\s*(?:on|:)?\s*"
    rf"(?P<date>{FULL_DATE}){_TIME}[\s*_|.]*$",
    re.I,
)
# "By Jane Roe | Aug 23, 2024", "Jane Roe, Reuters · 14 August 2024": a byline with the date
_BYLINE_DATE_RE = re.compile(rf"(?:^|[|·•,—–-]\s*|\bon\s+)(?P<date>{FULL_DATE}){_TIME}\s*(?:[|·•]|$)", re.I)
# "SPRINGFIELD, Aug 23, 2024 —", "HONG KONG (Wire) -", "BEIJING, Aug 23 (Wire) --"
_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){{0,3}})(?:\s*/\s*[A-Z][A-Z ]+)?"
    # a country or state after the place: ", China", ", Calif."
    rf"(?:\s*,\s*(?!(?i:{MONTHS})\b)[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?(?=\s*(?:,|[—–]|--|-|\()))?"
    rf"(?:\s*,\s*(?P<date>(?i:{FULL_DATE}|(?:{MONTHS})\.?\s+\d{{1,2}})))?"
    r"\s*(?:\([A-Za-z .&]+\))?\s*(?:[—–]|--|-)\s*",
)
_MONTH_NUM = {
    m: i
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        1,
    )
    for m in names.split()
}
HEAD_LINES = 6  # the publication date is looked for in the first lines only


def parse_full_date(m: re.Match[str]) -> date | None:
    """The date of a ``FULL_DATE`` match (day, month and year all written)."""
    try:
        if m.group("y3"):
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        if m.group("y1"):
            return date(int(m.group("y1")), _MONTH_NUM[m.group("m1").lower()], int(m.group("d1")))
        if m.group("y2"):
            return date(int(m.group("y2")), _MONTH_NUM[m.group("m2").lower()], int(m.group("d2")))
    except (ValueError, KeyError):
        return None
    return None


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # the end of the dateline, where the sentence begins
    place: str
    day: date | None


def find_dateline(text: str, offset: int = 0) -> Dateline | None:
    """A dateline at the start of ``text`` (a paragraph): a place in capitals, maybe a date, a dash."""
    m = _DATELINE_RE.match(text)
    if m is None or len(m.group("place")) < 3:
        return None
    day = None
    if m.group("date"):
        dm = _FULL_DATE_RE.fullmatch(m.group("date"))
        day = parse_full_date(dm) if dm else None
    return Dateline(offset + m.start(), offset + m.end(), m.group("place"), day)


# "date 2024-01-25 Tencent jumped 2.8 per cent ...": a stored page's date stamp in front of the
# text on the same line (a page's metadata, not a date of the story)
_DATE_PREFIX_RE = re.compile(
    rf"^(?P<kw>date|published|posted|updated)\s*:?\s*(?P<date>{FULL_DATE}){_TIME}\s+(?=\S)", re.I
)


def find_date_prefix(line: str, offset: int = 0) -> Dateline | None:
    """A publication stamp opening the first line of text, the story following on that line."""
    m = _DATE_PREFIX_RE.match(line)
    if m is None:
        return None
    dm = _FULL_DATE_RE.fullmatch(m.group("date"))
    return Dateline(offset, offset + m.end(), m.group("kw"), parse_full_date(dm) if dm else None)


def _head_lines(text: str) -> list[str]:
    """The article's first ``HEAD_LINES`` non-blank lines, where its publication stamp stands."""
    return [ln for ln in text.splitlines()[: HEAD_LINES * 3] if ln.strip()][:HEAD_LINES]


# "Reuters Published 29 Nov, 2023 11:13am", "Aug 23, 2024 10:05 HKT": a stamp's clock time
_STAMP_CLOCK_RE = re.compile(
    # (or a numeric date: "M+ Global Updates 11/06/2024 14:30", "2024-06-11 14:30", "03-09-2025 16:43 IST")
    rf"(?:{FULL_DATE}|\b\d{{1,2}}[/-]\d{{1,2}}[/-]\d{{4}}|\b\d{{4}}-\d{{2}}-\d{{2}}),?\s+(?:at\s+)?"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ampm>[ap])?\.?m?\b",
    re.I,
)


# the zone written right after a stamp's clock ("08:03 AM IST", "9:04 pm ET", "01:29 AM Beijing
# time"), as IANA names; an abbreviation only in capitals (CST is China's and America's: left out)
_STAMP_ZONES = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "HKT": "Asia/Hong_Kong",
    "IST": "Asia/Kolkata",
    "UTC": "UTC",
    "GMT": "UTC",
    "BST": "Europe/London",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "SGT": "Asia/Singapore",
    "JST": "Asia/Tokyo",
    "BJT": "Asia/Shanghai",
    "beijing time": "Asia/Shanghai",
    "hong kong time": "Asia/Hong_Kong",
    "new york time": "America/New_York",
}
_STAMP_ZONE_RE = re.compile(
    # ("9:35 pm ET1min read": a page's reading time glued on)
    r"\s*\(?\s*(?:(?P<abbr>ET|EST|EDT|PT|PST|PDT|HKT|IST|UTC|GMT|BST|CET|CEST|SGT|JST|BJT)(?![A-Za-z])"
    r"|(?P<name>(?i:Beijing|Hong\s+Kong|New\s+York)\s+(?i:time)\b))"
)


def stamp_moment(text: str, day: date | None) -> datetime | None:
    """The moment of the publication stamp, when its clock time names its zone ("Published 4 Sep
    2024, 08:03 AM IST"), on ``day`` (the publication date): None without a zone or a day."""
    if day is None:
        return None
    for line, m in _stamp_matches(text):
        z = _STAMP_ZONE_RE.match(line, m.end())
        if z is None:
            return None
        zone = _STAMP_ZONES[z.group("abbr") or re.sub(r"\s+", " ", z.group("name")).lower()]
        clock = _clock_of(m)
        if clock is None:
            return None
        return datetime(day.year, day.month, day.day, clock[0], clock[1], tzinfo=ZoneInfo(zone))
    return None


def _stamp_matches(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each of the article's first lines that holds a stamp's date and clock time, with its match."""
    for line in _head_lines(text):
        m = _STAMP_CLOCK_RE.search(line)
        if m is not None and len(line.strip()) <= 120:
            yield line, m


def _clock_of(m: re.Match[str]) -> tuple[int, int] | None:
    h, minute = int(m.group("h")), int(m.group("m"))
    ampm = (m.group("ampm") or "").lower()
    if ampm == "p" and h < 12:
        h += 12
    elif ampm == "a" and h == 12:
        h = 0
    return (h, minute) if h < 24 and minute < 60 else None


def stamp_clock(text: str) -> tuple[int, int] | None:
    """The clock time (24-hour) of the publication stamp in the article's first lines, if it has one."""
    for _line, m in _stamp_matches(text):
        clock = _clock_of(m)
        if clock is not None:
            return clock
    return None


def published_in_text(text: str) -> tuple[date, str] | None:
    """The publication date the article's own first lines state, with where it was read.

    In order: a line that is a date ("2024-08-14", "*Published 14 August 2024*", "Aug 23, 2024
    10:05 HKT"), a byline with a date ("By Jane Roe | Aug 23, 2024"), a dateline with a date
    ("SPRINGFIELD, Aug 23, 2024 —"). An "Updated" date only when no other is given. Dates
    further down the article are events, not the publication date.
    """
    lines = _head_lines(text)
    updated: tuple[date, str] | None = None
    for line in lines:
        stripped = line.strip()
        m = _DATE_LINE_RE.match(stripped)
        if m:
            dm = _FULL_DATE_RE.search(m.group("date"))
            day = parse_full_date(dm) if dm else None
            if day is not None:
                found = (day, f"stated in the article: {stripped.strip('*_# ')}")
                if (m.group("kw") or "").lower().endswith("updated"):
                    updated = updated or found
                    continue
                return found
        if len(stripped) <= 120:
            b = _BYLINE_DATE_RE.search(stripped)
            if b and len(stripped.split()) <= 14 and not re.search(r"[.!?]\s*$", stripped[: b.start()].strip()):
                dm = _FULL_DATE_RE.search(b.group("date"))
                day = parse_full_date(dm) if dm else None
                if day is not None and (stripped[: b.start()].strip() == "" or re.search(r"\bby\b|\|", stripped, re.I)):
                    return day, f"stated in the article's byline: {stripped}"
        dl = find_dateline(stripped)
        if dl is not None and dl.day is not None:
            return dl.day, f"the article's dateline: {stripped[: dl.end - dl.start].strip(' —–-')}"
        stamp = find_date_prefix(stripped)
        if stamp is not None and stamp.day is not None and (stamp.place.lower() != "updated"):
            return stamp.day, f"stated at the start of the article: {stripped[: stamp.end].strip()}"
    return updated


@dataclass(frozen=True)
class Layout:
    """Where the parts of an article are: offsets into the document text."""

    headline: tuple[int, int] | None
    lead: tuple[int, int] | None  # the first paragraph of the body
    datelines: tuple[Dateline, ...]
    head_end: int  # the end of the lines above the body (headline, byline, date lines)

    def in_headline(self, pos: int) -> bool:
        return self.headline is not None and self.headline[0] <= pos < self.headline[1]

    def in_lead(self, pos: int) -> bool:
        return self.lead is not None and self.lead[0] <= pos < self.lead[1]

    def in_dateline(self, pos: int) -> bool:
        return any(d.start <= pos < d.end for d in self.datelines)


def _is_meta_line(line: str) -> bool:
    s = line.strip()
    if _DATE_LINE_RE.match(s):
        return True
    if len(s) <= 120 and _BYLINE_DATE_RE.search(s) and len(s.split()) <= 14:
        return True
    if _CAPTION_LINE_RE.fullmatch(s):
        return True
    return bool(re.match(r"^(?:by|source|photo|image|reporting\s+by)\b[^.]{0,80}$", s, re.I))


# an image's line above the story: "GOOGL Cover Image", "Why Alphabet Shares Are Falling (© StockStory)"
_CAPTION_LINE_RE = re.compile(
    # (a short label, or an image's own words: not a headline "Acme jumps 5% after leaked Rover photo")
    r"[^.!?]{0,100}\b(?:cover\s+image|file\s+photo|stock\s+photo|illustration|(?:image|photo)\s+(?:credit|source))"
    r"|(?:\S+\s+){0,3}(?:image|photo|picture)s?"
    r"|[^.!?]{0,160}\(\s*(?:©|\(c\)|photo\b|image\b|credit\b|source\b)[^()]{0,60}\)",
    re.I,
)


_CHROME_LINE_RE = re.compile(r"\s*(?:[•·▪►»|]\s*\S.{0,40}|[\w’'&-]+)\s*")


def is_chrome_line(line: str) -> bool:
    """A menu item or section label of the page above the story: a bulleted short item, or a
    single word ("• Editor’s Pick", "Stock")."""
    return _CHROME_LINE_RE.fullmatch(line) is not None


def read_layout(text: str, title: str | None = None) -> Layout:
    """Headline (the first line when it is short and not a sentence of the body, or the page
    title), the lines of metadata under it, datelines, and the lead paragraph."""
    pos = 0
    headline: tuple[int, int] | None = None
    lead: tuple[int, int] | None = None
    datelines: list[Dateline] = []
    head_end = 0
    seen_body = False
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        start = pos + (len(line) - len(line.lstrip()))
        end = pos + len(line.rstrip())
        pos += len(raw)
        if not line.strip():
            continue
        if not seen_body:
            if _is_meta_line(line) or re.fullmatch(r"\s*[^\w]*\s*", line):
                head_end = pos
                continue
            # a stored page's stamp opening its first line ("date 2025-06-10 PDD ... gained 1.01%"),
            # whether the line is a headline or the story: metadata, not a date of the story
            stamp = find_date_prefix(line.strip(), start) if not datelines else None
            if stamp is not None:
                datelines.append(stamp)
                start = stamp.end  # the headline or the body begins after the stamp
            is_title = title is not None and line.strip() == title.strip()
            short = len(line.strip()) <= 160 and not re.search(r"[.!?][\"”’)]?\s*$", line.strip())
            if not is_title and short and is_chrome_line(line):
                # a site's menu above the story ("• Investing", "Stock"): neither headline nor body
                head_end = pos
                continue
            if (
                headline is not None
                and short
                and not is_title
                and len(text[headline[0] : headline[1]].split()) < 4 <= len(line.split())
                and find_dateline(line.strip()) is None
            ):
                # "Portfolio Performance Today" (a section's name), then the story's own headline
                headline = (start, end)
                head_end = pos
                continue
            if headline is not None and re.fullmatch(r"\s*[A-Z][\w’']*(?:\s+[\w’']+){0,3}\s*[?:]\s*", line):
                # "What Happened?": a section's heading above the story, not its lead
                head_end = pos
                continue
            if headline is None and (is_title or short) and find_dateline(line.strip()) is None:
                headline = (start, end)
                head_end = pos
                continue
            seen_body = True
        dl = find_dateline(text[start:end], start)
        if dl is not None and len(datelines) < 3:
            datelines.append(dl)
        if lead is None:
            lead = (start, end)
    return Layout(headline, lead, tuple(datelines), head_end)
