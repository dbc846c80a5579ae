"""Checking every internal link of a built site without a browser.

A link is internal when it has no scheme (``https:``, ``mailto:``…) and no host.
It must be relative, so the site works under any sub-path, and must lead to a file
in the folder; a ``#fragment`` must name an ``id`` (or ``<a name>``) in the target.
Only ``404.html`` may use root-absolute links (``/send-progress/style.css``): a
static host serves it at any depth, where relative links would break; those must
start with the sub-path the checks serve the site under.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .server import DEFAULT_MOUNT, normalise_mount
from .site import NOT_FOUND_PAGE, discover_pages

_URL_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",), "use": ("href", "xlink:href"),
    "img": ("src", "srcset"), "source": ("src", "srcset"), "script": ("src",),
    "iframe": ("src",), "audio": ("src",), "video": ("src", "poster"), "track": ("src",),
    "embed": ("src",), "object": ("data",), "form": ("action",), "image": ("href", "xlink:href"),
}


@dataclass(frozen=True)
class LinkProblem:
    page: str
    line: int
    link: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.link!r} {self.reason}"


@dataclass(frozen=True)
class _Link:
    line: int
    tag: str
    attribute: str
    value: str


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[_Link] = []
        self.anchors: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.anchors.add(value)
        if tag == "base":
            self.base = dict(attrs).get("href") or self.base
            return
        wanted = _URL_ATTRIBUTES.get(tag, ())
        for name, value in attrs:
            if name not in wanted or value is None:
                continue
            if name == "srcset":
                for candidate in value.split(","):
                    url = candidate.strip().split(" ")[0]
                    if url:
                        self.links.append(_Link(line, tag, name, url))
            else:
                self.links.append(_Link(line, tag, name, value.strip()))

    handle_startendtag = handle_starttag


@lru_cache(maxsize=4096)
def _parse(path: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


def _is_external(value: str) -> bool:
    parts = urlsplit(value)
    return bool(parts.scheme) or value.startswith("//")


def _resolve_file(site_dir: Path, relative: str) -> Path | None:
    """The file a site-relative path serves, following ``dir/`` → ``dir/index.html``."""
    target = site_dir / relative if relative not in ("", ".") else site_dir
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def _fragment_problem(target: Path, fragment: str) -> str | None:
    if fragment == "" or fragment.lower() == "top":
        return None
    if target.suffix not in (".html", ".svg", ".htm"):
        return None
    if unquote(fragment) in _parse(target).anchors or fragment in _parse(target).anchors:
        return None
    return f'jumps to "#{unquote(fragment)}" but no element has that id'


def _url_dir(url_path: str) -> str:
    return url_path if url_path.endswith("/") else posixpath.dirname(url_path) + "/"


def check_page_links(site_dir: Path, page: str, mount: str = DEFAULT_MOUNT) -> list[LinkProblem]:
    """Problems with the internal links of one page (``page`` relative to ``site_dir``).

    Links are resolved as a browser would with the site served under ``mount``.
    """
    site_dir = Path(site_dir).resolve()
    mount = normalise_mount(mount)
    parsed = _parse(site_dir / page)
    is_not_found_page = page == NOT_FOUND_PAGE
    problems: list[LinkProblem] = []

    def problem(line: int, value: str, reason: str) -> None:
        problems.append(LinkProblem(page, line, value, reason))

    base_dir = _url_dir(mount + page)
    if parsed.base and not _is_external(parsed.base):
        if parsed.base.startswith("/") and not is_not_found_page:
            problem(1, parsed.base, "is a root-absolute <base href>, which breaks under a sub-path")
        base_dir = _url_dir(posixpath.normpath(posixpath.join(base_dir, parsed.base))
                            + ("/" if parsed.base.endswith("/") else ""))

    for link in parsed.links:
        value = link.value
        if value == "" and link.attribute == "action":
            continue  # a form that submits to its own page
        if value == "":
            problem(link.line, value, f"is an empty {link.attribute}")
            continue
        if _is_external(value):
            continue
        parts = urlsplit(value)
        path = unquote(parts.path)
        if path.startswith("/") and not is_not_found_page:
            problem(link.line, value, "starts with / and so breaks when the site is published "
                                      "under a sub-path; use a relative link")
            continue
        if path == "":
            relative = page
        else:
            joined = posixpath.normpath(posixpath.join(base_dir, path))
            if path.endswith("/") and not joined.endswith("/"):
                joined += "/"
            if not (joined + "/").startswith(mount):
                where = ("is outside the sub-path " + mount + " the site is served under"
                         if path.startswith("/") else "climbs above the top of the site")
                problem(link.line, value, where)
                continue
            relative = joined[len(mount):]
        target = _resolve_file(site_dir, relative)
        if target is None:
            problem(link.line, value, f"leads to {relative or 'the home page'!r}, "
                                      "which is not in the site")
            continue
        reason = _fragment_problem(target, parts.fragment)
        if reason:
            problem(link.line, value, reason)
    return problems


def check_site_links(site_dir: Path, mount: str = DEFAULT_MOUNT) -> list[LinkProblem]:
    """Problems with the internal links of every page in the site."""
    problems: list[LinkProblem] = []
    for page in discover_pages(site_dir):
        problems.extend(check_page_links(site_dir, page, mount))
    return problems
