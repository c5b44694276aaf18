"""The arithmetic an article states between its own numbers: a change from one figure to another,
a difference, a ratio or share, a product, a total, a conversion. ``extract_relations`` reads them
from the claims ``claims.extract.extract_claims`` made; ``claims.verify`` recomputes each."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from claims.extract import (
    _CHANGE_ITEM_RE,
    _CHANGE_NOUNS,
    _LAST_TRADED,
    _NOUN_METRIC,
    _SHARE_PRONOUN_RE,
    _names_a_metric,
)
from claims.models import Claim, Document, Quantity, Relation
from claims.reading.document import read_layout
from claims.vocab import STATED_EXTREME_CONFLICT, SWING_CUE

# Overlapping on purpose (a look-ahead): "A rose from $10 to $12, while B fell from $8 to $6".
_FROM_TO_RE = re.compile(r"\bfrom\b(?=(?P<a>.{0,80}?)\bto\b(?P<b>(?:(?!\bfrom\b).){0,80}))", re.I | re.S)
_DISCOUNT_CUE_RE = re.compile(r"\b(?:discount|deduct(?:ing|ed|ion)?|rebate|minus|subtract(?:ing)?|off)\b", re.I)
_RESULT_CUE_RE = re.compile(
    r"\b(?:final|net|resulting|leaving|effective|bringing|brings|down\s+to|left|pay|pays|paying|now|just)\b", re.I
)
_COMPARE_CUE_RE = re.compile(
    r"\b(?:surpass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|overt(?:ook|aking|akes)|ahead\s+of|more\s+than|higher\s+than|beat(?:ing|s)?|outstrip(?:ping|ped)?)\b",
    re.I,
)
_LESS_CUE_RE = re.compile(r"\b(?:less\s+than|fewer\s+than|lower\s+than|behind|trail(?:ing|ed|s)?|below)\b", re.I)
_TOTAL_CUE_RE = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|totall?(?:ed|ing)|combined|altogether|in\s+all|sum\s+of|cumulative(?:ly)?"
    r"|total\s+(?:to|of|was|is|came\s+to|reached))\b",
    re.I,
)


# "a decrease of $2.95, or 0.58%, from its previous close of $509.64": the change in money, the
# same change in percent, and the level it is measured from
_CHANGE_OF_BASE_GAP_RE = re.compile(
    r",?\s+or\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|nearly\s+|almost\s+)?", re.I
)
_CHANGE_OF_BASE_TAIL_RE = re.compile(
    r",?\s+(?:from|compared\s+(?:to|with)|versus|vs\.?)\s+(?:its|the|their)\s+(?:previous|prior|last)\s+"
    r"(?:day['’]s\s+)?(?:closing\s+price|close|closing\s+level|session['’]s\s+close)\s+(?:of|at)\s+$",
    re.I,
)


# "the stock fluctuated 1.41% from a day low at $31.89 to a day high of $32.34": the day's swing
_SWING_VERB_BEFORE_RE = re.compile(
    r"\b(?:fluctuated|swung|ranged|moved|varied|traded\s+in\s+a\s+range\s+of)\s+(?:by\s+)?$", re.I
)
_SWING_FROM_LOW_RE = re.compile(
    r"\s+from\s+(?:a|the|its)\s+(?:day['’]?s?\s+|session\s+|intraday\s+)?low\s+(?:at|of)\s+$", re.I
)
_SWING_TO_HIGH_RE = re.compile(
    r"\s+to\s+(?:a|the|its)\s+(?:day['’]?s?\s+|session\s+|intraday\s+)?high\s+(?:at|of)\s+$", re.I
)


def _swing_relations(group: list[Claim]) -> list[Relation]:
    """ "fluctuated 1.41% from a day low at $31.89 to a day high of $32.34": the percent is the
    change from the low to the high the sentence states (the article's own arithmetic)."""
    out: list[Relation] = []
    for r, lo, hi in zip(group, group[1:], group[2:], strict=False):
        if r.quantity.unit != "percent" or not (lo.quantity.currency and lo.quantity.currency == hi.quantity.currency):
            continue
        sentence, base = r.sentence, r.sentence_start
        if (
            _SWING_VERB_BEFORE_RE.search(sentence, max(0, r.start - base - 40), r.start - base)
            and _SWING_FROM_LOW_RE.fullmatch(sentence, r.end - base, lo.start - base)
            and _SWING_TO_HIGH_RE.fullmatch(sentence, lo.end - base, hi.start - base)
        ):
            out.append(Relation(kind="change", operands=(lo.id, hi.id), result=r.id, cue=SWING_CUE))
    return out


def _change_of_base_relations(group: list[Claim]) -> list[Relation]:
    """ "This represented a decrease of $2.95, or 0.58%, from its previous close of $509.64": the
    percent is the money change over the level it is measured from (the article's own ratio)."""
    out: list[Relation] = []
    for a, p, b in zip(group, group[1:], group[2:], strict=False):
        qa, qp, qb = a.quantity, p.quantity, b.quantity
        if not (qa.currency and qp.unit == "percent" and qb.currency == qa.currency):
            continue
        if qa.value_high is not None or qb.value_high is not None or not qb.value:
            continue
        between = a.sentence[a.end - a.sentence_start : p.start - a.sentence_start]
        tail = a.sentence[p.end - a.sentence_start : b.start - a.sentence_start]
        if _CHANGE_OF_BASE_GAP_RE.fullmatch(between) and _CHANGE_OF_BASE_TAIL_RE.fullmatch(tail):
            out.append(Relation(kind="ratio", operands=(a.id, b.id), result=p.id, cue=tail.strip()[:60]))
    return out


# "rose 12% to $5.2 billion from $4.6 billion", "widened more than 28 times to CNY16.6 billion
# (USD2.6 billion) in the three months ended Sept. 30, from CNY583 million": the rate, the amount it
# ended at after "to", the amount it started from after "from" (nothing but the amount's own
# brackets and its period between)
# "rose 12% to $5.2 billion from $4.6 billion", "widened more than 28 times to CNY16.6 billion
# (USD2.6 billion) in the three months ended Sept. 30, from CNY583 million", "increased 13% year over
# year to $5.2 billion, compared with $4.6 billion": the rate, the amount it ended at after "to", the
# amount it started from (nothing but the amount's own brackets and its period between)
_RATE_TO_GAP_RE = re.compile(
    r"(?:\s+(?:year[-\s]over[-\s]year|year[-\s]on[-\s]year|y/y|yoy))?"
    r"(?:,?\s+[a-z]+ing)?\s+to\s+(?:a\s+(?:record\s+)?(?:high\s+|low\s+)?of\s+)?",  # (", sinking to")
    re.I,
)
_BASE_CUE = r"(?:(?:up|down)\s+)?from|compared\s+(?:with|to)|versus|vs\.?"
_TO_FROM_GAP_RE = re.compile(rf"(?:\s*\([^()]{{0,40}}\))?(?:[^;:()%]{{0,70}}?)[\s,]+(?:{_BASE_CUE})\s+", re.I)
# (not "..., while Zenith's sales grew from $4.6 billion", "..., bringing the gain from HK$9": the
# "from" of another clause, which a conjunction or a verb of its own opens)
_ANOTHER_CLAUSE_RE = re.compile(
    r"\b(?:while|whereas|but|and|which|who|that|as|after)\b|\b(?!ended\b|compared\b)[a-z]+(?:ed|ing|ew)\b", re.I
)
# "climbed to $5.2 billion from $4.6 billion, a 13% increase" / ", up 13%": the rate after the pair
_RATE_AFTER_PAIR_RE = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:a|the)\s+(?:year|quarter)\s+(?:earlier|ago|before))?,?\s+"
    r"(?:(?:a|an)\s+|(?:up|down)\s+(?:by\s+)?|(?:rising|falling|increasing|decreasing|growing)\s+(?:by\s+)?)?$",
    re.I,
)
# "That's up 73% from $7.8 billion": the amount of the sentence before
_THAT_IS_RE = re.compile(r"\s*(?:That|This|It)(?:['’]s|\s+is|\s+was)\s+(?:up|down)\s+(?:by\s+)?$")


def _base_after(sentence: str, s0: int, later: list[Claim], b: Claim) -> Claim | None:
    """The amount a change to ``b`` started from: the first of ``later`` of the same kind that
    "from", "compared with" or "versus" introduces, in the same clause."""
    return next(
        (
            c
            for c in later
            if _is_amount(c.quantity)
            and _same_kind(c.quantity, b.quantity)
            and _TO_FROM_GAP_RE.fullmatch(sentence, b.end - s0, c.start - s0) is not None
            and not _ANOTHER_CLAUSE_RE.search(re.sub(r"\([^()]*\)", " ", sentence[b.end - s0 : c.start - s0]))
        ),
        None,
    )


def _is_stated_rate(q: Quantity) -> bool:
    return q.unit == "times" or (q.unit == "percent" and q.direction is not None)


def _rate_to_from_relations(group: list[Claim], prev_group: list[Claim]) -> list[Relation]:
    """ "Revenue rose 12% to $5.2 billion from $4.6 billion a year earlier", "climbed to $5.2
    billion from $4.6 billion, a 13% increase", and after a sentence that states an amount, "That's
    up 73% from $7.8 billion": the change from the amount it started from (operands[0]) to the one
    it ended at, as the rate states."""
    out: list[Relation] = []
    s0 = group[0].sentence_start
    sentence = group[0].sentence
    for i, r in enumerate(group):
        if not _is_stated_rate(r.quantity):
            continue
        kind = "multiple" if r.quantity.unit == "times" else "change"
        b = group[i + 1] if i + 1 < len(group) else None
        if (
            b is not None
            and _is_amount(b.quantity)
            and _RATE_TO_GAP_RE.fullmatch(sentence, r.end - s0, b.start - s0)
            and (a := _base_after(sentence, s0, group[i + 2 :], b)) is not None
        ):
            out.append(Relation(kind=kind, operands=(a.id, b.id), result=r.id, cue="to ... from"))
            continue
        # the pair first, then the rate
        pair = [c for c in group[:i] if _is_amount(c.quantity)]
        if len(pair) >= 2 and re.search(r"\bto\s+$", sentence[: pair[-2].start - s0]):
            b, a = pair[-2], pair[-1]
            if (
                _same_kind(a.quantity, b.quantity)
                and _base_after(sentence, s0, [a], b) is a
                and _RATE_AFTER_PAIR_RE.fullmatch(sentence, a.end - s0, r.start - s0)
            ):
                out.append(Relation(kind=kind, operands=(a.id, b.id), result=r.id, cue="to ... from, then the rate"))
                continue
        # "That's up 73% from $7.8 billion" after "Acme earned $13.47 billion, or $5.16 per share, ..."
        if i == 0 and prev_group and _THAT_IS_RE.fullmatch(sentence, 0, r.start - s0):
            a = next((c for c in group[1:] if _is_amount(c.quantity)), None)
            # (one amount of that kind before, or which one is meant is not known)
            same = [
                c for c in prev_group if a is not None and _is_amount(c.quantity) and _same_kind(c.quantity, a.quantity)
            ]
            b = same[0] if len(same) == 1 else None
            if a is not None and b is not None and re.fullmatch(r"\s+from\s+", sentence[r.end - s0 : a.start - s0]):
                out.append(Relation(kind=kind, operands=(a.id, b.id), result=r.id, cue="that is ... from"))
    return out


def _change_to_relations(group: list[Claim]) -> list[Relation]:
    """ "currently trading at $328.34, showing an increase of $6.50 or 2.02%", a quote header's
    "$31.77 +0.07 (+0.22%)": a share price, the money change that ended there, and its percent."""
    out: list[Relation] = []
    for a, d, p in zip(group, group[1:], group[2:], strict=False):
        qa, qd, qp = a.quantity, d.quantity, p.quantity
        if not (qa.currency and qa.scale == 1.0 and qp.unit == "percent" and qd.scale == 1.0 and qd.value):
            continue
        if qd.currency not in (None, qa.currency) or (qd.currency is None and (qd.unit or qd.noun)):
            continue
        if a.metric != "share_price" and not (a.subject and a.subject == d.subject == p.subject):
            continue
        s0 = a.sentence_start
        gap = a.sentence[qa.end - s0 : qd.start - s0]
        tail = a.sentence[qd.end - s0 : qp.start - s0]
        cue = _CHANGE_TO_GAP_RE.fullmatch(gap)
        if cue is None or _CHANGE_TO_TAIL_RE.fullmatch(tail) is None:
            continue
        sign = qd.text.lstrip()[:1]
        signed = sign in ("+", "-", "−")
        if not (cue.group("word") or signed):
            continue  # two prices side by side are no change and its level
        word = (cue.group("word") or "").lower()
        if word == "change" and not signed and qp.text.lstrip()[:1] not in ("+", "-", "−"):
            continue  # "a change of $0.50 or 4%": up or down, the base is not known
        falls = word in ("decrease", "decline", "drop", "fall", "loss", "down") or sign in ("-", "−")
        out.append(
            Relation(
                kind="change_to", operands=(d.id, a.id), result=p.id, op="<" if falls else ">", cue=gap.strip()[:60]
            )
        )
    return out


_CHANGE_TO_GAP_RE = re.compile(
    r"\s*,?\s*(?:(?:showing|representing|marking|reflecting|with|for)\s+)?(?:an?\s+)?"
    r"(?P<word>increase|decrease|gain|loss|rise|drop|decline|fall|change|up|down)?(?:\s+of)?\s*",
    re.I,
)
_CHANGE_TO_TAIL_RE = re.compile(r"\s*(?:,?\s*or\s+|\(\s*|,\s*)", re.I)


def extract_relations(document: Document, claims: list[Claim]) -> list[Relation]:
    """The arithmetic the article states between its own numbers."""
    relations: list[Relation] = []
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence_start, []).append(c)
    ordered = sorted(by_sentence)
    for idx, s_start in enumerate(ordered):
        group = by_sentence[s_start]
        relations.extend(_change_relations(group))
        relations.extend(_compared_change_relations(group))
        relations.extend(_change_from_relations(group))
        relations.extend(_comparison_relations(group))
        relations.extend(_ratio_relations(group, claims))
        relations.extend(_share_relations(group, claims))
        relations.extend(_margin_relations(group, claims))
        relations.extend(_average_relations(group))
        relations.extend(_multiple_relations(group))
        relations.extend(_total_relations(group))
        relations.extend(_product_relations(group))
        relations.extend(_arrow_change_relations(group))
        relations.extend(_bracketed_total_relations(group))
        relations.extend(_conversion_relations(group, document.published))
        relations.extend(_change_of_base_relations(group))
        relations.extend(_change_to_relations(group))
        relations.extend(_swing_relations(group))
        prev_group = by_sentence[ordered[idx - 1]] if idx > 0 else []
        next_group = by_sentence[ordered[idx + 1]] if idx + 1 < len(ordered) else []
        relations.extend(_difference_relations(prev_group, group, next_group))
        to_from = _rate_to_from_relations(group, prev_group)
        if to_from:  # (a rate another reader already read is not read twice; the set only when needed)
            stated = {r.result for r in relations}
            relations.extend(r for r in to_from if r.result not in stated)
        relations.extend(_insider_trade_relations(prev_group, group))
        relations.extend(_adjacent_compared_change_relations(prev_group, group))
        earlier = [c for i in range(max(0, idx - 2), idx + 1) for c in by_sentence[ordered[i]]]
        if _LIST_ITEM_RE.match(group[0].sentence):
            # "--Down 30.72% from its all-time closing high of $343.11": an item of a list is about
            # the price of the line heading the list ("MSFT is currently at $237.72"), not another item's
            head = idx - 1
            while head >= 0 and _LIST_ITEM_RE.match(by_sentence[ordered[head]][0].sentence):
                head -= 1
            earlier = (by_sentence[ordered[head]] if head >= 0 else []) + group
        relations.extend(_gap_to_extreme_relations(group, earlier, claims))
    relations.extend(_stated_range_gap_relations(claims, {r.result for r in relations if r.result}))
    relations.extend(_last_trade_relations(ordered, by_sentence, {r.result for r in relations if r.result}))
    relations.extend(_money_change_relations(ordered, by_sentence, {r.result for r in relations if r.result}))
    relations.extend(_listed_parts_relations(ordered, by_sentence, {r.result for r in relations if r.result}))
    relations.extend(_restated_relations(relations, ordered, by_sentence))
    relations.extend(_headline_restated_relations(document, relations, claims))
    return relations


def _headline_restated_relations(document: Document, relations: list[Relation], claims: list[Claim]) -> list[Relation]:
    """ "Insurer AIA launches $10-billion buyback as new business value rises 22%" over a body whose
    "jumped 22%" is the change from "$2.77B a year prior" to "$3.37 Billion": the headline states the
    body's arithmetic."""
    layout = read_layout(document.text, document.title)
    heads = [c for c in claims if layout.in_headline(c.start)]
    if not heads:
        return []
    by_id = {c.id: c for c in claims}
    stated = {r.result for r in relations if r.result}
    out: list[Relation] = []
    for h in heads:
        if h.id in stated:
            continue
        same = [
            r
            for r in relations
            if r.result in by_id
            and not layout.in_headline(by_id[r.result].start)
            and _same_figure(by_id[r.result].quantity, h.quantity)
            and by_id[r.result].quantity.direction == h.quantity.direction
            and _same_subject(by_id[r.result].subject, h.subject)
        ]
        if len(same) == 1:
            stated.add(h.id)
            out.append(same[0].model_copy(update={"result": h.id, "cue": f"{same[0].cue} (the headline's)"}))
    return out


_LIST_LINE_RE = re.compile(r"\s*(?:[-*•·–]\s+|\d{1,2}[.)]\s+)[^:\n]{1,60}:\s*$")


def _listed_parts_relations(ordered: list[int], by_sentence: dict[int, list[Claim]], done: set[str]) -> list[Relation]:
    """ "repurchased a total of 1,835,543 ordinary shares (par value US$0.50): / - UK venues:
    613,543 shares ... / - Hong Kong Stock Exchange: 1,222,000 shares ...": a total that opens a
    list is the sum of the first like figure of each of its lines."""
    out: list[Relation] = []
    for idx, s_start in enumerate(ordered):
        group = by_sentence[s_start]
        sentence = group[0].sentence
        if not sentence.rstrip().endswith(":"):
            continue
        for t in group:
            before = t.sentence[: t.start - t.sentence_start]
            cue = _TOTAL_CUE_RE.search(before[-40:])
            if t.id in done or cue is None or t.quantity.value_high is not None:
                continue
            parts: list[Claim] = []
            for nxt in ordered[idx + 1 :]:
                line = by_sentence[nxt]
                first = line[0]
                if not _LIST_LINE_RE.match(first.sentence[: first.start - first.sentence_start]):
                    break
                if not _same_kind(first.quantity, t.quantity) or first.quantity.value_high is not None:
                    break
                parts.append(first)
            if len(parts) >= 2 and all(p.quantity.value < t.quantity.value for p in parts):
                out.append(Relation(kind="total", operands=tuple(p.id for p in parts), result=t.id, cue=cue.group(0)))
    return out


def _same_figure(a: Quantity, b: Quantity) -> bool:
    return _same_kind(a, b) and a.value == b.value and a.value_high == b.value_high and a.hedge == b.hedge


def _restated_relations(
    relations: list[Relation], ordered: list[int], by_sentence: dict[int, list[Claim]]
) -> list[Relation]:
    """ "sold 2,532,500 H shares ... at an average price of HK$266.85 per share, cashing out about
    HK$676 million. The average price of the sale was HK$266.85 per share, representing a cash out
    of approximately HK$676 million.": the next sentence that restates a result with one of its
    operands states the same arithmetic."""
    claims = {c.id: c for group in by_sentence.values() for c in group}
    position = {s: i for i, s in enumerate(ordered)}
    stated = {r.result for r in relations if r.result}
    out: list[Relation] = []
    for r in relations:
        result = claims.get(r.result or "")
        operands = [claims[o] for o in r.operands if o in claims]
        if result is None or len(operands) != len(r.operands):
            continue
        i = position[result.sentence_start]
        if i + 1 >= len(ordered):
            continue
        nxt = by_sentence[ordered[i + 1]]
        again = [c for c in nxt if c.id not in stated and _same_figure(c.quantity, result.quantity)]
        if len(again) == 1 and any(
            _same_figure(c.quantity, o.quantity) for c in nxt if c.id != again[0].id for o in operands
        ):
            stated.add(again[0].id)
            out.append(r.model_copy(update={"result": again[0].id, "cue": f"{r.cue} (restated)"}))
    return out


# "a decrease of $16.13", "down $4.15", "• Change: -$16.13": a change of the price in money
_MONEY_CHANGE_BEFORE_RE = re.compile(
    r"(?:\b(?:decrease|increase|decline|drop|gain|loss|rise|fall|jump|slide|climb|advance)\s+of\s+"
    r"|\b(?:down|up|fell|rose|lost|gained|dropped|added|shed|declined|climbed|slipped|jumped)\s+(?:by\s+)?"
    r"|\b(?:decreased|increased)\s+by\s+"
    r"|\bChange\s*:\s*)(?:about\s+|approximately\s+|around\s+|roughly\s+)?$",
    re.I,
)
_NOT_THE_PRICE_RE = re.compile(r"\b(?:dividends?|payouts?|per\s+share|EPS|distributions?)\b", re.I)


def _is_money_move_of_the_price(move: Claim, base: Claim, close: Claim) -> bool:
    """The change in money is the price's: a quote list's "Change:" line, a sentence that goes on
    about the close just given ("This represents a decrease of $4.15"), or one that gives the close
    or the previous close itself -- and names no other measure ("Its dividend rose $0.10")."""
    before = move.sentence[: move.start - move.sentence_start]
    if _NOT_THE_PRICE_RE.search(move.sentence) or _names_a_metric(before, besides=("share_price", "price")):
        return False
    return bool(
        _CHANGE_ITEM_RE.fullmatch(before)
        or _SHARE_PRONOUN_RE.match(move.sentence)
        or move.sentence_start in (base.sentence_start, close.sentence_start)
        or _FROM_THE_PREVIOUS_CLOSE_AFTER_RE.match(move.sentence, move.end - move.sentence_start)
    )


# "the price has decreased by -$0.74 from its previous closing price": the sentence names the base
_FROM_THE_PREVIOUS_CLOSE_AFTER_RE = re.compile(
    r"\s+(?:from|over|against)\s+(?:its|the|their)\s+(?:previous|prior|preceding)\s+(?:day['’]s\s+|session['’]s\s+)?"
    r"(?:close|closing\s+price)\b",
    re.I,
)


_MONEY_CHANGE_LOOKBACK = 12  # sentences back: a quote list's lines after the paragraph that gave the closes


def _money_change_relations(ordered: list[int], by_sentence: dict[int, list[Claim]], done: set[str]) -> list[Relation]:
    """ "closing at $604.12. This represents a decrease of $16.13, or approximately 2.60%, from the
    previous closing price of $620.25": a change of the price in money is the close the article
    gives less the previous close it gives."""
    out: list[Relation] = []
    for idx, s_start in enumerate(ordered):
        for move in by_sentence[s_start]:
            q = move.quantity
            if (
                move.id in done
                or move.change_of
                or not q.currency
                or q.scale != 1.0
                or q.value_high is not None
                or (q.direction is None and q.value >= 0)
                or not _MONEY_CHANGE_BEFORE_RE.search(
                    move.sentence[max(0, move.start - move.sentence_start - 40) : move.start - move.sentence_start]
                )
            ):
                continue
            window = [
                c
                for i in range(max(0, idx - _MONEY_CHANGE_LOOKBACK), idx + 1)
                for c in by_sentence[ordered[i]]
                if c.id != move.id
                and c.metric == "share_price"
                and c.quantity.currency == q.currency
                and c.quantity.scale == 1.0
                and c.quantity.value_high is None
                and _same_subject(c.subject, move.subject)
            ]
            # the base: the previous close named nearest the change (in its own sentence, after it too)
            bases = [c for c in window if c.aspect == "previous_close"]
            base = min(bases, key=lambda c: abs(c.start - move.start), default=None)
            close = next((c for c in reversed(window) if c.aspect == "close" and c.start < move.start), None)
            if (
                base is None
                or close is None
                or (
                    base.period
                    and close.period
                    and (base.period.start, base.period.end) != (close.period.start, close.period.end)
                )
            ):
                continue
            if abs(q.value) >= 0.5 * base.quantity.value:
                continue  # (no day's change of a price is half of it: another amount)
            if not _is_money_move_of_the_price(move, base, close):
                continue
            # the sign the article gives: a signed "-$16.13" or "up $2" is close less base (equal to the
            # value as written); "a decrease of $16.13" is base less close
            close_first = q.value < 0 or q.direction == "up"
            operands = (close.id, base.id) if close_first else (base.id, close.id)
            out.append(Relation(kind="difference", operands=operands, result=move.id, cue="the previous close"))
    return out


def _last_trade_relations(ordered: list[int], by_sentence: dict[int, list[Claim]], done: set[str]) -> list[Relation]:
    """ "traded up 4.6% during trading on Monday. The company traded as high as $72.37 and last
    traded at $71.59. ... The stock had previously closed at $68.46.": a quote template's move is
    from the close it states to the last trade it states (a moment of the session)."""
    out: list[Relation] = []
    for idx, s_start in enumerate(ordered):
        for move in by_sentence[s_start]:
            if move.id in done or move.change_of != "share_price" or move.quantity.unit != "percent":
                continue
            following = [
                c
                for i in range(idx + 1, min(len(ordered), idx + 4))
                for c in by_sentence[ordered[i]]
                if c.quantity.currency and c.quantity.value_high is None and _same_subject(c.subject, move.subject)
            ]
            last = next(
                (c for c in following if _LAST_TRADED_BEFORE_RE.search(c.sentence[: c.start - c.sentence_start])), None
            )
            base = next((c for c in following if c.aspect == "previous_close"), None)
            if last is not None and base is not None and last.quantity.currency == base.quantity.currency:
                out.append(Relation(kind="change", operands=(base.id, last.id), result=move.id, cue="last traded at"))
    return out


_LAST_TRADED_BEFORE_RE = re.compile(_LAST_TRADED + r"\s*$", re.I)


_YEAR_RANGE_RE = re.compile(
    r"\b52[\s-]weeks?\b|\bpast\s+year\b|\b(?:one|1)[\s-]year\b|\b12[\s-]months?\b|\b(?:that|this)\s+period\b", re.I
)
_HIGH_BEFORE_RE = re.compile(r"\b(?:high(?:est)?|peak|top)\b[^;$]{0,50}$", re.I)
_LOW_BEFORE_RE = re.compile(r"\b(?:low(?:est)?|bottom)\b[^;$]{0,50}$", re.I)
_CURRENT_PRICE_BEFORE_RE = re.compile(
    # ("At present, Acme Corporation (ACME) has a stock price of $285.76")
    r"\b(?:current(?:ly)?|present)\b[^;$]{0,70}$|\b(?:is|now)\s+trading\s+at\s*$",
    re.I,
)


_CURRENT_PRICE_LOOKBACK = 40  # claims back: the page's quote section, not a price of a story further up
_CURRENTLY_BEFORE_RE = re.compile(r"\b(?:is|are)\s+(?:currently|now)\s+(?:trading\s+)?(?:down|up|off)?\s*$", re.I)


def _stated_range_operands(claims: list[Claim], i: int) -> tuple[Claim, Claim] | None:
    """ "In past 52 weeks, the stock remained ... as high as $118.29 and as low as $78.95. ... its
    current price level is -31.24% below from 52-week high level": the 52-week extreme and the
    current price a quote page stated in earlier sentences, for its distance ``claims[i]``."""
    gap = claims[i]
    if (
        gap.aspect not in ("from_high", "from_low", STATED_EXTREME_CONFLICT)
        or gap.quantity.unit != "percent"
        or not _YEAR_RANGE_RE.search(gap.sentence)
    ):
        return None
    high = gap.aspect == "from_high" or (gap.aspect == STATED_EXTREME_CONFLICT and _HIGH_BEFORE_RE.search(gap.sentence))
    cue = _HIGH_BEFORE_RE if high else _LOW_BEFORE_RE
    extreme = current = None
    for c in reversed(claims[max(0, i - 25) : i]):
        q = c.quantity
        if q.currency is None or q.scale != 1.0 or q.value_high or not _same_subject(c.subject, gap.subject):
            continue
        before = c.sentence[max(0, c.start - c.sentence_start - 80) : c.start - c.sentence_start]
        if extreme is None and cue.search(before) and _YEAR_RANGE_RE.search(c.sentence):
            extreme = c
        elif current is None and _CURRENT_PRICE_BEFORE_RE.search(before):
            current = c
    if extreme is None or current is None or extreme.quantity.currency != current.quantity.currency:
        return None
    return extreme, current


def stated_extremes_conflict(claims: list[Claim]) -> list[Claim]:
    """A quote page whose current price is above the 52-week high it states (or below the low)
    disagrees with itself: its distance is neither its own arithmetic nor to be read on the data."""
    out = list(claims)
    for i, gap in enumerate(claims):
        found = _stated_range_operands(claims, i)
        if found is not None:
            extreme, current = found
            if (current.quantity.value > extreme.quantity.value) == (gap.aspect == "from_high") and (
                current.quantity.value != extreme.quantity.value
            ):
                out[i] = gap.model_copy(update={"aspect": STATED_EXTREME_CONFLICT})
    return out


def _stated_range_gap_relations(claims: list[Claim], done: set[str]) -> list[Relation]:
    """A quote page's distance from the 52-week extreme it stated, to the current price it stated."""
    out: list[Relation] = []
    for i, gap in enumerate(claims):
        if gap.id in done or gap.aspect not in ("from_high", "from_low"):
            continue
        found = _stated_range_operands(claims, i)
        if found is not None:
            extreme, current = found
            out.append(
                Relation(
                    kind="change", operands=(extreme.id, current.id), result=gap.id, cue="the stated 52-week range"
                )
            )
    return out


# "closed just $4.68 short of its 52-week high of $328.84", "$2 above its low of $10.50"
# an item of a list: "- Revenue: ...", "--Down 0.88% year-to-date", "2. ..."
_LIST_ITEM_RE = re.compile(r"\s*(?:--(?=\w)|[-*•–]\s+|\d{1,2}[.)]\s+)")
_GAP_TO_EXTREME_RE = re.compile(
    r"\s+(?P<side>short\s+of|below|under|shy\s+of|off|away\s+from|above|over|from)\s+(?:its|their|the)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:high|peak|record|low|trough)(?:\s+of|,)?\s*$"
    # "Down 22.01% from 52 weeks ago (Jan. 13, 2022), when it closed at $304.80": from a stated close
    r"|\s+(?P<side2>from)\s+[^;$]{0,40}?,\s+when\s+(?:it|the\s+stock|shares)\s+closed\s+at\s*$",
    re.I,
)


# the side a gap's cue puts the price on ("5% shy of its record", "short of its high", "off its
# peak": below; "off its low", "away from its low": above)
_GAP_BELOW_CUE_RE = re.compile(
    r"(?:short\s+of|below|under|shy\s+of)\b|(?:off|away\s+from)\b(?!.*\b(?:low|trough)\b)", re.I
)


def gap_is_below(cue: str) -> bool:
    """Whether a gap-to-extreme relation's cue (``_GAP_TO_EXTREME_RE``'s words) puts the price under
    the extreme, whatever the number's own sign."""
    return _GAP_BELOW_CUE_RE.match(cue) is not None


# "touching an intraday high of $315.09": a price named as the day's extreme
_EXTREME_LEVEL_BEFORE_RE = re.compile(r"\b(?:high|low|peak|trough)\s+(?:of\s+|at\s+|near\s+)?$", re.I)


def _gap_to_extreme_relations(
    group: list[Claim], earlier: list[Claim], document_claims: list[Claim] | None = None
) -> list[Relation]:
    """A price's distance from an extreme stated with both numbers: the gap is the extreme minus
    the price the article gave just before (the close of the sentence or the two before it)."""
    out: list[Relation] = []
    for i, gap in enumerate(group[:-1]):
        # the next amount of money ("from 52 weeks ago (Jan. 13, 2022), when it closed at $304.80":
        # not the duration between)
        extreme = next((c for c in group[i + 1 :] if c.quantity.currency), group[i + 1])
        q, e = gap.quantity, extreme.quantity
        # "at $200.40 per share, it is trading 22.6% below its 52-week high of $259.02": in percent,
        # the change from the extreme to the price
        in_percent = q.unit == "percent" and q.currency is None and e.currency is not None
        if not in_percent and (q.currency is None or e.currency != q.currency or q.unit == "percent"):
            continue
        if q.value_high or e.value_high:
            continue
        cue = _GAP_TO_EXTREME_RE.fullmatch(
            gap.sentence[gap.end - gap.sentence_start : extreme.start - gap.sentence_start]
        )
        if cue is None:
            continue
        side: str = cue.group("side") or cue.group("side2")
        if side.lower() == "from" and (not in_percent or q.direction is None):
            continue  # ("down 30.72% from its high of $343.11": a change from the high, signed by its word)
        price = next(
            (
                c
                for c in reversed(earlier)
                if c.start < gap.start
                and c.quantity.currency == e.currency
                # (in its own sentence, an amount of no known metric: "at $200.40 per share, it is ...")
                and (c.metric == "share_price" or (c.metric is None and c.sentence_start == gap.sentence_start))
                and _same_subject(c.subject, gap.subject)
                and c.quantity.scale == 1.0
                and not c.quantity.value_high
                # (not the day's extreme: "touching an intraday high of $315.09, leaving the shares just
                # 5 % shy of the late-November record": the gap is the price's, not the high's)
                and c.aspect not in ("high", "low")
                and not (
                    c.aspect == "intraday"
                    and _EXTREME_LEVEL_BEFORE_RE.search(c.sentence, 0, c.start - c.sentence_start)
                )
            ),
            None,
        )
        if (
            price is None
            and in_percent
            and document_claims
            and _CURRENTLY_BEFORE_RE.search(gap.sentence[: gap.start - gap.sentence_start])
        ):
            # "Meta is currently down 14.09% from its all-time closing high of $382.18" after
            # "Meta ... is currently trading at $328.34" further up: the current price it stated
            stated_above = [c for c in document_claims if c.start < gap.start][-_CURRENT_PRICE_LOOKBACK:]
            price = next(
                (
                    c
                    for c in reversed(stated_above)
                    if c.quantity.currency == e.currency
                    and c.quantity.scale == 1.0
                    and not c.quantity.value_high
                    and _same_subject(c.subject, gap.subject)
                    and _CURRENT_PRICE_BEFORE_RE.search(c.sentence[: c.start - c.sentence_start][-90:])
                ),
                None,
            )
        if price is None:
            continue
        if in_percent:
            out.append(
                Relation(kind="change", operands=(extreme.id, price.id), result=gap.id, cue=cue.group(0).strip())
            )
            continue
        above = side.lower() in ("above", "over")
        operands = (price.id, extreme.id) if above else (extreme.id, price.id)
        out.append(Relation(kind="difference", operands=operands, result=gap.id, cue=cue.group(0).strip()))
    return out


def _same_kind(a: Quantity, b: Quantity) -> bool:
    return a.currency == b.currency and a.unit == b.unit


def _change_relations(group: list[Claim]) -> list[Relation]:
    out: list[Relation] = []
    sentence = group[0].sentence
    base = group[0].sentence_start
    for m in _FROM_TO_RE.finditer(sentence):
        a_end = base + m.start("a") + len(m.group("a"))
        first = [c for c in group if base + m.start("a") <= c.start < a_end]
        second = [c for c in group if base + m.start("b") <= c.start < base + m.end("b")]
        if not first or not second:
            continue
        a, b = first[0], second[0]
        if not _same_kind(a.quantity, b.quantity) or a.quantity.unit in ("percent",):
            continue
        rates = [
            c
            for c in group
            if c.start > b.end
            and c.quantity.unit in ("percent", "times")
            and c.id not in (a.id, b.id)
            # (not "rose from 80 to 83, establishing that Apple stock topped all but 17% of all stocks":
            # a clause of its own about another measure)
            and not _OTHER_CLAUSE_BETWEEN_RE.search(sentence, b.end - base, c.start - base)
        ]
        rates += [
            c for c in group if c.end <= a.start and c.quantity.unit in ("percent", "times") and c.quantity.direction
        ]
        for r in rates[:1]:
            kind = "multiple" if r.quantity.unit == "times" else "change"
            cue = sentence[m.start() : m.end("b")]
            out.append(Relation(kind=kind, operands=(a.id, b.id), result=r.id, cue=cue[:60]))
    return out


_RATE_UNITS = ("percent", "percentage_point", "basis_point", "times")
_OTHER_CLAUSE_BETWEEN_RE = re.compile(r"\bthat\b|\ball\s+but\b|;", re.I)


_COMPARED_CUE_RE = re.compile(r"compared\s+(?:with|to)|versus|\bvs\.?|\bagainst|up\s+from|down\s+from", re.I)


def _compared_pair(a: Claim, b: Claim) -> str | None:
    """The cue when ``b`` is what ``a`` is compared with ("4.1 million, compared with 3.2 million a
    year earlier"): two single values, a comparison word between them, within 60 characters."""
    if a.quantity.value_high or b.quantity.value_high:
        return None
    between = a.sentence[a.end - a.sentence_start : b.start - a.sentence_start]
    cue = _COMPARED_CUE_RE.search(between)
    return cue.group(0) if cue is not None and len(between) <= 60 else None


def _compared_change_relations(group: list[Claim]) -> list[Relation]:
    """ "5.2 million users in March, compared with 4.1 million a year earlier, an increase of 27%":
    the change from the earlier value (operands[0]) to the later one."""
    out: list[Relation] = []
    for i in range(len(group) - 2):
        a, b, r = group[i], group[i + 1], group[i + 2]
        if r.quantity.unit not in ("percent", "times") or not _same_kind(a.quantity, b.quantity):
            continue
        if a.quantity.unit in _RATE_UNITS:
            continue
        cue = _compared_pair(a, b)
        if cue is None:
            continue
        kind = "multiple" if r.quantity.unit == "times" else "change"
        out.append(Relation(kind=kind, operands=(b.id, a.id), result=r.id, cue=cue))
    return out


def _adjacent_compared_change_relations(prev_group: list[Claim], group: list[Claim]) -> list[Relation]:
    """ "The new business value jumped 22% in 2021." then "It was $3.37 billion ..., compared to
    $2.77 billion a year prior.": a sentence with a compared pair and no rate of its own gives the
    two amounts of the one change the sentence right before it states (in the direction they go)."""
    if not prev_group or any(c.quantity.unit in _RATE_UNITS for c in group):
        return []
    before = prev_group[0]
    if group[0].sentence_start - (before.sentence_start + len(before.sentence)) > 3:
        return []  # not the sentence just before
    rates = [c for c in prev_group if c.quantity.unit == "percent" and c.quantity.direction]
    if len(rates) != 1 or any(_is_amount(c.quantity) for c in prev_group):
        return []
    r = rates[0]
    amounts = [c for c in group if _is_amount(c.quantity)]
    for i, a in enumerate(amounts):
        b = next((c for c in amounts[i + 1 :] if _same_kind(a.quantity, c.quantity)), None)
        cue = _compared_pair(a, b) if b is not None else None
        if b is None or cue is None:
            continue
        if (a.quantity.value > b.quantity.value) != (r.quantity.direction == "up"):
            continue  # the pair goes the other way: not this change
        if "share_price" in (r.metric, a.metric) and r.metric != a.metric:
            continue  # "The stock fell nearly 14 percent." then a guidance cut: not the shares' move
        return [Relation(kind="change", operands=(b.id, a.id), result=r.id, cue=cue)]
    return []


# "an increase of 97.3% from RMB4.15", "a -4.52% change compared to the average of 22,997,875
# shares", "a 20% increase versus $10 billion": the amount the change is from
_FROM_BEFORE_RE = re.compile(
    rf"(?:\s+(?:{_CHANGE_NOUNS}|change))?,?\s+(?:from|compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+)?(?:(?:average|previous|prior)\s+(?:(?:daily|trading|session)\s+)?(?:volume\s+|close\s+|closing\s+price\s+)?of\s+)?"
    # (not "compared with the average estimate of": a forecast is no earlier amount)
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


def _change_from_relations(group: list[Claim]) -> list[Relation]:
    """ "Diluted net income per ADS was RMB8.19 (US$1.13), an increase of 97.3% from RMB4.15":
    the change from the amount after "from" to the last amount of the same kind before it."""
    out: list[Relation] = []
    for i in range(1, len(group) - 1):
        r, a = group[i], group[i + 1]
        if r.quantity.unit != "percent" or r.quantity.direction is None or not _is_amount(a.quantity):
            continue
        gap = r.sentence[r.end - r.sentence_start : a.start - r.sentence_start]
        if not _FROM_BEFORE_RE.fullmatch(gap):
            continue
        # (a level, not a change: "a decrease of $5.36, or approximately 3.43%, from the previous
        # closing price of $156.26" is no change from $156.26 to $5.36)
        before = [
            c
            for c in group[:i]
            if _same_kind(c.quantity, a.quantity) and _is_amount(c.quantity) and c.quantity.direction is None
        ]
        if re.match(r"\s+(?:at|for|of|by|in)\s+(?:[A-Z]|its\s+rival|rivals?)", a.sentence[a.end - a.sentence_start :]):
            continue  # "up 20%, versus $15 billion at Zenith": another company's amount
        if before and not (before[-1].subject and a.subject and not _same_subject(before[-1].subject, a.subject)):
            out.append(Relation(kind="change", operands=(a.id, before[-1].id), result=r.id, cue=gap.strip()))
    return out


def _multiple_relations(group: list[Claim]) -> list[Relation]:
    """ "A is N times B": operands (B, A), result N (A / B = N)."""
    out: list[Relation] = []
    for i, r in enumerate(group):
        if r.quantity.unit != "times" or r.quantity.direction is not None:
            continue
        before = [c for c in group[:i] if c.quantity.unit not in _RATE_UNITS]
        after = [c for c in group[i + 1 :] if c.quantity.unit not in _RATE_UNITS]
        if not before or not after:
            continue
        a, b = before[-1], after[0]
        gap = r.sentence[r.end - r.sentence_start : b.start - r.sentence_start]
        if len(gap) > 50 or not _same_kind(a.quantity, b.quantity) or re.search(r"[;.]", gap):
            continue
        if b.quantity.value_high is not None or a.quantity.value_high is not None:
            continue
        cue = r.sentence[r.start - r.sentence_start : b.start - r.sentence_start].strip()
        out.append(Relation(kind="multiple", operands=(b.id, a.id), result=r.id, cue=cue[:60]))
    return out


def _comparison_relations(group: list[Claim]) -> list[Relation]:
    out: list[Relation] = []
    for a, b in zip(group, group[1:], strict=False):
        if not _same_kind(a.quantity, b.quantity) or a.quantity.value_high or b.quantity.value_high:
            continue
        between = a.sentence[a.end - a.sentence_start : b.start - a.sentence_start]
        if b.quantity.hedge != "exact" or len(between) > 60:
            continue
        if a.subject and b.subject and a.subject == b.subject:
            continue
        if _COMPARE_CUE_RE.search(between):
            out.append(Relation(kind="comparison", operands=(a.id, b.id), op=">", cue=between.strip()[:60]))
        elif _LESS_CUE_RE.search(between):
            out.append(Relation(kind="comparison", operands=(a.id, b.id), op="<", cue=between.strip()[:60]))
    return out


_RATIO_LOOKBACK = 400  # claims: far more than a news article holds


def _ratio_relations(group: list[Claim], all_claims: list[Claim]) -> list[Relation]:
    """ "A, which is less than 1/4 of X's number of fans": A / (X's fans, stated earlier) vs 1/4."""
    out: list[Relation] = []
    for i, r in enumerate(group):
        q = r.quantity
        is_fraction = q.value < 1 and q.unit is None and q.currency is None
        if not (is_fraction or q.unit == "percent"):
            continue
        after = r.sentence[r.end - r.sentence_start : r.end - r.sentence_start + 80]
        m = re.match(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w\-]*\s*)+)['’]s(?:\s+(?:\w+\s+){0,3}?([a-z]\w*))?", after)
        if not m or i == 0:
            continue
        numerator = group[i - 1]
        owner = m.group(1).strip()
        noun = (m.group(2) or "").lower()
        metric = _NOUN_METRIC.get(noun.rstrip("s"), noun) if noun else numerator.metric
        stated = group[i + 1] if i + 1 < len(group) else None
        if (
            stated is not None
            and stated.start - r.end <= len(m.group(0)) + 2
            and _same_kind(stated.quantity, numerator.quantity)
        ):
            # "less than half of Acme's $95 billion": the denominator is stated right there
            out.append(
                Relation(kind="ratio", operands=(numerator.id, stated.id), result=r.id, cue=m.group(0).strip()[:60])
            )
            continue
        # the earlier claims, at most _RATIO_LOOKBACK of them: a scan of the whole document for
        # every ratio would make extraction quadratic on long inputs
        k = bisect_left(all_claims, numerator.start, key=lambda c: c.start)
        candidates = [
            c
            for c in all_claims[max(0, k - _RATIO_LOOKBACK) : k]
            if _same_subject(c.subject, owner)
            and (c.metric == metric or c.metric == numerator.metric)
            and (c.quantity.currency is None) == (numerator.quantity.currency is None)
            and c.quantity.unit not in ("percent", "percentage_point", "basis_point", "times")
            and c.quantity.value_high is None
            and not c.quantity.is_magnitude
        ]
        if candidates:
            # the denominator is a stated level: an exact figure beats a hedged one ("nearly 2
            # million", a difference) and a level beats a change ("gained 4.05 million")
            best = max(
                enumerate(candidates),
                key=lambda ic: (ic[1].quantity.hedge == "exact", ic[1].quantity.direction is None, ic[0]),
            )[1]
            out.append(
                Relation(
                    kind="ratio",
                    operands=(numerator.id, best.id),
                    result=r.id,
                    cue=(r.quantity.text + m.group(0))[:60],
                )
            )
    return out


_SHARE_CUE_RE = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|mak(?:e|es|ing)\s+up|made\s+up|represent(?:s|ed|ing)?|constitut(?:e|es|ed|ing)"
    r"|(?:a|the)\s+(?:share|proportion)\s+of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|over\s+|more\s+than\s+)?$",
    re.I,
)
_TOTAL_WORD_RE = re.compile(
    r"\b(?:total(?:l?(?:ed|ing))?|in\s+all|altogether|combined|cumulative(?:ly)?|aggregate)\b", re.I
)
_MOVING_AVERAGE_RE = re.compile(r"\bmoving\s+average|\bSMA\b|\bEMA\b|\b\d+-day\s+(?:simple\s+)?average", re.I)
_AVERAGE_CUE_RE = re.compile(
    r"\b(?:averag(?:e|es|ed|ing)|an\s+average\s+of|on\s+average)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+)?$",
    re.I,
)


def _is_amount(q: Quantity) -> bool:
    """A level in money or in counted things: not a rate, a range or an order of magnitude."""
    return (
        q.unit not in _RATE_UNITS
        and q.value_high is None
        and not q.is_magnitude
        and (q.currency is not None or q.unit is not None)
    )


def _share_relations(group: list[Claim], all_claims: list[Claim]) -> list[Relation]:
    """ "... reached HKD 265.7 billion, with Acme's buyback amount accounting for 42%": a part of
    a total stated in the same sentence (the total), the part itself stated by the same subject
    in the same sentence or earlier as a total of its own ("Acme's buybacks totalled HKD 112
    billion"). Built only when that part is the one such amount, so a wrong pairing is rare."""
    out: list[Relation] = []
    for i, r in enumerate(group):
        q = r.quantity
        if q.unit != "percent" or q.direction is not None or q.value_high is not None:
            continue
        before = r.sentence[: r.start - r.sentence_start]
        if not _SHARE_CUE_RE.search(before[-60:]):
            continue
        totals = [
            c
            for c in group[:i]
            if _is_amount(c.quantity) and _TOTAL_WORD_RE.search(c.sentence[: c.start - c.sentence_start][-90:])
        ]
        if not totals:
            continue
        total = totals[-1]
        k = bisect_left(all_claims, total.start, key=lambda c: c.start)
        parts = [
            c
            for c in all_claims[max(0, k - _RATIO_LOOKBACK) : k]
            if _same_kind(c.quantity, total.quantity)
            and _is_amount(c.quantity)
            and c.quantity.value < total.quantity.value
            and _same_subject(c.subject, r.subject)
            and _TOTAL_WORD_RE.search(c.sentence[: c.start - c.sentence_start][-90:])
        ]
        if len(parts) == 1:
            cue = _SHARE_CUE_RE.search(before[-60:])
            out.append(
                Relation(
                    kind="share",
                    operands=(parts[0].id, total.id),
                    result=r.id,
                    cue=(cue.group(0) if cue else "share").strip()[:60],
                )
            )
    return out


_MARGIN_RE = re.compile(
    r"\b(?P<basis>non-gaap\d?\s+|adjusted\s+|non-ifrs\s+)?(?P<kind>net|operating)\s+(?:profit\s+)?margin\b[^,;.%]{0,60}$",
    re.I,
)
_MARGIN_NUMERATOR_RE = {
    "net": re.compile(r"\bnet\s+(?:income|profit|earnings)\b", re.I),
    "operating": re.compile(r"\b(?:income\s+from\s+operations|operating\s+(?:income|profit))\b", re.I),
}
_BASIS_WORD_RE = re.compile(r"\b(?:non-gaap\d?|adjusted|non-ifrs)\b", re.I)
_REVENUE_WORD_RE = re.compile(r"\b(?:net\s+)?(?:revenues?|sales|turnover)\b", re.I)


def _margin_relations(group: list[Claim], all_claims: list[Claim]) -> list[Relation]:
    """ "Net margin ... was 4.3% for the second quarter of 2024": the net income of that period
    over its revenue, both stated earlier in the document, on the same basis (a non-GAAP margin
    from the non-GAAP income) and in the same currency."""
    out: list[Relation] = []
    for r in group:
        q = r.quantity
        if q.unit != "percent" or q.direction is not None or r.period is None:
            continue
        m = _MARGIN_RE.search(r.sentence[: r.start - r.sentence_start])
        if m is None:
            continue
        qualifier = m.group(0)[m.end("kind") - m.start() :]
        if re.search(r"\b(?:before|excluding|ex-|segment|of\s+(?!the\s+(?:Company|Group)\b)[A-Z])", qualifier):
            continue  # "Operating margin of JD Retail before unallocated items": a segment's, another basis
        k = bisect_left(all_claims, r.start, key=lambda c: c.start)
        span = (r.period.start, r.period.end)

        def head(c: Claim) -> str:
            return c.sentence[: c.start - c.sentence_start]

        earlier = [
            c
            for c in all_claims[max(0, k - _RATIO_LOOKBACK) : k]
            if c.period is not None
            and (c.period.start, c.period.end) == span
            and _is_amount(c.quantity)
            and not head(c).rstrip().endswith(("(", "（"))  # a bracketed conversion is not the figure
        ]

        numerators = [
            c
            for c in earlier
            if c.quantity.currency
            and _MARGIN_NUMERATOR_RE[m.group("kind").lower()].search(head(c))
            and bool(_BASIS_WORD_RE.search(head(c))) == bool(m.group("basis"))
        ]
        if not numerators:
            continue
        num = numerators[-1]
        revenues = [
            c
            for c in earlier
            if c.quantity.currency == num.quantity.currency
            and c.metric == "revenue"
            and _REVENUE_WORD_RE.search(head(c))
            and c.quantity.value > num.quantity.value
        ]
        if revenues:
            out.append(
                Relation(kind="share", operands=(num.id, revenues[-1].id), result=r.id, cue=m.group(0).strip()[:60])
            )
    return out


def _average_relations(group: list[Claim]) -> list[Relation]:
    """ "a total amount reaching HKD 112 billion, conducting 129 repurchases and averaging HKD
    868 million per day": the average is the total over the one count stated between them."""
    out: list[Relation] = []
    for i, r in enumerate(group):
        q = r.quantity
        if not _is_amount(q) or not _AVERAGE_CUE_RE.search(r.sentence[: r.start - r.sentence_start][-40:]):
            continue
        if _MOVING_AVERAGE_RE.search(r.sentence):
            continue  # "SMA-200 reads an average of $89.82": a moving average of prices, not a total over a count
        earlier = [
            c
            for c in group[:i]
            if c.quantity.currency == q.currency
            and (c.quantity.unit == q.unit or (q.unit or "").startswith("per_"))
            and _is_amount(c.quantity)
        ]
        if not earlier or earlier[-1].quantity.value <= q.value:
            continue
        total = earlier[-1]
        if _AVERAGE_CUE_RE.search(total.sentence[: total.start - total.sentence_start][-40:]):
            continue  # "an average of 32.67 million ... over the past 10 days and average of 32.03 million": two averages
        counts = [
            c
            for c in group[group.index(total) + 1 : i]
            if c.quantity.currency is None
            and _is_amount(c.quantity)
            and c.quantity.unit not in ("percent",)
            and c.quantity.value >= 2
        ]
        if len(counts) == 1 and counts[0].quantity.unit != q.unit:
            out.append(Relation(kind="average", operands=(total.id, counts[0].id), result=r.id, cue="averaging"))
    return out


def _same_subject(a: str | None, b: str | None) -> bool:
    """ "Acme" and "Acme Corp" are the same subject; "Acme" and "Zenith" are not."""
    if a is None or b is None:
        return False
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return wa[:n] == wb[:n]


def _total_relations(group: list[Claim]) -> list[Relation]:
    out: list[Relation] = []
    for t in group:
        before = t.sentence[: t.start - t.sentence_start]
        if not _TOTAL_CUE_RE.search(before[-40:]):
            continue
        parts = [
            c
            for c in group
            if c.id != t.id
            and c.quantity.value < t.quantity.value
            and c.quantity.value_high is None
            and (_same_kind(c.quantity, t.quantity) or _elided_total(c.quantity, t.quantity))
        ]
        cue = _TOTAL_CUE_RE.search(before[-40:])
        if cue is not None and len(parts) >= 2 and re.search(r"\band\b", t.sentence):
            out.append(Relation(kind="total", operands=tuple(c.id for c in parts), result=t.id, cue=cue.group(0)))
    return out


def _elided_total(part: Quantity, total: Quantity) -> bool:
    """ "1,200 cars ..., a total of 4,500": the total leaves the counted noun out."""
    return total.unit is None and total.currency is None and part.currency is None and part.noun is not None


def _difference_relations(prev_group: list[Claim], group: list[Claim], next_group: list[Claim]) -> list[Relation]:
    """A price, a discount off it, and the price after: "215,900 ... deducting 16,000 ... final 199,000"."""
    out: list[Relation] = []
    for b in group:
        if b.quantity.currency is None:
            continue
        before_b = b.sentence[: b.start - b.sentence_start]
        cue = _DISCOUNT_CUE_RE.search(before_b[-60:])
        if cue is None:
            continue
        earlier = [
            c
            for c in prev_group + group
            if c.start < b.start and _same_kind(c.quantity, b.quantity) and c.quantity.value > b.quantity.value
        ]
        later = [
            c
            for c in group + next_group
            if c.start > b.end
            and _same_kind(c.quantity, b.quantity)
            and _RESULT_CUE_RE.search(c.sentence[max(0, c.start - c.sentence_start - 40) : c.start - c.sentence_start])
        ]
        if earlier and later:
            out.append(
                Relation(
                    kind="difference",
                    operands=(earlier[-1].id, b.id),
                    result=later[0].id,
                    cue=cue.group(0),
                )
            )
    return out


_PRODUCT_PRICE_CUE_RE = re.compile(
    r"\s+(?:shares?\s+)?(?:(?:on|in)\s+(?:\w+\s+){1,3}?)?(?:at|for)\s+(?:an?\s+)?(?:average\s+)?(?:price\s+of\s+|(?:of\s+)?)?$",
    re.I,
)
_TOTAL_AFTER_COUNT_RE = re.compile(
    r"\b(?:generat(?:ed|ing)|rais(?:ed|ing)|brought\s+in|bringing\s+in|fetch(?:ed|ing)|worth|valued\s+at|for|netting|netted"
    r"|pocket(?:ed|ing)|proceeds\s+of|totall?(?:ing|ed))\b[^,;.]{0,25}$",
    re.I,
)
_PRICE_AFTER_TOTAL_RE = re.compile(
    r"\bat\s+(?:an?\s+)?(?:average\s+)?(?:(?:sale|selling|share)\s+)?price\s+of\s*$", re.I
)
_PRODUCT_RESULT_CUE_RE = re.compile(
    r"\b(?:cashing\s+out|raising|raised|worth|valued\s+at|for\s+(?:a\s+total\s+of|total\s+proceeds\s+of)|proceeds\s+of"
    r"|totall?(?:ing|ed)|netting|pocketing|bringing\s+in|for\s+about|for\s+around|for\s+some|for)\b[^,;.]{0,25}$"
    # "at an average price of HK$195.42 each or HK$630.3 million": the same sale, in total
    r"|\beach\s+or\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$",
    re.I,
)


_SPENT_BEFORE_RE = re.compile(
    r"\b(?:spent|paid|invested|used)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$", re.I
)
_SPENT_FOR_RE = re.compile(
    r"\s+(?:to\s+(?:buy|acquire|purchase|subscribe\s+(?:to|for))|on|for|buying|acquiring|purchasing)\s+$", re.I
)


def _spent_before(group: list[Claim], i: int) -> Claim | None:
    """The amount spent just before a count of shares ("spent HK$1.8 billion to subscribe to 225
    million shares"), when one is stated."""
    if i == 0:
        return None
    t, n = group[i - 1], group[i]
    if t.quantity.currency is None or t.quantity.value_high:
        return None
    before = t.sentence[max(0, t.start - t.sentence_start - 30) : t.start - t.sentence_start]
    gap = t.sentence[t.end - t.sentence_start : n.start - t.sentence_start]
    return t if _SPENT_BEFORE_RE.search(before) and _SPENT_FOR_RE.fullmatch(gap) else None


# "CFO Jane Doe sold 50,000 shares of the stock in a transaction dated Monday, March 4th. The shares
# were sold at an average price of $120.50, for a total transaction of $6,025,000. Following the
# sale, the insider now directly owns 100,000 shares of the company's stock, valued at $12,050,000."
_TRADED_COUNT_RE = re.compile(r"\b(?:sold|bought|purchased|acquired|disposed\s+of)\s+(?:a\s+total\s+of\s+)?$", re.I)
_SALE_PRICE_BEFORE_RE = re.compile(r"\b(?:sold|bought|purchased|acquired)\s+at\s+an\s+average\s+price\s+of\s+$", re.I)
_SALE_TOTAL_CUE_RE = re.compile(r",?\s+for\s+a\s+total\s+(?:transaction\s+|value\s+)?of\s+$", re.I)
_HOLDING_VALUE_CUE_RE = re.compile(
    r"\s+(?:shares\s+)?(?:of\s+(?:the\s+)?(?:company['’]s\s+|firm['’]s\s+|business['’]s\s+)?(?:stock|shares)\s*)?"
    r"(?:in\s+the\s+company\s*)?,?\s+valued\s+at\s+(?:approximately\s+|about\s+)?$",
    re.I,
)
_NOW_OWNS_BEFORE_RE = re.compile(r"\bnow\s+(?:directly\s+)?owns\s+$", re.I)


def _insider_trade_relations(prev_group: list[Claim], group: list[Claim]) -> list[Relation]:
    """An insider's trade told over two sentences: the count traded in the sentence before, then
    "The shares were sold at an average price of $P, for a total transaction of $T" (count x P =
    T), and "now directly owns N shares ..., valued at $V" (N x P = V, at the same price)."""
    if not prev_group:
        return []
    s0, sentence = group[0].sentence_start, group[0].sentence

    def before(c: Claim, pattern: re.Pattern[str]) -> bool:
        return pattern.search(c.sentence[: c.start - c.sentence_start]) is not None

    counts = [c for c in prev_group if c.quantity.unit == "share" and before(c, _TRADED_COUNT_RE)]
    out: list[Relation] = []
    for i, p in enumerate(group[:-1]):
        if p.quantity.currency is None or not before(p, _SALE_PRICE_BEFORE_RE):
            continue
        t = group[i + 1]
        if (
            len(counts) == 1
            and t.quantity.currency == p.quantity.currency
            and _SALE_TOTAL_CUE_RE.fullmatch(sentence, p.end - s0, t.start - s0)
        ):
            out.append(
                Relation(kind="product", operands=(counts[0].id, p.id), result=t.id, cue="sold ... for a total of")
            )
        break
    prices = [c for c in prev_group if c.quantity.currency is not None and before(c, _SALE_PRICE_BEFORE_RE)]
    for i, n in enumerate(group[:-1]):
        if n.quantity.unit != "share" or not before(n, _NOW_OWNS_BEFORE_RE) or len(prices) != 1:
            continue
        v = group[i + 1]
        if v.quantity.currency == prices[0].quantity.currency and _HOLDING_VALUE_CUE_RE.fullmatch(
            sentence, n.end - s0, v.start - s0
        ):
            out.append(
                Relation(kind="product", operands=(n.id, prices[0].id), result=v.id, cue="now owns ... valued at")
            )
    return out


def _product_relations(group: list[Claim]) -> list[Relation]:
    """ "sold 2.1 million shares at an average price of $31.05, cashing out about $65.2 million":
    count x price = amount, when the three are stated together in one clause chain."""
    out: list[Relation] = []
    for i, n in enumerate(group):
        q = n.quantity
        if q.currency is not None or q.unit not in ("share", "unit", "vehicle", "car", "item") or q.value_high:
            continue
        for j in range(i + 1, min(i + 5, len(group))):
            p = group[j]
            gap = n.sentence[n.end - n.sentence_start : p.start - n.sentence_start]
            if p.quantity.currency is None or p.quantity.value_high:
                continue
            # "sold 2,532,500 H shares of BYD, reducing its stake from 9.21% to 8.98%, at an average
            # price of": other numbers between, none of them an amount or a count of the same thing
            between_all = group[i + 1 : j]
            named_price = not any(
                b.quantity.currency is not None or b.quantity.unit == q.unit for b in between_all
            ) and bool(_PRICE_AFTER_TOTAL_RE.search(gap))
            if not (_PRODUCT_PRICE_CUE_RE.fullmatch(gap) or named_price):
                continue
            spent = _spent_before(group, i)
            if spent is not None:
                # "spent HK$1.8 billion to subscribe to 225 million shares ... at a price of HK$8"
                out.append(Relation(kind="product", operands=(n.id, p.id), result=spent.id, cue="spent ... at"))
                break
            for r in group[j + 1 : j + 3]:
                rq = r.quantity
                between = r.sentence[p.end - r.sentence_start : r.start - r.sentence_start]
                if rq.currency != p.quantity.currency or rq.value_high or len(between) > 60:
                    continue
                if _PRODUCT_RESULT_CUE_RE.search(between):
                    out.append(
                        Relation(kind="product", operands=(n.id, p.id), result=r.id, cue=between.strip(" ,")[:60])
                    )
                    break
            break
        else:
            # "sold 975,000 shares, and the sales generated about $152 million for him at an
            # average price of $155.91": count, then the amount, then the price it was sold at
            for j in range(i + 1, min(i + 3, len(group) - 1)):
                t, p = group[j], group[j + 1]
                gap = n.sentence[n.end - n.sentence_start : t.start - n.sentence_start]
                if t.quantity.currency is None or len(gap) > 60 or not _TOTAL_AFTER_COUNT_RE.search(gap):
                    continue
                between = p.sentence[t.end - p.sentence_start : p.start - p.sentence_start]
                if (
                    p.quantity.currency == t.quantity.currency
                    and not (p.quantity.value_high or t.quantity.value_high)
                    and len(between) <= 40
                    and _PRICE_AFTER_TOTAL_RE.search(between)
                ):
                    out.append(Relation(kind="product", operands=(n.id, p.id), result=t.id, cue=gap.strip(" ,")[:60]))
                break
    return out


_OR_CONVERSION_GAP_RE = re.compile(
    r",\s*or\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|~)?", re.I
)
# what may follow the amount an "or" converts to: the clause goes on or ends ("..., or $1.41
# billion, in the quarter"), not a second alternative ("$5, or $6 with fees")
_OR_CONVERSION_END_RE = re.compile(
    r"\s*(?:[,.;:)]|$|\s(?:in|for|at|on|a|an|from|compared|versus|vs\.?|up|down|and|as|last|this|year|per)\b)", re.I
)


def _conversion_relations(group: list[Claim], published: date | None = None) -> list[Relation]:
    """ "RMB 80.2 billion (US$11.1 billion)": the bracketed amount is the first in another currency."""
    out: list[Relation] = []
    for i, a in enumerate(group):
        # the next amount in money; "RMB 55,800 (20% discount, ~$7,780)": other bracketed items first
        b = next((c for c in group[i + 1 :] if c.quantity.currency), None)
        if b is None:
            continue
        qa, qb = a.quantity, b.quantity
        if not qa.currency or not qb.currency or qa.currency == qb.currency:
            continue
        if (qa.value_high is None) != (qb.value_high is None):
            continue  # (a range converts to a range: "9.5 billion to 10 billion yuan ($1.3 billion to $1.4 billion)")
        gap = a.sentence[a.end - a.sentence_start : b.start - a.sentence_start]
        if _OR_CONVERSION_GAP_RE.fullmatch(gap) and _OR_CONVERSION_END_RE.match(b.sentence, b.end - b.sentence_start):
            # "net profit of 9.8 billion yuan, or about $1.36 billion": the amount again, in dollars
            out.append(
                Relation(
                    kind="conversion",
                    operands=(a.id,),
                    result=b.id,
                    cue=f"{qa.currency} -> {qb.currency}",
                    day=published,
                )
            )
            continue
        if not re.fullmatch(
            r"\s*[(（\[](?:[^()（）\[\]]{1,40}?[,;]\s*)?\s*(?:or\s+|about\s+|approximately\s+|around\s+|roughly\s+|~)?",
            gap,
        ):
            continue
        # "172,740 million Hong Kong dollars (22,260 million dollars, 18,248 million euros)": one
        # bracket may give the amount in two other currencies
        results = [b]
        for c in group[group.index(b) + 1 :]:
            between = c.sentence[results[-1].end - c.sentence_start : c.start - c.sentence_start]
            if (
                c.quantity.currency
                and c.quantity.currency not in (qa.currency, *(r.quantity.currency for r in results))
                and not c.quantity.value_high
                and re.fullmatch(r"\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", between)
            ):
                results.append(c)
            else:
                break
        last = results[-1]
        # (a footnote marker may stand before the bracket closes: "( USD20.6 billion [2] )")
        if not re.match(
            r"\s*(?:\[\d{1,2}\]\s*)?[)）\]]",
            last.sentence[last.end - last.sentence_start : last.end - last.sentence_start + 8],
        ):
            continue
        day = published  # undated: verification tries the figure's period end and its report
        for r in results:
            out.append(
                Relation(
                    kind="conversion",
                    operands=(a.id,),
                    result=r.id,
                    cue=f"{qa.currency} -> {r.quantity.currency}",
                    day=day,
                )
            )
    return out


def _arrow_change_relations(group: list[Claim]) -> list[Relation]:
    """ "RMB 69,800 → RMB 55,800 (20% discount)": the change from A to B, stated as a percent."""
    out: list[Relation] = []
    for i in range(len(group) - 2):
        a, b, r = group[i], group[i + 1], group[i + 2]
        if r.quantity.unit != "percent" or not _same_kind(a.quantity, b.quantity) or a.quantity.unit == "percent":
            continue
        gap = a.sentence[a.end - a.sentence_start : b.start - a.sentence_start]
        after = a.sentence[b.end - a.sentence_start : r.start - a.sentence_start]
        if re.fullmatch(r"\s*(?:→|->|⟶|=>)\s*", gap) and re.fullmatch(r"\s*[(,]?\s*(?:a\s+|an\s+)?", after):
            out.append(Relation(kind="change", operands=(a.id, b.id), result=r.id, cue=gap.strip()))
    return out


def _bracketed_total_relations(group: list[Claim]) -> list[Relation]:
    """ "1,000,804 units (Jan: 300,538; Feb: 322,846; Mar: 377,420)": a total and its parts in brackets."""
    out: list[Relation] = []
    for i, t in enumerate(group):
        rest = t.sentence[t.end - t.sentence_start :]
        m = re.match(r"[\w\s]{0,30}?[(（]([^()（）]{5,200})[)）]", rest)
        if m is None:
            continue
        inside = (t.end + m.start(1), t.end + m.end(1))
        parts = [
            c
            for c in group[i + 1 :]
            if inside[0] <= c.start
            and c.end <= inside[1]
            and (_same_kind(c.quantity, t.quantity) or _elided_total(c.quantity, t.quantity))
        ]
        if (
            len(parts) >= 2
            and re.search(r"[;,]", m.group(1))
            and all(p.quantity.value < t.quantity.value for p in parts)
        ):
            out.append(Relation(kind="total", operands=tuple(p.id for p in parts), result=t.id, cue="(…)"))
    return out
