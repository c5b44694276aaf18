"""``scan(pattern, text)``: ``pattern.finditer(text)``, fast for a big alternation of names.

Python's ``re`` tries every alternative of an alternation at every position of the text; for a
gazetteer of a few hundred case-insensitive names that is ~45 µs per character. ``scan`` first
finds, with one character-class regex, the positions where some alternative can start (its
first characters, at a word start when the alternative begins with a word-boundary assertion),
then keeps only the positions whose next few characters (lower-cased, ASCII) begin one of the
alternatives' literal heads ("xia" for Xiaomi), and tries the whole pattern only there, with
the same non-overlapping, leftmost semantics as ``finditer``. A position whose next characters
are not ASCII is always tried (``re.IGNORECASE`` lets "K", the Kelvin sign, match "k"). When it
cannot prove the positions cover every possible match it falls back to ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _sre  # type: ignore[attr-defined]
from typing import Any

_SCAN = _C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)


def scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, in the same order."""
    starts = _prefilter(pattern.pattern, pattern.flags)
    if starts is None:
        yield from pattern.finditer(text)
        return
    heads = _heads(pattern.pattern, pattern.flags)
    fold = bool(pattern.flags & re.IGNORECASE)
    pos = 0
    for candidate in starts.finditer(text):
        at = candidate.start()
        if at < pos:
            continue
        if heads is not None:
            window = text[at : at + HEAD_CHARS]
            if window.isascii():
                if fold:
                    window = window.lower()
                for size, known in heads:
                    if window[:size] in known:
                        break
                else:
                    continue  # no alternative can start with these characters
        m = pattern.match(text, at)
        if m is not None and m.end() > m.start():
            yield m
            pos = m.end()


def _first(items: list[Any]) -> set[str] | None:
    """The characters a sequence can start with ('' if it can match empty); None if unknown."""
    out: set[str] = set()
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        if op == _C.LITERAL:
            return out | {chr(av)}
        if op == _C.IN:
            chars: set[str] = set()
            for sop, sav in av:
                if sop == _C.LITERAL:
                    chars.add(chr(sav))
                elif sop == _C.RANGE and sav[1] - sav[0] < 256:
                    chars |= {chr(c) for c in range(sav[0], sav[1] + 1)}
                else:
                    return None
            return out | chars
        if op in (_C.SUBPATTERN, _C.BRANCH):
            alts = [list(av[-1])] if op == _C.SUBPATTERN else [list(a) for a in av[1]]
            acc: set[str] = set()
            for alt in alts:
                sub = _first(alt)
                if sub is None:
                    return None
                acc |= sub
            if "" not in acc:
                return out | acc
            out |= acc - {""}
            continue
        if op in _SCAN:
            low, _high, body = av
            sub = _first(list(body))
            if sub is None:
                return None
            out |= sub - {""}
            if low > 0 and "" not in sub:
                return out
            continue
        return None
    return out | {""}


def _after_non_word(items: list[Any]) -> bool:
    """The alternative starts with (?<![\\w…]) or with \\b before a word character."""
    if not items:
        return False
    op, av = items[0]
    if op == _C.ASSERT_NOT and av[0] == -1:
        body = list(av[1])
        return len(body) == 1 and body[0][0] == _C.IN and (_C.CATEGORY, _C.CATEGORY_WORD) in body[0][1]
    if op == _C.AT and av == _C.AT_BOUNDARY:
        nxt = _first(items[1:])
        return nxt is not None and "" not in nxt and all(ch.isalnum() or ch == "_" for ch in nxt)
    return False


@lru_cache(maxsize=32)
def _prefilter(source: str, flags: int) -> re.Pattern[str] | None:
    try:
        tree = list(_sre.parse(source, flags))
    except Exception:  # an internal parser we cannot read: the plain scan
        return None
    if len(tree) != 1 or tree[0][0] != _C.BRANCH:
        return None
    at_word_start: set[str] = set()
    anywhere: set[str] = set()
    for raw in tree[0][1][1]:
        alt = list(raw)
        inner = list(alt[0][1][-1]) if len(alt) == 1 and alt[0][0] == _C.SUBPATTERN else alt
        chars = _first(inner)
        if chars is None or "" in chars:
            return None
        if _after_non_word(inner):
            at_word_start |= chars
        elif inner and inner[0][0] == _C.LITERAL:
            anywhere |= chars
        else:
            return None

    def charclass(chars: set[str]) -> str:
        return "".join(re.escape(c) for c in sorted({x for c in chars for x in (c, c.lower(), c.upper())}))

    parts = [f"(?<!\\w)[{charclass(at_word_start)}]"] if at_word_start else []
    parts += [f"[{charclass(anywhere)}]"] if anywhere else []
    return re.compile("|".join(parts), flags & re.IGNORECASE) if parts else None


HEAD_CHARS = 4  # how many leading characters of each alternative the second filter compares
_MAX_HEADS = 4096  # more distinct heads than this: no second filter (the first still applies)


@lru_cache(maxsize=4096)
def _ascii_matching(source: str, flags: int) -> frozenset[str]:
    """The ASCII characters the one-character regex ``source`` matches (re's own case rules)."""
    one = re.compile(source, flags)
    return frozenset(c for c in map(chr, range(128)) if one.fullmatch(c))


def _class_source(items: list[Any]) -> str | None:
    """A character class (members: literals and ranges) as regex source; None for anything else."""
    parts = []
    for op, av in items:
        if op == _C.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op == _C.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:
            return None
    return "[" + "".join(parts) + "]"


def _grow(items: list[Any], open_: set[str], flags: int) -> tuple[set[str], set[str]] | None:
    """Extend the heads in ``open_`` through ``items``: (still open, closed). A head is a string
    of ASCII characters (lower-cased under ``re.IGNORECASE``) that every ASCII text a path can
    match starts with; a closed head is not followed further, an open one grows with what comes
    next. A path through a character with no ASCII match leaves no head: the text there is not
    ASCII, and a window with a non-ASCII character is always tried. None: too many heads."""
    fold = bool(flags & re.IGNORECASE)
    closed: set[str] = set()
    for op, av in items:
        full = {h for h in open_ if len(h) >= HEAD_CHARS}
        closed |= full
        open_ = open_ - full
        if not open_:
            break
        source = re.escape(chr(av)) if op == _C.LITERAL else _class_source(list(av)) if op == _C.IN else None
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: what follows starts at the same place
        if source is not None:
            chars = _ascii_matching(source, flags & ~re.VERBOSE)
            chars = frozenset(c.lower() for c in chars) if fold else chars
            open_ = {h + c for h in open_ for c in chars}
        elif op == _C.SUBPATTERN and not av[1] and not av[2]:
            grown = _grow(list(av[-1]), open_, flags)
            if grown is None:
                return None
            open_, closed = grown[0], closed | grown[1]
        elif op == _C.BRANCH:
            after: set[str] = set()
            for alt in av[1]:
                grown = _grow(list(alt), set(open_), flags)
                if grown is None:
                    return None
                after |= grown[0]
                closed |= grown[1]
            open_ = after
        elif op in _SCAN:
            low, _high, body = av
            grown = _grow(list(body), set(open_), flags)  # one repetition, then not followed further
            if grown is None:
                return None
            closed |= grown[0] | grown[1]
            open_ = open_ if low == 0 else set()  # or none at all
        else:  # anything else (a category, a negated class, a back-reference): stop here
            closed |= open_
            open_ = set()
        if len(open_) + len(closed) > _MAX_HEADS:
            return None
    return open_, closed


@lru_cache(maxsize=32)
def _heads(source: str, flags: int) -> tuple[tuple[int, frozenset[str]], ...] | None:
    """The heads of the alternatives of a top-level alternation, by length (shortest first);
    None when some path has an empty head (then every prefilter position is tried)."""
    if flags & re.LOCALE:
        return None
    try:
        tree = list(_sre.parse(source, flags))
    except Exception:  # an internal parser we cannot read: no second filter
        return None
    if len(tree) != 1 or tree[0][0] != _C.BRANCH:
        return None
    heads: set[str] = set()
    for alt in tree[0][1][1]:
        grown = _grow(list(alt), {""}, flags)
        if grown is None:
            return None
        heads |= grown[0] | grown[1]
    if "" in heads:
        return None
    sizes = sorted({len(h) for h in heads})
    return tuple((n, frozenset(h for h in heads if len(h) == n)) for n in sizes)
