"""No word breaks inside a status tag or a table header, on a laptop or a phone."""

import pytest

from openplan_checks.browser import DESKTOP_WIDTH, NARROW_WIDTH
from openplan_checks.site import url_path
from openplan_checks.visit import open_page
from openplan_checks.words import broken_words


@pytest.mark.parametrize("width", [DESKTOP_WIDTH, NARROW_WIDTH])
def test_tags_and_table_headers_keep_words_whole(page, browser, site_server, width):
    url = site_server.url(url_path(page))
    open_page(browser, url, width)
    broken = broken_words(browser)
    if broken:
        pytest.fail(f"{page} at {width} px ({url}) breaks words inside tags or table headers:\n"
                    + "\n".join(f"  - {b}" for b in broken), pytrace=False)


def test_word_check_catches_a_tag_broken_inside_a_word(browser):
    """The check can fail: a tag that may break anywhere, squeezed into a narrow cell."""
    html = ("<!doctype html><html lang=en><title>t</title><table><tr>"
            "<th style='width:3em'><strong class=tag style='overflow-wrap:anywhere;display:inline-block;"
            "max-width:100%'>Significantly</strong></th>"
            "<th style='width:2em'>Whole</th></tr></table>")
    browser.get("data:text/html;charset=utf-8," + html.replace("#", "%23"))
    broken = broken_words(browser)
    assert any('"Significantly"' in b for b in broken), broken
    assert not any('"Whole"' in b for b in broken), broken
