"""Shared by the email, draft and feed checks."""
from __future__ import annotations

import pathlib

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
#: The as-of day scripts/test builds the example site with.
AS_OF = "2026-01-31"


def bulletin_folders(site: pathlib.Path) -> list[pathlib.Path]:
    """Every `bulletins/<slug>/` folder (not the list's `page/N/` folders)."""
    root = site / "bulletins"
    return sorted(p for p in root.iterdir() if p.is_dir() and p.name != "page") if root.is_dir() else []
