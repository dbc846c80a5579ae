"""Keyboard users: the first Tab shows the skip link, and Enter takes them to the content."""

import pytest

from openplan_checks.browser import DESKTOP_WIDTH
from openplan_checks.keyboard import skip_link_problems
from openplan_checks.site import first_page_under, url_path
from openplan_checks.visit import open_page


def _inner_page(pages: list[str]) -> str | None:
    for folder in ("actions", "measures", "priorities", "bulletins"):
        found = first_page_under(pages, folder)
        if found:
            return found
    others = [p for p in pages if p not in ("index.html", "404.html")]
    return others[0] if others else None


@pytest.mark.parametrize("which", ["home", "inner"])
def test_skip_link_is_first_and_reaches_main_content(which, pages, browser, site_server):
    page = "index.html" if which == "home" else _inner_page(pages)
    if page is None:
        pytest.skip("the site has no inner page")
    url = site_server.url(url_path(page))
    open_page(browser, "about:blank", DESKTOP_WIDTH)
    problems = skip_link_problems(browser, url)
    if problems:
        pytest.fail(f"Skip link on {page} ({url}):\n" + "\n".join(f"  - {p}" for p in problems),
                    pytrace=False)
