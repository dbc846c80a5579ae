"""Shared set-up for the browser checks: the site folder, a local server, one browser.

Run from the repository root:  python3 -m pytest Tests/browser --site _site
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from openplan_checks.browser import start_chromium  # noqa: E402
from openplan_checks.server import DEFAULT_MOUNT, SiteServer  # noqa: E402
from openplan_checks.site import discover_pages  # noqa: E402

FIXTURES = HERE / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("openplan", "Openplan site checks")
    group.addoption("--site", default="_site",
                    help="the built site folder to check (default: _site)")
    group.addoption("--mount", default=DEFAULT_MOUNT,
                    help="the sub-path the site is served under while checking "
                         f"(default: {DEFAULT_MOUNT})")


def _site_dir(config: pytest.Config) -> Path:
    return Path(config.getoption("site")).resolve()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Each page of the site is its own test, named by its path in the folder."""
    if "page" in metafunc.fixturenames:
        pages = discover_pages(_site_dir(metafunc.config))
        metafunc.parametrize("page", pages, ids=pages)


def pytest_report_header(config: pytest.Config) -> list[str]:
    site = _site_dir(config)
    return [f"openplan site: {site} ({len(discover_pages(site))} pages), "
            f"served under {config.getoption('mount')}"]


@pytest.fixture(scope="session")
def site_dir(pytestconfig: pytest.Config) -> Path:
    return _site_dir(pytestconfig)


@pytest.fixture(scope="session")
def pages(site_dir: Path) -> list[str]:
    return discover_pages(site_dir)


@pytest.fixture(scope="session")
def site_server(site_dir: Path, pytestconfig: pytest.Config):
    if not (site_dir / "index.html").is_file():
        pytest.fail(f"There is no built site at {site_dir} (no index.html). "
                    "Build the site first, or pass --site DIR.", pytrace=False)
    with SiteServer(site_dir, pytestconfig.getoption("mount")) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run: starting one costs about a second."""
    driver = start_chromium()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def browser_without_javascript():
    driver = start_chromium(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def fixture_server():
    """Serves the harness's own small sites (``fixtures/minimal``, ``fixtures/broken``)."""
    servers: dict[str, SiteServer] = {}

    def serve(name: str) -> SiteServer:
        if name not in servers:
            servers[name] = SiteServer(FIXTURES / name).start()
        return servers[name]

    yield serve
    for server in servers.values():
        server.stop()
