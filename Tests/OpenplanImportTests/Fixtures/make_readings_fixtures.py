#!/usr/bin/env python3
"""Writes readings-quarterly.xlsx for the `import readings` tests: a data team's quarterly
workbook as Excel users keep one. Run once after changing it, and commit the file: the Swift
tests read it and never need Python.

    python3 -m pip install openpyxl   (scripts/install-test-tools does this)
    python3 Tests/OpenplanImportTests/Fixtures/make_readings_fixtures.py

The first row is the headings. The sheet holds a percentage cell (0.553 shown as 55.3%), a count with a thousands
format (66400 shown as 66,400), a real Excel date cell, a quarter typed as text, and a group.
readings-quarterly.csv and readings-bad.csv are plain text, written by hand.
"""
import datetime
import pathlib

from openpyxl import Workbook

HERE = pathlib.Path(__file__).resolve().parent


def main():
    book = Workbook()
    sheet = book.active
    sheet.title = "Q3 2025-26"
    sheet.append(["Measure", "Group", "Date", "Value", "Note"])
    sheet.append(["EHCP-20", None, "2025/26 Q3", 0.553, None])
    sheet["D2"].number_format = "0.0%"
    sheet.append(["LO-VISITS", None, "2025/26 Q2", 66400, None])
    sheet["D3"].number_format = "#,##0"
    sheet.append(["WAIT-WEEKS", None, datetime.date(2025, 12, 31), 21, "Provisional"])
    sheet["C4"].number_format = "dd/mm/yyyy"
    sheet.append(["SEND-SUPPORT", "Area: Eden", "2025/26 Q3", 12.1, None])
    # A stray text value, so the test sees a sheet cell's place in an error.
    bad = Workbook()
    bad_sheet = bad.active
    bad_sheet.title = "Figures"
    bad_sheet.append(["measure", "date", "value"])
    bad_sheet.append(["EHCP-20", "2025/26 Q3", "about half"])
    for workbook, name in ((book, "readings-quarterly.xlsx"), (bad, "readings-bad.xlsx")):
        # Fixed document times, so the file is the same each time it is made.
        workbook.properties.created = workbook.properties.modified = datetime.datetime(2026, 1, 15, 9, 0)
        workbook.save(HERE / name)


if __name__ == "__main__":
    main()
