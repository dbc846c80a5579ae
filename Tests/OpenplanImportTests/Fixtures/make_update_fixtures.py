#!/usr/bin/env python3
"""Fills in the update sheet the way two leads would, for the `import updates` tests. Run once
after changing it, and commit the files: the Swift tests read them and never need Python.

    python3 -m pip install openpyxl   (scripts/install-test-tools does this)
    python3 Tests/OpenplanImportTests/Fixtures/make_update_fixtures.py

updates-sent.xlsx and updates-sent.csv are the sheets as sent, made from updates-site with
`openplan export updates --site updates-site --as-of 2026-02-01 -o updates-sent.xlsx` (and .csv).
This script writes:
- updates-filled.xlsx: the Designated Clinical Officer's row and the Head of SEND's rows
  filled in with openpyxl (a label typed in lower case, a UK date, an Excel date cell, notes
  with colons, quotes, a # and a leading dash);
- updates-filled-libreoffice.xlsx: the same workbook saved again by LibreOffice;
- updates-filled.csv: the same answers in the CSV sheet;
- updates-bad.xlsx: an unknown status, an impossible date and an unknown Ref.
"""
import csv
import datetime
import pathlib
import shutil
import subprocess
import tempfile

from openpyxl import load_workbook

HERE = pathlib.Path(__file__).resolve().parent

# Ref -> (New status, New due date, Update), by column letters H, I and J.
FILLED = {
    "1.1": ("Some issues", None, "Trust B has not signed yet: now expected in April."),
    "1.2": ("on track", "30/09/2026", 'SENCO sessions: 40 of 52 schools done. "Good feedback" #training'),
    "1.10": (None, datetime.date(2026, 6, 30), "- first table published in February"),
}
BAD = {
    "1.1": ("Amberish", None, None),
    "1.2": (None, "31/13/2026", "Dates moved"),
}


def fill(sheet, answers, extra_rows=()):
    for row in sheet.iter_rows(min_row=2):
        ref = row[0].value
        if ref in answers:
            status, due, note = answers[ref]
            row[7].value, row[8].value, row[9].value = status, due, note
            if isinstance(due, datetime.date):
                row[8].number_format = "DD/MM/YYYY"
    for values in extra_rows:
        sheet.append(values)


def main():
    book = load_workbook(HERE / "updates-sent.xlsx")
    fill(book["Updates"], FILLED)
    book.save(HERE / "updates-filled.xlsx")

    bad = load_workbook(HERE / "updates-sent.xlsx")
    fill(bad["Updates"], BAD, extra_rows=[["9.9", "", "", "", "", "", "", "", "", "An update for an action that is not there"]])
    bad.save(HERE / "updates-bad.xlsx")

    with open(HERE / "updates-sent.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        if row[0] in FILLED:
            status, due, note = FILLED[row[0]]
            if isinstance(due, datetime.date):
                due = due.strftime("%d/%m/%Y")
            row[7], row[8], row[9] = status or "", due or "", note or ""
    with open(HERE / "updates-filled.csv", "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)

    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["libreoffice", "--headless", "--convert-to", "xlsx", "--outdir", out,
                        str(HERE / "updates-filled.xlsx")], check=True, capture_output=True)
        shutil.copy(pathlib.Path(out) / "updates-filled.xlsx", HERE / "updates-filled-libreoffice.xlsx")


if __name__ == "__main__":
    main()
