"""The HTML digest of the seeds in a real headless browser: contents links, the filter, quote links.

Needs Chromium with its driver (Debian's ``chromium`` and ``chromium-driver``; ``.ci/run``
installs them where it can) and selenium (the ``test`` extra); skips with the reason otherwise.
"""

from __future__ import annotations

import os
import shutil

import pytest

from quotes.digests.building import build

pytestmark = pytest.mark.stanza


def _find(*names: str) -> str | None:
    for n in names:
        path = shutil.which(n) or (n if os.path.isfile(n) else None)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium driven by selenium, or a skip saying what is missing."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service

    chrome = _find(os.environ.get("QUOTES_CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome")
    driver_path = _find(os.environ.get("QUOTES_CHROMEDRIVER", ""), "chromedriver", "/usr/lib/chromium/chromedriver")
    if not chrome or not driver_path:
        pytest.skip("no Chromium with chromedriver (apt-get install chromium chromium-driver)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=412,915",
    ):  # a phone's viewport
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(driver_path), options=opts)
    yield drv
    drv.quit()


@pytest.fixture(scope="module")
def page(browser, seeds_corpus, tmp_path_factory):
    """The seeds' HTML digest, opened from a file."""
    path = tmp_path_factory.mktemp("html") / "digest.html"
    path.write_text(build(seeds_corpus).to_html(), encoding="utf-8")
    browser.get(path.as_uri())
    return browser


def _in_view(drv, el) -> bool:
    return drv.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", el
    )


def test_contents_links_scroll_to_the_speaker(page):
    """Each table-of-contents link leads to its speaker's section, scrolled into view."""
    from selenium.webdriver.common.by import By

    links = page.find_elements(By.CSS_SELECTOR, "#toc a")
    sections = page.find_elements(By.CSS_SELECTOR, "section.speaker")
    assert len(links) == len(sections) > 10
    link = links[1]
    target = link.get_attribute("href").split("#", 1)[1]
    link.click()
    assert page.execute_script("return location.hash") == f"#{target}"
    section = page.find_element(By.ID, target)
    assert _in_view(page, section)
    assert section.find_element(By.TAG_NAME, "h2").text == link.text


def test_filter_hides_other_speakers(page):
    """Typing a name in the filter box leaves only the matching speakers visible."""
    from selenium.webdriver.common.by import By

    box = page.find_element(By.ID, "filter")
    box.clear()
    box.send_keys("aziz")
    visible = [
        s.find_element(By.TAG_NAME, "h2").text
        for s in page.find_elements(By.CSS_SELECTOR, "section.speaker")
        if s.is_displayed()
    ]
    assert visible == ["Sartaj Aziz"]
    toc = [a.text for a in page.find_elements(By.CSS_SELECTOR, "#toc a") if a.is_displayed()]
    assert toc == ["Sartaj Aziz"]
    box.clear()
    box.send_keys(" ")  # an input event with an empty query shows everyone again
    assert all(s.is_displayed() for s in page.find_elements(By.CSS_SELECTOR, "section.speaker"))


def test_quote_link_scrolls_to_the_highlighted_quote(page):
    """A quote's link scrolls to its place in the article, where the quote is highlighted as the target."""
    from selenium.webdriver.common.by import By

    page.execute_script("window.scrollTo(0, 0)")
    link = page.find_elements(By.CSS_SELECTOR, "section.speaker a.quote-link")[0]
    target = link.get_attribute("href").split("#", 1)[1]
    page.execute_script("arguments[0].click()", link)
    mark = page.find_element(By.ID, target)
    assert mark.tag_name == "mark"
    assert page.execute_script("return document.querySelector(':target').id") == target
    assert _in_view(page, mark)
    assert page.execute_script("return getComputedStyle(arguments[0]).backgroundColor", mark) == "rgb(255, 201, 77)"
    quote = link.find_element(By.XPATH, "ancestor::li[@class='group']//blockquote").text
    assert mark.text[:20] in quote or quote.strip("“”")[:20] in mark.text
