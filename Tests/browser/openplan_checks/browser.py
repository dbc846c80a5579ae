"""Starting headless Chromium through Selenium, with no downloads.

Selenium would otherwise try to fetch a browser and a driver from the internet;
here both come from Debian's packages (``chromium``, ``chromium-driver``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

DESKTOP_WIDTH = 1280
NARROW_WIDTH = 320
WINDOW_HEIGHT = 900

_BINARY_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")


def chromium_binary() -> str:
    """The real Chromium binary (skipping Debian's shell launcher when it can)."""
    override = os.environ.get("OPENPLAN_CHROMIUM")
    if override:
        return override
    for candidate in _BINARY_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    raise RuntimeError("Chromium is not installed. Run scripts/install-test-tools first.")


def chromedriver_path() -> str:
    override = os.environ.get("OPENPLAN_CHROMEDRIVER")
    if override:
        return override
    found = shutil.which("chromedriver") or (
        "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").is_file() else None)
    if found:
        return found
    raise RuntimeError("chromedriver is not installed. Run scripts/install-test-tools first.")


def start_chromium(javascript: bool = True, width: int = DESKTOP_WIDTH,
                   height: int = WINDOW_HEIGHT) -> WebDriver:
    """A headless Chromium session. ``javascript=False`` blocks scripts on every page."""
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_binary()
    for argument in (
        "--headless=new",
        "--no-sandbox",                 # the checks run as root on CI machines
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",            # overlay scrollbars, as on phones: width is all content
        "--disable-extensions",
        "--no-first-run",
        "--disable-background-networking",
        "--force-device-scale-factor=1",
        "--lang=en-GB",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(chromedriver_path()))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def set_viewport(driver: WebDriver, width: int, height: int = WINDOW_HEIGHT) -> None:
    """Makes the page ``width`` CSS pixels wide.

    Resizes the window; if the browser keeps a minimum window width, falls back
    to device-metrics emulation so a 320 px check really is 320 px. Skips the work
    when the size is already right (hundreds of pages are checked in a row).
    """
    if getattr(driver, "_openplan_viewport", None) == (width, height):
        return
    if getattr(driver, "_openplan_metrics_override", False):
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        driver._openplan_metrics_override = False
    driver.set_window_size(width, height)
    inner = driver.execute_script("return window.innerWidth")
    if inner != width:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        driver._openplan_metrics_override = True
    driver._openplan_viewport = (width, height)


def set_colour_scheme(driver: WebDriver, scheme: str) -> None:
    """Emulates ``prefers-color-scheme`` (``light`` or ``dark``) for the next pages."""
    if scheme not in ("light", "dark"):
        raise ValueError(f"unknown colour scheme {scheme!r}")
    if getattr(driver, "_openplan_scheme", None) == scheme:
        return
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "",
        "features": [{"name": "prefers-color-scheme", "value": scheme}],
    })
    driver._openplan_scheme = scheme
