"""Comparators and breakdowns on measure pages, and the site-wide ``measures/data.csv``.

Read from the built files, with the figures taken from the site's own ``measures/data.csv``:
every measure with a comparator shows it in its chart, in words and in its table; every
breakdown has its own heading, words, small charts with text alternatives, and a table.
"""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest

SITE_CSV = "measures/data.csv"
REQUIRED_COLUMNS = ["measure", "date", "value", "kind", "group"]


class MeasurePage(HTMLParser):
    """The parts of a measure page these checks need: headings, captions, paragraphs, SVGs."""

    def __init__(self) -> None:
        super().__init__()
        self.h2: list[str] = []
        self.captions: list[str] = []
        self.text: list[str] = []
        self.ids: set[str] = set()
        self.svgs: list[dict[str, str]] = []
        self.links: list[str] = []
        self._open: list[str] = []
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "svg":
            self.svgs.append({k: v or "" for k, v in a.items()})
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag in ("h2", "caption", "p", "li"):
            self._open.append(tag)
            self._buffer = []

    def handle_endtag(self, tag):
        if self._open and tag == self._open[-1]:
            self._open.pop()
            words = " ".join("".join(self._buffer).split())
            {"h2": self.h2, "caption": self.captions}.get(tag, self.text).append(words)

    def handle_data(self, data):
        if self._open:
            self._buffer.append(data)


def read_page(site_dir: Path, slug: str) -> tuple[MeasurePage, str]:
    html = (site_dir / "measures" / slug / "index.html").read_text(encoding="utf-8")
    page = MeasurePage()
    page.feed(html)
    return page, html


def slug(measure_id: str) -> str:
    out, dash = [], False
    for c in measure_id:
        if c.isascii() and c.isalnum():
            if dash and out:
                out.append("-")
            out.append(c.lower())
            dash = False
        else:
            dash = True
    return "".join(out)


@pytest.fixture(scope="module")
def site_rows(site_dir: Path) -> list[dict[str, str]]:
    path = site_dir / SITE_CSV
    if not path.is_file():
        pytest.fail(f"{SITE_CSV} is missing from {site_dir}", pytrace=False)
    raw = path.read_bytes().decode("utf-8")
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        pytest.fail(f"{SITE_CSV} lacks the columns {missing}", pytrace=False)
    return list(reader)


def test_site_csv_holds_every_row_of_every_measures_own_csv(site_dir: Path, site_rows):
    problems = []
    for own in sorted((site_dir / "measures").glob("*/data.csv")):
        rows = list(csv.DictReader(io.StringIO(own.read_text(encoding="utf-8"), newline="")))
        measure_slug = own.parent.name
        in_site = [r for r in site_rows if slug(r["measure"]) == measure_slug]
        if len(rows) != len(in_site):
            problems.append(f"{own.relative_to(site_dir)} has {len(rows)} rows, {SITE_CSV} has {len(in_site)}")
            continue
        for mine, theirs in zip(rows, in_site):
            if (mine["kind"], mine["date"], mine["value"], mine.get("group", "")) != \
                    (theirs["kind"], theirs["date"], theirs["value"], theirs["group"]):
                problems.append(f"{own.relative_to(site_dir)}: {mine} differs from {theirs}")
                break
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_measure_page_links_the_site_csv(site_dir: Path):
    problems = []
    for page_file in sorted((site_dir / "measures").glob("*/index.html")):
        page, _ = read_page(site_dir, page_file.parent.name)
        if "../../measures/data.csv" not in page.links:
            problems.append(f"measures/{page_file.parent.name}/ does not link {SITE_CSV}")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_comparators_are_in_the_chart_the_words_and_the_table(site_dir: Path, site_rows):
    comparators = sorted({(r["measure"], r["group"]) for r in site_rows if r["kind"] == "comparator" and r["value"]})
    if not comparators:
        pytest.skip("this site has no comparators")
    problems = []
    for measure, label in comparators:
        page, html = read_page(site_dir, slug(measure))
        where = f"measures/{slug(measure)}/"
        if "Compared with elsewhere" not in page.h2:
            problems.append(f"{where}: no 'Compared with elsewhere' heading")
        if not any(t.startswith(f"{label}: ") for t in page.text):
            problems.append(f"{where}: no '{label}: …' summary")
        if not any(f"the {label} (" in t for t in page.text):
            problems.append(f"{where}: the latest figure is not compared with the {label} in words")
        if 'class="chart-comparator"' not in html or 'class="chart-label-comparator"' not in html:
            problems.append(f"{where}: the chart does not draw and label the {label}")
        if f"<td>{label}</td>" not in html.replace("&amp;", "&"):
            problems.append(f"{where}: the data table has no {label} row")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_each_breakdown_has_words_small_charts_and_a_table(site_dir: Path, site_rows):
    breakdowns: dict[tuple[str, str], set[str]] = {}
    for r in site_rows:
        if r["kind"] == "breakdown":
            breakdowns.setdefault((r["measure"], r["dimension"]), set()).add(r["group"])
    if not breakdowns:
        pytest.skip("this site has no breakdowns")
    problems = []
    for (measure, dimension), groups in sorted(breakdowns.items()):
        page, _ = read_page(site_dir, slug(measure))
        where = f"measures/{slug(measure)}/"
        by = dimension[0].lower() + dimension[1:] if dimension[1:2].islower() else dimension
        if f"By {by}" not in page.h2:
            problems.append(f"{where}: no 'By {by}' heading")
        if not any(c.endswith(f"readings by {by}") for c in page.captions):
            problems.append(f"{where}: no table captioned '… readings by {by}'")
        if not any(("highest" in t or "higher than" in t or "same figure" in t) for t in page.text):
            problems.append(f"{where}: the words do not say which group is highest")
        for group in groups:
            if not any(t.startswith(f"{group} was ") or t.startswith(f"{group} has no") for t in page.text):
                problems.append(f"{where}: no sentence about {group}")
        small = [s for s in page.svgs if "chart--small" in s.get("class", "")]
        if len(small) < 1:
            problems.append(f"{where}: no small charts for the breakdown by {by}")
        for svg in small:
            label_ids = svg.get("aria-labelledby", "").split()
            if svg.get("role") != "img" or len(label_ids) != 2 or not all(i in page.ids for i in label_ids):
                problems.append(f"{where}: a small chart lacks role=img and its own title and description")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
