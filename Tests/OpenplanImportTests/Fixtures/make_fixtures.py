#!/usr/bin/env python3
"""Makes the import tests' fixture files. Run once after changing it, and commit the files:
the Swift tests read the files and never need Python.

    python3 -m pip install python-docx openpyxl   (scripts/install-test-tools does this)
    python3 Tests/OpenplanImportTests/Fixtures/make_fixtures.py

The Word and Excel files are written by python-docx and openpyxl. Two are also saved by
LibreOffice, since real files come from more than one program: tracker-libreoffice.xlsx (from
tracker.xlsx) and cumberland-plan-libreoffice.docx (from cumberland-plan.docx), each made with
`libreoffice --headless --convert-to xlsx` (or `docx`) and renamed.
"""
import datetime
import pathlib

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Color, PatternFill

HERE = pathlib.Path(__file__).resolve().parent

HEADERS = ["Ref", "Outcome", "Lead", "Specific actions to achieve outcome", "Strategy priority",
           "Expected completion date", "R A G", "Evidence of outcome"]
GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "FF0000", "0070C0"


def shade(cell, hex_colour):
    properties = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    properties.append(shd)


def write(cell, text):
    """Lines of text become paragraphs, as a person pressing Enter in a cell makes them."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def word_table(document, rows, merge_groups):
    """rows: lists of (text, fill); merge_groups: (first row, last row) pairs, 1-based data rows,
    whose Ref, Outcome and Lead cells are merged down."""
    table = document.add_table(rows=1 + len(rows), cols=len(HEADERS))
    table.style = "Table Grid"
    for i, h in enumerate(HEADERS):
        table.cell(0, i).text = h
    for r, row in enumerate(rows, start=1):
        for c, (text, fill) in enumerate(row):
            if text:
                write(table.cell(r, c), text)
            if fill:
                shade(table.cell(r, c), fill)
    for first, last in merge_groups:
        for c in range(3):
            table.cell(first, c).merge(table.cell(last, c))
    return table


def row(ref="", outcome="", lead="", action="", priority="", due="", rag=None, evidence=""):
    return [(ref, None), (outcome, None), (lead, None), (action, None), (priority, None),
            (due, None), ("", rag), (evidence, None)]


def cumberland_docx():
    """Two tables in the shape of an inspection action plan: Ref, Outcome and Lead merged down
    each group, status only as the colour of the R A G cell, a heading row repeated inside the
    first table, and ref 2a carried on into the second table."""
    document = Document()
    document.add_heading("SEND and AP local area inspection action plan", 1)
    outcome1 = "Plans are written with advice from education, health and social care"
    outcome2a = "We understand how long children wait for mental health support"
    rows = [
        row("1", outcome1, "NB / CB", "Agree a baseline for the quality of advice in new plans", "1", "Jan-26", GREEN,
            "Advice in new plans is clear and specific"),
        row(action="Track whether advice arrives on time\nMar 2026: tracking system live\nJun 2026: first termly report",
            due="Mar-26", rag=AMBER),
        row(action="Report on plan quality to the partnership board", due="Quarterly", rag=GREEN),
        [(h, None) for h in HEADERS],
        row("2a", outcome2a, "PC & JA", "Add mental health waiting times to the dashboard", "2", "Sep 2026", RED),
        row(action="Survey families about their experience of support", priority="1",
            due="Jun 2026 (quarterly reviews following this)", rag=None),
    ]
    word_table(document, rows, [(1, 3), (5, 6)])
    document.add_paragraph("Continued")
    rows2 = [
        row("2a", outcome2a, "Designated Clinical Officer", "Publish the waiting times on the Local Offer", "2", "31/03/2027", BLUE),
        row("2b", "Developmental checks for children aged 5 to 19 are embedded", "", "Hold a service development day",
            "2", "", GREEN),
    ]
    word_table(document, rows2, [])
    document.save(HERE / "cumberland-plan.docx")


def bad_docx():
    document = Document()
    rows = [
        row("1", "Outcome one", "NB", "An action with an impossible date", "1", "31/13/2026", GREEN),
        row(action="An action with a status nobody knows", due="Mar-26", rag=None),
    ]
    table = word_table(document, rows, [(1, 2)])
    table.cell(2, 6).text = "Purple-ish"
    document.save(HERE / "bad-plan.docx")


def tracker_xlsx():
    """A tracker in the shape of a Westmorland and Furness plan: milestones as "Mon YYYY:" lines,
    the priority merged down its rows, status by word in one row and by fill in others, an Excel
    date cell, and a second sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Section 1"
    ws.append(["Priority", "Action", "Lead", "Delivery milestones", "Due", "RAG", "Update / Impact", "Notes for board"])
    ws.append(["Early help", "Set up a single front door for early help", "Head of Early Help",
               "1. Sep 2025: pilot in Barrow\n2. Jan 2026: all districts", datetime.date(2026, 3, 31), "Green",
               "Pilot running", "Board asked for a case study"])
    ws.append(["", "Train staff in the graduated approach", "SENCo Network Lead; EP Service Manager",
               "Oct 2025: first cohort trained", "Sep-26", "", "Two cohorts booked", ""])
    ws.append(["Transitions", "Preparing for adulthood pathway published", "", "", "2026-07", "Complete", "", ""])
    ws.merge_cells("A2:A3")
    ws["F3"].fill = PatternFill("solid", fgColor="FFFFC000")
    ws["E2"].number_format = "dd/mm/yyyy"
    for col, width in zip("ABCDEFGH", (14, 40, 24, 40, 12, 8, 30, 20)):
        ws.column_dimensions[col].width = width
    other = wb.create_sheet("Section 2")
    other.append(["Action", "Lead", "Due", "RAG"])
    other.append(["Publish a co-produced Local Offer page on short breaks", "SENDAC", "Dec 2026", "A"])
    wb.save(HERE / "tracker.xlsx")


def bad_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Section 1"
    ws.append(["Ref", "Action", "Lead", "RAG", "Due"])
    for i in range(2, 7):
        ws.append([str(i - 1), f"Action {i - 1}", "NB", "Green", "Mar-26"])
    ws.append(["6", "Action six", "NB", "Sparkly", "31/13/2026"])
    wb.save(HERE / "bad-tracker.xlsx")


def csv_files():
    text = ("Ref,Action,Leads,Due,Status,Progress\r\n"
            "1,Agree a baseline,NB and CB,Jan-26,On track,\"Started\r\nSurvey sent\"\r\n"
            "Ref,Action,Leads,Due,Status,Progress\r\n"
            ",Track advice,NB,31/03/2026,G,\r\n"
            "2,Publish waiting times,PC,September 2026,amber,\r\n")
    (HERE / "plan-bom.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    bad = ("Ref,Action,Leads,Due,Status\n"
           "1,Agree a baseline,NB,Jan-26,On track\n"
           "2,\"An action\nover two lines\",NB,31/13/2026,Maybe\n")
    (HERE / "bad-plan.csv").write_text(bad, encoding="utf-8")
    (HERE / "not-a-zip.docx").write_text("This is plain text saved with the wrong name.\n", encoding="utf-8")


def cumberland_action_plan_docx():
    """A real plan's table typed into Word, as a partnership has it: a key to the leads first
    (not an action table), then one table per area for improvement, each starting with its
    heading row, Ref and Outcome merged down the area, Lead merged down each group of actions,
    and the R A G shown only by the cell's colour. Facts from the Cumberland SEND and AP local
    area inspection action plan (November 2025), shortened."""
    document = Document()
    document.add_heading("SEND and AP local area inspection action plan", 1)
    document.add_paragraph("Accountable leads")
    key = document.add_table(rows=4, cols=3)
    for r, (initials, role) in enumerate([("NB", "SEND and AP Transformation and Improvement Lead"),
                                          ("DW", "Designated Clinical Officer, NENC ICB"),
                                          ("CK", "Assistant Director Public Health")]):
        key.cell(r, 0).text = initials
        key.cell(r, 1).text = role
    key.cell(3, 0).text = "BRAG"
    key.cell(3, 1).text = "Blue completed, green on target, amber issues, red not on target"

    def area(ref, outcome, groups):
        """groups: (lead, [(action, priority, due, colour, evidence)]), or (lead, actions,
        sub-heading): as in the real plan, a row before the group names its workstream in the
        Lead column, with no action."""
        rows, merges, r = [], [], 1
        for lead, actions, *heading in groups:
            if heading:
                rows.append(row(ref if r == 1 else "", outcome if r == 1 else "", heading[0]))
                r += 1
            first = r
            for i, (action, priority, due, colour, evidence) in enumerate(actions):
                rows.append(row(ref if r == 1 else "", outcome if r == 1 else "", lead if i == 0 else "",
                                action, priority, due, colour, evidence))
                r += 1
            if len(actions) > 1:
                merges.append((first, r - 1, 2))
        table = word_table(document, rows, [])
        table.cell(1, 0).merge(table.cell(len(rows), 0))
        table.cell(1, 1).merge(table.cell(len(rows), 1))
        for first, last, col in merges:
            table.cell(first, col).merge(table.cell(last, col))
        document.add_paragraph("")

    area("1", "Education, Health and Care plans are written with real contributions from education, health and "
              "social care, so that every need is reflected and supported.", [
        ("NB / CB", [
            ("Agree a baseline for advice in new plans, measuring how specific, relevant and clear it is", "1", "Jan-26", GREEN,
             "Parents and practitioners say advice in new plans is clear and specific"),
            ("Set up a local area system to track whether advice for assessments arrives on time and complete", "", "Mar-26", AMBER,
             "70% of new plans meet the good or better quality standard"),
            ("Run a termly cycle of themed multi-agency audits", "", "Feb-26", GREEN, ""),
            ("Review how advice is requested across education, health and care", "", "Dec-26", None, ""),
            ("Report on plan quality to the partnership board", "", "Quarterly", GREEN,
             "Quarterly reports show progress on the indicators above"),
        ], "Set up a multi-agency group to check the quality of EHC plans"),
        ("DW / RS / EC", [
            ("Agree one health advice template with health services", "2", "Apr-26", GREEN,
             "90% of health advice uses the agreed template"),
            ("Train each health service in writing good health advice\nMay 2026: first services trained\nJul 2026: all services trained",
             "", "Jul-26", AMBER, ""),
            ("Name quality champions in each health trust", "", "Oct-26", RED, ""),
        ], "Develop and agree a shared template for health advice"),
        ("AMC / CB", [
            ("Audit the advice templates used across services", "2&4", "Jan-25", BLUE, ""),
            ("Co-produce with SENDAC an online form for families to tell us about the plan process", "1", "Jan-26", GREEN,
             "70% of families complete the survey for new plans by June 2026"),
        ]),
    ])
    area("2a", "We understand how long children and young people wait for mental health support, in every part "
               "of Cumberland.", [
        ("PC / JA", [
            ("Add mental health measures to the SEND and AP dashboard", "2", "Sep-26", GREEN,
             "The measures go live on the dashboard from September 2026"),
            ("Collect accurate waiting times and referral numbers, including in border areas", "2", "Sep-26", AMBER, ""),
            ("Review the Local Offer so mental health support at every level can be found", "6", "Jul-26", None, ""),
        ]),
    ])
    area("2c", "We use attendance, exclusion and suspension data to spot children who may be vulnerable.", [
        ("KN / CB", [
            ("Analyse attendance, exclusion and suspension data by SEND status, phase and area", "6", "Feb-26", GREEN,
             "Reported through the dashboard every quarter"),
            ("Present findings to the board, school leaders and council teams", "", "Quarterly", RED, ""),
        ]),
    ])
    document.save(HERE / "cumberland-action-plan.docx")


def adulthood_tracker_xlsx():
    """A tracker in the Westmorland and Furness shape: Action | Lead | Delivery milestones |
    RAG | Update / Impact, one sheet per working group, the RAG written as a word in some rows
    and only as a fill in others. Facts from the Cumbria written statement of action (2019)."""
    wb = Workbook()
    sheets = {
        "Preparation for adulthood": [
            ("Map the routes from children's to adult services and publish them on the Local Offer",
             "AD Education and Skills", "1. Sep 2025: routes mapped\n2. Dec 2025: published", "Green", "Routes agreed with adult services"),
            ("Start transition planning at Year 9 for every young person with a plan",
             "AD Education and Skills / Head of SEND", "Jan 2026: guidance issued\nApr 2026: audit of Year 9 reviews", None,
             "Guidance drafted"),
            ("Offer supported internships in each district", "", "Sep 2026: first interns start", "A", ""),
        ],
        "Emotional health": [
            ("Agree a pathway for children with autism who need emotional health support",
             "Director of Public Health", "Oct 2025: pathway drafted\nMar 2026: pathway in use", "Red",
             "Draft delayed while commissioners agree funding"),
            ("Train school staff in early emotional health support", "Director of Public Health", "Termly", "G", ""),
        ],
    }
    fills = {("Preparation for adulthood", 3): "FF00B050"}
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        ws.append(["Action", "Lead", "Delivery milestones", "RAG", "Update / Impact"])
        for r, values in enumerate(rows, start=2):
            ws.append(list(values))
            if (name, r) in fills:
                ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=fills[(name, r)])
    wb.save(HERE / "adulthood-tracker.xlsx")


def sections_xlsx():
    """Section headings merged right across the sheet, and no priority column: each section
    becomes a priority. A theme colour with a tint and an indexed colour as status fills."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["No.", "Action", "Lead", "By when", "BRAG"])
    ws.append(["Priority 1: Working together and building trust"])
    ws.merge_cells("A2:E2")
    ws.append(["1", "Publish a plain-English guide to the plan", "NB", "Dec-25", ""])
    ws["E3"].fill = PatternFill("solid", fgColor=Color(theme=6, tint=-0.25))  # accent 3 of openpyxl's theme, darker: green
    ws.append(["Priority 2: High quality local provision"])
    ws.merge_cells("A4:E4")
    ws.append(["2", "Open two new resourced provisions", "EH", "Sep 2026", ""])
    ws["E5"].fill = PatternFill("solid", fgColor=Color(indexed=10))  # the legacy palette's red
    wb.save(HERE / "sections.xlsx")


if __name__ == "__main__":
    import sys
    # Name functions to make only those files (the others keep their committed bytes).
    if len(sys.argv) > 1:
        for name in sys.argv[1:]:
            globals()[name]()
        sys.exit(0)
    sections_xlsx()
    cumberland_action_plan_docx()
    adulthood_tracker_xlsx()
    cumberland_docx()
    bad_docx()
    tracker_xlsx()
    bad_xlsx()
    csv_files()
