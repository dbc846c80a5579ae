"""On a phone the main navigation is one short row that scrolls sideways, without JavaScript,
so the page's own content starts on the first screen."""

import pytest

from openplan_checks.site import url_path
from openplan_checks.visit import open_page

_MEASURE = """
const list = document.querySelector('.site-nav__list');
if (!list) return null;
const links = Array.from(list.querySelectorAll('a'));
return {rowHeight: list.clientHeight,
        navHeight: document.querySelector('.site-nav').getBoundingClientRect().height,
        tops: links.map(a => Math.round(a.getBoundingClientRect().top)),
        heights: links.map(a => a.getBoundingClientRect().height),
        scrolls: getComputedStyle(list).overflowX};
"""


@pytest.mark.parametrize("page_path", ["index.html", "measures/index.html"])
@pytest.mark.parametrize("width", [320, 390])
def test_navigation_is_one_short_row_on_a_phone(browser_without_javascript, site_server, page_path, width):
    open_page(browser_without_javascript, site_server.url(url_path(page_path)), width)
    m = browser_without_javascript.execute_script(_MEASURE)
    assert m is not None, f"{page_path} has no .site-nav__list"
    assert len(set(m["tops"])) == 1, f"the links wrap onto {len(set(m['tops']))} rows at {width} px"
    assert m["rowHeight"] < 40, f"the row of links is {m['rowHeight']} px tall at {width} px"
    # A scroll bar may be drawn under the row on a desktop browser; phones overlay it.
    assert m["navHeight"] < 60, f"the navigation is {m['navHeight']} px tall at {width} px"
    assert m["scrolls"] in ("auto", "scroll"), "links past the edge cannot be reached"
    assert min(m["heights"]) >= 24, "a link is smaller than the 24 px target size (WCAG 2.5.8)"
