"""axe-core on every page: wide, narrow (320 px, WCAG reflow) and in dark mode."""

import pytest

from openplan_checks.axe import format_violations, run_axe
from openplan_checks.browser import DESKTOP_WIDTH, NARROW_WIDTH
from openplan_checks.layout import horizontal_overflow, viewport_meta_problem
from openplan_checks.site import url_path
from openplan_checks.visit import open_page


def test_accessible_at_1280px(page, browser, site_server):
    url = site_server.url(url_path(page))
    open_page(browser, url, DESKTOP_WIDTH)
    violations = run_axe(browser)
    if violations:
        pytest.fail(format_violations(violations, f"{page} at {DESKTOP_WIDTH} px ({url})"),
                    pytrace=False)


def test_accessible_at_320px_without_sideways_scrolling(page, browser, site_server):
    url = site_server.url(url_path(page))
    open_page(browser, url, NARROW_WIDTH)
    problems = []
    viewport = viewport_meta_problem(browser)
    if viewport:
        problems.append(f"{page}: {viewport}")
    overflow = horizontal_overflow(browser)
    if overflow:
        problems.append(overflow.describe(page))
    violations = run_axe(browser)
    if violations:
        problems.append(format_violations(violations, f"{page} at {NARROW_WIDTH} px ({url})"))
    if problems:
        pytest.fail("\n\n".join(problems), pytrace=False)


def test_accessible_in_dark_mode(page, browser, site_server):
    url = site_server.url(url_path(page))
    open_page(browser, url, DESKTOP_WIDTH, scheme="dark")
    violations = run_axe(browser)
    if violations:
        pytest.fail(format_violations(
            violations, f"{page} in dark mode (prefers-color-scheme: dark) at {DESKTOP_WIDTH} px ({url})"),
            pytrace=False)
