"""Market checks: a share price on its date, a price change, a day's move, the distance from a
high or low, read from daily bars on the listing the sentence means."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, TypeVar, cast

from claims.dates import FROM_A_CLOSE_NOTE, PUBLICATION_DAY_NOTE
from claims.entities import Entity
from claims.models import Claim, Evidence, Period, ReferenceValue, Verdict
from claims.reading.entities import ticker_forms
from claims.sources import ReferenceBook
from claims.tolerance import Check, fx_precision
from claims.verify.common import _against, _claimed, _contradicted, _from_check, _round, _unverifiable
from claims.verify.fx import convert
from claims.verify.readings import _Bar, _bars, _decide_price_readings
from claims.vocab import AS_MUCH_AS_BEFORE_RE, STATED_EXTREME_CONFLICT, TRADE_PRICE_ASPECTS

MARKET_METRICS = frozenset({"share_price"})


PRICE_LOOKBACK_DAYS = 400
# A page-dated claim may mean the next session when it comes within this many days (a weekend and
# a holiday); plan_queries fetches that far past the page's date.
SESSION_AFTER_MAX_DAYS = 4


def _is_market_claim(c: Claim) -> bool:
    return c.metric in MARKET_METRICS or c.change_of in MARKET_METRICS or _is_a_days_market_value_change(c)


def _is_a_days_market_value_change(c: Claim) -> bool:
    """ "its market value ... after a 1.25% gain on Thursday": a day's change in percent, which is
    the share price's (the share count does not move within a day)."""
    return (
        c.change_of == "market_value"
        and c.quantity.unit == "percent"
        and c.quantity.direction is not None
        and c.period is not None
        and c.period.granularity == "day"
    )


# Words that place a share move on an exchange ("in Hong Kong", "on the Nasdaq"), by the
# ticker suffix of its listings (none for a US listing).
_EXCHANGE_CUES: tuple[tuple[str, str], ...] = (
    (".HK", r"\bHong\s+Kong\b|\bHKEX\b|\bHK\$|\bHang\s+Seng\b|\bHKG?\s*:"),
    (".SS", r"\bShanghai\b"),
    (".SZ", r"\bShenzhen\b"),
    (
        "",
        r"\bNew\s+York\b|\bNasdaq\b|\bNYSE\b|\bWall\s+Street\b|\bUS\$|\bU\.S\.\s+(?:shares|stocks|listing|market)"
        r"|\bU\.?S\.?[-\s]listed\b|\bADRs?\b|\bAmerican\s+depositary",
    ),
)


def _suffix(ticker: str) -> str:
    return "." + ticker.rsplit(".", 1)[1].upper() if "." in ticker else ""


def listing_candidates(entity: Entity, c: Claim) -> list[Entity]:
    """The share lines a market claim may be about, each as an entity with that ticker: the one
    whose currency is the claim's, else the one on the exchange the sentence names, else every
    line (the verdict must then hold for all of them)."""
    lines = [entity]
    for listing in getattr(entity, "listings", ()) or ():
        if getattr(listing, "share_class", None):
            continue  # another class of shares on the same market: only where the text names it
        ccy = getattr(listing, "currency", None)
        lines.append(
            replace(entity, ticker=listing.ticker, currencies=(ccy,) if ccy else entity.currencies, listings=())
        )
    if len(lines) == 1:
        return lines
    ccy = c.quantity.currency
    if ccy:
        same = [e for e in lines if e.currencies[:1] == (ccy,)]
        if same:
            return same[:1]
    # every line whose exchange the sentence names, nearest the number first ("Alibaba shares surged
    # 6.5% to HK$232.20, as its CEO said ... US$2.8 billion": Hong Kong's)
    at = c.start - c.sentence_start
    sentence = _without_listing_tags(c.sentence)
    cued = sorted(
        (min(abs(m.start() - at) for m in re.finditer(cue, sentence)), n, e)
        for n, e in enumerate(lines)
        for suffix, cue in _EXCHANGE_CUES
        if _suffix(e.ticker or "") == suffix and re.search(cue, sentence)
    )
    return [cued[0][2]] if cued else lines


_TAG_RE = re.compile(r"[(\[][^()\[\]]{0,30}[)\]]")


def _without_listing_tags(sentence: str) -> str:
    """The sentence without its ticker tags when they name more than one exchange ("Alibaba (HK:)
    (NYSE:) rose 3.32%", "Baidu (NASDAQ:) (HK: ) rose 8.19%": the tags list where it trades, not
    where it moved), with every offset kept."""
    named = {suffix for m in _TAG_RE.finditer(sentence) for suffix, cue in _EXCHANGE_CUES if re.search(cue, m.group(0))}
    if len(named) < 2:
        return sentence
    return _TAG_RE.sub(lambda m: " " * len(m.group(0)), sentence)


# The market an article reports, counted over its text: strong cues only ("US$" is a currency
# in a Hong Kong report, "Wall Street" its overnight lead).
_REPORTED_MARKET_CUES: tuple[tuple[str, str], ...] = (
    # (and the codes of a Hong Kong report: "JD.com (09618.HK)", "[HKG: 9888]")
    (".HK", r"\bHong\s+Kong\b|\bHKEX\b|\bHK\$|\bHang\s+Seng\b|\b\d{4,5}\.HK\b|\bHKG\s*:"),
    (
        "",
        r"\bNasdaq\b|\bNYSE\b|\bNew\s+York\b|\bU\.?S\.?[-\s]listed\b|\bADRs?\b|\bAmerican\s+depositary|\bS&P\s*500\b|\bDow\s+Jones\b",
    ),
)


def reported_market(claims: Iterable[Claim]) -> str | None:
    """The exchange suffix of the market an article reports (".HK", "" for the US), when its
    cues outnumber every other market's three to one; None when it is not clear."""
    text = " ".join({_without_listing_tags(c.sentence) for c in claims})
    counts = {suffix: len(re.findall(cue, text)) for suffix, cue in _REPORTED_MARKET_CUES}
    best = max(counts, key=lambda k: counts[k])
    others = max((n for k, n in counts.items() if k != best), default=0)
    return best if counts[best] >= 2 and counts[best] >= 3 * others else None


# Readings of a whole document that every market claim of it asks for (its reported market, the
# currencies it quotes): each computed once per document. The last document's value is kept by
# name with its claims by id and how many (the dict is held, so its id is never another document's).
_PER_DOCUMENT: dict[str, tuple[dict[str, Claim], int, Any]] = {}
T = TypeVar("T")


def _once_per_document(name: str, by_id: dict[str, Claim], compute: Callable[[dict[str, Claim]], T]) -> T:
    last = _PER_DOCUMENT.get(name)
    if last is not None and last[0] is by_id and last[1] == len(by_id):
        return cast(T, last[2])
    value = compute(by_id)
    _PER_DOCUMENT[name] = (by_id, len(by_id), value)
    return value


def _reported_market_of(by_id: dict[str, Claim]) -> str | None:
    """``reported_market(by_id.values())``, computed once per document."""
    return _once_per_document("market", by_id, lambda d: reported_market(d.values()))


def _document_listing(lines: list[Entity], market: str | None) -> list[Entity]:
    """When a sentence names no exchange, the one the whole article reports (a Hong Kong market
    report, ``market`` as ``reported_market`` gives it), if it is one of the company's exchanges."""
    named = [e for e in lines if market is not None and _suffix(e.ticker or "") == market]
    return named[:1] if named else lines


def _is_quoted_price(x: Claim) -> bool:
    return x.metric == "share_price" and bool(x.quantity.currency) and x.quantity.scale == 1.0


def _quoted_currencies(by_id: dict[str, Claim]) -> dict[str | None, set[str]]:
    """The currencies of the share prices an article quotes, by subject: read once per document
    (as ``_reported_market_of``), not once per claim that asks."""

    def compute(d: dict[str, Claim]) -> dict[str | None, set[str]]:
        quoted: dict[str | None, set[str]] = {}
        for x in d.values():
            if _is_quoted_price(x):
                quoted.setdefault(x.subject, set()).add(x.quantity.currency or "")
        return quoted

    return _once_per_document("quoted", by_id, compute)


def _sentence_amounts(c: Claim, by_id: dict[str, Claim]) -> list[Claim]:
    """The claims with a currency that a claim's sentence states for the same subject, indexed once
    per document (every market claim asks)."""

    def compute(d: dict[str, Claim]) -> dict[tuple[int, str | None], list[Claim]]:
        index: dict[tuple[int, str | None], list[Claim]] = {}
        for x in d.values():
            if x.quantity.currency:
                index.setdefault((x.sentence_start, x.subject), []).append(x)
        return index

    return _once_per_document("sentence_amounts", by_id, compute).get((c.sentence_start, c.subject), [])


def _sentence_currency(c: Claim, by_id: dict[str, Claim]) -> str | None:
    """The currency of a market claim: its own, else the one currency of the share prices its
    sentence quotes for the same company ("shares surged 3.21% to $32.66": dollars)."""
    if c.quantity.currency is not None:
        return c.quantity.currency
    quoted = {x.quantity.currency for x in _sentence_amounts(c, by_id) if _is_quoted_price(x)}
    return next(iter(quoted)) if len(quoted) == 1 else None


def _sentence_listing(c: Claim, lines: list[Entity], sentence_ccy: str | None) -> list[Entity]:
    """A move with no currency of its own takes the line of the share price its sentence quotes for
    the same company (``sentence_ccy``: the dollar line for "surged 3.21% to $32.66", whatever market
    the rest of the page reports), when one line trades in that currency."""
    ccy = sentence_ccy if len(lines) > 1 and c.quantity.currency is None else None
    named = [e for e in lines if ccy is not None and e.currencies[:1] == (ccy,)]
    return named if len(named) == 1 else lines


# a ticker tag: "JD.com Inc. (JD)", "(NASDAQ: JD)", "(NYSE:BABA)"
_TICKER_TAG_RE = re.compile(r"[(\[]\s*(?:[A-Z]{2,8}\s*[:：]\s*)?(?P<t>[A-Z]{1,5})\s*[)\]]")


def _tag_contradicts_currency(c: Claim, entity: Entity, by_id: dict[str, Claim]) -> Verdict | None:
    """The sentence tags one share line by its ticker but quotes the currency of another ("JD.com
    Inc. (JD) shares surged 3.21% to HK$32.66": the Nasdaq ticker, Hong Kong dollars): the page
    mislabels one of them, so neither line is checked."""
    currencies = dict(_line_currencies(entity))
    if len(currencies) < 2:
        return None
    tagged = [t for t in (m.group("t") for m in _TICKER_TAG_RE.finditer(c.sentence)) if t in currencies]
    quoted = {x.quantity.currency for x in _sentence_amounts(c, by_id)}
    if len(quoted) > 1:
        return None  # (the sentence quotes both lines: "fell 2% to $9.80 in New York, and rose 2.56% to HK$80.00")
    ccy = _sentence_currency(c, by_id)
    if len(set(tagged)) != 1 or ccy is None or currencies[tagged[0]] == ccy or ccy not in currencies.values():
        return None
    return _unverifiable(
        c,
        "ambiguous_listing",
        f"The sentence tags {tagged[0]}, the {currencies[tagged[0]]} line, but quotes {ccy}, the currency of "
        "another line of the company: which line it means is not clear.",
        check="price_change" if c.change_of else "market_price",
    )


def _line_currencies(entity: Entity) -> list[tuple[str, str]]:
    """(ticker, trading currency) of each share line of a company."""
    out = [(entity.ticker or "", entity.currencies[0])] if entity.ticker and entity.currencies else []
    for x in getattr(entity, "listings", ()) or ():
        ccy = getattr(x, "currency", None)
        if ccy:
            out.append((x.ticker, ccy))
    return out


def _bare_code(ticker: str) -> list[str]:
    """A Hong Kong line's bare stock code in a list of tickers ("Alibaba Group Holding Ltd. BABA, 9988,")."""
    hk = re.fullmatch(r"0*(\d{1,5})\.HK", ticker)
    return [rf"(?:^|(?<=[\s(,]))0*{hk.group(1)}(?=\s*[,)])"] if hk else []


def _ticker_named_listing(c: Claim, lines: list[Entity], by_id: dict[str, Claim]) -> list[Entity]:
    """The one line whose ticker the sentence writes ("Baidu (BIDU) surged 2.74%"), else the one
    line whose ticker the document writes (a page tagged "(BIDU)" throughout, never "9888.HK")."""
    forms = {
        line.ticker: re.compile(
            "|".join([*ticker_forms(line.ticker), rf"\b{re.escape(line.ticker)}\b", *_bare_code(line.ticker)])
        )
        for line in lines
        if line.ticker
    }

    def named(texts: list[str]) -> list[Entity]:
        return [line for line in lines if line.ticker and any(forms[line.ticker].search(t) for t in texts)]

    in_sentence = named([c.sentence])
    if len(in_sentence) == 1:
        return in_sentence
    if in_sentence:
        return lines
    key = "named lines: " + " ".join(sorted(forms))
    found = _once_per_document(
        key, by_id, lambda claims: named(list(dict.fromkeys(x.sentence for x in claims.values())))
    )
    return found if len(found) == 1 else lines


def _quoted_listing(c: Claim, lines: list[Entity], by_id: dict[str, Claim]) -> list[Entity]:
    """When neither the sentence nor the article's market names a line, the line whose currency
    every price the article quotes for the company is in ("fell by -1.77% ... from $32.71 to
    $32.13" on a JD.com page: the Nasdaq line), when that currency is one line's only."""
    quoted = _quoted_currencies(by_id).get(c.subject, set())
    if len(quoted) != 1:
        return lines
    (ccy,) = quoted
    named = [e for e in lines if e.currencies and e.currencies[0] == ccy]
    return named if len(named) == 1 else lines


def _other_market(c: Claim, lines: list[Entity], market: str | None, ccy: str | None = None) -> Verdict | None:
    """A move or price in a report on one market ("Hong Kong close", ``market`` as
    ``reported_market`` gives it) of a company whose only data is a line on another market
    (Baidu's Nasdaq ADS): not checked against that line."""
    if market is None or any(_suffix(e.ticker or "") == market for e in lines):
        return None
    for e in lines:
        cue = next((c2 for s2, c2 in _EXCHANGE_CUES if s2 == _suffix(e.ticker or "")), None)
        if cue is None:
            return None  # a line on a market this reading knows no cues for: not asserted
        if re.search(cue, _without_listing_tags(c.sentence)) or (ccy and ccy in e.currencies):
            return None  # the sentence names that line's market, or quotes its currency
    where = "Hong Kong" if market == ".HK" else "the US"
    return _unverifiable(
        c,
        "other_listing",
        f"The article reports the {where} market; the data holds only {', '.join(e.ticker or '' for e in lines)}, "
        "another share line, so its move is not this one.",
        check="price_change" if c.change_of else "market_price",
    )


# A share line named by its exchange: "Baidu's Hong Kong shares", "Shenzhen-listed shares", "its
# shares in New York", "Hong Kong-traded stock"
_LINE_NAMED_RE = re.compile(
    r"\b(?P<a>Hong\s+Kong|Shanghai|Shenzhen|New\s+York|London|Nasdaq|NYSE|U\.?S\.?)(?:[-\s](?:listed|traded))?\s+"
    r"(?:shares|stocks?|listing|line|ADRs?|ADSs?|depositary)\b"
    r"|\b(?:shares|stocks?|listing|ADRs?|ADSs?)\s+(?:traded\s+|listed\s+)?in\s+(?P<b>Hong\s+Kong|Shanghai|Shenzhen|New\s+York|London)\b"
    # "debuted on the Shanghai Stock Exchange with a rise of 9.4 percent"
    r"|\b(?:on|in|from)\s+the\s+(?P<d>Hong\s+Kong|Shanghai|Shenzhen|New\s+York|London)\s+(?:Stock\s+Exchange|bourse)\b"
    # a ticker tag of the line: "Baidu [HKG: 9888] closed 3.3 percent lower"
    r"|[(\[]\s*(?P<c>HKG|HKEX|SEHK|SHA|SHE|SSE|SZSE)\s*[:：]\s*\d{1,6}\s*[)\]]"
)
_LINE_SUFFIX = {
    "hong kong": ".HK",
    "shanghai": ".SS",
    "shenzhen": ".SZ",
    "london": ".L",
    "hkg": ".HK",
    "hkex": ".HK",
    "sehk": ".HK",
    "sha": ".SS",
    "sse": ".SS",
    "she": ".SZ",
    "szse": ".SZ",
}


_MARKET_NAMES = {".HK": "Hong Kong", ".SS": "Shanghai", ".SZ": "Shenzhen", ".L": "London", "": "US"}


def _named_other_line(c: Claim, lines: list[Entity]) -> Verdict | None:
    """The sentence names the company's share line by its exchange ("BYD's Shenzhen-listed
    shares", "Baidu's Hong Kong shares") and no line the data holds is on that exchange: not
    checked against another line (their prices and days differ)."""
    named = set()
    for m in _LINE_NAMED_RE.finditer(c.sentence):
        where = re.sub(r"\s+", " ", (m.group("a") or m.group("b") or m.group("c") or m.group("d"))).lower()
        named.add(_LINE_SUFFIX.get(where, ""))
    held = {_suffix(e.ticker or "") for e in lines}
    if not named or named & held:
        return None
    shown = " and ".join(sorted(_MARKET_NAMES.get(n, n.lstrip(".")) for n in named))
    return _unverifiable(
        c,
        "other_listing",
        f"The sentence names the {shown} share line; the data holds only {', '.join(e.ticker or '' for e in lines)}, "
        "another line, so its price and move are not this one's.",
        check="price_change" if c.change_of else "market_price",
    )


def _class_cue(ticker: str, share_class: str | None) -> re.Pattern[str]:
    """How a text names one class of a company's shares: its ticker as a word ("GOOG", "$GOOG",
    not "GOOGL"), or "Class C" / "Cl C"."""
    named = rf"|\bCl(?:ass)?\.?\s+{re.escape(share_class)}\b" if share_class else ""
    return re.compile(rf"(?<![\w.]){re.escape(ticker)}(?![\w.]){named}")


def _named_class_line(c: Claim, entity: Entity, by_id: dict[str, Claim]) -> Verdict | None:
    """A claim about another class of the company's shares than the one the data holds:
    "Alphabet Inc. Cl C (GOOG) experienced a decline of 1.00%" against GOOGL's (Class A) prices.
    The sentence names that class and not the held one; or it names neither, on a page that
    names that class more often than the held one ("Alphabet's Class C shares", "(GOOG)" in
    every heading; the page is read through its claims' sentences). The two classes trade at
    different prices, so neither is checked."""
    classes = [line for line in entity.listings if line.share_class]
    if not classes or not entity.ticker:
        return None
    held = _class_cue(entity.ticker, entity.share_class)
    for line in classes:
        other = _class_cue(line.ticker, line.share_class)
        in_sentence = other.search(c.sentence) is not None
        if held.search(c.sentence) is not None:
            continue
        if not in_sentence:

            def counts(claims: dict[str, Claim], other: re.Pattern[str] = other) -> tuple[int, int]:
                text = " ".join(dict.fromkeys(x.sentence for x in claims.values()))
                return len(other.findall(text)), len(held.findall(text))

            times_other, times_held = _once_per_document(f"class lines: {line.ticker}", by_id, counts)
            if times_other <= times_held:
                continue
        where = "The sentence names" if in_sentence else "The page quotes (and this sentence names no class)"
        return _unverifiable(
            c,
            "other_listing",
            f"{where} {entity.name}'s Class {line.share_class} shares ({line.ticker}); the data holds "
            f"{entity.ticker}{f' (Class {entity.share_class})' if entity.share_class else ''}, another class "
            "that trades at another price, so its price and move are not this one's.",
            check="price_change" if c.change_of else "market_price",
        )
    return None


def _no_session_on_publication_day(c: Claim, lines: list[Entity], book: ReferenceBook) -> Verdict | None:
    """A market claim dated only by the article's publication date (the text names no session)
    when that date had no trading: the day it means is unknown, so *no_date*, not another day."""
    if c.period is None or not (c.period.note or "").startswith(PUBLICATION_DAY_NOTE):
        return None
    day = c.period.start
    for line in lines:
        bars = _bars(book, line.ticker or "")
        if not bars or day in bars or not (min(bars) <= day <= max(bars)):
            return None
    return _unverifiable(
        c,
        "no_date",
        f"The text names no session and the article's date, {day:%A %Y-%m-%d}, had no trading: which day is meant is not known.",
        check="price_change" if c.change_of else "market_price",
    )


def _last_session_on_the_calendar(c: Claim, entity: Entity | None) -> Claim:
    """A page's "last trading session" is a session: the weekday before the page that the
    exchange did not trade on (Presidents' Day) gives way to the session before it, and the
    page's own day is no other reading when that day did not trade (a Saturday page)."""
    alt = c.session_alternative
    mic = getattr(entity, "exchange", None)
    if alt is None or c.period is None or not mic:
        return c
    from claims.refdata.calendars import CalendarUnavailable, is_session, previous_session

    try:
        end = c.period.end
        if not is_session(mic, end):
            prev = previous_session(mic, end)
            start = c.period.start - (end - prev) if c.period.granularity == "day" else c.period.start
            c = c.model_copy(update={"period": c.period.model_copy(update={"start": start, "end": prev})})
        if not is_session(mic, alt):
            c = c.model_copy(update={"session_alternative": None})
    except CalendarUnavailable:
        return c
    return c


def check_market_claim(c: Claim, entity: Entity | None, by_id: dict[str, Claim], book: ReferenceBook) -> Verdict:
    """A share price or move, checked on every listing the sentence may mean (they must agree),
    and on both days a page's "last trading session" may be (they must agree too)."""
    c = _last_session_on_the_calendar(c, entity)
    verdict = _check_market_claim(c, entity, by_id, book)
    alt = c.session_alternative
    if alt is None or c.period is None:
        return verdict
    shift = alt - c.period.end
    moved = c.period.model_copy(update={"start": c.period.start + shift, "end": alt})
    other = _check_market_claim(
        c.model_copy(update={"period": moved, "session_alternative": None}), entity, by_id, book
    )
    day = f"{c.period.end:%Y-%m-%d}"
    if verdict.verdict == "unverifiable":
        if other.verdict == "supported" and _is_telling_fit(other, c):
            # the first reading cannot be decided (an adjusted stretch), the other fits precisely
            return other.model_copy(
                update={
                    "explanation": f"{other.explanation} The page's 'last trading session' is {alt:%Y-%m-%d}: "
                    f"{day} gives no verdict ({verdict.reason}).",
                    "evidence": [*verdict.evidence, *other.evidence],
                }
            )
        return verdict
    if other.verdict == verdict.verdict:
        return verdict.model_copy(
            update={
                "explanation": f"{verdict.explanation} The page's own day, {alt:%Y-%m-%d}, gives the same "
                f"('the last trading session' may be either).",
                "evidence": [*verdict.evidence, *other.evidence],
            }
        )
    fits = next((v for v in (verdict, other) if v.verdict == "supported"), None)
    if fits is not None and _is_telling_fit(fits, c):
        # a figure stated precisely enough that a chance fit is unlikely names its day
        which = day if fits is verdict else f"{alt:%Y-%m-%d}"
        return fits.model_copy(
            update={
                "explanation": f"{fits.explanation} The page's 'last trading session' is {which}: the other "
                f"day it may be gives {other.verdict if fits is verdict else verdict.verdict}.",
                "evidence": [*verdict.evidence, *other.evidence],
            }
        )
    return _unverifiable(
        c,
        "no_date",
        f"The page reports 'the last trading session': {day} if written before {alt:%Y-%m-%d}'s close, "
        f"{alt:%Y-%m-%d} if after, and the two disagree ({day}: {verdict.verdict}, {_ref_text(verdict)}; "
        f"{alt:%Y-%m-%d}: {other.verdict}, {_ref_text(other)}).",
        [*verdict.evidence, *other.evidence],
        check=verdict.check,
    )


def _ref_text(v: Verdict) -> str:
    return "no reference" if v.reference_value is None else f"reference {v.reference_value:g}"


def _check_market_claim(c: Claim, entity: Entity | None, by_id: dict[str, Claim], book: ReferenceBook) -> Verdict:
    if entity is None or not entity.ticker:
        return _unverifiable(
            c,
            "unknown_entity",
            f"A share price, but {c.subject or 'no company'} has no known ticker in data/entities.json.",
        )
    if c.aspect == "quote_tag":
        return _unverifiable(
            c,
            "no_date",
            f"{c.quantity.text} is a live quote tag's move: of the day the page was served, which the page does not say.",
            check="price_change",
        )
    if c.aspect == STATED_EXTREME_CONFLICT:
        return _unverifiable(
            c,
            "ambiguous_change",
            "The page's current price is beyond the 52-week extreme it states itself: its own figures disagree, "
            "so which price or extreme it measured is not known.",
            check="price_change",
        )
    if c.aspect == "since_event":
        return _unverifiable(
            c,
            "no_window",
            f"{c.quantity.text} is counted from an event the sentence names, not from a date: the window's first "
            "day is not known.",
            check="price_change",
        )
    if c.aspect == "time_ago":
        return _unverifiable(
            c,
            "no_window",
            f"{c.quantity.text} is counted from a time the sentence counts back to ('... ago'), not from a date: "
            "the window's first day is not exact.",
            check="price_change",
        )
    if c.aspect == "time_of_day":
        return _unverifiable(
            c,
            "no_source",
            "A price or move at a moment of the session (early trading, mid-day, after hours, at press time): "
            "daily bars do not give it.",
            check="market_price",
        )
    if not c.change_of and c.quantity.currency and c.quantity.direction is not None:
        # "closed at HK$290.80, up HK$12.20": a change of the price in money, not a level it traded at
        return _unverifiable(
            c,
            "no_metric",
            f"{c.quantity.text} is a change of {entity.name}'s share price in money ({c.quantity.direction}), not a "
            "price it traded at: it is not checked as a level.",
            check="market_price",
        )
    if (
        not c.change_of
        and c.quantity.currency is None
        and c.quantity.unit not in ("percent", "percentage_point", "basis_point")
    ):
        # "bought back 179.9 million shares": a count is no share price
        return _unverifiable(
            c,
            "no_metric",
            f"{c.quantity.text} has no currency: it is no price of {entity.name}'s shares.",
            check="market_price",
        )
    if c.quantity.unit in ("percent", "percentage_point", "basis_point") and not c.change_of:
        # "Intraday declines: 6.53% in Hong Kong": a share's percentage whose direction the
        # wording does not give is no price level, and no change either
        return _unverifiable(
            c,
            "no_metric",
            f"{c.quantity.text} is a percentage of {entity.name}'s shares with no direction stated (up or down): "
            "what it measures is not clear.",
            check="price_change",
        )
    mislabelled = _tag_contradicts_currency(c, entity, by_id)
    if mislabelled is not None:
        return mislabelled
    other_class = _named_class_line(c, entity, by_id)
    if other_class is not None:
        return other_class
    sentence_ccy = _sentence_currency(c, by_id)
    candidates = _sentence_listing(c, listing_candidates(entity, c), sentence_ccy)
    market = _reported_market_of(by_id)
    lines = _document_listing(candidates, market) if len(candidates) > 1 else candidates
    if len(lines) > 1:
        lines = _quoted_listing(c, lines, by_id)
    if len(lines) > 1:
        lines = _ticker_named_listing(c, lines, by_id)
    elsewhere = _named_other_line(c, candidates) or _other_market(c, lines, market, sentence_ccy)
    if elsewhere is not None:
        return elsewhere
    undated = _no_session_on_publication_day(c, lines, book)
    if undated is not None:
        return undated
    verdicts = [_check_line(c, line, book) for line in lines]
    if len({v.verdict for v in verdicts}) > 1:
        return _unverifiable(
            c,
            "ambiguous_listing",
            f"{entity.name} trades as {', '.join(line.ticker or '' for line in lines)} and the sentence does not say "
            "which: " + "; ".join(f"{line.ticker}: {v.verdict}" for line, v in zip(lines, verdicts, strict=True)) + ".",
            [e for v in verdicts for e in v.evidence],
            check="market_price",
        )
    return verdicts[0]


def _check_on(c: Claim, line: Entity, book: ReferenceBook) -> Verdict:
    verdict = check_price_change(c, line, book) if c.change_of else check_price_level(c, line, book)
    return _placeholder_guard(c, verdict, book)


# A decisive reading that leans on more than a placeholder row's one price as that session's close.
_NOT_A_CLOSE_READING_RE = re.compile(r"\b(?:open|high|low|range|intraday|moment)\b", re.I)


def _placeholder_guard(c: Claim, verdict: Verdict, book: ReferenceBook) -> Verdict:
    """A verdict that rests on a placeholder row (``_Bar.placeholder``: flat, no volume) asserts
    only what its one price can carry: a fit as that session's close supports; a miss, or a fit
    of its (made-up) open, high, low or range, is not asserted."""
    if verdict.verdict == "unverifiable":
        return verdict
    rows = []
    for e in verdict.evidence:
        for v in e.values:
            if v.kind != "price":
                continue
            bar = _bars(book, v.series).get(date.fromisoformat(v.key))
            if bar is not None and bar.placeholder and bar not in rows:
                rows.append(bar)
    if not rows:
        return verdict
    bar = rows[-1]
    price = bar.values["close"].value
    if verdict.verdict == "supported" and not _NOT_A_CLOSE_READING_RE.search(verdict.reading or ""):
        note = (
            f" (The {bar.values['close'].series} row for {bar.day:%Y-%m-%d} is a placeholder, flat with volume 0: "
            f"its one price, {price:g}, is read as that session's close.)"
        )
        return verdict.model_copy(update={"explanation": verdict.explanation + note})
    return _unverifiable(
        c,
        "source_error",
        f"{verdict.explanation.rstrip('.')}; but the {bar.values['close'].series} data's row for {bar.day:%Y-%m-%d} is "
        f"a placeholder (open = high = low = close = {price:g}, volume 0: the source recorded no trades, as it does "
        "for a half-day session), so its price may not be that session's close, and a "
        + ("fit of its open, high, low or range" if verdict.verdict == "supported" else "miss against it")
        + " is not asserted.",
        verdict.evidence,
        check=verdict.check,
    )


def _check_line(c: Claim, line: Entity, book: ReferenceBook) -> Verdict:
    """One listing's verdict. A claim dated only by the article's publication date (the text
    names no session) may be about the session before it (a US session reported in an Asian
    morning, a wrap published the next day) or after it (a page stamped in New York's evening on
    Hong Kong's next morning): it is contradicted only when neither fits; when one of them fits,
    which day is meant is not known (no_date)."""
    verdict = _check_on(c, line, book)
    if verdict.verdict == "contradicted" and c.period is not None and c.period.basis == "inferred":
        # an undated article's "January 3": the year is a guess from the text, so a miss on that
        # day says nothing (a fit is still evidence)
        return _unverifiable(
            c,
            "no_date",
            f"The article is undated and the year of '{c.period.label}' is inferred ({c.period.start:%Y}): "
            f"{verdict.explanation}",
            verdict.evidence,
            check=verdict.check,
        )
    if (
        verdict.verdict != "contradicted"
        or c.period is None
        or not (c.period.note or "").startswith(PUBLICATION_DAY_NOTE)
    ):
        return verdict
    bars = _bars(book, line.ticker or "")
    mic = getattr(line, "exchange", None) or _exchange_of(bars, line.ticker or "")
    before, _what = _session_before(mic, c.period.start, bars)
    # the session after: a page stamped in New York's evening reports Hong Kong's next morning
    after = min((d for d in bars if d > c.period.start), default=None)
    if after is not None and (after - c.period.start).days > SESSION_AFTER_MAX_DAYS:
        after = None
    neighbours = [
        (day, which) for day, which in ((before, "before"), (after, "after")) if day is not None and day in bars
    ]
    if not neighbours:
        return verdict
    fitting: list[tuple[date, str, Verdict]] = []
    near: list[tuple[date, str, Verdict]] = []  # within an adjusted series' room: neither fits nor misses
    for day, which in neighbours:
        moved = c.model_copy(
            update={
                "period": Period(
                    start=day,
                    end=day,
                    label=f"{day:%Y-%m-%d}",
                    granularity="day",
                    note=f"the session {which} the article's date",
                )
            }
        )
        other = _check_on(moved, line, book)
        if other.verdict == "supported":
            fitting.append((day, which, other))
        elif other.verdict == "unverifiable" and other.reason == "adjusted_prices":
            near.append((day, which, other))
    if len(fitting) == 1 and _is_telling_fit(fitting[0][2], c):
        # "Nvidia's stock fell by 17%" on a page of the day after: the one session it fits, by a
        # reading of one value stated precisely enough that a chance fit is unlikely
        day, which, other = fitting[0]
        return other.model_copy(
            update={
                "explanation": f"The text names no session and the article's date ({c.period.start:%Y-%m-%d}) does not "
                f"fit; the session {which} it ({day:%Y-%m-%d}) does: {other.explanation}",
                "evidence": [*verdict.evidence, *other.evidence],
            }
        )
    if fitting:
        which_days = " and ".join(f"the session {which} it ({day:%Y-%m-%d})" for day, which, _v in fitting)
        return _unverifiable(
            c,
            "no_date",
            f"{c.quantity.text} does not fit {line.ticker} on the article's date ({c.period.start:%Y-%m-%d}) but fits "
            f"{which_days}; the text names no session, so which day is meant is not known.",
            [*verdict.evidence, *(e for _d, _w, v in fitting for e in v.evidence)],
            check=verdict.check,
        )
    if near:
        # "closed down 5.9%" on a page of the day after: the session before gives -5.96% in an
        # adjusted-only series, inside the room an adjustment leaves: which day, and whether it
        # holds, is not known
        day, which, other = near[0]
        return _unverifiable(
            c,
            "no_date",
            f"{c.quantity.text} does not fit {line.ticker} on the article's date ({c.period.start:%Y-%m-%d}); the text "
            f"names no session, and the session {which} it ({day:%Y-%m-%d}) is within an adjusted series' room: "
            f"{other.explanation}",
            [*verdict.evidence, *other.evidence],
            check=verdict.check,
        )
    tried = " and ".join(f"the session {which} ({day:%Y-%m-%d})" for day, which in neighbours)
    fits = "does" if len(neighbours) == 1 else "do"
    return verdict.model_copy(
        update={"explanation": f"{verdict.explanation.rstrip('.')}; {tried} {fits} not fit either."}
    )


# A neighbouring session's fit tells which day a page-dated claim means only when it is a fit of
# one value (not "somewhere in the day's range") within a tolerance this small against the claim:
# "fell 17%" (±0.5) or "climbed 1.7%" (±0.05), not "rose 2%" (±0.5, a chance fit in one day of eight).
NEIGHBOUR_FIT_MAX_RELATIVE_TOLERANCE = 0.1
# A window's other count (from the close of its first day, not the close before it) is the one
# meant only when the figure fits it this precisely ("16.62%": ±0.005 of 16.62), not "4.4%" (±0.05)
PRECISE_READING_MAX_RELATIVE_TOLERANCE = 0.01
# a gap to a period's extreme given to the hundredth of a point names which extreme it is from
PRECISE_EXTREME_MAX_TOLERANCE_POINTS = 0.01
_OWN_CLOSE_READING = "from the close of "


def _is_telling_fit(fit: Verdict, c: Claim) -> bool:
    claimed = abs(_claimed(c))
    return (
        fit.reading not in (None, "intraday range")
        and fit.tolerance is not None
        and claimed > 0
        # (strictly: "about 12%" is ±10% by its hedge, as loose as a fit may be, and tells nothing)
        and fit.tolerance < NEIGHBOUR_FIT_MAX_RELATIVE_TOLERANCE * claimed * (1 - 1e-9)
    )


def _mic_of(entity: Entity | None, ticker: str, bars: dict[date, _Bar]) -> str | None:
    """The calendar a line's sessions follow: its own exchange (9988.HK trades on XHKG, whatever
    the company's primary listing), the entity's only when the line says nothing."""
    return _exchange_of(bars, ticker) or getattr(entity, "exchange", None)


def _exchange_of(bars: dict[date, _Bar], ticker: str) -> str | None:
    """The MIC a series trades on: from its data (provenance) or its symbol's suffix."""
    from claims.refdata.exchanges import exchange_of_ticker, find_exchange

    for bar in bars.values():
        for v in bar.values.values():
            found = find_exchange(str(v.row.get("exchange") or ""))
            if found is not None:
                return found.mic
        break
    implied = exchange_of_ticker(ticker)
    return implied.mic if implied else None


def _no_bar_reason(day: date, bars: dict[date, _Bar], ticker: str) -> tuple[str, str]:
    """Why there is no bar on ``day``: outside the data, or not a trading day by the exchange's
    calendar (exchange-calendars; weekday/gap reasoning only where no calendar is known)."""
    if not bars:
        return "outside_data", f"No {ticker} prices are available around {day:%Y-%m-%d}."
    first, last = min(bars), max(bars)
    mic = _exchange_of(bars, ticker)
    if mic is not None:
        from claims.refdata.calendars import CalendarUnavailable, is_session, previous_session, why_closed

        try:
            if not is_session(mic, day):
                prev = previous_session(mic, day)
                return (
                    "not_trading_day",
                    f"{day:%Y-%m-%d} was {why_closed(mic, day)}: {mic} did not trade (exchange calendar); the previous "
                    f"session was {prev:%Y-%m-%d}. The price is not checked against another day.",
                )
        except CalendarUnavailable:
            pass
    if day < first or day > last:
        return "outside_data", f"{day:%Y-%m-%d} is outside the {ticker} data ({first:%Y-%m-%d} to {last:%Y-%m-%d})."
    if mic is not None:
        return "outside_data", f"{day:%Y-%m-%d} was a {mic} trading day, but the {ticker} data has no row for it."
    if day.weekday() >= 5:
        return (
            "not_trading_day",
            f"{day:%Y-%m-%d} was a {day:%A}: {ticker} did not trade; the price is not checked against another day.",
        )
    return (
        "not_trading_day",
        f"{day:%Y-%m-%d} was not a trading day for {ticker} (no row on a weekday; no exchange calendar known); "
        "not checked against another day.",
    )


def _listing_in(entity: Entity, claim_ccy: str | None, data_ccy: str | None) -> str | None:
    """The ticker of the entity's other listing quoted in the claim's currency, if the data is not."""
    if not claim_ccy or claim_ccy == data_ccy:
        return None
    for listing in entity.listings:
        if listing.currency == claim_ccy:
            return listing.ticker
    return None


def check_price_level(c: Claim, entity: Entity, book: ReferenceBook) -> Verdict:
    ticker = entity.ticker or ""
    if c.period is not None and c.period.granularity != "day" and c.aspect in ("high", "low"):
        return check_period_extreme(c, entity, book)
    if c.period is None or c.period.granularity != "day":
        why = "A share price without a specific date cannot be checked."
        if c.aspect in TRADE_PRICE_ASPECTS:
            why = (
                "A trade price whose sentence names no day of the trades cannot be checked "
                "(holdings are reported days after they trade)."
            )
        return _unverifiable(c, "no_date", why, check="market_price")
    err = book.error_for("price", ticker)
    if err:
        return _unverifiable(c, book.error_reason("price", ticker), err, check="market_price")
    bars = _bars(book, ticker)
    day = c.period.start
    if c.aspect == "previous_close":
        # "The stock had previously closed at $136.40": the close of the session before the day
        before, what = _session_before(_mic_of(entity, ticker, bars), day, bars)
        if before is None:
            return _unverifiable(
                c, "outside_data", f"The {ticker} data has no session before {day:%Y-%m-%d}.", check="market_price"
            )
        shifted = c.period.model_copy(update={"start": before, "end": before, "label": f"{what} before {day:%Y-%m-%d}"})
        return check_price_level(c.model_copy(update={"period": shifted, "aspect": "close"}), entity, book)
    bar = bars.get(day)
    if bar is None:
        reason, why = _no_bar_reason(day, bars, ticker)
        return _unverifiable(c, reason, why, check="market_price")
    if bar.values["close"].basis == "adjusted":
        return _unverifiable(
            c,
            "adjusted_prices",
            f"The {ticker} data holds dividend/split-adjusted prices only ({bar.values['close'].citation}): an adjusted "
            f"close is not the price that traded on {day:%Y-%m-%d}, so a price level is not checked against it.",
            check="market_price",
        )
    # Before a later split the continuous (split-adjusted) prices are not what traded: read the traded ones.
    bar = _Bar(
        bar.day,
        {**bar.values, **{k.removesuffix("_traded"): v for k, v in bar.values.items() if k.endswith("_traded")}},
    )
    currency = bar.values["close"].currency
    other = _listing_in(entity, c.quantity.currency, currency)
    if other is not None:
        return _unverifiable(
            c,
            "other_listing",
            f"The claim is in {c.quantity.currency}, the currency of {entity.name}'s {other} listing; the data checked is "
            f"{ticker} in {currency}, another share line (not converted: one depositary share is not one share).",
            check="market_price",
        )
    if c.quantity.currency == "CNY" and currency == "HKD":
        # "an initial price of 57.58 yuan per share" of a Hong Kong-listed company: its mainland A-share line
        return _unverifiable(
            c,
            "other_listing",
            f"A share price in yuan is of {entity.name}'s mainland (A-share) line; the data holds {ticker}, its Hong Kong "
            "line in HKD, another share line (not converted: the two lines trade at different prices).",
            check="market_price",
        )
    factor, ref_precision, fx_evidence = 1.0, 0.001, []
    if c.quantity.currency and currency and c.quantity.currency != currency:
        converted = convert(book, 1.0, currency, c.quantity.currency, day)
        if isinstance(converted, str):
            return _unverifiable(
                c,
                "currency_mismatch",
                f"The claim is in {c.quantity.currency}, the {ticker} data in {currency}, and {converted}.",
                check="market_price",
            )
        factor, fx_ev = converted
        fx_evidence = [fx_ev]
        ref_precision = fx_precision(bar.values["close"].value * factor)
        currency = c.quantity.currency
    return _decide_price_readings(c, ticker, day, bar, factor, ref_precision, currency, fx_evidence)


# "hit a record high of HK$333 in late June", "an all-time low": the extreme of all trading so far
_RECORD_BEFORE_RE = re.compile(r"\b(?:record|all-time|all\s+time|historic)\b[\w\s-]{0,25}$", re.I)


def is_record_level(c: Claim) -> bool:
    """Whether a price level is called a record ("a record high of HK$333"): every session before
    its period must be fetched to check it."""
    before = c.sentence[max(0, c.start - c.sentence_start - 40) : c.start - c.sentence_start]
    return c.change_of is None and c.aspect in ("high", "low") and bool(_RECORD_BEFORE_RE.search(before))


def _traded(bar: _Bar, kind: str) -> ReferenceValue:
    """A bar's price as it traded (before a later split the continuous series is not)."""
    return bar.values.get(f"{kind}_traded") or bar.values[kind]


def check_period_extreme(c: Claim, entity: Entity, book: ReferenceBook) -> Verdict:
    """ "hit a record high of HK$333 in late June", "fell to a low of HK$210 in March": a price
    level that is the extreme of a period longer than a day. It is the period's highest (lowest)
    price, intraday or closing (both readings are tried, either one holding supports); a level
    beyond every price of the period never traded then (contradicted); one between is some other
    moment's price (not asserted). A *record* is also checked against every earlier session in
    the data (a higher high before contradicts it; data that starts after the listing is said)."""
    assert c.period is not None
    ticker = entity.ticker or ""
    kind = c.aspect or "high"
    label = c.period.label or f"{c.period.start:%Y-%m-%d}..{c.period.end:%Y-%m-%d}"
    err = book.error_for("price", ticker)
    if err:
        return _unverifiable(c, book.error_reason("price", ticker), err, check="market_price")
    bars = _bars(book, ticker)
    window = sorted(d for d in bars if c.period.start <= d <= c.period.end)
    if not window or min(bars) > c.period.start or (c.period.end - max(bars)).days > 4:
        return _unverifiable(
            c,
            "outside_data",
            f"The {ticker} data ({min(bars, default=c.period.start):%Y-%m-%d} to "
            f"{max(bars, default=c.period.start):%Y-%m-%d}) does not cover {label}.",
            check="market_price",
        )
    if any(bars[d].values["close"].basis == "adjusted" for d in window):
        return _unverifiable(
            c,
            "adjusted_prices",
            f"The {ticker} data holds dividend/split-adjusted prices only: the {label} {kind} that traded is not "
            "in it, so a price level is not checked against it.",
            check="market_price",
        )
    currency = bars[window[0]].values["close"].currency
    if c.quantity.currency and currency and c.quantity.currency != currency:
        other = _listing_in(entity, c.quantity.currency, currency)
        return _unverifiable(
            c,
            "other_listing" if other else "currency_mismatch",
            f"The claim is in {c.quantity.currency}, the {ticker} data in {currency}: a period's {kind} is not "
            "converted (each day has its own rate).",
            check="market_price",
        )
    pick = max if kind == "high" else min
    intraday = pick((_traded(bars[d], kind) for d in window), key=lambda v: v.value)
    closing = pick((_traded(bars[d], "close") for d in window), key=lambda v: v.value)
    readings = {f"intraday {kind}": intraday, f"closing {kind}": closing}
    checks = {name: _against(c, c.quantity.value, v.value, reference_precision=0.001) for name, v in readings.items()}
    evidence = [
        Evidence(
            source=v.source,
            citation=v.citation,
            reading=name,
            detail=f"{ticker} {name} of {label}: {v.value:g} on {v.key}" + (" (holds)" if checks[name].holds else ""),
            values=[v],
        )
        for name, v in readings.items()
    ]
    summary = ", ".join(f"{name} {v.value:g} ({v.key})" for name, v in readings.items())
    holding = [name for name in readings if checks[name].holds]
    if holding:
        name = holding[0]
        record = _record_note(c, bars, kind, readings[name], ticker) if is_record_level(c) else None
        if isinstance(record, Verdict):
            return record
        return _from_check(
            c,
            checks[name],
            readings[name].value,
            check="market_price",
            reading=name,
            readings_agree=len(holding) == len(readings),
            explanation_ok=f"{ticker}'s {name} of {label} was {currency or ''} {readings[name].value:g} on "
            f"{readings[name].key}, matching {c.quantity.text} (readings: {summary}).{record or ''}",
            explanation_bad="",
            evidence=evidence,
        )
    beyond = c.quantity.value > intraday.value if kind == "high" else c.quantity.value < intraday.value
    if beyond and c.quantity.hedge in ("exact", "approximate"):
        return _contradicted(
            c,
            intraday.value,
            check="market_price",
            reading=f"intraday {kind}",
            explanation=f"{ticker} never traded at {c.quantity.text} in {label}: its intraday {kind} was "
            f"{currency or ''} {intraday.value:g} on {intraday.key} (readings: {summary}).",
            evidence=evidence,
        )
    return _unverifiable(
        c,
        "no_date",
        f"{c.quantity.text} is not {ticker}'s {kind} of {label} ({summary}); it may be a {kind} of some day in it, "
        "which the text does not name.",
        evidence,
        check="market_price",
    )


def _record_note(c: Claim, bars: dict[date, _Bar], kind: str, matched: ReferenceValue, ticker: str) -> Verdict | str:
    """A record level against every earlier session: contradicted by a higher high (lower low)
    before it; otherwise a note on how far back the data reaches."""
    assert c.period is not None
    earlier = [_traded(bars[d], kind) for d in sorted(bars) if d < c.period.start]
    beaten = [
        v for v in earlier if (v.value > matched.value * 1.005 if kind == "high" else v.value < matched.value * 0.995)
    ]
    if beaten:
        top = max(beaten, key=lambda v: v.value) if kind == "high" else min(beaten, key=lambda v: v.value)
        return _contradicted(
            c,
            top.value,
            check="market_price",
            reading=f"record {kind}",
            explanation=f"{c.quantity.text} is {ticker}'s {kind} of {c.period.label}, but no record: it traded at "
            f"{top.value:g} on {top.key}.",
            evidence=[
                Evidence(
                    source=top.source,
                    citation=top.citation,
                    reading=f"record {kind}",
                    detail=f"{ticker} {kind} {top.value:g} on {top.key}",
                    values=[top],
                )
            ],
        )
    first = min(bars)
    return f" No earlier {kind} in the {ticker} data beats it (the data starts {first:%Y-%m-%d})."


def _previous_bar(bars: dict[date, _Bar], day: date) -> _Bar | None:
    earlier = [d for d in bars if d < day]
    return bars[max(earlier)] if earlier else None


def _sessions_of(c: Claim) -> int | None:
    """The number of sessions a move spans ("a two-day decline": 2), from the claim's aspect."""
    if c.aspect and c.aspect.startswith("sessions:"):
        return int(c.aspect.split(":", 1)[1])
    return None


def _session_before(mic: str | None, day: date, bars: dict[date, _Bar]) -> tuple[date | None, str]:
    """The previous session by the exchange's calendar (by the data when no calendar is known)."""
    if mic:
        try:
            from claims.refdata.calendars import previous_session

            return previous_session(mic, day), f"the previous {mic} session"
        except Exception:  # noqa: BLE001 -- no calendar for it: the data's previous row
            pass
    prev = _previous_bar(bars, day)
    return (prev.day if prev else None), "the previous day in the data"


def _unexplained_adjustment(v: ReferenceValue) -> bool:
    """A day of a series whose traded prices could not be rebuilt from its own dividend and split
    columns (the snapshot marks it ``basis="adjusted"`` although the file has them): something
    else moved its adjustment factor (a distribution in kind), possibly between the two days."""
    return v.basis == "adjusted" and "dividend_multiplier" in v.row


# In an adjusted series a dividend shifts a day's computed change by a few hundredths of a point:
# a miss smaller than this is not asserted.
ADJUSTED_SLACK_POINTS = 0.1


def _adjustment_could_explain(values: list[ReferenceValue], claimed: float, computed: float) -> bool:
    """Whether an adjustment, not the article, may explain a miss: a stretch whose adjustment is
    unexplained, or a miss under ``ADJUSTED_SLACK_POINTS`` in any adjusted series."""
    if any(_unexplained_adjustment(v) for v in values):
        return True
    return any(v.basis == "adjusted" for v in values) and abs(claimed - computed) < ADJUSTED_SLACK_POINTS


# The dividends an adjusted series folds into a change over a window: at most this yield a year.
ADJUSTED_YIELD_PER_YEAR = 0.03
# ... and at least one quarterly payment, whatever the window's length: a week that holds an
# ex-dividend day folds in the whole payment (MSFT's $0.68 of 2022-11-16 is 0.3% of its price)
ADJUSTED_ONE_PAYMENT = 0.0035


def _dividends_could_explain(values: list[ReferenceValue], claimed: float, computed: float) -> bool:
    """Over a window of an adjusted series, the dividends paid inside it raise the computed change
    above the price change an article quotes (never below it): a claim lower than the computed
    change by no more than those dividends could be (``ADJUSTED_YIELD_PER_YEAR``) is not contradicted."""
    if len(values) != 2 or not all(v.basis == "adjusted" for v in values):
        return False
    try:
        days = (date.fromisoformat(values[1].key) - date.fromisoformat(values[0].key)).days
    except ValueError:
        return False
    room = (1 + computed / 100) * max(ADJUSTED_YIELD_PER_YEAR * max(days, 0) / 365.25, ADJUSTED_ONE_PAYMENT) * 100
    return computed - room <= claimed < computed


def _adjusted_cannot_contradict(c: Claim, ticker: str, day: date, shown: str, evidence: list[Evidence]) -> Verdict:
    """Such a stretch can support a change but not contradict it: its adjustment factor may change
    between two days (a distribution the file does not explain), which moves the computed change
    while the traded prices did not."""
    return _unverifiable(
        c,
        "adjusted_prices",
        f"{ticker} on {day:%Y-%m-%d} is known only as an adjusted series, which gives {shown}, not {c.quantity.text}: "
        "an adjustment between the days could explain the gap, so it is not asserted.",
        evidence,
        check="price_change",
    )


def check_day_move(c: Claim, ticker: str, bars: dict[date, _Bar], mic: str | None = None) -> Verdict:
    """A share's move on one day, read by the wording; every reading is tried and shown.

    "closed down 3%" / no wording: the previous session's close to the day's close decides
    (open to close is shown). "opened with a 12% jump": the previous close to the day's open.
    "as much as", "at one point", "intraday", "at press time": any moment of the session, so
    the day's range of moves against the previous close decides. With no wording, a move that
    only fits open-to-close or a moment of the session is *unverifiable* (``ambiguous_change``),
    never supported by the first reading that holds; one outside the whole session is
    contradicted.
    """
    assert c.period is not None
    day = c.period.start
    bar = bars.get(day)
    if bar is None:
        reason, why = _no_bar_reason(day, bars, ticker)
        return _unverifiable(c, reason, why, check="price_change")
    prev_day, prev_what = _session_before(mic, day, bars)
    prev = bars.get(prev_day) if prev_day else None
    if prev is None:
        return _unverifiable(
            c,
            "outside_data",
            f"The {ticker} data has no close for {prev_what} before {day:%Y-%m-%d}"
            + (f" ({prev_day:%Y-%m-%d})." if prev_day else "."),
            check="price_change",
        )
    claimed = _claimed(c)
    largest = _largest_day_move(bars, day)
    if c.aspect is None and largest is not None and abs(claimed) > _NO_DAY_MOVE_FACTOR * largest:
        # "Broadcom and Nvidia, which gained 49% and 39%, respectively" on a year-review page: a
        # move no session of the year came near is another period's, whatever day it was read as
        return _unverifiable(
            c,
            "no_period",
            f"{c.quantity.text} is far beyond any day's move of {ticker} in the year to {day:%Y-%m-%d} (the largest "
            f"was {largest:.2f}%): it is not read as that day's move, and which period it is a change over is not known.",
            check="price_change",
        )
    ranking = _largest_since(c, ticker, bars, day)
    if isinstance(ranking, Verdict):
        return ranking
    rank_note = f" {ranking}" if ranking else ""
    pc = prev.values["close"]
    o, h, lo, cl = (bar.values[k] for k in ("open", "high", "low", "close"))

    def pct(a: float, b: float) -> float:
        return (b - a) / a * 100

    moves = {
        "close to close": (
            pct(pc.value, cl.value),
            [pc, cl],
            f"close {pc.value:g} on {prev.day:%Y-%m-%d} → close {cl.value:g}",
        ),
        "open to close": (pct(o.value, cl.value), [o, cl], f"open {o.value:g} → close {cl.value:g}"),
        "previous close to open": (
            pct(pc.value, o.value),
            [pc, o],
            f"close {pc.value:g} on {prev.day:%Y-%m-%d} → open {o.value:g}",
        ),
    }
    low_move, high_move = pct(pc.value, lo.value), pct(pc.value, h.value)
    before = c.sentence[: c.start - c.sentence_start].lower()
    if AS_MUCH_AS_BEFORE_RE.search(before):
        # "rose as much as 7.7%": the session's extreme was 7.7%, not "at most 7.7%"
        reached = high_move if claimed >= 0 else low_move
        # "fell as much as 5.5%": the day's extreme WAS about that size (not "at most": a day
        # that rose never supports a fall), so it is compared as stated, without the bound
        stated = c.model_copy(update={"quantity": c.quantity.model_copy(update={"hedge": "exact"})})
        as_much: tuple[float, Check] | None = (reached, _against(stated, claimed, reached))
    else:
        as_much = None
    extreme = _value_in_range(claimed, c.quantity.hedge, low_move, high_move)
    moves["intraday range"] = (
        extreme,
        [pc, lo, h],
        f"against the previous close {pc.value:g}: low {lo.value:g} ({low_move:+.2f}%) .. high {h.value:g} ({high_move:+.2f}%)",
    )
    checks = {name: _against(c, claimed, v) for name, (v, _vals, _d) in moves.items()}
    if as_much is not None:
        moves["intraday range"] = (as_much[0], *moves["intraday range"][1:])
        checks["intraday range"] = as_much[1]
    evidence = [
        Evidence(
            source=vals[0].source,
            citation=vals[0].citation,
            reading=name,
            detail=f"{ticker} {day:%Y-%m-%d} {name}: {detail}: {v:+.2f}%" + (" (holds)" if checks[name].holds else ""),
            values=vals,
        )
        for name, (v, vals, detail) in moves.items()
    ]
    summary = "readings tried: " + ", ".join(f"{n} {moves[n][0]:+.2f}%" for n in moves if n != "intraday range")
    summary += f", session range {low_move:+.2f}%..{high_move:+.2f}%"
    if c.aspect == "open":
        name, wording = "previous close to open", "the wording names the open"
    elif c.aspect == "open_to_close":
        name, wording = "open to close", "the wording measures from the day's open"
    elif c.aspect in ("intraday", "extreme_so_far"):
        name, wording = "intraday range", "the wording names a moment of the session"
    else:
        # no moment named: a day's move is close to close, both ways; a fit with another
        # reading never supports, and is said
        name = "close to close"
        wording = "the wording names the close" if c.aspect == "close" else "a day's move is close to close"
        fits = [n for n in checks if checks[n].holds and n != name]
        if fits and not checks[name].holds:
            wording += f"; it would fit {', '.join(fits)}, which the wording does not name"
    value = moves[name][0]
    result = checks[name]
    if c.aspect == "extreme_so_far" and not result.holds and value != 0 and 0 < claimed / value < 1:
        # "declining as much as 3.7%. But as of 1:30 p.m. ET, the stock was down 2.1%": the
        # extreme so far; the day's (-4.02%) may have come after the quote, so a smaller one fits
        return _unverifiable(
            c,
            "no_source",
            f"{c.quantity.text} is the session's extreme up to the time the article quotes; {ticker}'s extreme of the "
            f"whole day {day:%Y-%m-%d} was {value:+.2f}%, which may have come later, and daily bars do not say when "
            f"({summary}).",
            check="price_change",
            evidence=evidence,
        )
    if not result.holds and _adjustment_could_explain(moves[name][1], claimed, value):
        return _adjusted_cannot_contradict(c, ticker, day, f"{value:+.2f}% ({name})", evidence)
    ex_day = _ex_dividend_move(pc, cl) if name == "close to close" and not result.holds else None
    net = _against(c, claimed, ex_day) if ex_day is not None else None
    if ex_day is not None and net is not None and net.holds:
        # a dividend went ex that day: the price fell by it, and quote services report the move net
        # of it ("China Mobile fell 0.58%" on an ex-day whose traded close-to-close was -3.94%)
        return _from_check(
            c,
            net,
            ex_day,
            check="price_change",
            reading="close to close, net of the day's dividend",
            readings_agree=False,
            claimed=claimed,
            explanation_ok=f"{ticker} moved {ex_day:+.2f}% on {day:%Y-%m-%d} net of the dividend that went ex that day "
            f"({value:+.2f}% in traded prices), consistent with '{c.quantity.text}'; {summary}.{rank_note}",
            explanation_bad="",
            evidence=evidence,
        )
    agree = len({ch.holds for ch in checks.values()}) == 1
    return _from_check(
        c,
        result,
        value,
        check="price_change",
        reading=name,
        readings_agree=agree,
        claimed=claimed,
        explanation_ok=f"{ticker} moved {value:+.2f}% on {day:%Y-%m-%d} ({name}; {wording}), consistent with '{c.quantity.text}'; {summary}.{rank_note}",
        explanation_bad=f"{ticker} moved {value:+.2f}% on {day:%Y-%m-%d} ({name}; {wording}), not '{c.quantity.text}'; {summary}.{rank_note}",
        evidence=evidence,
    )


_NO_DAY_MOVE_FACTOR = 1.5  # a "day's move" this many times the year's largest is another period's
_YEAR_OF_SESSIONS = 250


def _largest_day_move(bars: dict[date, _Bar], day: date) -> float | None:
    """The largest close-to-close move (in percent, either way) in the year of sessions up to ``day``
    (inclusive); None with too few sessions to say."""
    days = sorted(d for d in bars if d <= day)[-(_YEAR_OF_SESSIONS + 1) :]
    if len(days) < 60:
        return None
    closes = [bars[d].values["close"].value for d in days]
    return max(abs(b / a - 1) * 100 for a, b in zip(closes, closes[1:], strict=False))


def _ex_dividend_move(prev_close: ReferenceValue, close: ReferenceValue) -> float | None:
    """The day's close-to-close move with the dividend that went ex that day added back (the
    dividend-adjusted change), when one did; None otherwise."""
    before = float(prev_close.row.get("dividend_multiplier", 1.0))
    after = float(close.row.get("dividend_multiplier", 1.0))
    if abs(before - after) < 1e-9:
        return None
    return (close.value * after - prev_close.value * before) / (prev_close.value * before) * 100


_LARGEST_SINCE_RE = re.compile(
    r"\b(?:biggest|largest|steepest|sharpest|worst|best|strongest)\s+(?:one-day|single-day|daily|intraday|session)?\s*"
    r"(?P<what>fall|drop|decline|loss|slide|plunge|slump|gain|rise|jump|rally|surge|advance)s?\s+since\s+(?P<since>(?:[^,;.]|(?<=[A-Za-z])\.(?=\s+\d)){3,40})",
    re.I,
)


def ranks_since(c: Claim) -> bool:
    """Whether the sentence ranks the claim's move since some time ("its biggest drop since 2008")."""
    m = _LARGEST_SINCE_RE.search(c.sentence, c.end - c.sentence_start)
    return m is not None and m.start() - (c.end - c.sentence_start) <= 60


def _largest_since(c: Claim, ticker: str, bars: dict[date, _Bar], day: date) -> Verdict | str | None:
    """ "its largest one-day fall since March 2022": checked against every close-to-close move in
    the data from then on. None when the sentence says no such thing, or the ranking holds (the
    number is then checked as usual). When the data does not reach back that far, a larger move
    inside the data still contradicts; otherwise the ranking is not checked, and the note saying
    so is returned (the number itself is checked as usual)."""
    from claims.dates import context_year, find_dates

    m = _LARGEST_SINCE_RE.search(c.sentence, c.end - c.sentence_start)
    if m is None or m.start() - (c.end - c.sentence_start) > 60:
        return None
    year, basis = context_year(c.sentence, day)
    fuzzy = re.match(r"\s*(?:(?P<part>early|mid|late)[\s-]+)?(?P<y>(?:19|20)\d{2})\b", m.group("since"), re.I)
    if fuzzy:
        # "since early 2022": it started somewhere in that span; a larger move after the span's
        # end contradicts for sure, and the data must reach the span's start
        y = int(fuzzy.group("y"))
        last_month = {"early": 4, "mid": 8, "late": 12}.get((fuzzy.group("part") or "").lower(), 12)
        first_month = {"early": 1, "mid": 5, "late": 9}.get((fuzzy.group("part") or "").lower(), 1)
        reach, since = date(y, first_month, 1), date(y, last_month, 28) + timedelta(days=4)
        since = since.replace(day=1) - timedelta(days=1)
    else:
        found = find_dates(m.group("since"), day, year, basis)
        if not found:
            # "the biggest intraday gain since May": the ranking's start is not a date, the number is
            return f"The ranking ('{m.group(0).strip()}') is not checked: its start is not a date."
        reach = since = found[0].period.start
    first = min(bars)
    unreached = None
    if reach < first:
        unreached = (
            f"The ranking ('{m.group(0).strip()}') is not checked: the {ticker} data starts {first:%Y-%m-%d}, "
            f"after {reach:%Y-%m-%d}, and no move in it is larger."
        )
    days = sorted(d for d in bars if since < d < day)  # "since March 1": March 1 itself was larger
    falling = m.group("what").lower() in ("fall", "drop", "decline", "loss", "slide", "plunge", "slump")
    this = None
    prev_bar = _previous_bar(bars, day)
    if prev_bar is not None:
        this = (bars[day].values["close"].value - prev_bar.values["close"].value) / prev_bar.values["close"].value * 100
    for d in days:
        pb = _previous_bar(bars, d)
        if pb is None or this is None:
            continue
        mv = (bars[d].values["close"].value - pb.values["close"].value) / pb.values["close"].value * 100
        if (falling and mv < this) or (not falling and mv > this):
            if any(_unexplained_adjustment(v) for v in (pb.values["close"], bars[d].values["close"])):
                return _unverifiable(
                    c,
                    "adjusted_prices",
                    f"{ticker} moved {mv:+.2f}% on {d:%Y-%m-%d} in an adjusted stretch the data cannot reconcile with "
                    "traded prices: whether that move was larger is not asserted.",
                    check="price_change",
                )
            return Verdict(
                claim_id=c.id,
                doc_id=c.doc_id,
                verdict="contradicted",
                claimed_value=_claimed(c),
                reference_value=_round(mv),
                difference=_round(mv - this),
                check="price_change",
                reading="largest since",
                explanation=f"{ticker} moved {this:+.2f}% on {day:%Y-%m-%d}, but {mv:+.2f}% on {d:%Y-%m-%d}: not the "
                f"largest {m.group('what').lower()} since {since:%Y-%m-%d}.",
                evidence=[
                    Evidence(
                        source=bars[d].values["close"].source,
                        citation=bars[d].values["close"].citation,
                        reading="largest since",
                        detail=f"close to close {mv:+.2f}% on {d:%Y-%m-%d}",
                        values=[pb.values["close"], bars[d].values["close"]],
                    )
                ],
            )
    return unreached


def _covers_from(bars: dict[date, _Bar], start: date) -> bool:
    """Whether the data has every session from ``start`` on: its first row is on or before it, or
    only days no market trades (weekends, New Year's Day) lie between ("this year" from January
    1 on a file that starts on Monday January 4)."""
    first = min(bars)
    if first <= start:
        return True
    days = (start + timedelta(days=i) for i in range((first - start).days))
    return all(d.weekday() >= 5 or (d.month, d.day) == (1, 1) for d in days)


def check_from_extreme(c: Claim, ticker: str, bars: dict[date, _Bar]) -> Verdict:
    """ "12.5% below its 2024 high": the day's close against the window's highest (lowest)
    price. Both readings are tried, the intraday extreme and the closing one; they must agree,
    and the data must cover the whole window, or it is not checked."""
    assert c.period is not None
    window = c.comparison_period
    kind = "high" if c.aspect == "from_high" else "low"
    if window is None:
        return _unverifiable(
            c,
            "no_window",
            f"The period of the {kind} is not stated (or reaches before any data).",
            check="price_change",
        )
    day_bar = _close_on_or_before(bars, c.period.end)
    end = min(window.end, c.period.end)
    if day_bar is None or not bars or not _covers_from(bars, window.start) or (c.period.end - day_bar.day).days > 4:
        return _unverifiable(
            c,
            "outside_data",
            f"The {ticker} data ({min(bars, default=c.period.end):%Y-%m-%d} on) does not cover {window.label} to {c.period.end:%Y-%m-%d}.",
            check="price_change",
        )
    in_window = [b for d, b in bars.items() if window.start <= d <= end]
    pick = max if kind == "high" else min
    close = day_bar.values["close"]
    readings = {}
    for name, metric in ((f"intraday {kind}", kind), (f"closing {kind}", "close")):
        ext = pick(in_window, key=lambda b, m=metric: b.values[m].value)  # type: ignore[misc]
        ref = ext.values[metric]
        move = (close.value - ref.value) / ref.value * 100
        readings[name] = (move, ref, ext.day)
    magnitude = abs(c.quantity.value)
    claimed = -magnitude if kind == "high" else magnitude
    checks = {n: _against(c, claimed, v[0]) for n, v in readings.items()}
    evidence = [
        Evidence(
            source=close.source,
            citation=close.citation,
            reading=n,
            detail=f"{ticker} close {close.value:g} on {day_bar.day:%Y-%m-%d} vs {n} {ref.value:g} on {d:%Y-%m-%d} "
            f"({window.label}): {move:+.2f}%",
            values=[close, ref],
        )
        for n, (move, ref, d) in readings.items()
    ]
    holds = {ch.holds for ch in checks.values()}
    summary = "; ".join(f"{n} {v[0]:+.2f}%" for n, v in readings.items())
    # (to the hundredth: "-16.13%", not a headline's "8.6%", which may fit one reading by chance)
    precise = [
        n
        for n, ch in checks.items()
        if ch.holds and c.quantity.hedge == "exact" and ch.tolerance < PRECISE_EXTREME_MAX_TOLERANCE_POINTS
    ]
    if len(holds) > 1 and len(precise) != 1:
        return _unverifiable(
            c,
            "ambiguous_change",
            f"{c.quantity.text} fits one reading of the {window.label} {kind} but not the other ({summary}).",
            evidence,
            check="price_change",
        )
    if len(holds) > 1:
        # "Down -16.13% From Its 52-Week High": a figure stated this precisely that fits the
        # intraday high and not the closing one names the extreme it was measured from
        (name,) = precise
        ok = (
            f"{ticker} closed {readings[name][0]:+.2f}% from its {window.label} {name}, consistent with "
            f"{c.quantity.text} ({summary}): a figure this precise names the extreme it was measured from."
        )
        bad = ""
    else:
        name = f"intraday {kind}"
        ok = f"{ticker} closed {readings[name][0]:+.2f}% from its {window.label} {kind}, consistent with {c.quantity.text} ({summary})."
        bad = f"{ticker} closed {readings[name][0]:+.2f}% from its {window.label} {kind}, not {c.quantity.text} ({summary})."
    return _from_check(
        c,
        checks[name],
        readings[name][0],
        check="price_change",
        reading=name,
        readings_agree=len(holds) == 1,
        claimed=claimed,
        explanation_ok=ok,
        explanation_bad=bad,
        evidence=evidence,
    )


def _close_on_or_before(bars: dict[date, _Bar], day: date) -> _Bar | None:
    earlier = [d for d in bars if d <= day]
    return bars[max(earlier)] if earlier else None


_PAST_DAYS_NOTE_RE = re.compile(r"the past \d+ days?")
_PAST_N_NOTE_RE = re.compile(r"the past \d+ (?:days?|weeks?|months?|years?)")
_PAST_DAYS_OR_WEEKS_NOTE_RE = re.compile(r"the past \d+ (?:days?|weeks?)")
# a window counted in months or years, which writers count in calendar days, months or sessions
_PAST_MONTHS_NOTE_RE = re.compile(r"the past \d+ (?:months?|years?)")
_PAST_WEEKS_NOTE_RE = re.compile(r"the past (?P<n>\d+) (?P<unit>weeks?|months?)")
_HEADING_INTO_TODAY_RE = re.compile(
    r"\b(?:(?:heading|coming|going)\s+into|before)\s+today\b"
    # "... ended the last trading session 14.7% higher ... This compares to the stock's 23.4% gain
    # over the past four weeks" (Zacks): the weeks before the session the page reports
    r"|\bThis\s+compares\s+to\s+the\s+stock['’]s\b",
    re.I,
)


def _vendor_weeks(note: str) -> int | None:
    """The weeks of a market-data vendor's "past month" (four weeks) or "past N weeks" window."""
    m = _PAST_WEEKS_NOTE_RE.fullmatch(note)
    if m is None:
        return None
    n = int(m.group("n"))
    if m.group("unit").startswith("week"):
        return n
    return 4 if n == 1 else None


def _vendor_months(note: str) -> int | None:
    """The months of a "past N months" window (N of two or more), which a vendor may count in sessions."""
    m = _PAST_WEEKS_NOTE_RE.fullmatch(note)
    if m is None or not m.group("unit").startswith("month") or int(m.group("n")) < 2:
        return None
    return int(m.group("n"))


def _value_in_range(claimed: float, hedge: str, low: float, high: float) -> float:
    """The value of a range (a session's, or a window's to a moment of it) a claim is compared with:
    a bound ("more than 6%") with the range's farthest end that way, an exact or hedged figure
    with the range's nearest point to it."""
    if hedge in ("more_than", "at_least"):
        return high if claimed >= 0 else low
    if hedge in ("less_than", "at_most"):
        return low if claimed >= 0 else high
    return min(max(claimed, low), high)


def _window_to_a_moment(
    c: Claim, ticker: str, bars: dict[date, _Bar], windows: list[tuple[str, date]], end_bar: _Bar, claimed: float
) -> Verdict:
    """A window that ends at a moment of the page's day ("so far this year" on a page written during
    the session). Every moment lies between the day's low and high, or at the close before it when
    the page was written before the open: outside all of them the claim is contradicted; the day's
    close or the close before supports it; a fit somewhere else in the day's range is a moment the
    daily bars do not pin down (not asserted)."""
    name, start_day = windows[0]
    start_bar = _close_on_or_before(bars, start_day)
    before = _previous_bar(bars, end_bar.day)
    if start_bar is None or before is None:
        return _unverifiable(
            c,
            "outside_data",
            f"The {ticker} data does not reach back to the start of the window.",
            check="price_change",
        )
    a = start_bar.values["close"]
    points = {
        f"to the close before ({before.day:%Y-%m-%d})": before.values["close"],
        f"to {end_bar.day:%Y-%m-%d}'s close": end_bar.values["close"],
    }
    ends = [end_bar.values["low"], end_bar.values["high"], *points.values()]
    moves = [(v.value - a.value) / a.value * 100 for v in ends]
    low_move, high_move = min(moves), max(moves)
    value = _value_in_range(claimed, c.quantity.hedge, low_move, high_move)
    span = f"{low_move:+.2f}%..{high_move:+.2f}%"
    ev = Evidence(
        source=a.source,
        citation=a.citation,
        reading=f"{name}, to a moment of {end_bar.day:%Y-%m-%d}",
        detail=f"close {a.value:g} on {start_bar.day:%Y-%m-%d} → the close before ({before.values['close'].value:g} on "
        f"{before.day:%Y-%m-%d}) and {end_bar.day:%Y-%m-%d}'s low {ends[0].value:g} .. high {ends[1].value:g}: {span}",
        values=[a, *ends],
    )
    where = f"({name}, to a moment of {end_bar.day:%Y-%m-%d}: the page was written during the session)"
    in_range = _against(c, claimed, value)
    if not in_range.holds:
        if _adjustment_could_explain([a, *ends], claimed, value) or _dividends_could_explain(
            [a, *ends], claimed, value
        ):
            return _adjusted_cannot_contradict(c, ticker, end_bar.day, f"{span} ({name})", [ev])
        return _from_check(
            c,
            in_range,
            value,
            check="price_change",
            reading=f"{name}, to a moment of the day",
            claimed=claimed,
            explanation_ok="",
            explanation_bad=f"{ticker} moved {span} {where}, not '{c.quantity.text}' at any moment of it.",
            evidence=[ev],
        )
    for point, v in points.items():
        move = (v.value - a.value) / a.value * 100
        result = _against(c, claimed, move)
        if result.holds:
            return _from_check(
                c,
                result,
                move,
                check="price_change",
                reading=f"{name}, {point}",
                claimed=claimed,
                explanation_ok=f"{ticker} moved {move:+.2f}% ({name}, {point}; any moment of the day gives "
                f"{span}), consistent with '{c.quantity.text}'.",
                explanation_bad="",
                evidence=[ev],
            )
    return _unverifiable(
        c,
        "no_source",
        f"{ticker} moved {span} {where}: '{c.quantity.text}' fits a moment inside the day's range but neither "
        "close, and daily bars do not say which moment the page means.",
        [ev],
        check="price_change",
    )


# windows that run to the day of writing ("so far this year", "over the past month")
_RUNS_TO_THE_PAGE_RE = re.compile(r"(?:year|month|week) to date|the past \d+ (?:weeks?|months?|years?)")


def _close_to_close(
    c: Claim, claimed: float, reading: str, start_bar: _Bar, end_bar: _Bar
) -> tuple[float, Check, Evidence]:
    """A window's change from one close to another, checked against the claim, with its evidence."""
    a, b = start_bar.values["close"], end_bar.values["close"]
    computed = (b.value - a.value) / a.value * 100
    ev = Evidence(
        source=a.source,
        citation=a.citation,
        reading=reading,
        detail=f"close {a.value:g} on {start_bar.day:%Y-%m-%d} → {b.value:g} on {end_bar.day:%Y-%m-%d}: {computed:+.2f}%",
        values=[a, b],
    )
    return computed, _against(c, claimed, computed), ev


def _written_before_the_session(
    c: Claim, ticker: str, bars: dict[date, _Bar], window: tuple[str, date], end_bar: _Bar, claimed: float
) -> Verdict | None:
    """A window to the page's day that its close does not give may run to the close before it (a
    page written before that day's session, as the neighbouring sessions of a day's move): a fit
    there precise enough that a chance fit is unlikely supports it, a loose one leaves the day
    open (no_date); None when the close before does not fit either."""
    name, start_day = window
    start_bar = _close_on_or_before(bars, start_day)
    before = _previous_bar(bars, end_bar.day)
    if start_bar is None or before is None:
        return None
    reading = f"{name}, to the close before {end_bar.day:%Y-%m-%d}"
    move, result, ev = _close_to_close(c, claimed, reading, start_bar, before)
    if not result.holds:
        return None
    a = start_bar.values["close"]
    end_move = (end_bar.values["close"].value - a.value) / a.value * 100
    fit = _from_check(
        c,
        result,
        move,
        check="price_change",
        reading=reading,
        claimed=claimed,
        explanation_ok=f"{ticker} moved {move:+.2f}% ({reading}: the page may have been written before that "
        f"day's session), consistent with '{c.quantity.text}'; to {end_bar.day:%Y-%m-%d}'s close it is {end_move:+.2f}%.",
        explanation_bad="",
        evidence=[ev],
    )
    if _is_telling_fit(fit, c):
        return fit
    return _unverifiable(
        c,
        "no_date",
        f"{c.quantity.text} does not fit {ticker} {name} to {end_bar.day:%Y-%m-%d}'s close ({end_move:+.2f}%) but fits "
        f"it to the close before ({move:+.2f}%); the page does not say when it was written.",
        [ev],
        check="price_change",
    )


def check_price_change(c: Claim, entity: Entity, book: ReferenceBook) -> Verdict:
    """A stated change in a share price over a window: each plausible window is a reading."""
    ticker = entity.ticker or ""
    if c.period is None:
        return _unverifiable(
            c, "no_date", "A price change without a window or date cannot be checked.", check="price_change"
        )
    err = book.error_for("price", ticker)
    if err:
        return _unverifiable(c, book.error_reason("price", ticker), err, check="price_change")
    bars = _bars(book, ticker)
    end_day = c.period.end
    windows: list[tuple[str, date]] = []
    # "Before today, BIDU stock had risen 18% on the year": the window ends at the close before the page's day
    before_today = _HEADING_INTO_TODAY_RE.search(c.sentence) is not None
    alternates: list[tuple[str, date]] = []  # readings that, when only they fit, leave it ambiguous
    ends: dict[str, _Bar] = {}  # a reading's last close, when not the window's end day's
    note = (c.period.note or "").lower()
    if c.aspect in ("from_high", "from_low"):
        return check_from_extreme(c, ticker, bars)
    sessions = _sessions_of(c)
    past_days = c.period.granularity == "window" and bool(_PAST_DAYS_NOTE_RE.fullmatch(note))
    if sessions is not None and (c.period.granularity == "day" or past_days):
        # "a two-day cumulative decline of over 10%": from the close N sessions before the day;
        # "up 6.18% over the last five days": five sessions to the day of writing (a quote page's
        # "5-day performance"), the calendar days shown as the other reading
        mic = _mic_of(entity, ticker, bars)
        start: date | None = c.period.end
        for _ in range(sessions):
            start = _session_before(mic, start, bars)[0] if start is not None else None
        if start is None or start < min(bars, default=start):
            return _unverifiable(
                c,
                "outside_data",
                f"The {ticker} data does not reach back {sessions} sessions before {c.period.start:%Y-%m-%d}.",
                check="price_change",
            )
        windows = [(f"{sessions} sessions to {end_day:%Y-%m-%d}, close to close", start)]
        if past_days:
            windows.append((c.period.note or c.period.label, c.period.start - timedelta(days=1)))
    elif c.period.granularity == "day" and c.aspect == "previous_session":
        # "after the previous session's 15% slump": the move of the session before the day
        mic = _mic_of(entity, ticker, bars)
        before, what = _session_before(mic, c.period.start, bars)
        if before is None:
            return _unverifiable(
                c,
                "outside_data",
                f"The {ticker} data has no session before {c.period.start:%Y-%m-%d}.",
                check="price_change",
            )
        shifted = c.period.model_copy(
            update={"start": before, "end": before, "label": f"{what} before {c.period.start:%Y-%m-%d}"}
        )
        return check_day_move(c.model_copy(update={"period": shifted, "aspect": None}), ticker, bars, mic=mic)
    elif c.period.granularity == "day":
        return check_day_move(c, ticker, bars, mic=_mic_of(entity, ticker, bars))
    if c.period.note == FROM_A_CLOSE_NOTE:
        return _unverifiable(
            c,
            "no_window",
            f"The move runs {c.period.label}; where it ends the sentence does not say, so it cannot be recomputed.",
            check="price_change",
        )
    if c.period.granularity == "window" and "end not exact" in note:
        return _unverifiable(
            c,
            "no_window",
            f"The window '{c.period.label}' runs to the day of writing, and the article's date is not known.",
            check="price_change",
        )
    if c.period.granularity == "window" and "not exact" in note:
        return _unverifiable(
            c,
            "no_window",
            f"The window starts '{c.period.label}': its first day is not stated, so the change cannot be recomputed.",
            check="price_change",
        )
    if windows:
        pass  # the sessions the sentence counts
    elif c.period.granularity == "window" and ("year to date" not in note and "trailing" not in note):
        if c.period.start < min(bars, default=c.period.start):
            return _unverifiable(
                c,
                "outside_data",
                f"The window {c.period.label} starts {c.period.start:%Y-%m-%d}, before the {ticker} data "
                f"({min(bars):%Y-%m-%d} on).",
                check="price_change",
            )
        windows = [(c.period.note or c.period.label, c.period.start - timedelta(days=1))]
        weeks = _vendor_weeks(note)
        if weeks is not None:
            # "Heading into today, shares ... had gained 10.1% over the past month" (a market-data
            # vendor's figure): N weeks to the last close before the page's day
            before_end = _close_on_or_before(bars, end_day - timedelta(days=1))
            if before_end is not None:
                name = f"{weeks} weeks to the close before {end_day:%Y-%m-%d}"
                ends[name] = before_end
                vendor = (name, before_end.day - timedelta(days=7 * weeks))
                if before_today:
                    windows = [vendor, *windows]  # the sentence says the window ends before today
                else:
                    alternates = [vendor]
        months = _vendor_months(note)
        if months is not None:
            # "has recorded 45.67% gains over the past six months": calendar months, or a market-data
            # vendor's 21 sessions a month (126 for six)
            days_to_end = sorted(d for d in bars if d <= end_day)
            if len(days_to_end) > 21 * months:
                alternates = [
                    *alternates,
                    (f"{21 * months} sessions to {days_to_end[-1]:%Y-%m-%d}", days_to_end[-1 - 21 * months]),
                ]
        if _PAST_N_NOTE_RE.fullmatch(note):
            # "up 20% over the last month" on July 10: from the close before June 10, or from June
            # 10's own close (a month of closes back); a miss on one and a fit on the other is no
            # contradiction
            main_start = _close_on_or_before(bars, c.period.start - timedelta(days=1))
            own = _close_on_or_before(bars, c.period.start)
            if own is not None and main_start is not None and own.day != main_start.day:
                alternates = [*alternates, (f"{_OWN_CLOSE_READING}{own.day:%Y-%m-%d}", own.day)]
        if note == "week to date":
            # "Over the week, the stock is moving -3.52% down": the calendar week so far, or the
            # last five sessions (a quote page's "1-week performance")
            mic = _mic_of(entity, ticker, bars)
            five: date | None = end_day
            for _ in range(5):
                five = _session_before(mic, five, bars)[0] if five is not None else None
            if five is not None and five >= min(bars, default=five):
                alternates = [(f"5 sessions to {end_day:%Y-%m-%d}", five)]
    elif c.period.granularity == "window" and "trailing" in note:
        windows = [
            ("trailing twelve months", end_day - timedelta(days=365)),
            ("year to date", date(end_day.year, 1, 1) - timedelta(days=1)),
        ]
    elif c.period.granularity == "window":
        windows = [
            ("year to date", date(end_day.year, 1, 1) - timedelta(days=1)),
            ("trailing twelve months", end_day - timedelta(days=365)),
        ]
    elif c.period.start != c.period.end:
        windows = [(f"{c.period.start:%Y-%m-%d} to {end_day:%Y-%m-%d}", c.period.start - timedelta(days=1))]
    else:
        return _unverifiable(c, "no_window", "The window of this price change is not stated.", check="price_change")
    end_bar = _close_on_or_before(bars, end_day)
    if end_bar is not None and before_today:
        end_bar = _previous_bar(bars, end_day) or end_bar
    if end_bar is None or end_day > max(bars, default=end_day) + timedelta(days=7):
        reason, why = _no_bar_reason(end_day, bars, ticker)
        return _unverifiable(c, "outside_data", why, check="price_change")
    claimed = _claimed(c)
    if c.aspect == "so_far" and not before_today:
        return _window_to_a_moment(c, ticker, bars, windows, end_bar, claimed)
    results = []
    for name, start_day in [*windows, *alternates]:
        last = ends.get(name, end_bar)
        start_bar = _close_on_or_before(bars, start_day)
        if start_bar is None:
            continue
        results.append((name, *_close_to_close(c, claimed, name, start_bar, last)))
    if not results:
        return _unverifiable(
            c,
            "outside_data",
            f"The {ticker} data does not reach back to the start of the window.",
            check="price_change",
        )
    main_results = results[: len(results) - len(alternates)] or results
    alternate_results = results[len(main_results) :]
    if alternate_results and not main_results[0][2].holds and any(r[2].holds for r in alternate_results):
        summary = "; ".join(f"{n} {v:+.2f}%" for n, v, _r, _e in results)
        # (a count of months may be of sessions too: only days and weeks, and an exact figure)
        countable = c.quantity.hedge == "exact" and _PAST_DAYS_OR_WEEKS_NOTE_RE.fullmatch(note) is not None
        precise = [
            r
            for r in alternate_results
            if countable
            and r[0].startswith(_OWN_CLOSE_READING)  # (the same window from its first day's close, not another window)
            and r[2].holds
            and r[2].tolerance < PRECISE_READING_MAX_RELATIVE_TOLERANCE * abs(claimed)
        ]
        if precise:
            # "up by 16.62% over the past 2 weeks": a figure stated this precisely that fits one
            # count of the window (from the close of the day two weeks back) and not the other names
            # the count it was computed with
            name, computed, result, _ = precise[0]
            others = "; ".join(f"{n} {v:+.2f}%" for n, v, _r, _e in results if n != name)
            return _from_check(
                c,
                result,
                computed,
                check="price_change",
                reading=name,
                readings_agree=False,
                claimed=claimed,
                explanation_ok=f"{ticker} moved {computed:+.2f}% ({name}), consistent with '{c.quantity.text}' (exact); "
                f"the other counts of '{c.period.label}' give {others}: a figure this precise names its window.",
                explanation_bad="",
                evidence=[r[3] for r in results],
            )
        return _unverifiable(
            c,
            "ambiguous_change",
            f"{c.quantity.text} fits one reading of '{c.period.label}' but not the other ({summary}).",
            [r[3] for r in results],
            check="price_change",
        )
    results = main_results
    agree = len({r[2].holds for r in results}) == 1 if len(results) > 1 else None
    name, computed, result, _ = results[0]
    if not result.holds and (
        _adjustment_could_explain(results[0][3].values, claimed, computed)
        or _dividends_could_explain(results[0][3].values, claimed, computed)
    ):
        return _adjusted_cannot_contradict(
            c, ticker, end_bar.day, f"{computed:+.2f}% ({name})", [r[3] for r in results]
        )
    if not result.holds and not before_today and _RUNS_TO_THE_PAGE_RE.fullmatch(note) and end_bar.day == end_day:
        earlier = _written_before_the_session(c, ticker, bars, windows[0], end_bar, claimed)
        if earlier is not None:
            return earlier
    shown = [*results, *alternate_results]
    values = [v for _n, v, _r, _e in shown]
    if (
        not result.holds
        and len(values) > 1
        and min(values) < claimed < max(values)
        # (counts of one loose window: not a week's few counts, nor year to date against twelve
        # months, two windows)
        and _PAST_MONTHS_NOTE_RE.fullmatch(note) is not None
    ):
        # "-4.10 percent over the last six months" between -10.46% (calendar months) and -1.27%
        # (126 sessions): another count of the months (180 days, 130 sessions) may give it, so it
        # is not contradicted
        return _unverifiable(
            c,
            "no_window",
            f"{c.quantity.text} lies between the readings of '{c.period.label}' ("
            + "; ".join(f"{n} {v:+.2f}%" for n, v, _r, _e in shown)
            + "): another count of the window may give it.",
            [r[3] for r in shown],
            check="price_change",
        )
    others = "; ".join(f"{n}: {v:+.2f}%" for n, v, _r, _e in shown[1:])
    shown_agree = len({r[2].holds for r in shown}) == 1
    tail = f" Other reading — {others} — {'agrees' if shown_agree else 'disagrees'}." if others else ""
    return _from_check(
        c,
        result,
        computed,
        check="price_change",
        reading=name,
        readings_agree=agree,
        claimed=claimed,
        explanation_ok=f"{ticker} moved {computed:+.2f}% ({name}), consistent with '{c.quantity.text}' ({c.quantity.hedge.replace('_', ' ')}).{tail}",
        explanation_bad=f"{ticker} moved {computed:+.2f}% ({name}), not '{c.quantity.text}' ({c.quantity.hedge.replace('_', ' ')}).{tail}",
        evidence=[r[3] for r in results],
    )
