"""A missing address gets the site's 404 page, and that page still works deep in the site."""

import pytest

from openplan_checks.not_found import not_found_problems


def test_missing_page_gets_the_404_page_and_its_links_work(site_dir, site_server):
    problems = not_found_problems(site_server, site_dir)
    if problems:
        pytest.fail("404 page:\n" + "\n".join(f"  - {p}" for p in problems), pytrace=False)
