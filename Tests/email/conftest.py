"""Checks of the bulletin emails, the .eml drafts and the feeds of a built site.

Run from the repository root, after building the example site:

    swift build --product openplan
    .build/debug/openplan build --site . --output /tmp/site --as-of 2026-01-31
    python3 -m pytest Tests/email --site /tmp/site

`--site` is shared with Tests/browser when both run in one pytest call; OPENPLAN_SITE works
too. Tests that need the command itself use OPENPLAN_BIN (default .build/debug/openplan) and
build the example site again into a temporary folder, so source and output always match.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from openplan_email import AS_OF, REPO  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    try:
        parser.addoption("--site", default=None, help="the built site folder to check")
    except (ValueError, argparse.ArgumentError):
        pass  # Tests/browser registered it already: one option serves both.


@pytest.fixture(scope="session")
def site_dir(pytestconfig: pytest.Config) -> pathlib.Path:
    value = pytestconfig.getoption("site", default=None) or os.environ.get("OPENPLAN_SITE")
    if not value:
        pytest.fail("Give the built site with --site DIR (or OPENPLAN_SITE).", pytrace=False)
    path = pathlib.Path(value).resolve()
    if not (path / "index.html").is_file():
        pytest.fail(f"There is no built site at {path}: build it first.", pytrace=False)
    return path


@pytest.fixture(scope="session")
def openplan_bin() -> pathlib.Path:
    path = pathlib.Path(os.environ.get("OPENPLAN_BIN", REPO / ".build" / "debug" / "openplan"))
    if not path.is_absolute():
        path = REPO / path
    if not path.exists():
        pytest.fail(f"openplan binary not found at {path}: run `swift build` first or set OPENPLAN_BIN", pytrace=False)
    return path


@pytest.fixture(scope="session")
def example_build(openplan_bin, tmp_path_factory) -> pathlib.Path:
    """The repository's example site, built as scripts/test builds it."""
    out = tmp_path_factory.mktemp("example") / "site"
    subprocess.run([str(openplan_bin), "build", "--site", str(REPO), "--output", str(out), "--as-of", AS_OF, "--quiet"],
                   check=True, capture_output=True, text=True)
    return out
