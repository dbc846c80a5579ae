"""Opening a page at a given width and colour scheme, the way every browser check starts."""

from __future__ import annotations

from selenium.webdriver.remote.webdriver import WebDriver

from .browser import WINDOW_HEIGHT, set_colour_scheme, set_viewport


def open_page(driver: WebDriver, url: str, width: int, scheme: str = "light",
              height: int = WINDOW_HEIGHT) -> None:
    """Sets the window and colour scheme first, so the page never paints in the wrong one."""
    set_viewport(driver, width, height)
    set_colour_scheme(driver, scheme)
    driver.get(url)
    state = driver.execute_script("return document.readyState")
    if state != "complete":
        raise RuntimeError(f"{url} did not finish loading (readyState {state})")
