"""What a visitor without JavaScript sees on the search page: the A–Z list of pages."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

SEARCH_PAGE = "search/index.html"


def visible_page_links(driver: WebDriver, url: str) -> list[str]:
    """The visible links inside ``<main>`` that lead to other pages (not ``#`` jumps)."""
    driver.get(url)
    mains = driver.find_elements(By.CSS_SELECTOR, "main, #main-content")
    links = []
    for anchor in mains[0].find_elements(By.CSS_SELECTOR, "a[href]") if mains else []:
        href = anchor.get_attribute("href") or ""
        if href.startswith("#") or (anchor.get_dom_attribute("href") or "").startswith("#"):
            continue
        if anchor.is_displayed():
            links.append(anchor.text.strip() or href)
    return links


def scripts_ran(driver: WebDriver) -> bool:
    """True when a page script ran: the harness uses this to prove JavaScript is really off.

    Reads the DOM only, because WebDriver's own ``execute_script`` still works with page
    scripts blocked.
    """
    return bool(driver.find_elements(By.CSS_SELECTOR, "html[data-js]"))
