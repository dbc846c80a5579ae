"""Self-tests: the checks pass a good site and catch every planted fault in a broken one.

``fixtures/minimal`` is a small accessible site; ``fixtures/broken`` has one known fault
per check (see the comments in its HTML). If a check stops catching its fault, the
checks on the real site would pass for the wrong reason, so these run on every run.
"""

from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest

# Not imported from conftest: when several test folders run in one pytest call, the name
# "conftest" may belong to another folder's.
FIXTURES = Path(__file__).resolve().parent / "fixtures"
from openplan_checks.axe import axe_source_path, format_violations, run_axe
from openplan_checks.browser import DESKTOP_WIDTH, NARROW_WIDTH
from openplan_checks.keyboard import skip_link_problems
from openplan_checks.layout import horizontal_overflow, viewport_meta_problem
from openplan_checks.links import check_site_links
from openplan_checks.nojs import scripts_ran, visible_page_links
from openplan_checks.not_found import not_found_problems
from openplan_checks.site import discover_pages, url_path
from openplan_checks.validator import site_files, validate_files, validate_site
from openplan_checks.visit import open_page

MINIMAL = FIXTURES / "minimal"
BROKEN = FIXTURES / "broken"


def _axe_ids(browser, url, width=DESKTOP_WIDTH, scheme="light"):
    open_page(browser, url, width, scheme)
    return {v.id for v in run_axe(browser)}


# --- the good site passes -------------------------------------------------------------

def test_minimal_site_pages_are_found_without_email_bodies():
    pages = discover_pages(MINIMAL)
    assert pages[0] == "index.html"
    assert "search/index.html" in pages and "404.html" in pages
    assert not [p for p in pages if p.endswith("email.html")]
    assert (MINIMAL / "bulletins/2025-01/email.html").is_file()


@pytest.mark.parametrize("scheme,width", [("light", DESKTOP_WIDTH), ("light", NARROW_WIDTH),
                                          ("dark", DESKTOP_WIDTH)])
def test_minimal_site_passes_axe(scheme, width, browser, fixture_server):
    server = fixture_server("minimal")
    reports = []
    for page in discover_pages(MINIMAL):
        open_page(browser, server.url(url_path(page)), width, scheme)
        violations = run_axe(browser)
        if violations:
            reports.append(format_violations(violations, page))
        if width == NARROW_WIDTH:
            overflow = horizontal_overflow(browser)
            if overflow:
                reports.append(overflow.describe(page))
            assert viewport_meta_problem(browser) is None
    assert not reports, "\n\n".join(reports)


def test_minimal_site_passes_links_and_html_checker():
    assert check_site_links(MINIMAL) == []
    assert validate_site(MINIMAL) == []


@pytest.mark.parametrize("address", ["", "actions/support-plans/"])
def test_minimal_site_skip_link_works(address, browser, fixture_server):
    open_page(browser, "about:blank", DESKTOP_WIDTH)
    assert skip_link_problems(browser, fixture_server("minimal").url(address)) == []


def test_minimal_search_page_lists_pages_without_javascript(browser, browser_without_javascript,
                                                            fixture_server):
    url = fixture_server("minimal").url("search/")
    assert len(visible_page_links(browser_without_javascript, url)) == 8
    assert not scripts_ran(browser_without_javascript), "scripts ran in the no-JavaScript browser"
    open_page(browser, url, DESKTOP_WIDTH)
    assert scripts_ran(browser), "the fixture's script should run in the normal browser"


def test_axe_core_comes_from_the_python_package():
    path = axe_source_path()
    assert path.name == "axe.min.js"
    assert "axe v4." in path.read_text(encoding="utf-8")[:200]


# --- the server behaves like a static host under a sub-path -----------------------------

def _fetch(url):
    request = Request(url, method="GET")
    try:
        with urlopen(request, timeout=10) as response:
            return response.status, response.geturl(), response.read()
    except HTTPError as error:
        return error.code, url, error.read()


def test_server_gives_404_page_with_status_404(fixture_server):
    server = fixture_server("minimal")
    status, _, body = _fetch(server.url("no/such/page/"))
    assert status == 404
    assert body == (MINIMAL / "404.html").read_bytes()


def test_not_found_check_passes_good_404_page_and_catches_relative_links(fixture_server):
    assert not_found_problems(fixture_server("minimal"), MINIMAL) == []
    problems = not_found_problems(fixture_server("broken"), BROKEN)
    assert len(problems) == 1 and "'style.css'" in problems[0] and "404" in problems[0], problems


def test_server_only_serves_under_its_sub_path(fixture_server):
    server = fixture_server("minimal")
    assert _fetch(server.origin + "/index.html")[0] == 404
    status, final_url, _ = _fetch(server.origin + server.mount.rstrip("/"))
    assert (status, final_url) == (200, server.base_url)
    status, final_url, _ = _fetch(server.url("search"))
    assert (status, final_url) == (200, server.url("search/"))
    assert _fetch(server.url("../../../etc/passwd"))[0] == 404


# --- the broken site fails each check for its planted fault -----------------------------

def test_axe_catches_missing_alt_text_and_low_contrast(browser, fixture_server):
    ids = _axe_ids(browser, fixture_server("broken").url(""))
    assert {"image-alt", "color-contrast"} <= ids, ids


def test_axe_catches_low_contrast_that_only_dark_mode_has(browser, fixture_server):
    url = fixture_server("broken").url("dark/")
    assert "color-contrast" not in _axe_ids(browser, url, scheme="light")
    assert "color-contrast" in _axe_ids(browser, url, scheme="dark")


def test_narrow_check_catches_wide_element_and_missing_viewport(browser, fixture_server):
    open_page(browser, fixture_server("broken").url(""), NARROW_WIDTH)
    overflow = horizontal_overflow(browser)
    assert overflow is not None
    assert overflow.scroll_width >= 400
    assert any("wide-banner" in o for o in overflow.offenders), overflow.offenders
    assert "viewport" in (viewport_meta_problem(browser) or "")
    open_page(browser, fixture_server("broken").url(""), DESKTOP_WIDTH)
    assert horizontal_overflow(browser) is None


def test_link_checker_catches_each_broken_link():
    problems = check_site_links(BROKEN)
    found = {(p.page, p.link): p.reason for p in problems}
    assert "not in the site" in found[("index.html", "nowhere/")]
    assert "no-such-id" in found[("index.html", "#no-such-id")]
    assert "missing-part" in found[("index.html", "other/#missing-part")]
    assert "starts with /" in found[("index.html", "/other/")]
    assert "above the top" in found[("index.html", "../../outside.html")]
    assert ("index.html", "chart.png") not in found
    assert all(p.line > 1 for p in problems)


def test_html_checker_catches_bad_attribute_and_bad_css():
    errors = validate_files(site_files(BROKEN), BROKEN)
    text = "\n".join(str(e) for e in errors)
    assert any(e.file == "index.html" and "colour" in e.message for e in errors), text
    assert any(e.file == "style.css" and "colr" in e.message for e in errors), text


def test_keyboard_check_catches_missing_hidden_and_aimless_skip_links(browser, fixture_server):
    server = fixture_server("broken")
    open_page(browser, "about:blank", DESKTOP_WIDTH)
    missing = skip_link_problems(browser, server.url(""))
    assert missing and "not a skip link" in missing[0], missing
    hidden = skip_link_problems(browser, server.url("other/"))
    assert hidden and "off screen" in hidden[0], hidden
    aimless = skip_link_problems(browser, server.url("skip-nowhere/"))
    assert aimless and 'id="main-content"' in aimless[0], aimless


def test_no_javascript_check_catches_a_list_built_by_script(browser, browser_without_javascript,
                                                            fixture_server):
    url = fixture_server("broken").url("search/")
    assert visible_page_links(browser_without_javascript, url) == []
    open_page(browser, url, DESKTOP_WIDTH)
    assert len(visible_page_links(browser, url)) == 8
