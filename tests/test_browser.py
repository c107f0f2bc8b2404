"""
The HTML page of a report in a real browser: headless Chromium driven by Playwright.

The browser is the system's (``apt-get install chromium``); Playwright never downloads one. Where
no Chromium is found these tests are skipped with that reason, except when
``BILATERAL_BROWSER_REQUIRED`` is set (``.ci/run`` sets it), where they fail: CI always runs them.
"""

import json
import os
import pathlib
import shutil

import pytest

from bilateral import parse
from bilateral.render import to_html

SEEDS = pathlib.Path(__file__).parent.parent / "seeds"
FOUNDING = SEEDS / "000_id_larijani-pakistan.txt"
SCREENSHOT = pathlib.Path(__file__).parent.parent / "docs" / "_static" / "render-founding.png"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium():
    for name in (os.environ.get("BILATERAL_CHROMIUM"), "chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    if executable is None:
        reason = "no Chromium on this machine: apt-get install chromium (or set BILATERAL_CHROMIUM)"
        if os.environ.get("BILATERAL_BROWSER_REQUIRED"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def _seeds():
    for path in sorted(SEEDS.glob("*.txt")):
        meta = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))["article"]
        yield path, meta.get("published"), meta.get("language")


def _open(page, report, tmp_path, name="page.html"):
    target = tmp_path / name
    target.write_text(to_html(report), encoding="utf-8")
    page.goto(target.as_uri())
    return target


def test_development_set_pages(page, tmp_path):
    """On every page of the development set, the marks carry exactly the report's evidence."""
    for path, published, language in _seeds():
        report = parse(path.read_text(encoding="utf-8"), published=published, language=language)
        _open(page, report, tmp_path, path.stem + ".html")
        spans = [(r.id, e) for r in report.records() for e in r.evidence if e.end > e.start]
        marked = page.eval_on_selector_all(
            "#article mark",
            "ms => ms.map(m => [m.dataset.evidence.split(' '), m.textContent])",
        )
        for number, (_, evidence) in enumerate(spans):
            text = "".join(t for ns, t in marked if str(number) in ns)
            assert text == report.article.text[evidence.start : evidence.end], (path.name, number)
        covered = {n for ns, _ in marked for n in ns}
        assert len(covered) == len(spans), path.name
        assert page.locator(".card").count() == sum(1 for _ in report.records())


def test_click_marks_exactly_one_record(page, tmp_path):
    """Clicking a card marks that record's spans and no other; clicking again clears them."""
    report = parse(FOUNDING.read_text(encoding="utf-8"), published="2025-11-26")
    _open(page, report, tmp_path)
    text = report.article.text
    for record in report.records():
        page.locator(f'.card[data-record="{record.id}"]').click()
        selected = page.eval_on_selector_all(
            "mark.selected", "ms => ms.map(m => m.dataset.records.split(' '))"
        )
        expected = page.eval_on_selector_all(
            "#article mark",
            f"ms => ms.filter(m => m.dataset.records.split(' ').includes('{record.id}')).length",
        )
        assert len(selected) == expected > 0
        assert all(record.id in ids for ids in selected)
        chars = page.eval_on_selector_all("mark.selected", "ms => ms.map(m => m.textContent)")
        assert set("".join(chars)) <= set("".join(text[e.start : e.end] for e in record.evidence))
        assert page.locator(f'.card[data-record="{record.id}"]').get_attribute("aria-pressed") == (
            "true"
        )
        assert page.locator('.card[aria-pressed="true"]').count() == 1
    page.locator('.card[data-record="t1"]').click()
    page.locator('.card[data-record="t1"]').click()
    assert page.locator("mark.selected").count() == 0


def test_keyboard_and_hover(page, tmp_path):
    """A card is reached with Tab and chosen with Enter; a mark's tooltip names its records."""
    report = parse(FOUNDING.read_text(encoding="utf-8"), published="2025-11-26")
    _open(page, report, tmp_path)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.record") == "o1"
    page.keyboard.press("Enter")
    assert page.locator('.card[data-record="o1"]').get_attribute("aria-pressed") == "true"
    first = page.locator('#article mark[data-records~="v1"]').first
    assert "Visit v1: Ali Larijani (IRN) visited Pakistan (PAK)" in first.get_attribute("title")


def test_hostile_text_is_inert(page, tmp_path):
    """Script in the article runs nothing and is shown as the characters it is."""
    text = (
        "Menlu Retno Marsudi tiba di Hanoi, Vietnam. "
        "<script>window.pwned = 1</script></pre></body>"
        '<img src="x" onerror="window.pwned = 2"> <b onmouseover="window.pwned = 3">tebal</b>'
    )
    report = parse(text, language="id", published="2024-04-26")
    _open(page, report, tmp_path)
    page.hover("#article")
    assert page.evaluate("window.pwned === undefined")
    assert page.eval_on_selector("#article", "e => e.textContent") == text
    assert page.locator("img").count() == 0
    assert page.locator("#article b").count() == 0


def test_phone_width_and_screenshot(page, tmp_path):
    """At phone width nothing scrolls sideways; the wide page is the docs' screenshot."""
    report = parse(FOUNDING.read_text(encoding="utf-8"), published="2025-11-26")
    _open(page, report, tmp_path)
    page.locator('.card[data-record="v1"]').click()
    shot = tmp_path / "render.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("BILATERAL_WRITE_SCREENSHOT"):
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SCREENSHOT))
    page.set_viewport_size({"width": 380, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 380
