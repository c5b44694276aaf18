"""Find every quantity in a text: digits, number words, fractions and magnitudes, with exact spans.

One left-to-right pass of compiled patterns over the text (time linear in its length). Each
candidate is grown leftwards (currency, sign) and rightwards (scale, unit, currency word), then
read in context: hedge, direction and counted noun. Dates, years, times, ordinals, phone
numbers, list markers and model names are recognised and left out. The vocabulary lives in
``claims.vocab``; number words are read with ``text2num``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from claims.models import Quantity
from claims.vocab import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOWN_RE,
    FRACTION_WORDS,
    HEDGES,
    MAGNITUDE_WORDS,
    MEASURE_UNITS,
    MONTHS,
    NUMBER_WORDS,
    SCALE_WORDS,
    UP_RE,
    YEN_OR_YUAN,
    singular,
)

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_NUMERAL_RE = re.compile(rf"(?<![\w.,/:\-−+])([-−+]?)({_DIGITS})")

_WORD_NUMBER_RE = re.compile(rf"\b(?:(?:a|an|{NUMBER_WORDS})(?:(?:[\s-]+|\s+and\s+)(?:{NUMBER_WORDS}))*)\b", re.I)
_MAGNITUDE_RE = re.compile(
    r"\b(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)"
    r"|dozens|hundreds|thousands|millions|billions|trillions)\b(?=\s+of\b)",
    re.I,
)
_FRACTION_WORD_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(FRACTION_WORDS, key=len, reverse=True)) + r")"
    r"(?=\s+(?:of|the|a|an|as|more|less)\b)",
    re.I,
)

# Spans that contain digits but are not quantities: dates, times, phone numbers, list markers.
_NOT_QUANTITY_RES = [
    re.compile(r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"),  # 2024-08-14
    re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"),  # 14/08/2024
    re.compile(
        rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s*\d{{4}})?(?!\d|[.,]\d|\s*(?:%|per))",
        re.I,
    ),  # August 5, August 16, 2020
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b\.?(?:\s*,?\s*\d{{4}})?", re.I),
    re.compile(rf"\b(?:{MONTHS})\.?\s*,?\s+\d{{4}}\b", re.I),  # August 2024
    re.compile(r"\b\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?(?!\w)", re.I),  # 8:00, 10:30 pm
    re.compile(r"\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|o'clock\b)", re.I),  # 8 pm
    re.compile(
        r"(?<![\w,.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}(?![\w,])"
    ),  # phone numbers
    re.compile(r"(?m)^[ \t]*(?:[•\-*]\s*)?\d{1,3}[.)](?=\s)"),  # list markers
    re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I),  # ordinals
    re.compile(r"\b(?:19|20)\d{2}s\b"),  # the 1990s
    re.compile(r"#\d+\b"),  # #5
]
_REFERENCE_WORDS_RE = re.compile(
    r"\b(?:no\.|nos\.|number|page|pages|p\.|pp\.|section|sec\.|chapter|article|item|row|line|step"
    r"|episode|season|level|grade|room|gate|platform|version|vol\.|volume|figure|fig\.|table"
    r"|exhibit|rule|paragraph|clause|route|highway|flight|bus|channel|stage|round|week|day"
    r"|game|match|act|scene|part|phase|class|category|type|model|series|generation|gen)\s*$",
    re.I,
)
_SENTENCE_STARTERS = frozenset(
    """a an the in on at for of to by with from as and but or so if when while after before
    about over nearly almost around roughly some only just more less under below above up all
    another each every this that these those its his her their our my your top last next first
    only over since until during per than then there here what which who why how where""".split()
)
_YEAR_AS_VALUE_RE = re.compile(
    r"\b(?:price|priced|cost|costs|costing|worth|pay|paid|sell|sells|sold|for|at)\b"
    r"(?:\s+\w+){0,2}\s*$",
    re.I,
)
_YEAR_CONTEXT_RE = re.compile(
    r"\b(?:in|since|by|of|until|till|from|to|during|before|after|year|years|fiscal|fy|early|late"
    r"|mid|summer|winter|spring|autumn|fall|class|season|through|between|and|the)\s*$",
    re.I,
)
_CLAUSE_BREAK_RE = re.compile(r"[,;:.!?()\n]|\b(?:and|but|while|whereas|which|although)\b", re.I)
_CHANGE_VERB_BEFORE_FROM_RE = re.compile(
    rf"(?:{UP_RE.pattern}|{DOWN_RE.pattern}|\b(?:changed|moved|went|grown|shifted))"
    r"[^,;.]{0,40}\bfrom\s+(?:the\s+\w+\s+of\s+)?$",
    re.I,
)
_HEDGE_RES = [(re.compile(rf"(?:^|[\s(])(?:{pat})\s*$", re.I), hedge) for pat, hedge in HEDGES]
_POST_HEDGE_RE = re.compile(r"^(?:\s*\+|-plus\b|\s+plus\b|\s+or\s+more\b|\s+or\s+so\b|\s+or\s+less\b)", re.I)
_CHANGE_NOUN_AFTER_RE = re.compile(
    r"^\s*(?:year-on-year\s+|yoy\s+|month-on-month\s+|quarter-on-quarter\s+)?"
    r"(increase|rise|gain|growth|jump|surge|increase|hike|drop|decline|decrease|fall|loss|cut|slump|plunge"
    r"|higher|lower|up|down|more|less)\b",
    re.I,
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_NOUN_STOP = frozenset(
    """a an the of on in at to for by with from as and or but nor than that which who whom whose
    this these those is are was were be been being has have had do does did will would can could
    should may might must shall it its his her their our your my we they he she you i me him them
    us there here then so such not no yes also only just even still yet already very more most
    less least each every all any some about over under after before during since until while
    when where why how what if because though although respectively year-on-year yoy per apiece
    each sold reached exceeded surpassed hit rose fell increased decreased reported said says
    announced totaled totalled amounted compared versus vs like unlike including excluding
    across through into onto upon within without against among between""".split()
)
_ADVERB_RE = re.compile(r"ly$")


@dataclass
class _Parsed:
    start: int
    end: int
    value: float
    precision: float
    scale: float = 1.0
    currency: str | None = None
    unit: str | None = None
    is_magnitude: bool = False
    value_high: float | None = None
    has_decimals: bool = False
    is_word: bool = False


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, with ``text[q.start:q.end] == q.text``.

    Example: ``extract_quantities("up 8.3% to HK$16.64")`` gives 8.3 percent (up) and 16.64 HKD.
    """
    blocked = _blocked_mask(text)
    yen = "CNY" if re.search(r"\byuan\b|\bRMB\b|\bChina\b|\bChinese\b", text) else "JPY"
    found: list[_Parsed] = []
    taken_until = -1
    for cand in _candidates(text):
        if cand.start < taken_until or any(blocked[cand.start : cand.end]):
            continue
        parsed = _grow(text, cand, yen)
        if parsed is None:
            continue
        parsed = _maybe_range(text, parsed, yen, blocked)
        if _is_excluded(text, parsed):
            continue
        found.append(parsed)
        taken_until = parsed.end
    return [_to_quantity(text, p) for p in found]


# -- candidates ---------------------------------------------------------------------------------


def _candidates(text: str) -> list[_Parsed]:
    cands: list[_Parsed] = []
    for m in _NUMERAL_RE.finditer(text):
        sign, digits = m.group(1), m.group(2)
        after = text[m.end() : m.end() + 2]
        if re.match(r"/\d", after):  # a fraction 1/4 (dates were blocked before)
            fm = re.match(r"/(\d{1,3})(?![\d/])", text[m.end() :])
            if fm and "," not in digits and "." not in digits and int(fm.group(1)) != 0:
                value = int(digits) / int(fm.group(1))
                cands.append(_Parsed(m.start(), m.end() + fm.end(), value, precision=0.0))
            continue
        value = float(digits.replace(",", ""))
        if sign in ("-", "−"):
            value = -value
        start = m.start() if sign else m.start(2)
        cands.append(_Parsed(start, m.end(), value, _precision(digits), has_decimals="." in digits))
    for m in _WORD_NUMBER_RE.finditer(text):
        words = m.group(0)
        value = _word_value(words)
        if value is None:
            continue
        cands.append(_Parsed(m.start(), m.end(), value, precision=0.0, is_word=True))
    for m in _MAGNITUDE_RE.finditer(text):
        cands.append(_Parsed(m.start(), m.end(), _magnitude_value(m.group(0)), 0.0, is_magnitude=True))
    for m in _FRACTION_WORD_RE.finditer(text):
        cands.append(_Parsed(m.start(), m.end(), FRACTION_WORDS[m.group(0).lower()], 0.0))
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    return cands


def _word_value(words: str) -> float | None:
    tokens = re.split(r"[\s-]+", words.lower())
    if tokens[0] in ("a", "an"):
        if len(tokens) == 1 or tokens[1] not in SCALE_WORDS:
            return None
        tokens[0] = "one"
    if tokens[-1] == "and":
        return None
    try:
        value = float(text2num(" ".join(tokens), "en"))
    except ValueError:
        return None
    return value


def _magnitude_value(words: str) -> float:
    value = 1.0
    for token in re.findall(r"[a-z]+", words.lower()):
        if token == "tens":
            value *= 10
        elif token in MAGNITUDE_WORDS:
            value *= MAGNITUDE_WORDS[token]
    return value


def _precision(digits: str) -> float:
    """The step of the last written digit: "8.3" -> 0.1, "215,900" -> 100, "75,723" -> 1."""
    plain = digits.replace(",", "")
    if "." in plain:
        return float(10.0 ** -len(plain.split(".")[1]))
    stripped = plain.rstrip("0")
    zeros = len(plain) - len(stripped) if stripped else 0
    return float(10**zeros)


# -- growing a candidate ------------------------------------------------------------------------


def _grow(text: str, cand: _Parsed, yen: str) -> _Parsed | None:
    p = _Parsed(**cand.__dict__)
    # currency before: "HK$15.36", "RMB 75", "US$ 4.2"
    before = text[max(0, p.start - 6) : p.start]
    for prefix in sorted(CURRENCY_PREFIXES, key=len, reverse=True):
        for gap in ("", " "):
            if before.endswith(prefix + gap) and _prefix_boundary(text, p.start - len(prefix + gap)):
                p.currency = CURRENCY_PREFIXES[prefix]
                p.start -= len(prefix + gap)
                break
        if p.currency:
            break
    if not p.currency and before.endswith(YEN_OR_YUAN):
        p.currency = yen
        p.start -= 1
    # a sign before a currency symbol: "-$5"
    if p.currency and p.start > 0 and text[p.start - 1] in "-−" and _prefix_boundary(text, p.start - 1):
        p.start -= 1
        p.value = -p.value
    rest = text[p.end :]
    # attached suffix letters: scale ("5bn"), unit ("40km", "12%"), or a code ("3C", "5G", "737s")
    attached = re.match(r"[A-Za-z%°]+", rest)
    if attached and not p.is_word and not p.is_magnitude:
        suffix = attached.group(0)
        low = suffix.lower()
        if low in ("k", "bn", "mn", "mln", "bln", "tn", "trn", "b") or (low == "m" and _m_is_million(text, p)):
            p.scale = SCALE_WORDS[low]
            p.end += len(suffix)
        elif low in MEASURE_UNITS or suffix in ("%",):
            p.unit = MEASURE_UNITS[low]
            p.end += len(suffix)
            return _after_unit(text, p, yen)
        elif low.startswith("%"):
            p.unit = "percent"
            p.end += 1
            return _after_unit(text, p, yen)
        else:
            return None
    elif rest.startswith("-fold"):
        p.unit = "times"
        p.end += len("-fold")
        return p
    # scale word after: "28.61 million", "4.6 bn"
    if not p.is_magnitude:
        sm = re.match(
            r"(\s+|-)(hundred|thousand|million|billion|trillion|lakh|crore|mln|mn|bn|bln|tn|trn)\b", text[p.end :], re.I
        )
        if sm and not p.is_word:
            p.scale = SCALE_WORDS[sm.group(2).lower()]
            p.end += sm.end()
        elif p.currency and re.match(r"\s?[mbk]\b", text[p.end :]):
            letter = text[p.end :].strip()[0].lower()
            p.scale = SCALE_WORDS[letter]
            p.end += re.match(r"\s?[mbk]\b", text[p.end :]).end()  # type: ignore[union-attr]
    return _after_unit(text, p, yen, allow_unit=True)


def _m_is_million(text: str, p: _Parsed) -> bool:
    if p.currency:
        return True
    after = text[p.end + 1 : p.end + 25].lower()
    return not re.match(
        r"\s*(?:sprint|race|dash|hurdles|freestyle|tall|high|long|deep|wide|away|above|below|in)\b", after
    )


def _after_unit(text: str, p: _Parsed, yen: str, allow_unit: bool = False) -> _Parsed:
    rest = text[p.end :]
    if allow_unit and p.unit is None:
        um = _match_unit(rest)
        if um:
            length, unit = um
            p.unit = unit
            p.end += length
            rest = text[p.end :]
    if p.currency is None:
        of = r"\s+of" if p.is_magnitude else ""
        cm = _match_currency_word(rest, of)
        if cm:
            length, code = cm
            p.currency = code
            p.end += length
    if p.currency is None and p.unit is None:
        yen_after = re.match(r"\s*¥", rest)
        if yen_after and False:  # "100¥" is rare; kept out deliberately
            p.currency = yen
    return p


_UNIT_AFTER_RE = re.compile(
    r"(\s*(?:%|°C|°F)|\s+(?:"
    + "|".join(
        re.escape(u.strip())
        for u in sorted(MEASURE_UNITS, key=len, reverse=True)
        if u.strip() not in ("%", "°c", "°f", "x", "bp", "-fold", "fold", "m", "b")
    )
    + r")\b|-fold\b|\s+fold\b|x\b)",
    re.I,
)


def _match_unit(rest: str) -> tuple[int, str] | None:
    m = _UNIT_AFTER_RE.match(rest)
    if not m:
        return None
    word = m.group(0).strip().lower().lstrip("-")
    key = {"fold": "fold", "%": "%", "°c": "°c", "°f": "°f", "x": "x"}.get(word, word)
    unit = MEASURE_UNITS.get(key) or MEASURE_UNITS.get(key.replace("-", ""))
    if unit is None:
        return None
    if unit in ("year", "month", "week", "day", "hour", "minute", "second") and re.match(
        r"\s*(?:-|\s)old\b|\s+(?:ago|later|earlier|after|before)\b", rest[m.end() :]
    ):
        return m.end(), unit
    if unit == "times" and re.match(r"\s+(?:a|per|each|every)\b", rest[m.end() :]):
        return m.end(), unit
    return m.end(), unit


_CURRENCY_WORD_RE_CACHE: dict[str, re.Pattern[str]] = {}


def _match_currency_word(rest: str, of: str) -> tuple[int, str] | None:
    pattern = _CURRENCY_WORD_RE_CACHE.get(of)
    if pattern is None:
        words = "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
        pattern = re.compile(rf"{of}\s*(?:{words})\b", re.I)
        _CURRENCY_WORD_RE_CACHE[of] = pattern
    m = pattern.match(rest)
    if not m:
        return None
    word = re.sub(r"^\s*of\s+", "", m.group(0), flags=re.I).strip().lower()
    if word in ("won",) and not rest.startswith(" won"):
        return None
    if word == "won":  # "won" is mostly the verb; only after a scale or "South Korean" context
        return None
    return m.end(), CURRENCY_WORDS[word]


def _prefix_boundary(text: str, index: int) -> bool:
    return index <= 0 or not text[index - 1].isalnum()


# -- ranges -------------------------------------------------------------------------------------

_RANGE_SEP_RE = re.compile(r"(\s*(?:-|–|—)\s*|\s+to\s+|\s+and\s+)")


def _maybe_range(text: str, p: _Parsed, yen: str, blocked: list[bool]) -> _Parsed:
    sep = _RANGE_SEP_RE.match(text, p.end)
    if not sep or p.is_magnitude:
        return p
    word = sep.group(0).strip().lower()
    before = text[max(0, p.start - 60) : p.start]
    if word == "and" and not re.search(r"\bbetween\s+$", before, re.I):
        return p
    if word == "to" and _CHANGE_VERB_BEFORE_FROM_RE.search(before):
        return p
    if word == "to" and _nearest_change_word(text, p.start) is not None:
        return p
    nxt = None
    for cand in _candidates_at(text, sep.end()):
        nxt = cand
        break
    if nxt is None or any(blocked[nxt.start : nxt.end]):
        return p
    q = _grow(text, nxt, yen)
    if q is None or q.is_magnitude or q.is_word != p.is_word:
        return p
    if _is_year(text, p) and _is_year(text, q):
        return p
    if p.unit and q.unit and p.unit != q.unit:
        return p
    if p.currency and q.currency and p.currency != q.currency:
        return p
    if p.scale == 1.0 and q.scale != 1.0 and p.value <= q.value:
        p.scale = q.scale
    low, high = p.value * p.scale, q.value * q.scale
    if high < low:
        return p
    return _Parsed(
        p.start,
        q.end,
        p.value,
        precision=min(p.precision, q.precision) if p.precision and q.precision else 0.0,
        scale=p.scale,
        currency=p.currency or q.currency,
        unit=p.unit or q.unit,
        value_high=high,
        has_decimals=p.has_decimals or q.has_decimals,
        is_word=p.is_word,
    )


def _candidates_at(text: str, index: int) -> list[_Parsed]:
    window = text[index : index + 40]
    prefix = re.match(
        r"(?:" + "|".join(re.escape(c) for c in sorted(CURRENCY_PREFIXES, key=len, reverse=True)) + r")\s?",
        window,
    )
    offset = prefix.end() if prefix else 0
    m = re.match(rf"([-−]?)({_DIGITS})", window[offset:])
    if not m:
        return []
    digits = m.group(2)
    value = float(digits.replace(",", ""))
    if m.group(1):
        value = -value
    start = index + offset
    return [_Parsed(start, start + m.end(), value, _precision(digits), has_decimals="." in digits)]


# -- exclusions ---------------------------------------------------------------------------------


def _blocked_mask(text: str) -> list[bool]:
    mask = [False] * len(text)
    for pattern in _NOT_QUANTITY_RES:
        for m in pattern.finditer(text):
            for i in range(m.start(), m.end()):
                mask[i] = True
    return mask


def _is_plain_integer(text: str, p: _Parsed) -> bool:
    raw = text[p.start : p.end]
    return (
        p.currency is None
        and p.unit is None
        and p.scale == 1.0
        and not p.is_word
        and not p.is_magnitude
        and p.value_high is None
        and re.fullmatch(r"\d+", raw) is not None
    )


def _is_year(text: str, p: _Parsed) -> bool:
    if not _is_plain_integer(text, p) or not (1800 <= p.value <= 2100) or p.end - p.start != 4:
        return False
    before = text[max(0, p.start - 40) : p.start]
    if _YEAR_AS_VALUE_RE.search(before) and not _YEAR_CONTEXT_RE.search(before[-12:]):
        return False
    if re.search(r"\b(?:price|priced|cost|costs|worth)\s+(?:of\s+|at\s+)?$", before, re.I):
        return False
    return True


def _is_excluded(text: str, p: _Parsed) -> bool:
    if _is_year(text, p):
        return True
    before = text[max(0, p.start - 30) : p.start]
    if _is_plain_integer(text, p):
        if _REFERENCE_WORDS_RE.search(before) and not re.search(r"\b(?:week|day)\s*$", before, re.I):
            return True
        prev = re.search(r"([A-Za-z][\w\-]*)\s$", before)
        if prev and any(c.isupper() for c in prev.group(1)) and len(text[p.start : p.end]) <= 4:
            word = prev.group(1)
            sentence_initial = re.search(r"(?:^|[.!?]\s+|\n\s*)" + re.escape(word) + r"\s$", before)
            if word.lower() not in _SENTENCE_STARTERS and not re.fullmatch(MONTHS, word.lower()):
                if not (sentence_initial and word.lower() in _SENTENCE_STARTERS):
                    return True
    if p.is_word:
        noun = _counted_noun(text, p)
        has_hedge = _hedge(text, p) != "exact"
        if (
            p.value < 2
            and p.scale == 1.0
            and not re.search(r"\b(?:thousand|million|billion|trillion|hundred)\b", text[p.start : p.end], re.I)
        ):
            return True
        if p.unit is None and p.currency is None and noun is None and not has_hedge:
            return True
        if re.match(r"\s+of\b", text[p.end :]) and not p.unit and not p.currency:
            return True  # "one of", "two of them": a part, not a stated quantity
    return False


# -- context: hedge, direction, noun ------------------------------------------------------------


def _hedge(text: str, p: _Parsed) -> str:
    before = text[max(0, p.start - 30) : p.start]
    for pattern, hedge in _HEDGE_RES:
        if pattern.search(before):
            return hedge
    post = _POST_HEDGE_RE.match(text[p.end :])
    if post:
        word = post.group(0).strip().lower()
        if word in ("or less",):
            return "at_most"
        if word == "or so":
            return "approximate"
        return "at_least"
    return "exact"


def _clause_before(text: str, index: int, limit: int = 90) -> str:
    window = text[max(0, index - limit) : index]
    last = None
    for m in _CLAUSE_BREAK_RE.finditer(window):
        # a decimal point or thousands separator is not a clause break
        if m.group(0) in ".," and m.start() > 0 and window[m.start() - 1].isdigit():
            nxt = window[m.start() + 1 : m.start() + 2]
            if nxt.isdigit():
                continue
        last = m
    return window[last.end() :] if last else window


def _nearest_change_word(text: str, index: int) -> str | None:
    clause = _clause_before(text, index)
    # "up to" and "higher than" are hedges, not changes
    clause = re.sub(r"\bup\s+to\s*$|\b(?:higher|lower)\s+than\s*$", "", clause, flags=re.I)
    best: tuple[int, str] | None = None
    for pattern, direction in ((UP_RE, "up"), (DOWN_RE, "down")):
        for m in pattern.finditer(clause):
            if best is None or m.start() > best[0]:
                best = (m.start(), direction)
    return best[1] if best else None


def _direction(text: str, p: _Parsed) -> str | None:
    after = _CHANGE_NOUN_AFTER_RE.match(text[p.end : p.end + 40])
    if after and p.unit in ("percent", "percentage_point", "basis_point", "times"):
        word = after.group(1).lower()
        if word in ("more", "less"):
            return None
        return "up" if UP_RE.fullmatch(word) or word in ("hike",) else "down"
    before = text[max(0, p.start - 12) : p.start]
    if re.search(r"\bfrom\s+(?:the\s+\w+\s+of\s+)?$", text[max(0, p.start - 30) : p.start], re.I):
        return None
    if re.search(r"\b(?:up|down)\s+to\s*$", before, re.I):
        return None
    return _nearest_change_word(text, p.start)


def _counted_noun(text: str, p: _Parsed) -> str | None:
    rest = text[p.end : p.end + 60]
    if p.is_magnitude or p.is_word or True:
        of = re.match(r"\s+of\s+", rest)
        if of and (p.is_magnitude or re.fullmatch(r"(?i).*\b(?:thousand|million|billion)s?", text[p.start : p.end])):
            rest = rest[of.end() :]
            words = _leading_words(rest)
            return words[-1] if words else None
    words = _leading_words(rest)
    if not words:
        return None
    return words[-1]


def _leading_words(rest: str) -> list[str]:
    """The short noun phrase right after a number: up to three words, stopping at function words."""
    words: list[str] = []
    pos = 0
    for _ in range(3):
        m = re.match(r"\s+", rest[pos:])
        if not m and pos > 0:
            break
        if not m and pos == 0:
            if not rest[:1].isspace():
                break
        pos += m.end() if m else 0
        wm = _WORD_RE.match(rest[pos:])
        if not wm:
            break
        word = wm.group(0).rstrip("'’-")
        low = word.lower()
        if low in _NOUN_STOP or low in SCALE_WORDS or low in CURRENCY_WORDS:
            break
        if low.endswith(("'s", "’s")):
            break
        words.append(word)
        pos += wm.end()
        if word[0].islower() and not _ADVERB_RE.search(low) and not low.endswith("ed"):
            # a lowercase noun ends the phrase unless a further noun follows directly
            nm = re.match(r"\s+([a-z][a-z\-]*)", rest[pos:])
            if not nm or nm.group(1) in _NOUN_STOP or not nm.group(1).endswith("s"):
                break
    while words and (words[-1][0].isupper() or _ADVERB_RE.search(words[-1].lower())):
        words.pop()
    return [w for w in words if not w[0].isupper()]


def _noun_before(text: str, p: _Parsed) -> str | None:
    clause = text[max(0, p.start - 80) : p.start]
    found = re.findall(r"\bnumber\s+of\s+(?:\w+'s\s+)?([a-z]+)\b", clause, re.I)
    return str(found[-1]) if found else None


def _to_quantity(text: str, p: _Parsed) -> Quantity:
    unit = p.unit
    noun = None
    if unit is None and p.currency is None:
        noun = _counted_noun(text, p) or _noun_before(text, p)
        if noun:
            unit = singular(noun)
    value = p.value * p.scale
    precision = p.precision * p.scale
    return Quantity(
        start=p.start,
        end=p.end,
        text=text[p.start : p.end],
        value=_clean(value),
        value_high=_clean(p.value_high) if p.value_high is not None else None,
        unit=unit,
        currency=p.currency,
        scale=p.scale,
        hedge=_hedge(text, p) if not p.is_magnitude else "approximate",  # type: ignore[arg-type]
        direction=_direction(text, p),  # type: ignore[arg-type]
        precision=precision,
        is_magnitude=p.is_magnitude,
        noun=noun,
    )


def _clean(value: float) -> float:
    """Round away binary noise from scaling (4.182 * 1e9 -> 4182000000.0)."""
    return float(f"{value:.12g}")
