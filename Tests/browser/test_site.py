"""The site folder itself: it must exist and hold a home page before anything else is checked."""

from pathlib import Path


def test_site_folder_has_a_home_page(site_dir: Path, pages: list[str]) -> None:
    assert site_dir.is_dir(), f"There is no site folder at {site_dir}: build the site, or pass --site DIR."
    assert "index.html" in pages, f"{site_dir} has no index.html (home page)."
