"""email.html is built for mail programs: no stylesheet, style element or script, every
link absolute, a 600-pixel presentation table, and a preheader."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from openplan_email import bulletin_folders

ABSOLUTE = re.compile(r"^(https?://[^\s/]+/|mailto:|tel:)")


class EmailScan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.addresses: list[str] = []
        self.layout_tables: list[dict[str, str]] = []
        self.unstyled: list[str] = []
        self.hidden_text: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        for key in ("href", "src"):
            if key in a:
                self.addresses.append(a[key])
        if tag == "table" and a.get("role") == "presentation":
            self.layout_tables.append(a)
        if tag in {"p", "h1", "h2", "h3", "ul", "ol", "li", "a", "td", "th", "table", "blockquote", "img"} and "style" not in a:
            self.unstyled.append(tag)
        if tag == "div" and "display:none" in a.get("style", ""):
            self._hidden_depth = 1
        elif self._hidden_depth:
            self._hidden_depth += 1

    def handle_endtag(self, tag):
        if self._hidden_depth:
            self._hidden_depth -= 1

    def handle_data(self, data):
        if self._hidden_depth and data.strip():
            self.hidden_text.append(data.strip())


def scan(path):
    parser = EmailScan()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_bulletin_has_a_page_and_both_emails(site_dir):
    folders = bulletin_folders(site_dir)
    assert folders, "the site has no bulletins"
    for folder in folders:
        for name in ("index.html", "email.html", "email.txt"):
            assert (folder / name).is_file(), f"{folder.name}/{name} is missing"


@pytest.fixture(scope="module")
def emails(site_dir):
    return [(folder.name, scan(folder / "email.html")) for folder in bulletin_folders(site_dir)]


def test_no_style_element_stylesheet_or_script(emails):
    for name, parsed in emails:
        for tag in ("style", "link", "script", "svg", "iframe", "form"):
            assert tag not in parsed.tags, f"{name}/email.html has a <{tag}>"


def test_every_link_and_image_is_absolute(emails):
    for name, parsed in emails:
        assert parsed.addresses, f"{name}/email.html has no links at all"
        relative = [a for a in parsed.addresses if not ABSOLUTE.match(a)]
        assert not relative, f"{name}/email.html has links that are not absolute: {relative}"


def test_layout_is_a_600_pixel_presentation_table(emails):
    for name, parsed in emails:
        assert any(t.get("width") == "600" for t in parsed.layout_tables), f"{name}/email.html has no 600px layout table"


def test_every_text_element_carries_its_own_style(emails):
    for name, parsed in emails:
        assert not parsed.unstyled, f"{name}/email.html has elements without inline styles: {sorted(set(parsed.unstyled))}"


def test_preheader_is_the_summary(site_dir, emails):
    for name, parsed in emails:
        page = (site_dir / "bulletins" / name / "index.html").read_text(encoding="utf-8")
        summary = re.search(r'<p class="lead">(.*?)</p>', page)
        assert parsed.hidden_text, f"{name}/email.html has no preheader"
        if summary:
            assert parsed.hidden_text[0] == summary.group(1).replace("&#39;", "'").replace("&quot;", '"').replace("&amp;", "&")
