"""Every internal link and #fragment resolves inside the site folder, and none starts with /."""

import pytest

from openplan_checks.links import check_page_links


def test_internal_links_resolve(page, site_dir, pytestconfig):
    problems = check_page_links(site_dir, page, pytestconfig.getoption("mount"))
    if problems:
        pytest.fail(f"{len(problems)} broken link(s) on {page}:\n"
                    + "\n".join(f"  {p}" for p in problems), pytrace=False)
