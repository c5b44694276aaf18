"""Entity linking, gazetteer first: which company a number is about.

Why rules and not a statistical NER model: the only entities that can be checked are the ones
``data/entities.json`` knows, so a gazetteer (every alias, plus every ticker form the ticker
implies, compiled into one regex alternation, longest first) finds exactly those, in
microseconds and with no model download. spaCy is not in the lock; its ``PhraseMatcher`` would
do the same matching with a heavier import. What a model would add -- telling that an unknown
capitalised word is a name -- is done here by a document-level rule instead: a capitalised
word is a name only when the document also writes it capitalised in mid-sentence, or it is
possessive, or it opens a clause and a verb follows it. A capitalised word is never a subject
by itself: an unknown name only blocks the fallback to the article's main entity (so another
company's numbers are never checked against ours); subjects come from the gazetteer.

Examples (an invented table with Acme Corp, ticker ``1234.HK``):
"Acme's stock fell 3%", "shares of $ACME-W (01234.HK)$ fell 3%", "(HKEX: 1234)" all link to
Acme; "the company", "its shares", "the carmaker" link to the article's main entity; "Hong
Kong stocks fell" is the market, not the company.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from claims.entities import Entity, EntityTable
from claims.regexscan import scan
from claims.vocab import MONTHS

MentionKind = str  # "alias" | "ticker" | "anaphor" | "market" | "name"


@dataclass(frozen=True)
class Mention:
    """A mention in the text: a known entity (alias or ticker form), an anaphor, the market, or
    an unknown proper name. Offsets are into the document text."""

    start: int
    end: int
    kind: MentionKind
    text: str
    entity: Entity | None = None

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("'s", "’s"))


# The head nouns of financial metrics: a capitalised phrase ending in one is a label of a
# figure ("Q1 2025 NEV Sales: 1,000,804 units", "Net Income: RMB 9.16 billion"), not a name.
_METRIC_HEAD_RE = re.compile(
    r"\b(?:Sales|Revenues?|Turnover|Income|Profits?|Earnings|Losses|Margins?|Deliveries|Orders|Shipments|Bookings"
    r"|EPS|EBITDA|EBIT|Cash\s+Flow|Dividends?|Guidance|Outlook|Volume|Price|Prices|ADSs?|ADRs?|Change|Return|Returns)$"
)


_METRIC_WORD_AFTER_RE = re.compile(r"\s+(?:revenues?|income|profits?|sales|margins?|earnings|loss(?:es)?)\b")


def ticker_forms(ticker: str) -> list[str]:
    """Regex forms a ticker is written in: "1234.HK" -> "01234.HK", "HKEX: 1234", "1234 HK";
    "ACME" -> "NASDAQ: ACME", "$ACME", "(ACME)"; "600123.SS" -> "SSE: 600123"."""
    t = ticker.strip()
    hk = re.fullmatch(r"0*(\d{1,5})\.HK", t, re.I)
    if hk:
        n = hk.group(1)
        return [
            rf"\b0*{n}\.HK\b",
            rf"\b(?:HKEX|HKG|SEHK|HKSE|HK)\s*[:：]\s*0*{n}\b",
            rf"\b0*{n}\s+HK\b(?!\$)",
            rf"\b(?:stock\s+code|code)\s*[:：]?\s*0*{n}\b",
        ]
    cn = re.fullmatch(r"(\d{6})\.(SS|SZ|SH)", t, re.I)
    if cn:
        code = cn.group(1)
        return [rf"\b{code}\.(?:SS|SZ|SH)\b", rf"\b(?:SSE|SZSE|SH|SZ|Shanghai|Shenzhen)\s*[:：]\s*{code}\b"]
    other = re.fullmatch(r"([A-Z0-9][A-Z0-9\-]{0,9})(?:\.([A-Z]{1,3}))?", t)
    if other:
        base = re.escape(other.group(1))
        forms = [
            # (the MarketBeat network's link text may be glued on: "(NASDAQ:METAGet Free Report)")
            rf"\b(?:NASDAQ|Nasdaq|NYSE|NYSE\s+American|AMEX|OTC|LSE|LON|TSX|ASX|XETRA|ETR|EPA|TYO|KRX)\s*[:：]\s*{base}"
            r"(?:\b|(?=Get\s+(?:Free\s+)?(?:Rating|Report)\b))"
        ]
        if other.group(2):
            forms.append(rf"\b{re.escape(t)}\b")
        if re.fullmatch(r"[A-Z]{2,6}", other.group(1)):
            forms += [rf"(?<![\w$])\${base}\b(?![\d.,])", rf"\({base}\)"]
        return forms
    return [rf"(?<!\w){re.escape(t)}(?!\w)"]


# Anaphora that refer to the article's company: a definite description by a class noun, or a
# possessive pronoun with the company's stock ("its shares"). Class nouns, not names.
_CLASS_NOUNS = (
    r"company|group|firm|conglomerate|corporation|business|maker|carmaker|automaker|car\s*maker|"
    r"chipmaker|smartphone\s+maker|phone\s+maker|manufacturer|brand|retailer|lender|bank|insurer|"
    r"developer|operator|giant|titan|behemoth|heavyweight|juggernaut|powerhouse|startup|start-up|stock|shares|"
    r"counter|issuer|tech\s+giant"
)
ANAPHOR_RE = re.compile(
    # ("the iPhone maker": a product's name before the class noun, in any case)
    # ("The Silicon Valley-based chipmaker", "the Shenzhen-based carmaker": a place it is based in)
    rf"\b(?:[Tt]he\s+(?:(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+-based\s+(?:[a-z\-]+\s+){{0,2}}|(?:[A-Z]?[a-z\-]+\s+)?[a-z][a-z\-]+\s+|(?:[A-Z]?[a-z\-]+|[a-z][A-Z][a-z]+)\s+)?(?:{_CLASS_NOUNS})\b(?:['’]s)?"
    # a press release's defined terms: "the Company's ordinary shareholders", "the Group"
    r"|[Tt]he\s+[\"“]?(?:Company|Group)\b[\"”]?(?:['’]s)?|[Ii]ts\s+(?:(?:US|U\.S\.|Hong\s+Kong|[\w.]+-(?:listed|traded))\s+)?(?:shares|stock|share\s+price|stock\s+price)"
    r"|[Ii]ts\s+(?:revenue|net\s+profit|profit|sales|deliveries|market\s+(?:value|cap)))"
)
# The market as a whole: an index or "<place> stocks"; numbers of the market are not the company's.
MARKET_RE = re.compile(
    r"\b(?:(?:[A-Z][\w&\-]*\s+){0,4}(?:Index|index|Indices|Composite|Average|benchmark)\b"
    r"|(?:[A-Z][\w\-]*\s+){1,3}(?<!-listed\s)(?<!-traded\s)(?:stocks|shares|equities|markets?|bourse)\b(?!\s+(?:of|in)\b)"
    r"|the\s+(?:broader\s+)?(?:market|benchmark|index|bourse)\b"
    # the benchmarks named without the word "index" ("the S&P 500's 6% rise", "the Nasdaq")
    r"|S&P\s*(?:500|100|400|600)|Nasdaq(?:\s+(?:Composite|100))?|Dow(?:\s+Jones(?:\s+Industrial\s+Average)?)?"
    r"|Hang\s+Seng(?:\s+(?:Tech|China\s+Enterprises))?|CSI\s*300|FTSE\s*(?:100|250)|Nikkei(?:\s*225)?"
    r"|(?:STOXX|Stoxx)\s*(?:Europe\s+)?600|Russell\s*(?:1000|2000|3000)|DAX|CAC\s*40|Shanghai\s+Composite)\b"
)
# (not after an initial's full stop: "U.S.-listed" holds no name "S", "J.P. Morgan" no "P")
_NAME_SEQ_RE = re.compile(
    r"(?<![\w$€£¥\-])(?<![A-Z]\.)(?:[A-Z][\w\-’']*|[a-z]+[A-Z][\w\-]*)(?:\s+(?:&\s+)?(?:[A-Z][\w\-’']*|[a-z]+[A-Z][\w\-]*))*"
)
# Calendar words are dates, not names: full month and weekday names, quarters; an abbreviation
# ("Jun", "Mar") only next to a day number ("Jun 5"), since it is also a name ("Lei Jun").
_CALENDAR_RE = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4]|h[12]|fy\d*)$",
    re.I,
)
_MONTH_ABBR_RE = re.compile(rf"^(?:{MONTHS})\.?$", re.I)
# Pronouns and determiners are a closed class: capitalised at a sentence start, never a name.
_LISTING_WORDS_RE = re.compile(r"-(?:listed|traded|based|registered|headquartered)\b|\b[AHBN]\s+shares\b", re.I)
_CLOSED_CLASS = frozenset(
    "I A An The He She It We They You His Her Its Our Their Your This That These Those There Here".split()
)
# Adjectives of order and time, capitalised at the head of a list item or label, are no name by
# themselves ("Last closing quote", "Previous Close"); in a longer name they are ("First Solar").
_ORDER_WORDS = frozenset("Last Next First Previous Prior Current Latest Recent Final Early Late".split())
_CURRENCY_TOKEN_RE = re.compile(r"^(?:[A-Z]{2,3}\$|RMB|CNY|HKD|USD|EUR|GBP|JPY|US|HK|RMB\d.*|[A-Z]{3}\d.*)$")
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?:\b(?:in|on|at|from|to|into|onto|via|with|for|of|than|across|around|near|under|over|by|through)\s+(?:the\s+)?)$",
    re.I,
)
_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were|said|says|sold|reported|posted|delivered|recorded|made|saw"
    r"|rose|rises|fell|falls|slid|slides|sank|sinks|lost|loses|gains|grew|grows|hit|hits|led|leads|shed|sheds|won"
    r"|jumps|climbs|drops|dips|surges|soars|plunges|tumbles|slumps|rallies|adds|trades|ends|closes|opens)\b"
    r"|[a-z]+ed\b|(?:ris|fall|gain|jump|climb|add|drop|dipp|slid|surg|soar|plung|tumbl|slump|rally|trad|end|clos|open|edg|los|shedd|advanc|declin|retreat|rebound|extend)ing\b)"
    # a label at the head of a list item: "- Great Wall Motor: Fell 5%+."
    r"|:\s+(?=[A-Z][a-z]+\b|[+\-−]?\d)"
)
_ITEM_LABEL_RE = re.compile(r"\s*(?:[-*•]\s+)?([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4}):\s")


# the code brackets a name may carry before its verb: "Tencent (0700)", "Tencent (0700.HK)",
# "Baidu, Inc. (NASDAQ:BIDU – Get Free Report)", "Alibaba (HK:) (NYSE:)"
TICKER_BRACKETS_RE = re.compile(
    # (something inside, and not a year: "Acme (2019)" is no code)
    r"(?:\s*\((?=\s*[A-Z0-9])(?!(?:19|20)\d\d\))(?:[A-Z]{2,8}\s*[:：]\s*)?(?:[A-Z]{1,6}|\d{3,6})?(?:\.[A-Z]{1,2})?"
    r"(?:\s*[-–—]\s*[^()]{1,25}?)?\s*\))+"
)


def verb_follows(text: str, end: int) -> bool:
    """Whether a verb (or a list item's label colon) follows a name ending at ``end`` (past the
    name's code brackets: "Tencent (0700) lost 4.85 percent")."""
    tags = TICKER_BRACKETS_RE.match(text, end)
    return _VERB_AFTER_RE.match(text, tags.end() if tags else end) is not None


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?。]\s+|\n\s*|[\"“(]\s*|(?:—|–|--)\s*|^\s*(?:[-*•·]|\*\*|\d+[.)])\s+)$")
_SENTENCE_START_TAIL_RE = re.compile(r"(?:[.!?。]\s+|\n\s*|[\"“(]\s*|(?:—|–|--)\s*)$")
_LIST_MARKER_RE = re.compile(r"\s*(?:[-*•·]|\*\*|\d+[.)])\s+")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``text[:pos]`` ends where a sentence starts (``_SENTENCE_START_RE`` on the
    prefix), reading only its tail: the prefix of a name late in a long line is not copied or
    searched whole, which made the reading quadratic on documents with few line breaks."""
    if pos == 0:
        return True
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if _SENTENCE_START_TAIL_RE.search(text, max(0, j - 2), pos):
        return True
    return j <= 24 and _LIST_MARKER_RE.fullmatch(text, 0, pos) is not None  # a list marker opens a line


def _is_title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


# A capitalised word right after an alias continues the name, unless it is a corporate suffix
# (which the alias already names) or a word that starts a new sentence part.
_LONGER_NAME_RE = re.compile(
    r"(?:\s+(?!(?:Inc|Ltd|Limited|Corp|Corporation|Co|Holdings?|Group|plc|PLC|SA|AG|NV|SE|LLC|Company)\b)"
    r"[A-Z][a-z][\w\-]*)+"
)


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


@dataclass
class Gazetteer:
    """Every alias and ticker form of the known entities, as one compiled alternation."""

    table: EntityTable

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        forms: list[tuple[str, str]] = []  # (regex, key)
        for alias, entity in self.table.by_alias.items():
            if len(alias) < 2:
                continue
            # an HKEX short name in capitals may open a "$XIAOMI-W (01810.HK)$" tag
            before = r"(?<![\w])" if re.search(r"-s?w$", alias) else r"(?<![\w$])"  # XIAOMI-W, JD-SW
            forms.append((rf"{before}{re.escape(alias)}(?:['’]s)?(?![\w])", f"a:{alias}"))
            del entity
        for entity in {e.name: e for e in self.table.by_alias.values()}.values():
            tickers = [entity.ticker] + [getattr(x, "ticker", None) for x in getattr(entity, "listings", ()) or ()]
            for ticker in tickers:
                if ticker:
                    for f in ticker_forms(ticker):
                        forms.append((f, f"t:{entity.name}"))
        if not forms:
            return None
        forms.sort(key=lambda f: -len(f[0]))
        self._keys = {f"g{i}": key for i, (_r, key) in enumerate(forms)}
        return re.compile("|".join(f"(?P<g{i}>{r})" for i, (r, _k) in enumerate(forms)), re.I)

    def _entity_by_name(self, name: str) -> Entity | None:
        for e in self.table.by_alias.values():
            if e.name == name:
                return e
        return None

    def mentions(self, text: str) -> list[Mention]:
        pattern = self._pattern
        if pattern is None:
            return []
        out: list[Mention] = []
        for m in scan(pattern, text):  # = pattern.finditer(text), without trying every alternative everywhere
            key = self._keys[m.lastgroup or ""]
            surface = m.group(0)
            if key.startswith("a:"):
                first = next((ch for ch in surface if ch.isalpha()), "")
                if first.isascii() and first.islower():
                    continue  # "the acme" in lower case is a word, not the name
                entity = self.table.by_alias.get(key[2:])
                kind = "alias"
            else:
                entity = self._entity_by_name(key[2:])
                kind = "ticker"
            if entity is None:
                continue
            longer = _LONGER_NAME_RE.match(text, m.end())
            if (
                kind == "alias"
                and entity.kind != "product"  # "Rover Max": a product's trim is the product
                and longer is not None
                and not surface.endswith(("'s", "’s"))
                and not _is_title_case(_line_at(text, m.start()))
            ):
                # "Acme Electronic", "Acme Health": a longer name that starts with the alias is
                # another company (or a product), not this entity
                out.append(Mention(m.start(), m.end() + len(longer.group(0)), "name", surface + longer.group(0)))
                continue
            out.append(Mention(m.start(), m.end(), kind, surface, entity))
        return out

    def parent(self, entity: Entity) -> Entity | None:
        name = getattr(entity, "parent", None)
        return self.table.resolve(name) if isinstance(name, str) else None


@dataclass(frozen=True)
class Linked:
    """A subject: the entity (or unknown name) a number is about, and how it was linked."""

    subject: str | None
    entity: Entity | None
    basis: str  # clause, possessive, sentence, anaphor, previous, headline, main, market, name


_EXCHANGE_CODE_RE = re.compile(r"HKEX|HKG|SEHK|HKSE|HK|NASDAQ|Nasdaq|NYSE|SHA|SHE|SSE|SZSE|TSE|LSE|KRX|KOSPI|TYO|OTC")


class DocumentEntities:
    """The entity mentions of one document, found once: gazetteer mentions, anaphora, market
    phrases and unknown proper names, plus the article's main entity."""

    def __init__(
        self,
        text: str,
        table: EntityTable,
        *,
        headline: tuple[int, int] | None = None,
        lead: tuple[int, int] | None = None,
        is_common_noun: Callable[[str], bool] = lambda _w: False,
    ) -> None:
        self.text = text
        self.is_common_noun = is_common_noun
        self.gazetteer = Gazetteer(table)
        found = self.gazetteer.mentions(text)
        self.known = [m for m in found if m.entity is not None]
        self.longer = [m for m in found if m.entity is None]  # "Acme Electronic": another name
        self.headline = headline
        self.lead = lead
        self._mid_caps = self._mid_sentence_capitals(text)
        self.main = self._main_entity()
        self.headline_entity = self._first_entity_in(headline)

    # -- document level ------------------------------------------------------------------------

    def _mid_sentence_capitals(self, text: str) -> set[str]:
        """Words the document writes capitalised where capitals carry meaning: mid-sentence,
        outside title-cased lines (headlines)."""
        seen: set[str] = set()
        for line in text.splitlines():
            if _is_title_case(line):
                continue
            for m in _NAME_SEQ_RE.finditer(line):
                if _opens_sentence(line, m.start()):
                    continue  # the capitals of a sequence that opens a sentence say nothing
                seen.update(re.sub(r"['’]s$", "", w) for w in m.group(0).split())
        return seen

    def _main_entity(self) -> Entity | None:
        """The article's company: mentions weighted by where they are (headline x3, ticker tags
        x3, lead x2, elsewhere x1); a product's mentions count for its company."""
        score: Counter[str] = Counter()
        first: dict[str, int] = {}
        by_name: dict[str, Entity] = {}
        for m in self.known:
            assert m.entity is not None
            entity = self._company_of(m.entity)
            weight = 1
            if m.kind == "ticker" or self._within(m.start, self.headline):
                weight = 3
            elif self._within(m.start, self.lead):
                weight = 2
            score[entity.name] += weight
            first.setdefault(entity.name, m.start)
            by_name[entity.name] = entity
        if not score:
            return None
        best = max(score, key=lambda n: (score[n], -first[n]))
        return by_name[best]

    def _company_of(self, entity: Entity) -> Entity:
        if entity.kind == "product":
            parent = self.gazetteer.parent(entity)
            if parent is not None:
                return parent
        return entity

    @staticmethod
    def _within(pos: int, span: tuple[int, int] | None) -> bool:
        return span is not None and span[0] <= pos < span[1]

    def described(self, anaphor: str, before: int) -> Entity | None:
        """The one company named before ``before`` whose descriptors the anaphor's class noun
        matches ("The chipmaker's shares" after Nvidia, Apple and Microsoft: Nvidia)."""
        text = anaphor.lower()
        found = {
            e.name: e
            for m in self.known
            if m.start < before
            and (e := self._company_of(m.entity)) is not None  # type: ignore[arg-type]
            # ("the chipmaker", "the Santa Clara-based chipmaker's": the description itself, not a
            # phrase around it such as "the central bank" or "the lender's rival")
            and any(re.fullmatch(rf"the\s+(?:[\w-]+-based\s+)?{re.escape(d)}(?:['’]s)?", text) for d in e.descriptors)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _first_entity_in(self, span: tuple[int, int] | None) -> Entity | None:
        if span is None:
            return None
        for m in self.known:
            if span[0] <= m.start < span[1] and m.entity is not None:
                return self._company_of(m.entity)
        return None

    # -- sentence level ------------------------------------------------------------------------

    def _mentions_within(self, start: int, end: int) -> list[Mention]:
        """``[m for m in self.known + self.longer if start <= m.start and m.end <= end]``, found by
        bisection on an index by start (rebuilt when either list grows), so that looking up every
        sentence of a long document is not quadratic in its mentions."""
        key = (id(self.known), len(self.known), id(self.longer), len(self.longer))
        if getattr(self, "_within_key", None) != key:
            both = self.known + self.longer
            order = sorted(range(len(both)), key=lambda i: both[i].start)
            self._within_index = (both, order, [both[i].start for i in order])
            self._within_key = key
        both, order, starts = self._within_index
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [both[i] for i in sorted(order[lo:hi]) if both[i].end <= end]

    def in_sentence(self, start: int, end: int, skip: Iterable[tuple[int, int]] = ()) -> list[Mention]:
        """Every mention inside [start, end) of the text, in order: known entities first where
        spans overlap; unknown names only where no known mention is."""
        skip = list(skip)
        sentence = self.text[start:end]
        out = self._mentions_within(start, end)
        taken = [(m.start, m.end) for m in out] + skip
        title_case = _is_title_case(sentence)

        def free(a: int, b: int) -> bool:
            return not any(s < b and a < e for s, e in taken)

        for m in ANAPHOR_RE.finditer(sentence):
            a, b = start + m.start(), start + m.end()
            if free(a, b):
                out.append(Mention(a, b, "anaphor", m.group(0)))
                taken.append((a, b))
        for m in MARKET_RE.finditer(sentence):
            a, b = start + m.start(), start + m.end()
            if _LISTING_WORDS_RE.search(m.group(0)):
                continue  # "Hong Kong-listed H shares": a share line of a company, not the market
            if any(
                k.entity is not None
                and (
                    (k.possessive and k.end == a - 1)
                    # ("Tencent Holdings' Hong Kong shares": the plural's possessive)
                    or re.fullmatch(r"['’]\s", sentence[k.end - start : m.start()]) is not None
                )
                for k in out
            ):
                continue  # "Alibaba Group's Hong Kong shares": the company's line there, not the market
            if free(a, b):
                out.append(Mention(a, b, "market", m.group(0)))
                taken.append((a, b))

        def add_name(seq: re.Match[str]) -> None:
            name = self._unknown_name(sentence, seq)
            if name is not None:
                out.append(Mention(start + name[0], start + name[1], "name", name[2]))

        label = _ITEM_LABEL_RE.match(sentence)
        if title_case and label is not None:
            # "- Great Wall Motor: Fell 5%+": a list item's label is read as a name even when the
            # short item looks like a headline
            seq = _NAME_SEQ_RE.match(sentence, label.start(1))
            if seq is not None and free(start + label.start(1), start + label.end(1)):
                add_name(seq)
        if not title_case:
            for m in _NAME_SEQ_RE.finditer(sentence):
                if free(start + m.start(), start + m.end()):
                    add_name(m)
        out.sort(key=lambda m: m.start)
        return out

    def _unknown_name(self, sentence: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        """A capitalised sequence that is a name of something the gazetteer does not know, or
        None: calendar words, currency codes, words with digits and sentence openers are not."""
        words = m.group(0).split()
        if re.fullmatch(r"Class(?:\s+[A-C])?(?:['’]s)?", " ".join(words)):
            return None  # a share class ("Meta Platforms Inc. Class A is currently down 14.09%"): the company's line
        # a possessive ends the name: "Jane Roe's Springfield office" is Jane Roe's
        for i, w in enumerate(words):
            if w.endswith(("'s", "’s")):
                words = words[: i + 1]
                break
        offset = m.start()
        seq_end = m.start() + len(" ".join(words))
        next_to_digit = re.search(r"\d\s*$", sentence[: m.start()]) or re.match(r"\.?[\s:]*\d", sentence[seq_end:])
        # drop leading tokens that are not names (a sentence opener, "January", "US")
        while words:
            w = re.sub(r"['’]s$", "", words[0])
            at_start = offset == m.start() and _opens_sentence(sentence, m.start())
            rest_known = len(words) > 1 and all(re.sub(r"['’]s$", "", x) in self._mid_caps for x in words[1:])
            bad = (
                _CALENDAR_RE.match(w)
                or (_MONTH_ABBR_RE.match(w) and next_to_digit)
                or _CURRENCY_TOKEN_RE.match(w)
                or any(ch.isdigit() for ch in w)
                or w in _CLOSED_CLASS
                or (
                    at_start
                    and w not in self._mid_caps
                    and (
                        rest_known
                        or (
                            len(words) == 1
                            and not words[0].endswith(("'s", "’s"))
                            and (self.is_common_noun(w) or _VERB_AFTER_RE.match(sentence, seq_end) is None)
                        )
                    )
                )
            )
            if not bad:
                break
            offset = sentence.index(words[0], offset) + len(words[0])
            while offset < len(sentence) and sentence[offset].isspace():
                offset += 1
            words = words[1:]
        while words and (
            any(ch.isdigit() for ch in words[-1])
            or _CALENDAR_RE.match(re.sub(r"['’]s$", "", words[-1]))
            or (_MONTH_ABBR_RE.match(words[-1]) and next_to_digit)
        ):
            words = words[:-1]
        if not words:
            return None
        name = " ".join(words)
        end = offset + len(name)
        if _EXCHANGE_CODE_RE.fullmatch(name) and re.match(r"\s*[:：]", sentence[end:]):
            return None  # "[HKG: 9888]", "(NYSE: BABA)": an exchange's code in a ticker tag, not a name
        bare = re.sub(r"['’]s$", "", name)
        possessive = name != bare
        if _LISTING_WORDS_RE.search(bare):
            return None  # "Hong Kong-listed": an adjective of a share line, not a name
        if _METRIC_HEAD_RE.search(bare) or _METRIC_WORD_AFTER_RE.match(sentence, end):
            return None  # "NEV Sales", "Net Income", "Highlights Net revenues were": a metric's label
        owner_of = re.search(r"\b(?:shares|stock|stocks|stake|units|ADRs)\s+(?:in|of)\s+$", sentence[:offset], re.I)
        if _PREPOSITION_BEFORE_RE.search(sentence[:offset]) and not possessive and owner_of is None:
            return None  # "in Springfield", "on Monday", "from Zenith": not the subject of a clause
        multi = len(bare.split()) >= 2
        seen = any(w in self._mid_caps for w in bare.split())
        subject_like = _VERB_AFTER_RE.match(sentence, end) is not None and not (not multi and self.is_common_noun(bare))
        if not multi and self.is_common_noun(bare):
            return None  # "Shares of ...", "Pre-orders reached ...": a common noun, capitalised
        if not multi and bare in _ORDER_WORDS:
            return None  # "- Last regular close (Nov. 21): $299.65", "• Last daily return is 3.10%": an adjective
        if not (possessive or seen or subject_like):
            return None
        return offset, offset + len(bare), bare
