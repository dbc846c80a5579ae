"""The site folder itself: it must exist and hold a home page before anything else is checked."""

from pathlib import Path

import pytest


def test_site_folder_has_a_home_page(site_dir: Path, pages: list[str]) -> None:
    if not site_dir.is_dir():
        pytest.fail(f"There is no site folder at {site_dir}: build the site, or pass --site DIR.",
                    pytrace=False)
    if "index.html" not in pages:
        pytest.fail(f"{site_dir} has no index.html (home page).", pytrace=False)
