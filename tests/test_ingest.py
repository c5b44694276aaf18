"""Ingest: files, directories, encodings, HTML and URLs (through an injected httpx MockTransport)."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import httpx
import pytest

from claims import ingest
from claims.decoding import decode_text, plausibility
from claims.errors import InputError, UnsupportedInput
from claims.ingest import html_to_text, load_document, load_documents, redact

GOOD = "Xiaomi shares rose 5% to HK$15.36 on 5 August 2024.\n"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file (0 bytes)"),
        (b"  \n\t\r\n ", "no text (whitespace only)"),
        (b"\x00\x01\x02\x03PK\x03\x04", "binary file (contains NUL bytes), not text"),
        (bytes(range(128, 256)) * 4, "not UTF-8 and no text encoding could be detected"),
        ("小米集团的收入增长了百分之十二，达到一百亿元。".encode("gbk"), "text is mostly not English"),
        ("<html><body><script>var x = 1;</script></body></html>", "no text (whitespace only)"),
        ("... --- !!! ???", "no words or numbers"),
    ],
    ids=["empty", "whitespace", "binary", "undetectable", "gbk-chinese", "html-without-text", "punctuation"],
)
def test_unreadable_files_raise_one_line_input_errors(tmp_path, data, message):
    path = write(tmp_path, "a.txt", data)
    with pytest.raises(UnsupportedInput) as err:
        load_document(str(path))
    assert message in str(err.value)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("latin-1", "Revenue at the café rose 12% to £10 million in 2023, up from £8.9 million."),
        ("cp1252", "Sales rose “sharply” to €5 million — a 20% rise in 2023."),
        ("gbk", "Xiaomi (小米集团) shares rose 5% to HK$15.36 on 5 August 2024, the company said."),
        ("gb18030", "Xiaomi (小米集团) shares rose 5% to HK$15.36 on 5 August 2024, the company said."),
        ("big5", "TSMC (台積電) shares rose 1.69% to NT$1,200 on the day, a record close."),
        ("shift_jis", "Toshiba (東芝) shares fell 8.74% to 209.70 yen, the lowest in ten months."),
        ("utf-16", "Sales rose 5% to 10 million in 2023."),
        ("utf-8-sig", "Sales rose 5% to 10 million in 2023."),
    ],
)
def test_text_in_other_encodings_is_decoded(tmp_path, encoding, text):
    path = write(tmp_path, "a.txt", text.encode(encoding))
    assert load_document(str(path)).text == text


SAMPLES = json.loads((Path(__file__).parent / "fixtures" / "encodings" / "samples.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(s["text"], e) for s in SAMPLES["samples"] for e in s["encodings"]],
    ids=[f"{i}-{e}-{len(s['text'])}ch" for i, s in enumerate(SAMPLES["samples"]) for e in s["encodings"]],
)
def test_real_published_text_in_legacy_encodings_comes_back_as_written(text, encoding):
    assert decode_text(text.encode(encoding), "page.txt") == text


def test_the_fixture_covers_a_dozen_real_samples_of_different_lengths_and_encodings():
    samples = SAMPLES["samples"]
    assert len(samples) >= 12 and all(s["url"].startswith("http") for s in samples)
    lengths = sorted(len(s["text"]) for s in samples)
    assert lengths[0] < 20 and lengths[-1] > 250
    encodings = {e for s in samples for e in s["encodings"]}
    assert {"gbk", "gb18030", "big5hkscs", "shift_jis", "latin-1", "cp1252"} <= encodings


def test_an_html_meta_charset_declaration_is_used_for_a_file(tmp_path):
    page = '<html><head><meta charset="gbk"><title>T</title></head><body><p>Tencent (腾讯) rose 4.5%.</p></body></html>'
    path = write(tmp_path, "page.html", page.encode("gbk"))
    assert load_document(str(path)).text == "Tencent (腾讯) rose 4.5%."


def test_an_http_equiv_declaration_maps_latin1_to_cp1252_as_browsers_do():
    raw = b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>It rose \x96 sharply \x93today\x94</p>'
    assert "It rose – sharply “today”" in decode_text(raw, "x")


def test_a_wrong_declaration_falls_through_to_the_candidates():
    raw = "Tencent (腾讯) rose 4.5% to HK$315.2.".encode("gbk")
    assert decode_text(raw, "x", charset="shift_jis") == "Tencent (腾讯) rose 4.5% to HK$315.2."


def test_bytes_no_encoding_reads_as_text_are_refused_not_stored_as_mojibake():
    rng = random.Random(7)
    raw = bytes(rng.randrange(128, 256) for _ in range(400))
    with pytest.raises(UnsupportedInput, match=r"no text encoding could be detected.*convert the file to UTF-8"):
        decode_text(raw, "noise.txt")


def test_an_encoding_outside_the_candidates_goes_through_the_detector_and_the_same_check():
    text = SAMPLES["samples"][-1]["text"]  # Russian: KOI8-R is not a candidate, the detector finds it
    assert decode_text(text.encode("koi8_r"), "x") == text


def test_plausibility_prefers_real_text_to_its_mojibake():
    text = "中国互联网巨头腾讯(Tencent)已成为全球第十大市值公司"
    raw = text.encode("gbk")
    assert plausibility(raw.decode("gb18030"), "zh-hans") == 1.0
    assert plausibility(raw.decode("cp1252"), "latin") < 0.3
    assert plausibility("Nestlé récolte", "latin") == 1.0
    assert plausibility("Z\u9ed2ich", "zh-hans") < 0.5  # one ideograph glued inside a Latin word


def test_the_size_cap_is_checked_before_reading(tmp_path):
    path = write(tmp_path, "big.txt", GOOD * 100)
    with pytest.raises(UnsupportedInput, match=r"over the 1,000-byte limit \(--max-bytes\)"):
        load_document(str(path), max_bytes=1000)
    assert load_document(str(path), max_bytes=len(GOOD) * 100).text.startswith("Xiaomi")


def test_special_files_are_refused_not_read_forever():
    with pytest.raises(UnsupportedInput, match="not a regular file"):
        load_document("/dev/zero")


def test_a_directory_is_expanded_to_its_text_files_and_the_rest_are_ignored(tmp_path):
    write(tmp_path, "b.txt", GOOD)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.md", GOOD)
    write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path, ".hidden.txt", GOOD)
    docs, failures = load_documents([str(tmp_path)])
    # Paths sort as strings: "<dir>/b.txt" comes before "<dir>/sub/a.md".
    assert [Path(d.doc).relative_to(tmp_path).as_posix() for d in docs] == ["b.txt", "sub/a.md"]
    assert failures == []


def test_a_symlink_loop_in_a_directory_does_not_hang(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    docs, failures = load_documents([str(tmp_path)])
    assert len(docs) >= 1 and failures == []


def test_one_bad_input_does_not_stop_the_others(tmp_path):
    good = write(tmp_path, "good.txt", GOOD)
    bad = write(tmp_path, "bad.txt", b"\x00\x00")
    docs, failures = load_documents([str(good), str(bad), str(tmp_path / "missing.txt"), "ftp://example.com/a.txt"])
    assert [d.doc for d in docs] == [str(good)]
    assert [f.doc for f in failures] == [str(bad), str(tmp_path / "missing.txt"), "ftp://example.com/a.txt"]
    assert "binary file" in failures[0].error
    assert "no such file or directory" in failures[1].error
    assert "only http(s)" in failures[2].error


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd", "FILE:/etc/passwd", "data:,hi"])
def test_non_http_urls_are_refused(url):
    docs, failures = load_documents([url])
    assert docs == [] and len(failures) == 1
    assert "only http(s)" in failures[0].error


def test_sidecar_metadata_that_is_not_json_is_an_input_error(tmp_path):
    path = write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "a.txt.meta.json", "{not json")
    with pytest.raises(InputError, match="unreadable metadata"):
        load_document(str(path))


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ('{"published": "2024-03-06", "published_basis": "text"}', "published_basis 'text' is not one of stated"),
        ('{"published": "March 6, 2024"}', "published 'March 6, 2024' is not a date"),
    ],
)
def test_sidecar_values_outside_the_vocabulary_are_input_errors(tmp_path, sidecar, message):
    path = write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "a.txt.meta.json", sidecar)
    with pytest.raises(InputError, match=message):
        load_document(str(path))


# -- HTML ----------------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head><title>Xiaomi shares jump</title>
<meta property="article:published_time" content="2024-08-06T09:30:00+08:00">
<style>.price { color: red } /* 99% */</style>
<script>var tracking = "12345"; window.price = 999;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets 24/7</a></nav>
<header>Breaking: 42 stories</header>
<article><h1>Xiaomi shares jump</h1>
<p>Xiaomi shares rose 5% to HK$15.36 on 5 August 2024.</p>
<p>Revenue was 88.9 billion yuan in the second quarter.</p>
</article>
<aside>Most read: 7 things</aside>
<footer>Copyright 2024</footer>
<noscript>Enable JavaScript 100%</noscript>
</body></html>
"""


def test_html_keeps_the_article_and_drops_scripts_styles_and_navigation():
    text, title, published = html_to_text(PAGE)
    assert text.splitlines() == [
        "Xiaomi shares jump",
        "Xiaomi shares rose 5% to HK$15.36 on 5 August 2024.",
        "Revenue was 88.9 billion yuan in the second quarter.",
    ]
    for dropped in ("tracking", "999", "color", "Markets", "42 stories", "Most read", "Copyright", "JavaScript"):
        assert dropped not in text
    assert title == "Xiaomi shares jump"
    assert published == date(2024, 8, 6)


def test_html_publication_date_from_a_time_element_and_the_file_records_its_basis(tmp_path):
    page = '<html><body><time datetime="2024-03-01">1 March</time><p>Sales rose 3% in 2023.</p></body></html>'
    doc = load_document(str(write(tmp_path, "p.html", page)))
    assert doc.published == date(2024, 3, 1) and doc.published_basis == "metadata"
    assert doc.text == "Sales rose 3% in 2023."


def test_malformed_html_still_yields_text(tmp_path):
    page = "<html><body><p>Sales rose <b>3% in <i>2023.</p></div></span><p>Profit fell 2%"
    doc = load_document(str(write(tmp_path, "p.htm", page)))
    assert "Sales rose 3% in 2023." in doc.text and "Profit fell 2%" in doc.text


# -- URLs through an injected client -------------------------------------------------------------


def client(handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def html_ok(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, text=PAGE)


def fetch_error(handler, url: str = "https://news.example/a", **kw) -> str:
    docs, failures = load_documents([url], client=client(handler), **kw)
    assert docs == [] and len(failures) == 1
    assert "\n" not in failures[0].error
    return failures[0].error


def test_a_page_is_fetched_and_read_as_html():
    docs, failures = load_documents(["https://news.example/a"], client=client(html_ok))
    assert failures == []
    doc = docs[0].document
    assert doc.source == "https://news.example/a" and doc.published == date(2024, 8, 6)
    assert doc.text.startswith("Xiaomi shares jump\nXiaomi shares rose 5%")


def test_a_page_without_date_metadata_is_dated_by_its_address():
    page = "<html><body><p>Baidu shares fell 2% on Monday.</p></body></html>"
    handler = lambda r: httpx.Response(200, headers={"content-type": "text/html"}, text=page)  # noqa: E731
    url = "https://news.example/2024/10/14/baidu-shares-down-4/10397775.html"
    doc = load_documents([url], client=client(handler))[0][0].document
    assert (doc.published, doc.published_basis) == (date(2024, 10, 14), "url")
    assert doc.published_note == "from the date in the article's address"


def test_page_metadata_and_a_stated_date_line_win_over_the_address():
    url = "https://news.example/2019/01/02/xiaomi"
    doc = load_documents([url], client=client(html_ok))[0][0].document
    assert (doc.published, doc.published_basis) == (date(2024, 8, 6), "metadata")
    text = "2024-08-07\nXiaomi shares rose 5%."
    plain = lambda r: httpx.Response(200, headers={"content-type": "text/plain"}, text=text)  # noqa: E731
    doc = load_documents([url], client=client(plain))[0][0].document
    assert (doc.published, doc.published_basis) == (date(2024, 8, 7), "stated")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/2024/10/14/slug", date(2024, 10, 14)),
        ("https://a.example/news/2024-3-6-xiaomi-results", date(2024, 3, 6)),
        ("https://a.example/2024/02/30/slug", None),  # not a date
        ("https://a.example/2024/10/slug", None),  # a month is not a publication day
        ("https://a.example/a?d=2024/10/14", None),  # the query string is not the address's path
        ("https://a.example/id/20241014123/slug", None),
    ],
)
def test_published_in_url(url, expected):
    assert ingest.published_in_url(url) == expected


def test_http_404():
    assert fetch_error(lambda r: httpx.Response(404)) == "https://news.example/a: HTTP 404 Not Found"


def test_http_500():
    assert fetch_error(lambda r: httpx.Response(503)) == "https://news.example/a: HTTP 503 Service Unavailable"


def test_timeout():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("read timed out", request=request)

    assert fetch_error(handler) == "https://news.example/a: timed out (ReadTimeout)"


def test_connection_refused():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    assert fetch_error(handler) == "https://news.example/a: unreachable (ConnectError: [Errno 111] Connection refused)"


def test_redirect_loop_stops_after_the_limit():
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(302, headers={"location": "/a" if request.url.path == "/b" else "/b"})

    error = fetch_error(handler)
    assert error == f"https://news.example/a: too many redirects (more than {ingest.MAX_REDIRECTS})"
    assert len(calls) == ingest.MAX_REDIRECTS + 1


def test_a_redirect_to_an_http_page_is_followed():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "https://news.example/new"})
        return html_ok(request)

    docs, failures = load_documents(["https://news.example/old"], client=client(handler))
    assert failures == [] and docs[0].document.published == date(2024, 8, 6)


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://news.example/a.txt", "gopher://x/"])
def test_a_redirect_to_a_non_http_scheme_is_not_followed(target):
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.scheme)
        if request.url.scheme != "https":
            return httpx.Response(200, text="root:x:0:0:root:/root:/bin/bash")  # must never be asked for
        return httpx.Response(302, headers={"location": target})

    error = fetch_error(handler)
    scheme = target.split(":")[0]
    assert error == f"https://news.example/a: redirected to a {scheme}: URL; only http(s) is followed"
    assert seen == ["https"]


@pytest.mark.parametrize(
    "content_type", ["application/pdf", "image/png", "application/octet-stream", "application/json"]
)
def test_non_text_content_types_are_refused(content_type):
    error = fetch_error(lambda r: httpx.Response(200, headers={"content-type": content_type}, content=b"%PDF-1.4"))
    assert error == f"https://news.example/a: content type {content_type!r} is not text"


def test_a_declared_oversized_body_is_refused_before_reading():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain", "content-length": "5000000"}, content=b"x")

    assert "body is 5,000,000 bytes, over the 1,000-byte limit" in fetch_error(handler, max_bytes=1000)


def test_an_endless_body_is_cut_off_while_streaming():
    produced: list[int] = []

    def endless():
        while True:
            produced.append(1)
            yield b"Sales rose 5% in 2023. " * 40  # 920 bytes a chunk, forever

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=endless())

    error = fetch_error(handler, max_bytes=10_000)
    assert error == "https://news.example/a: body exceeds the 10,000-byte limit (--max-bytes)"
    assert len(produced) <= 12  # stopped at the cap, not after reading everything


def test_a_slow_drip_body_is_cut_off_by_the_overall_deadline(monkeypatch):
    monkeypatch.setattr(ingest, "URL_DEADLINE_S", -1.0)  # the deadline has already passed at the first chunk

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=iter([b"Sales rose 5%."] * 3))

    assert "timed out (the download took over" in fetch_error(handler)


def test_the_charset_the_server_declares_is_used():
    body = "Profit at Café Noir rose 3% to €5 million in 2023.".encode("iso-8859-15")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain; charset=ISO-8859-15"}, content=body)

    docs, failures = load_documents(["http://news.example/a"], client=client(handler))
    assert failures == [] and docs[0].document.text == "Profit at Café Noir rose 3% to €5 million in 2023."


def test_credentials_in_a_url_never_reach_messages_or_documents():
    url = "https://alice:s3cret@news.example/a"
    assert redact(url) == "https://***@news.example/a"
    docs, _ = load_documents([url], client=client(html_ok))
    assert docs[0].doc == "https://***@news.example/a" and docs[0].document.source == "https://***@news.example/a"
    error = fetch_error(lambda r: httpx.Response(404), url=url)
    assert "s3cret" not in error and "alice" not in error

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot connect to {request.url}", request=request)

    assert "s3cret" not in fetch_error(handler, url=url)


def test_the_real_client_refuses_at_once_when_nothing_listens():
    # port 9 (discard) on loopback: refused immediately, no traffic leaves the machine
    docs, failures = load_documents(["http://127.0.0.1:9/"])
    assert docs == [] and failures[0].error.startswith("http://127.0.0.1:9/: unreachable (ConnectError")
