import Foundation
import ZIPFoundation
import Testing
@testable import OpenplanImport

@Test func wordTablesKeepMergedCellsShadingAndLineBreaks() throws {
    let document = try ImportFixtures.read("cumberland-plan.docx")
    #expect(document.tables.count == 2)
    let first = document.tables[0]
    #expect(first.rows.count == 7)
    #expect(first.rows[0].cells.map(\.text).first == "Ref")
    // Ref, Outcome and Lead are merged down rows 2–4: every row shows them, marked as copies.
    let row3 = first.rows[2]
    #expect(row3.cells[0].text == "1")
    #expect(row3.cells[0].isMergedCopy)
    #expect(row3.cells[2].text == "NB / CB")
    #expect(!first.rows[1].cells[0].isMergedCopy)
    // Paragraphs inside one cell arrive as lines.
    #expect(row3.cells[3].text == "Track whether advice arrives on time\nMar 2026: tracking system live\nJun 2026: first termly report")
    // The R A G column has no words, only a fill.
    #expect(first.rows[1].cells[6].text == "")
    #expect(first.rows[1].cells[6].fill == RGBColour(hex: "00B050"))
    #expect(row3.cells[6].fill == RGBColour(hex: "FFC000"))
    #expect(first.rows[6].cells[6].fill == nil)
    // Places name the table, the row and the column.
    #expect(row3.cells[5].place.description(header: "Expected completion date")
            == "cumberland-plan.docx: table 1, row 3, column \"Expected completion date\"")
    #expect(document.tables[1].rows[1].cells[0].place.description == "cumberland-plan.docx: table 2, row 2, column 1")
}

@Test func excelSheetsKeepDatesFillsAndMergedRanges() throws {
    let document = try ImportFixtures.read("tracker.xlsx")
    #expect(document.tables.map(\.name) == ["Section 1", "Section 2"])
    let sheet = document.tables[0]
    #expect(sheet.rows.map(\.number) == [1, 2, 3, 4])
    let row2 = sheet.rows[1], row3 = sheet.rows[2]
    #expect(row2.cells[4].excelDate?.iso == "2026-03-31")
    #expect(row2.cells[4].text == "2026-03-31")
    #expect(row3.cells[4].excelDate == nil)
    #expect(row3.cells[4].text == "Sep-26")
    // A2:A3 is merged: row 3 shows "Early help" too.
    #expect(row3.cells[0].text == "Early help")
    #expect(row3.cells[0].isMergedCopy)
    #expect(row3.cells[5].text == "")
    #expect(row3.cells[5].fill == RGBColour(hex: "FFC000"))
    #expect(row2.cells[3].text == "1. Sep 2025: pilot in Barrow\n2. Jan 2026: all districts")
    #expect(row3.cells[5].place.description == "tracker.xlsx:Section 1!F3")
    let only = try ImportFixtures.read("tracker.xlsx", sheet: "section 2")
    #expect(only.tables.map(\.name) == ["Section 2"])
    #expect(throws: OfficeReadError.self) { try ImportFixtures.read("tracker.xlsx", sheet: "Section 9") }
}

@Test func workbookSavedByLibreOfficeReadsTheSame() throws {
    let original = try ImportFixtures.read("tracker.xlsx")
    let resaved = try ImportFixtures.read("tracker-libreoffice.xlsx")
    #expect(resaved.tables.map(\.name) == original.tables.map(\.name))
    for (a, b) in zip(original.tables[0].rows, resaved.tables[0].rows) {
        #expect(a.cells.map(\.text) == b.cells.prefix(a.cells.count).map(\.text))
        #expect(a.cells.map(\.fill) == b.cells.prefix(a.cells.count).map(\.fill))
        #expect(a.cells.map(\.excelDate) == b.cells.prefix(a.cells.count).map(\.excelDate))
    }
}

@Test func csvWithByteOrderMarkCountsLinesInsideQuotedCells() throws {
    let document = try ImportFixtures.read("plan-bom.csv")
    let rows = document.tables[0].rows
    #expect(rows[0].cells[0].text == "Ref")  // the BOM is not part of the first header
    #expect(rows[1].cells[5].text == "Started\nSurvey sent")
    // The second record runs over lines 2 and 3, so the repeated header is on line 4.
    #expect(rows.map(\.number) == [1, 2, 4, 5, 6])
    #expect(rows[3].cells[3].place.description == "plan-bom.csv:5:4")
}

@Test func fileThatIsNotWhatItsNameSaysIsAPlainError() throws {
    do {
        _ = try ImportFixtures.read("not-a-zip.docx")
        Issue.record("a text file named .docx was read")
    } catch let error as OfficeReadError {
        #expect(error.description.contains("not-a-zip.docx: error: this is not a real Word document"))
    }
    #expect(throws: OfficeReadError.self) { try OfficeFileReader().read(data: Data("PK\u{3}\u{4}junk".utf8), file: "x.xlsx", format: .xlsx) }
    #expect(throws: OfficeReadError.self) { try OfficeFileReader().read(path: ImportFixtures.path("make_fixtures.py")) }
    #expect(throws: OfficeReadError.self) { try OfficeFileReader().read(data: Data([0xFF, 0xFE, 0x00, 0x41]), file: "x.csv", format: .csv) }
}

@Test func excelTintsAndColumnLettersFollowExcel() {
    #expect(SourcePlace.columnLetters(28) == "AB")
    #expect(SourcePlace.columnNumber("AB") == 28)
    #expect(XLSXStyles.isDateFormat(id: 164, code: "mmm-yy"))
    #expect(!XLSXStyles.isDateFormat(id: 164, code: "0.00\"d\""))
    #expect(RGBColour(hex: "FF0000")!.tinted(0.5) == RGBColour(hex: "FF8080"))
}

/// A workbook written here as XML in a ZIP, for shapes the fixture programs do not make.
func workbook(sheet: String, styles: String? = nil) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    func add(_ path: String, _ text: String) throws {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    try add("xl/workbook.xml", """
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>
        """)
    try add("xl/_rels/workbook.xml.rels", """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>
        """)
    try add("xl/worksheets/sheet1.xml", sheet)
    if let styles { try add("xl/styles.xml", styles) }
    return archive.data!
}

@Test func mergedRangesStopAtTheUsedAreaAndCellsWithoutReferencesAreCounted() throws {
    let sheet = """
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c t="inlineStr"><is><t>Ref</t></is></c><c t="inlineStr"><is><t>Action</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="B2" t="inlineStr"><is><r><t>Rich </t></r><r><t>text</t></r></is></c></row>
        <row r="3"><c r="B3" t="inlineStr"><is><t>Second</t></is></c></row>
        </sheetData><mergeCells count="1"><mergeCell ref="A2:A1048576"/></mergeCells></worksheet>
        """
    let document = try XLSXReader().read(data: try workbook(sheet: sheet), file: "w.xlsx")
    let rows = document.tables[0].rows
    #expect(rows.map(\.number) == [1, 2, 3])
    #expect(rows[0].cells.map(\.text) == ["Ref", "Action"])
    #expect(rows[1].cells[1].text == "Rich text")
    #expect(rows[2].cells[0].text == "1")
    #expect(rows[2].cells[0].isMergedCopy)
}

@Test func wordCellColouredByParagraphShadingOrHighlighter() throws {
    func cell(_ inner: String) -> XMLTree {
        XMLTree.parse(Data("<w:tc xmlns:w=\"w\">\(inner)</w:tc>".utf8))!
    }
    #expect(DOCXReader.paragraphColour(cell("<w:p><w:pPr><w:shd w:val=\"clear\" w:fill=\"FFC000\"/></w:pPr></w:p>")) == RGBColour(hex: "FFC000"))
    #expect(DOCXReader.paragraphColour(cell("<w:p><w:r><w:rPr><w:highlight w:val=\"green\"/></w:rPr><w:t> </w:t></w:r></w:p>")) == RGBColour(hex: "00FF00"))
    #expect(DOCXReader.paragraphColour(cell("<w:p><w:r><w:t>G</w:t></w:r></w:p>")) == nil)
}
