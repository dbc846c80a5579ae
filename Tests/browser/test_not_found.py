"""A missing address gets the site's 404 page, and that page still works deep in the site."""

from html.parser import HTMLParser
from urllib.error import HTTPError
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import pytest

MISSING = "no/such/page/here/"


class _Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
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


def _status(url: str) -> int:
    try:
        with urlopen(url, timeout=10) as response:
            return response.status
    except HTTPError as error:
        return error.code


def test_missing_page_gets_the_404_page_and_its_links_work(site_dir, site_server):
    page = site_dir / "404.html"
    if not page.is_file():
        pytest.fail("The site has no 404.html (a published address in the content format).",
                    pytrace=False)
    url = site_server.url(MISSING)
    with pytest.raises(HTTPError) as raised:
        urlopen(url, timeout=10)
    assert raised.value.code == 404
    body = raised.value.read().decode("utf-8")
    assert body == page.read_text(encoding="utf-8")

    parser = _Resources()
    parser.feed(body)
    origin = site_server.origin
    broken = []
    for link in parser.urls:
        absolute = urljoin(url, link)
        if not absolute.startswith(origin + "/") or urlsplit(absolute).path == urlsplit(url).path:
            continue  # external, or a jump within the 404 page itself
        status = _status(absolute.split("#")[0])
        if status != 200:
            broken.append(f"  {link!r} → {absolute} gave {status}")
    if broken:
        pytest.fail("404.html is served at any depth, so its links must work from "
                    f"{url}:\n" + "\n".join(broken), pytrace=False)
