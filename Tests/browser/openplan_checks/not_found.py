"""The not-found page: a static host serves ``404.html`` for any missing address, at any
depth, so its styles, images and links must still work from deep inside the site."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

from .server import SiteServer
from .site import NOT_FOUND_PAGE

MISSING_ADDRESS = "no/such/page/here/"


class _Resources(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "").split():
            found = a.get("href")
        elif tag in ("img", "script"):
            found = a.get("src")
        elif tag == "a":
            found = a.get("href")
        else:
            found = None
        if found:
            self.urls.append(found)


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except HTTPError as error:
        return error.code, error.read()


def not_found_problems(server: SiteServer, site_dir: Path) -> list[str]:
    """What is wrong with the site's 404 handling (empty: all good)."""
    page = Path(site_dir) / NOT_FOUND_PAGE
    if not page.is_file():
        return [f"the site has no {NOT_FOUND_PAGE} (a published address in the content format)"]
    url = server.url(MISSING_ADDRESS)
    status, body = _get(url)
    if status != 404:
        return [f"{url} gave status {status}, not 404"]
    if body != page.read_bytes():
        return [f"{url} did not get the content of {NOT_FOUND_PAGE}"]

    parser = _Resources()
    parser.feed(body.decode("utf-8", errors="replace"))
    problems = []
    for link in parser.urls:
        absolute = urljoin(url, link).split("#")[0]
        if not absolute.startswith(server.origin + "/") or urlsplit(absolute).path == urlsplit(url).path:
            continue  # another site, or a jump within the 404 page itself
        link_status, _ = _get(absolute)
        if link_status != 200:
            problems.append(f"{link!r} in {NOT_FOUND_PAGE}, served at {url}, leads to {absolute}, "
                            f"which gave status {link_status}")
    return problems
