"""Finding the pages of a built site folder."""

from __future__ import annotations

from pathlib import Path

#: Bulletin email bodies are written for mail programs (tables, inline styles),
#: not for browsers, so the web page checks leave them out.
EMAIL_BODY_NAME = "email.html"

#: Served by static hosts for any missing address.
NOT_FOUND_PAGE = "404.html"


def discover_pages(site_dir: Path) -> list[str]:
    """Every web page in the folder as a path relative to it (``actions/1-2/index.html``).

    Sorted so test ids are stable; hidden folders and email bodies are left out.
    """
    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        return []
    pages = []
    for path in site_dir.rglob("*.html"):
        relative = path.relative_to(site_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.name == EMAIL_BODY_NAME or not path.is_file():
            continue
        pages.append(relative.as_posix())
    return sorted(pages, key=lambda p: (p != "index.html", p))


def url_path(page: str) -> str:
    """The address a visitor uses for a page: ``actions/1-2/index.html`` → ``actions/1-2/``."""
    if page == "index.html":
        return ""
    if page.endswith("/index.html"):
        return page[: -len("index.html")]
    return page


def first_page_under(pages: list[str], folder: str) -> str | None:
    """The first ``folder/<slug>/index.html`` page, e.g. the first action page."""
    prefix = folder.strip("/") + "/"
    for page in pages:
        rest = page[len(prefix):] if page.startswith(prefix) else ""
        if rest.count("/") == 1 and rest.endswith("/index.html"):
            return page
    return None
