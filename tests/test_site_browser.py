"""The report in a real headless browser (Debian's chromium + chromium-driver, via selenium).

Skipped only outside CI when chromedriver is missing; under ``CI=true`` a missing browser fails.
Install: ``apt-get install -y chromium chromium-driver``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claims import sources
from claims.pipeline import run_check
from claims.site import build_site
from claims.storage import VerdictStore
from tests.conftest import DATA, SEEDS
from tests.fakes import FakeSource

SHOTS = Path("/tmp/report-shots")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
)


def _chromedriver() -> str:
    path = shutil.which("chromedriver")
    if path is None:
        message = "chromedriver not found: apt-get install -y chromium chromium-driver"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true but {message}")
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    path = _chromedriver()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser:
        opts.binary_location = browser
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    d = webdriver.Chrome(service=Service(path), options=opts)
    try:
        yield d
    finally:
        d.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("browser-site")
    db = tmp / "c.duckdb"
    store = VerdictStore(db)
    for source, name in ((FakeSource(), "fake"), (sources.build("snapshot", data_dir=DATA), "snapshot")):
        run_check([str(SEEDS)], source=source, source_name=name, store=store, db_path=str(db))
    with VerdictStore(db, read_only=True) as ro:
        build_site(ro, tmp / "report", data_dir=DATA)
    return db, tmp / "report"


def _open(d: Any, url: str) -> tuple[list[str], list[dict[str, Any]]]:
    """Load ``url`` and return the requests it made and the console entries it logged."""
    d.get("about:blank")
    d.get_log("performance")
    d.get_log("browser")
    d.get(url)
    d.execute_script("return document.readyState")
    requests = [
        json.loads(e["message"])["message"]["params"]["request"]["url"]
        for e in d.get_log("performance")
        if json.loads(e["message"])["message"]["method"] == "Network.requestWillBeSent"
    ]
    return requests, d.get_log("browser")


def _page_of(out: Path, doc: str) -> Path:
    stem = Path(doc).name.replace(".", "-").replace("_", "-").lower()
    (page,) = (out / "docs").glob(f"{stem}-*.html")
    return page


def test_the_index_loads_offline_without_errors(driver: Any, report: tuple[Path, Path]) -> None:
    _, out = report
    requests, console = _open(driver, (out / "index.html").as_uri())
    assert requests and all(u.startswith(("file://", "data:")) for u in requests), requests
    assert [e for e in console if e["level"] == "SEVERE"] == []
    links = driver.execute_script("return [...document.querySelectorAll('table.docs td.doc a')].map(a => a.href)")
    assert len(links) == 2 and all(link.startswith("file://") for link in links)
    driver.save_screenshot(str(out.parent / "index.png"))


def test_a_document_page_highlights_every_stored_claim_and_shows_its_evidence(
    driver: Any, report: tuple[Path, Path]
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    db, out = report
    doc = "000_fcf98af3e00acd2b.txt"
    with VerdictStore(db, read_only=True) as store:
        rows = [r for r in store.verdicts_for("latest") if r["doc"].endswith(doc)]
        text = store.run_document_texts("latest")[rows[0]["claim_id"].split(":")[0]].text
    requests, console = _open(driver, _page_of(out, doc).as_uri())
    assert requests and all(u.startswith("file://") or u.startswith("data:") for u in requests), requests
    assert [e for e in console if e["level"] == "SEVERE"] == []

    assert driver.execute_script("return document.getElementById('article').textContent") == text
    marks = driver.find_elements(By.CSS_SELECTOR, "#article mark.claim")
    assert len(marks) == len(rows)
    assert [m.get_attribute("data-start") for m in marks] == [str(r["start"]) for r in rows]
    assert driver.find_element(By.ID, "ev-hint").is_displayed()
    assert not any(c.is_displayed() for c in driver.find_elements(By.CSS_SELECTOR, "section.card"))

    # keyboard: Tab from the link before the article reaches the first claim, and shows its evidence
    driver.execute_script("document.querySelector('.crumbs a').focus()")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    active = driver.switch_to.active_element
    assert active.get_attribute("id") == marks[0].get_attribute("id")
    first_card = driver.find_element(By.ID, f"ev-{marks[0].get_attribute('data-key')}")
    assert first_card.is_displayed() and rows[0]["explanation"] in first_card.text
    assert active.get_attribute("aria-pressed") == "true"
    ActionChains(driver).send_keys("n").perform()
    assert driver.switch_to.active_element.get_attribute("id") == marks[1].get_attribute("id")
    assert not first_card.is_displayed()

    # click: the 8.3% claim shows its card, with the chart rendered
    target = next(m for m in marks if m.text.startswith("8.3%"))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
    target.click()
    card = driver.find_element(By.ID, f"ev-{target.get_attribute('data-key')}")
    row = next(r for r in rows if r["text"] == "8.3%")
    assert card.is_displayed() and row["explanation"] in card.text and "Misleading" in card.text
    size = driver.execute_script(
        "const s = arguments[0].querySelector('.chart-slot figure.chart svg'); const r = s.getBoundingClientRect();"
        " return [r.width, r.height, s.querySelectorAll('path').length]",
        card,
    )
    assert size[0] > 200 and size[1] > 80 and size[2] > 10, size
    key = target.get_attribute("data-key")
    dimmed = driver.execute_script(
        "return [...arguments[0].querySelectorAll('g[id^=\"claim\"]')].map(g => [g.id, g.classList.contains('dim')])",
        card,
    )
    assert dimmed and all(dim == (not gid.startswith(f"claim{key}-")) for gid, dim in dimmed), dimmed
    assert any(not dim for _, dim in dimmed) and any(dim for _, dim in dimmed)
    # the label is text, not colour alone
    label = driver.execute_script("return getComputedStyle(arguments[0], '::after').content", target)
    assert "Misleading" in label
    shot = out.parent / "document.png"
    driver.save_screenshot(str(shot))
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, SHOTS / "document.png")
    shutil.copy(out.parent / "index.png", SHOTS / "index.png") if (out.parent / "index.png").exists() else None


def test_an_article_with_markup_displays_it_and_runs_nothing(driver: Any, tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    text = "<script>document.title='pwned';console.error('ran')</script> <b>Acme</b> sold 1,200 cars in 2024."
    article.write_text(text, encoding="utf-8")
    db = tmp_path / "c.duckdb"
    store = VerdictStore(db)
    run_check(
        [str(article)],
        source=sources.build("snapshot", data_dir=DATA),
        source_name="snapshot",
        store=store,
        db_path=str(db),
    )
    with VerdictStore(db, read_only=True) as ro:
        build_site(ro, tmp_path / "report", data_dir=DATA)
        n = len(ro.verdicts_for("latest"))
    (page,) = (tmp_path / "report" / "docs").glob("*.html")
    _, console = _open(driver, page.as_uri())
    assert [e for e in console if e["level"] == "SEVERE"] == []
    assert driver.title != "pwned"
    assert driver.execute_script("return document.getElementById('article').textContent") == text
    assert driver.execute_script("return document.querySelectorAll('#article script, #article b').length") == 0
    assert driver.execute_script("return document.querySelectorAll('#article mark.claim').length") == n >= 1
