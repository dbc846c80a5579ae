"""Running axe-core in the page and turning its results into readable failures.

axe-core is not fetched from the internet: the PyPI package ``axe-playwright-python``
ships ``axe.min.js`` inside its wheel, and that file is injected with Selenium.
(Playwright itself, and its browser download, are not used.)
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from selenium.webdriver.remote.webdriver import WebDriver

#: WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus Deque's best practices.
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")

_RUN_SCRIPT = """
const tags = arguments[0];
const done = arguments[arguments.length - 1];
// iframes: false, because axe would wait a minute for each frame it cannot enter
// (embedded videos are on other sites); frame titles are still checked from this page.
axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
                   iframes: false})
  .then(result => done({version: axe.version, violations: result.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({target: n.target.map(t => String(t)), html: n.html,
                                summary: n.failureSummary || ''}))}))}))
  .catch(error => done({error: String(error && error.stack || error)}));
"""

_HTML_SNIPPET_LIMIT = 160
_NODES_SHOWN = 5


def axe_source_path() -> Path:
    """Where ``axe.min.js`` is: ``$OPENPLAN_AXE_JS`` or inside the axe-playwright-python package."""
    override = os.environ.get("OPENPLAN_AXE_JS")
    if override:
        return Path(override)
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("axe-core is missing: pip install axe-playwright-python "
                           "(or run scripts/install-test-tools)")
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "axe.min.js"
        if candidate.is_file():
            return candidate
    raise RuntimeError("axe-playwright-python is installed but has no axe.min.js")


@lru_cache(maxsize=1)
def axe_source() -> str:
    return axe_source_path().read_text(encoding="utf-8")


@dataclass(frozen=True)
class AxeNode:
    target: tuple[str, ...]
    html: str
    summary: str


@dataclass(frozen=True)
class AxeViolation:
    id: str
    impact: str | None
    help: str
    help_url: str
    nodes: tuple[AxeNode, ...] = field(default_factory=tuple)


def run_axe(driver: WebDriver, tags: tuple[str, ...] = AXE_TAGS) -> list[AxeViolation]:
    """Runs axe on the page that is open now and returns its violations."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(axe_source())
    result = driver.execute_async_script(_RUN_SCRIPT, list(tags))
    if not isinstance(result, dict) or "error" in result:
        raise RuntimeError(f"axe-core could not run on {driver.current_url}: "
                           f"{result.get('error') if isinstance(result, dict) else result}")
    return [
        AxeViolation(
            id=v["id"], impact=v.get("impact"), help=v["help"], help_url=v.get("helpUrl", ""),
            nodes=tuple(AxeNode(tuple(n["target"]), n["html"], n["summary"]) for n in v["nodes"]),
        )
        for v in result["violations"]
    ]


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _summary(text: str) -> str:
    """axe's "Fix any of the following:" blocks on one line, with their reasons split by "; "."""
    blocks: list[str] = []
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if line.endswith(":") or not blocks:
            blocks.append(line)
        else:
            blocks[-1] += (" " if blocks[-1].endswith(":") else "; ") + line
    return ". ".join(blocks)


def format_violations(violations: list[AxeViolation], where: str) -> str:
    """A report a developer can act on: rule, impact, help, and each failing element."""
    lines = [f"{len(violations)} accessibility problem(s) on {where}:"]
    for v in violations:
        lines.append(f"\n● {v.id} ({v.impact or 'no impact given'}): {v.help}")
        if v.help_url:
            lines.append(f"  more: {v.help_url}")
        for node in v.nodes[:_NODES_SHOWN]:
            lines.append(f"  - at {' '.join(node.target)}")
            lines.append(f"    html: {_shorten(node.html, _HTML_SNIPPET_LIMIT)}")
            if node.summary:
                lines.append("    " + _shorten(_summary(node.summary), 400))
        if len(v.nodes) > _NODES_SHOWN:
            lines.append(f"  … and {len(v.nodes) - _NODES_SHOWN} more element(s)")
    return "\n".join(lines)
