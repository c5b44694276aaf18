"""Bytes to text without trusting a detector's guess: BOMs, strict UTF-8, the declared charset,
then a fixed list of news encodings, each decoded strictly and scored for plausibility.

Order: a byte-order mark; strict UTF-8; the charset the server (HTTP ``Content-Type``) or the
page (``<meta charset>``) declares, where it decodes strictly to plausible text; then each candidate in ``CANDIDATES`` that decodes strictly,
scored by :func:`plausibility`; the best one wins if it is plausible enough. Encodings outside
the list go to ``charset_normalizer`` and must pass the same plausibility check. When nothing
fits, ``UnsupportedInput`` says so: mojibake is never stored as fact.

Why not the detector alone: on short mixed Latin/CJK text it guesses (charset-normalizer 3.5.3
read a GBK sentence as cp1255 Hebrew). Strict decoding rules most encodings out at once, and the
plausibility score tells the rest apart: the wrong decoding of a legacy encoding gives runs of
accented capitals and symbols (``Ð¡Ã×``), single ideographs glued inside Latin words, C1
control characters, or rare characters, where real text gives words. The frequency tiers that
score CJK characters come from the encoding standards themselves (GB 2312 level 1, Big5's
frequently-used block, JIS X 0208 level 1), so no word list is involved.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from claims.errors import UnsupportedInput

Script = Literal["latin", "zh-hans", "zh-hant", "ja", "ko", "other"]


@dataclass(frozen=True)
class Candidate:
    """A legacy encoding worth trying, with the script its text is written in."""

    codec: str
    script: Script


# Tried in this order; on equal scores the earlier one wins (cp1252 before latin-1: they agree
# except on 0x80-0x9F, where latin-1 gives control characters; gb18030 covers GBK and GB 2312).
CANDIDATES: tuple[Candidate, ...] = (
    Candidate("cp1252", "latin"),
    Candidate("latin-1", "latin"),
    Candidate("gb18030", "zh-hans"),
    Candidate("big5hkscs", "zh-hant"),
    Candidate("cp932", "ja"),
    Candidate("euc_jp", "ja"),
    Candidate("euc_kr", "ko"),
)
MIN_PLAUSIBILITY = 0.8
_SAMPLE_CHARS = 200_000  # scoring reads at most this much of a long text: enough to decide

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
# WHATWG's label rules where Python's codec of the same name is narrower than what pages mean.
_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
}


def declared_charset(raw: bytes, content_type: str | None = None) -> str | None:
    """The charset a ``Content-Type`` header or, failing that, an HTML ``<meta>`` tag in the first
    1,024 bytes declares, as a Python codec name (WHATWG label mapping), or None."""
    label: str | None = None
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
        label = m.group(1) if m else None
    if label is None:
        m2 = _META_CHARSET_RE.search(raw[:1024])
        label = m2.group(1).decode("ascii", "replace") if m2 else None
    if label is None:
        return None
    return _LABELS.get(label.lower(), label.lower())


def decode_text(raw: bytes, name: str, *, charset: str | None = None) -> str:
    """Decode ``raw`` (see the module docstring for the order). Raises ``UnsupportedInput`` for
    empty, blank or binary input, and for bytes that no candidate encoding reads as plausible text.

    Example: ``decode_text("Acme (艾克美) rose 5%".encode("gbk"), "a.txt")`` -> the original text.
    """
    if not raw:
        raise UnsupportedInput(f"{name}: empty file (0 bytes)", source=name)
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return _non_blank(raw[len(bom) :].decode(codec), name)
            except UnicodeDecodeError:
                break
    if not raw.strip():
        raise UnsupportedInput(f"{name}: no text (whitespace only)", source=name)
    if b"\x00" in raw[:8192]:
        raise UnsupportedInput(f"{name}: binary file (contains NUL bytes), not text", source=name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = charset or declared_charset(raw)
    if declared:
        codec = _LABELS.get(declared.lower(), declared)
        try:
            text = raw.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: fall through to the candidates
        else:
            if plausibility(text, _script_of(codec)) >= MIN_PLAUSIBILITY:
                return text
    return _best_candidate(raw, name)


def _script_of(codec: str) -> Script:
    name = codecs.lookup(codec).name
    return next((c.script for c in CANDIDATES if codecs.lookup(c.codec).name == name), "other")


def _best_candidate(raw: bytes, name: str) -> str:
    best: tuple[float, str, str] | None = None  # (score, codec, text)
    for cand in CANDIDATES:
        try:
            text = raw.decode(cand.codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(text, cand.script)
        if best is None or score > best[0]:
            best = (score, cand.codec, text)
    if best is None or best[0] < MIN_PLAUSIBILITY:
        other = _detector_guess(raw)
        if other is not None and (best is None or other[0] > best[0]):
            best = other
    if best is None:
        raise UnsupportedInput(
            f"{name}: not UTF-8 and no text encoding could be detected; binary? (convert it to UTF-8)", source=name
        )
    if best[0] < MIN_PLAUSIBILITY:
        raise UnsupportedInput(
            f"{name}: not UTF-8 and no text encoding could be detected: the best reading ({best[1]}) is"
            f" {best[0]:.0%} plausible; convert the file to UTF-8 or declare its charset",
            source=name,
        )
    return best[2]


def _detector_guess(raw: bytes) -> tuple[float, str, str] | None:
    """charset-normalizer's best guess among encodings outside ``CANDIDATES``, scored the same way."""
    from charset_normalizer import from_bytes

    tried = {c.codec.replace("-", "_") for c in CANDIDATES} | {"latin_1", "big5", "gbk", "gb2312", "shift_jis"}
    for match in from_bytes(raw):
        codec = str(match.encoding)
        if codec in tried:
            continue
        text = str(match)
        return plausibility(text, "other"), codec, text
    return None


def plausibility(text: str, script: Script) -> float:
    """How much ``text`` reads as real text of ``script``: the mean weight of its non-ASCII
    characters (1.0 where they sit as in real text, 0 for control characters). ASCII text is 1.0."""
    sample = text[:_SAMPLE_CHARS]
    total = 0.0
    count = 0
    for m in _NON_ASCII_RUN.finditer(sample):
        run = m.group()
        before = sample[m.start() - 1] if m.start() else " "
        after = sample[m.end()] if m.end() < len(sample) else " "
        glued = before.isalpha() and after.isalpha()  # inside a Latin word on both sides
        for ch in run:
            total += _weight(ch, script, len(run), glued, before.isalpha() or after.isalpha())
            count += 1
    if count == 0:
        return 1.0
    score = total / count
    if script == "ja":
        # Japanese prose is written with kana between its kanji; Chinese read as a Japanese
        # encoding (EUC-JP and GB 2312 share their byte structure) gives kanji alone.
        ideographs = len(_IDEOGRAPH_RE.findall(sample))
        if ideographs >= 10 and len(_KANA_RE.findall(sample)) < 0.05 * ideographs:
            score *= 0.7
    return score


_IDEOGRAPH_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# Punctuation that real text puts between two letters: apostrophes, hyphens, dashes, middle dots.
_INSIDE_WORDS = frozenset("\u2019\u2018\u2010\u2011\u2013\u2014\u00b7\u00ad")


def _weight(ch: str, script: Script, run: int, glued: bool, touches_letter: bool) -> float:
    cp = ord(ch)
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Co", "Cs", "Cn") or cp == 0xFFFD:
        return 0.0
    if cat.startswith("Z"):  # no-break and other spaces
        return 1.0
    if 0xFF61 <= cp <= 0xFF9F:  # half-width katakana: legal in Shift-JIS, rare in text
        return 0.3 if script == "ja" else 0.1
    if 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF:  # CJK punctuation, full-width forms
        return 1.0 if script in ("zh-hans", "zh-hant", "ja", "ko") else 0.2
    if 0x3040 <= cp <= 0x30FF:  # kana
        return 1.0 if script == "ja" else 0.1
    if 0xAC00 <= cp <= 0xD7AF:  # hangul
        return 1.0 if script == "ko" else 0.1
    if 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF:
        tier = _cjk_tier(ch, script)
        return tier * (0.3 if glued and run == 1 else 1.0)
    if cat.startswith("L"):
        name = unicodedata.name(ch, "")
        if "LATIN" in name:
            # Accented letters sit inside or beside Latin words, one or two at a time.
            if script in ("latin", "other") and run <= 2 and (touches_letter or run == 1):
                return 1.0
            return 0.2
        if "CYRILLIC" in name:
            return 1.0 if script == "other" and not glued else 0.1
        return 0.8 if script == "other" and not glued else 0.2
    if cat.startswith(("P", "S", "N")):
        if 0x2500 <= cp <= 0x25FF:  # box drawing, blocks, shapes: what mojibake is made of
            return 0.2
        if glued and ch not in _INSIDE_WORDS:  # "x¿n": a symbol inside a word is mojibake
            return 0.2
        return 1.0 if run <= 3 else 0.3
    return 0.3


def _cjk_tier(ch: str, script: Script) -> float:
    """1.0 for a character of its standard's most-used tier, less for rarer ones."""
    if script == "zh-hans":  # GBK/GB18030 text is mostly simplified, but traditional text is written in it too
        simplified = _tier(ch, "gb2312", ((0xB0A1, 0xD7F9, 1.0), (0xD8A1, 0xF7FE, 0.8)), 0.4)
        return max(simplified, 0.9 * _cjk_tier(ch, "zh-hant"))
    if script == "zh-hant":
        return _tier(ch, "big5", ((0xA440, 0xC67E, 1.0), (0xC940, 0xF9D5, 0.8)), 0.4)
    if script == "ja":
        return _tier(ch, "shift_jis", ((0x889F, 0x9872, 1.0), (0x989F, 0xEAA4, 0.8)), 0.4)
    return 0.5 if script in ("ko", "other") else 0.1


def _tier(ch: str, codec: str, tiers: tuple[tuple[int, int, float], ...], rest: float) -> float:
    try:
        code = int.from_bytes(ch.encode(codec), "big")
    except UnicodeEncodeError:
        return rest
    for low, high, weight in tiers:
        if low <= code <= high:
            return weight
    return rest


def _non_blank(text: str, name: str) -> str:
    if not text.strip():
        raise UnsupportedInput(f"{name}: no text (whitespace only)", source=name)
    return text
