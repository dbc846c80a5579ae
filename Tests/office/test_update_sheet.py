"""The update sheet from `openplan export updates`, opened by the programs leads use.

LibreOffice (headless) converts it to CSV, and openpyxl reads its protection, drop-down,
frozen header and page setup, so a sheet that only Openplan's own reader accepts cannot pass.

    swift build --product openplan
    python3 -m pytest Tests/office          (OPENPLAN_BIN: default .build/debug/openplan)

scripts/install-test-tools installs LibreOffice Calc and openpyxl.
"""
from __future__ import annotations

import csv
import os
import pathlib
import shutil
import subprocess

import openpyxl
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
BIN = pathlib.Path(os.environ.get("OPENPLAN_BIN", REPO / ".build/debug/openplan"))
HEADERS = ["Ref", "Action", "Leads", "Due", "Status", "Last updated", "Latest update", "New status", "New due date", "Update"]


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("sheet") / "updates.xlsx"
    subprocess.run([str(BIN), "export", "updates", "--site", str(REPO), "--as-of", "2026-02-01", "--output", str(out)],
                   check=True, capture_output=True)
    return out


def action_count() -> int:
    return len(list((REPO / "Content" / "actions").glob("*.md")))


def test_libreoffice_opens_it_and_reads_every_row(sheet: pathlib.Path, tmp_path: pathlib.Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice is missing: run scripts/install-test-tools"
    subprocess.run([office, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(sheet)],
                   check=True, capture_output=True, timeout=180)
    with open(tmp_path / "updates.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == HEADERS
    assert len(rows) == 1 + action_count()
    assert all(row[0] and row[1] for row in rows[1:])
    assert all(row[7:] == ["", "", ""] for row in rows[1:])


def test_openpyxl_sees_the_locks_the_list_and_the_page(sheet: pathlib.Path) -> None:
    ws = openpyxl.load_workbook(sheet)["Updates"]
    assert [c.value for c in ws[1]] == HEADERS
    assert ws.freeze_panes == "A2"
    assert ws.protection.sheet
    for letter in "ABCDEFG":
        assert ws[f"{letter}2"].protection.locked and ws[f"{letter}2"].fill.fgColor.rgb == "FFF2F2F2"
    for letter in "HIJ":
        assert not ws[f"{letter}2"].protection.locked
    assert all(ws[f"{letter}2"].alignment.wrap_text for letter in "ABCDEFGHIJ")
    [validation] = ws.data_validations.dataValidation
    assert validation.type == "list" and str(validation.sqref) == f"H2:H{1 + action_count()}"
    assert validation.formula1 == '"Completed,On track,Some issues,Not on track,Not started"'
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$1:$1"
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width
