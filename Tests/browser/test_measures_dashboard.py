"""The measures page says honestly where each measure stands: in words and a shape, with a
mark tests can read, the rule in one sentence, its figures in words for screen readers, and
a link to every figure as a spreadsheet. Without JavaScript, on a phone and a laptop."""

import pytest

from openplan_checks.browser import DESKTOP_WIDTH, NARROW_WIDTH
from openplan_checks.dashboard import dashboard_problems
from openplan_checks.site import url_path
from openplan_checks.visit import open_page

MEASURES = "measures/index.html"


@pytest.fixture
def measures_page(site_dir):
    if not (site_dir / MEASURES).is_file():
        pytest.skip("the site has no measures page")
    return MEASURES


@pytest.mark.parametrize("width", [DESKTOP_WIDTH, NARROW_WIDTH])
def test_every_measure_says_where_it_stands(browser_without_javascript, site_server, measures_page, width):
    driver = browser_without_javascript
    open_page(driver, site_server.url(url_path(measures_page)), width)
    cards = driver.execute_script("return document.querySelectorAll('.measure-card').length")
    assert cards > 0, "the measures page lists no measure"
    problems = dashboard_problems(driver)
    assert not problems, f"at {width} px:\n" + "\n".join(f"  - {p}" for p in problems)


def test_the_page_states_its_rule_counts_and_links_every_figure(browser_without_javascript, site_server, measures_page):
    driver = browser_without_javascript
    open_page(driver, site_server.url(url_path(measures_page)), NARROW_WIDTH)
    rule = driver.execute_script("const r = document.querySelector('.dashboard__rule'); return r ? r.innerText : ''")
    assert "on course" in rule and "off course" in rule, f"no rule for on and off course on the page: {rule!r}"
    summary = driver.execute_script("const s = document.querySelector('.dashboard__summary'); return s ? s.innerText : ''")
    assert summary.startswith("We "), f"no count of where the measures stand: {summary!r}"
    links = driver.execute_script(
        "return Array.from(document.querySelectorAll('main a')).filter(a => a.getAttribute('href').endsWith('measures/data.csv'))"
        ".map(a => a.innerText.trim())")
    assert links == ["All the figures as a spreadsheet (CSV)"], links


def test_every_bulletin_measure_says_where_it_stands(browser_without_javascript, site_server, pages):
    bulletins = [p for p in pages if p.startswith("bulletins/") and p.count("/") == 2]
    driver = browser_without_javascript
    problems = []
    for page in bulletins:
        open_page(driver, site_server.url(url_path(page)), NARROW_WIDTH)
        problems += [f"{page}: {p}" for p in dashboard_problems(driver)]
    assert not problems, "\n".join(problems)


def test_the_check_catches_a_card_that_relies_on_colour_or_a_bare_sparkline(browser_without_javascript):
    """The check can fail: planted cards with an unknown state, no shape, and a labelled
    sparkline with no figures beside it."""
    html = ("<!doctype html><html lang=en><title>t</title><ul>"
            "<li class='measure-card' data-measure-state='amber'><a href='x'>A</a>"
            "<strong class='tag'><span>Off course</span></strong>"
            "<div class='measure-card__spark'><svg class='sparkline' role='img' aria-label='Trend'></svg></div></li>"
            "<li class='measure-card' data-measure-state='met'><a href='y'>B</a>"
            "<strong class='tag'><svg class='tag__shape'></svg><span>Target met</span></strong></li>"
            "</ul>")
    driver = browser_without_javascript
    driver.get("data:text/html;charset=utf-8," + html.replace("#", "%23"))
    problems = dashboard_problems(driver)
    assert any('"A": data-measure-state' in p for p in problems), problems
    assert any('"A": the standing has no shape' in p for p in problems), problems
    assert any('"A": the sparkline is not hidden' in p for p in problems), problems
    assert any('"A": the sparkline has no figures in words' in p for p in problems), problems
    assert not any(p.startswith('"B"') for p in problems), problems
