"""Without JavaScript the search page still lists every page from A to Z."""

import pytest

from openplan_checks.nojs import SEARCH_PAGE, visible_page_links
from openplan_checks.site import url_path

MINIMUM_LINKS = 6


def test_search_page_lists_pages_without_javascript(site_dir, site_server, browser_without_javascript):
    if not (site_dir / SEARCH_PAGE).is_file():
        pytest.skip(f"the site has no {SEARCH_PAGE}")
    url = site_server.url(url_path(SEARCH_PAGE))
    links = visible_page_links(browser_without_javascript, url)
    if len(links) < MINIMUM_LINKS:
        pytest.fail(f"With JavaScript off, {SEARCH_PAGE} shows {len(links)} link(s) in its main "
                    f"content ({', '.join(links) or 'none'}); it should show the A–Z list of pages "
                    "(more than 5).", pytrace=False)
