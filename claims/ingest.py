"""Ingest: files, directories and http(s) URLs become ``Document``s with a publication date.

The publication date comes, in order of precedence, from ``--published``, from a sidecar
``<file>.meta.json``, from HTML metadata, or from a leading ISO date line; otherwise it is
stored as unknown (never guessed). Each input that cannot be read becomes an ``InputFailure``
with a one-line reason, and the others go on.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, get_args
from urllib.parse import urlsplit

from claims.decoding import declared_charset, decode_text
from claims.errors import InputError, UnsupportedInput
from claims.models import DateBasis, Document, InputFailure
from claims.reading.document import is_chrome_line

if TYPE_CHECKING:
    import httpx

TEXT_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
URL_TIMEOUT_S = 10.0  # connect/read/write/pool, each
URL_DEADLINE_S = 60.0  # the whole fetch, so a server dripping bytes cannot hold a run forever
MAX_REDIRECTS = 5
URL_SCHEMES = ("http", "https")
_USERINFO_RE = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#\s@]*@")
_SCHEME_RE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|(?:file|data|ftp|sftp|javascript|mailto):)", re.I)
_ISO_LINE_RE = re.compile(r"\A\s*(\d{4}-\d{2}-\d{2})\s*(?:\n|\Z)")
_HTML_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "DC.date.issued",
)


@dataclass(frozen=True)
class Ingested:
    """A document and the name the user gave for it (path or URL)."""

    doc: str
    document: Document


def load_documents(
    inputs: Iterable[str],
    *,
    published: date | None = None,
    client: httpx.Client | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[list[Ingested], list[InputFailure]]:
    """Read every input; return the documents and the inputs that failed, with why."""
    docs: list[Ingested] = []
    failures: list[InputFailure] = []
    for item in inputs:
        try:
            for name in _expand(item):
                try:
                    document = load_document(name, published=published, client=client, max_bytes=max_bytes)
                    docs.append(Ingested(redact(name), document))
                except InputError as exc:
                    failures.append(InputFailure(doc=redact(name), error=str(exc)))
        except InputError as exc:
            failures.append(InputFailure(doc=redact(item), error=str(exc)))
    return docs, failures


def redact(text: str) -> str:
    """``text`` with the user:password part of every URL in it masked, so that it reaches no
    message, log or database."""
    return _USERINFO_RE.sub(r"\1***@", text)


def _expand(item: str) -> list[str]:
    if _is_url(item):
        return [item]
    if _SCHEME_RE.match(item) and not Path(item).exists():
        scheme = item.split(":", 1)[0]
        raise InputError(f"{redact(item)}: {scheme}: URLs are not supported; only http(s)", source=redact(item))
    if item == STDIN:
        return [item]
    path = Path(item)
    if not path.exists():
        raise InputError(_missing(item), source=item)
    if path.is_dir():
        files = sorted(  # a broken link is listed too, so that it is reported, not skipped
            str(p)
            for p in path.rglob("*")
            if (p.is_file() or p.is_symlink()) and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(".")
        )
        if not files:
            raise InputError(f"{item}: directory has no text files ({', '.join(TEXT_SUFFIXES)})", source=item)
        return files
    return [item]


STDIN = "-"  # `claims check -` reads one document from standard input


def _missing(name: str) -> str:
    """Why ``name`` cannot be opened although it was given: a symlink loop, a link to nothing, or absent."""
    path = Path(name)
    if path.is_symlink():
        try:
            path.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return f"{name}: symlink loop (too many levels of symbolic links)"
            return f"{name}: broken symlink (points to {os.readlink(path)}, which does not exist)"
    return f"{name}: no such file or directory"


def _read_stdin(max_bytes: int) -> bytes:
    raw = sys.stdin.buffer.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise UnsupportedInput(f"<stdin>: over the {max_bytes:,}-byte limit (--max-bytes)", source=STDIN)
    return raw


def _is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


def load_document(
    name: str,
    *,
    published: date | None = None,
    client: httpx.Client | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """One document from a path or URL. Raises ``InputError`` with a one-line reason."""
    charset: str | None = None
    url: str | None = None
    if _is_url(name):
        url = name
        raw, content_type = _fetch_url(name, client, max_bytes)
        meta: dict[str, object] = {}
        charset = declared_charset(raw, content_type)
        name = redact(name)
    elif name == STDIN:
        raw, content_type, meta = _read_stdin(max_bytes), "text/plain", {}
        name = "<stdin>"
    else:
        path = Path(name)
        try:
            if not path.exists():
                raise InputError(_missing(name), source=name)
            if not path.is_file():
                kind = "a directory" if path.is_dir() else "not a regular file"
                raise UnsupportedInput(f"{name}: {kind}; give a text file", source=name)
            size = path.stat().st_size
            if size > max_bytes:
                raise UnsupportedInput(
                    f"{name}: file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)", source=name
                )
            with path.open("rb") as fh:  # never more than the cap, even if the file grows while we read
                raw = fh.read(max_bytes + 1)
            if len(raw) > max_bytes:
                raise UnsupportedInput(f"{name}: file is over the {max_bytes:,}-byte limit (--max-bytes)", source=name)
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})", source=name) from exc
        content_type = "text/html" if path.suffix.lower() in (".html", ".htm") else "text/plain"
        meta = _sidecar(path)
    text = decode_text(raw, name, charset=charset)
    title: str | None = None
    basis: DateBasis = "unknown"
    note: str | None = None
    found: date | None = None
    if "html" in content_type or re.match(r"\s*(?:<!doctype html|<html)", text[:200], re.I):
        text, title, found = html_to_text(text)
        if found:
            basis, note = "metadata", "from the page's publication-date metadata"
    _check_text(text, name)
    if found is None:
        stated = _published_in_text(text)
        if stated is not None:
            found, note = stated
            basis = "stated"
    if found is None and url is not None:
        dated = published_in_url(url)
        if dated is not None:
            found, basis, note = dated, "url", "from the date in the article's address"
    if "published" in meta:
        value = meta.get("published")
        try:
            found = date.fromisoformat(str(value)) if value else None
        except ValueError:
            raise InputError(
                f"{name}.meta.json: published {value!r} is not a date (YYYY-MM-DD, or null)", source=name
            ) from None
        stated_basis = str(meta.get("published_basis") or ("metadata" if value else "unknown"))
        if stated_basis not in get_args(DateBasis):
            raise InputError(
                f"{name}.meta.json: published_basis {stated_basis!r} is not one of {', '.join(get_args(DateBasis))}",
                source=name,
            )
        basis = stated_basis  # type: ignore[assignment]
        note = str(meta.get("note") or "from the sidecar metadata file")
    if published is not None:
        found, basis, note = published, "cli", "given with --published"
    title = str(meta["title"]) if meta.get("title") else title or _title(text)
    return Document(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source=name,
        title=title,
        published=found,
        published_basis=basis,
        published_note=note,
        text=text,
    )


def _published_in_text(text: str) -> tuple[date, str] | None:
    """The publication date the article's own first lines state (a leading ISO date line,
    "*Published 14 August 2024*", a byline or a dateline with a date), with a note saying where."""
    from claims.reading.document import published_in_text

    iso = _ISO_LINE_RE.match(text)
    if iso:
        try:
            return date.fromisoformat(iso.group(1)), "leading ISO date line"
        except ValueError:
            return None
    return published_in_text(text)


_URL_DATE_RE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$)")


def published_in_url(url: str) -> date | None:
    """The date a news address carries in its path (``/2024/10/14/slug``, ``/2024-10-14-slug``),
    the common permalink form of news sites; None when the path has none or it is not a date."""
    path = urlsplit(url).path
    m = _URL_DATE_RE.search(path)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _sidecar(path: Path) -> dict[str, object]:
    side = path.with_name(path.name + ".meta.json")
    if not side.exists():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{side}: unreadable metadata ({exc})", source=str(path)) from exc
    if not isinstance(data, dict):
        raise InputError(f"{side}: metadata must be a JSON object", source=str(path))
    return data


def _check_text(text: str, name: str) -> None:
    if not text.strip():
        raise UnsupportedInput(f"{name}: no text (whitespace only)", source=name)
    letters = sum(map(str.isalpha, text))  # counted, not listed: a 20 MB text is 20 M letters
    if letters:
        latin = sum(map(str.isalpha, text.encode("ascii", "ignore").decode("ascii")))
        if latin / letters < 0.5:
            raise UnsupportedInput(
                f"{name}: text is mostly not English ({latin / letters:.0%} Latin letters); only English is supported",
                source=name,
            )
    elif not any(c.isdigit() for c in text):
        raise UnsupportedInput(f"{name}: no words or numbers in the file", source=name)
    words = re.findall(r"[^\W\d_]+", text[:200_000].lower())
    if len(words) >= 40:
        english = sum(w in _ENGLISH_WORDS for w in words) / len(words)
        foreign = sum(w in _FOREIGN_WORDS for w in words) / len(words)
        if foreign >= 0.15 and english < 0.05:
            raise UnsupportedInput(
                f"{name}: text is mostly not English ({english:.0%} common English words, {foreign:.0%} common"
                " Spanish/French/German/Italian/Portuguese ones); only English is supported",
                source=name,
            )


# A Latin-script text in another language passes the script test; these catch the usual ones.
_ENGLISH_WORDS = frozenset(
    "the of and to in is was for on that with as by at from it has have its be are were this which said will"
    " not but or an after than".split()
)
_FOREIGN_WORDS = frozenset(
    "de la el los las del que y en por con para una es se al le les des du et est une dans pour au sur pas qui"
    " der das und ist nicht mit den dem ein eine zu von sich auf il di che non per della gli os da do"
    " um não".split()
)


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if not line or _ISO_LINE_RE.match(line) or is_chrome_line(line):
            continue  # (nor a site's menu above the story: "• Investing")
        letters = [c for c in line if c.isalpha()]
        if len(line) <= 150 and letters and sum(c.isascii() for c in letters) / len(letters) > 0.9:
            return line
        return None
    return None


def html_to_text(html: str) -> tuple[str, str | None, date | None]:
    """Article text, title and publication date of an HTML page (BeautifulSoup)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    found: date | None = None
    for meta in soup.find_all("meta"):
        key = str(meta.get("property") or meta.get("name") or meta.get("itemprop") or "")
        if key in _HTML_DATE_META and meta.get("content"):
            m = re.match(r"(\d{4}-\d{2}-\d{2})", str(meta.get("content")))
            if m:
                found = date.fromisoformat(m.group(1))
                break
    if found is None:
        tag = soup.find("time", attrs={"datetime": True})
        if tag is not None:
            m = re.match(r"(\d{4}-\d{2}-\d{2})", str(tag.get("datetime")))
            found = date.fromisoformat(m.group(1)) if m else None
    title = soup.title.get_text(strip=True) if soup.title else None
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [el.get_text(" ", strip=True) for el in root.find_all(["h1", "h2", "h3", "p", "li", "blockquote"])]
    text = "\n".join(b for b in blocks if b) or root.get_text("\n", strip=True)
    return text, title or None, found


def _fetch_url(url: str, client: httpx.Client | None, max_bytes: int) -> tuple[bytes, str]:
    """GET ``url``: only http(s) at every hop, at most ``MAX_REDIRECTS`` redirects, the body capped at
    ``max_bytes`` while it streams and the whole fetch at ``URL_DEADLINE_S``."""
    import httpx

    shown = redact(url)
    own = client is None
    http = client or httpx.Client(timeout=URL_TIMEOUT_S)
    deadline = time.monotonic() + URL_DEADLINE_S
    try:
        request = http.build_request("GET", url, headers={"User-Agent": "claims-fact-checker/0.1"})
        for _hop in range(MAX_REDIRECTS + 1):
            if request.url.scheme not in URL_SCHEMES:
                raise InputError(
                    f"{shown}: redirected to a {request.url.scheme}: URL; only http(s) is followed", source=shown
                )
            response = http.send(request, stream=True, follow_redirects=False)
            try:
                if response.is_redirect and response.next_request is not None:
                    request = response.next_request
                    continue
                return _read_body(response, shown, max_bytes, deadline)
            finally:
                response.close()
        raise InputError(f"{shown}: too many redirects (more than {MAX_REDIRECTS})", source=shown)
    except httpx.TooManyRedirects as exc:
        raise InputError(f"{shown}: too many redirects", source=shown) from exc
    except httpx.UnsupportedProtocol as exc:
        raise InputError(f"{shown}: unsupported URL scheme; only http(s)", source=shown) from exc
    except httpx.TimeoutException as exc:
        raise InputError(f"{shown}: timed out ({type(exc).__name__})", source=shown) from exc
    except httpx.HTTPError as exc:
        reason = redact(str(exc).splitlines()[0] if str(exc) else "")
        raise InputError(f"{shown}: unreachable ({type(exc).__name__}: {reason})", source=shown) from exc
    finally:
        if own:
            http.close()


def _read_body(response: httpx.Response, shown: str, max_bytes: int, deadline: float) -> tuple[bytes, str]:
    if response.status_code >= 300:
        raise InputError(f"{shown}: HTTP {response.status_code} {response.reason_phrase}".rstrip(), source=shown)
    content_type = response.headers.get("content-type", "text/plain").lower()
    if not (content_type.startswith("text/") or "html" in content_type or "xml" in content_type):
        raise UnsupportedInput(f"{shown}: content type {content_type!r} is not text", source=shown)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise UnsupportedInput(
            f"{shown}: body is {int(declared):,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)", source=shown
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise UnsupportedInput(f"{shown}: body exceeds the {max_bytes:,}-byte limit (--max-bytes)", source=shown)
        if time.monotonic() > deadline:
            raise InputError(f"{shown}: timed out (the download took over {URL_DEADLINE_S:g} s)", source=shown)
        chunks.append(chunk)
    return b"".join(chunks), content_type
