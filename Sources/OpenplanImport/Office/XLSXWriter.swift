import Foundation
import OpenplanCore
import ZIPFoundation

/// One worksheet to write: text cells, a header row, and how it should behave in Excel or
/// LibreOffice (which columns people may type in, a drop-down, widths, printing).
public struct XLSXSheet: Sendable {
    public var name: String
    /// The first row is the header. Every cell is text.
    public var rows: [[String]]
    /// Width of each column, in characters.
    public var columnWidths: [Double]
    /// Columns (from 0) people fill in: unlocked and white. All others are locked and shaded,
    /// and the sheet is protected (without a password) so they stay as written.
    public var editableColumns: Set<Int>
    /// Editable columns whose cells are formatted as text, so a date typed in stays as typed
    /// rather than becoming a number that only looks like a date.
    public var textColumns: Set<Int>
    /// A drop-down list of choices for one column, for every row below the header.
    public var choices: (column: Int, values: [String], prompt: String)?
    /// Lines of room each row below the header has at least, so there is space to write in
    /// the editable columns.
    public var minimumLines: Int = 1

    public init(name: String, rows: [[String]], columnWidths: [Double], editableColumns: Set<Int> = [],
                textColumns: Set<Int> = [], choices: (column: Int, values: [String], prompt: String)? = nil) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.editableColumns = editableColumns
        self.textColumns = textColumns
        self.choices = choices
    }
}

/// Writes an `.xlsx` workbook of one sheet: the parts Excel needs and nothing more, as XML
/// generated here and zipped with ZIPFoundation. The same sheet always gives the same bytes:
/// every ZIP entry carries one fixed date, and parts are written in a fixed order.
///
/// The sheet opens with its header row frozen and bold on a grey fill, read-only columns
/// shaded grey and locked, text wrapped at the top of each cell, and it prints on A4
/// landscape, one page wide, with the header row repeated on every page.
public enum XLSXWriter {
    /// 1 January 2000, 00:00 UTC: ZIP's DOS dates start in 1980, and ZIPFoundation converts in UTC.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    public static func data(_ sheet: XLSXSheet) throws -> Data {
        let strings = SharedStrings(sheet.rows)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("docProps/app.xml", appProperties),
            ("xl/workbook.xml", workbook(sheet)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/sharedStrings.xml", strings.xml),
            ("xl/worksheets/sheet1.xml", worksheet(sheet, strings)),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: entryDate, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    // MARK: Parts

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        </Types>
        """

    static let rootRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="\(relationships)/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    static let appProperties = declaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>Openplan</Application></Properties>
        """

    static let workbookRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(relationships)/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """

    static func workbook(_ sheet: XLSXSheet) -> String {
        let name = XML.escape(sheet.name)
        // Sheet names with spaces or punctuation are quoted in formulas, with ' doubled.
        let reference = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
        return declaration + """
            <workbook xmlns="\(main)" xmlns:r="\(relationships)">\
            <bookViews><workbookView activeTab="0"/></bookViews>\
            <sheets><sheet name="\(name)" sheetId="1" r:id="rId1"/></sheets>\
            <definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">\(XML.escape(reference))!$1:$1</definedName></definedNames>\
            </workbook>
            """
    }

    /// Cell styles, by index: 0 default; 1 header; 2 read-only (grey, locked);
    /// 3 editable (unlocked); 4 editable and formatted as text.
    enum Style: Int { case plain = 0, header, readOnly, editable, editableText }

    static let styles = declaration + """
        <styleSheet xmlns="\(main)">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
        <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right>\
        <top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="5">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1">\
        <alignment vertical="top" wrapText="1"/><protection locked="1"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1">\
        <alignment vertical="top" wrapText="1"/><protection locked="1"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1" applyProtection="1">\
        <alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1" applyProtection="1">\
        <alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    static func worksheet(_ sheet: XLSXSheet, _ strings: SharedStrings) -> String {
        let columnCount = max(sheet.columnWidths.count, sheet.rows.map(\.count).max() ?? 0)
        let lastColumn = columnName(max(columnCount - 1, 0))
        let lastRow = max(sheet.rows.count, 1)
        var out = declaration
        out += "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        out += "<dimension ref=\"A1:\(lastColumn)\(lastRow)\"/>"
        let firstEditable = sheet.editableColumns.min().map { columnName($0) + "2" } ?? "A2"
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"\(firstEditable)\" sqref=\"\(firstEditable)\"/>"
        out += "</sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        out += "<cols>"
        for (i, width) in sheet.columnWidths.enumerated() {
            out += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(number(width))\" customWidth=\"1\""
            if let style = columnStyle(i, sheet) { out += " style=\"\(style.rawValue)\"" }
            out += "/>"
        }
        out += "</cols>"
        out += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            // Neither Excel nor LibreOffice sizes rows to wrapped text when opening a file,
            // so each row is given the height its longest cell needs.
            let lines = max(r == 0 ? 1 : sheet.minimumLines, lineCount(row, widths: sheet.columnWidths))
            out += "<row r=\"\(r + 1)\" ht=\"\(lines * 15)\" customHeight=\"1\">"
            for c in 0..<columnCount {
                let value = c < row.count ? row[c] : ""
                let style: Style = r == 0 ? .header : (columnStyle(c, sheet) ?? .readOnly)
                let place = columnName(c) + String(r + 1)
                if value.isEmpty {
                    out += "<c r=\"\(place)\" s=\"\(style.rawValue)\"/>"
                } else {
                    out += "<c r=\"\(place)\" s=\"\(style.rawValue)\" t=\"s\"><v>\(strings.index[value]!)</v></c>"
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        // Protected without a password: people may still resize, but not retype the plan's own columns.
        out += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
        if let choices = sheet.choices, let formula = listFormula(choices.values), sheet.rows.count > 1 {
            let column = columnName(choices.column)
            out += "<dataValidations count=\"1\">"
            out += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
            out += " errorTitle=\"Choose from the list\" error=\"\(XML.escape(choices.prompt))\""
            out += " promptTitle=\"New status\" prompt=\"\(XML.escape(choices.prompt))\""
            out += " sqref=\"\(column)2:\(column)\(sheet.rows.count)\">"
            out += "<formula1>\(XML.escape(formula))</formula1></dataValidation></dataValidations>"
        }
        out += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
        // paperSize 9 is A4. fitToHeight 0: as many pages down as the rows need.
        out += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        out += "<headerFooter><oddFooter>\(XML.escape("&L&A&RPage &P of &N"))</oddFooter></headerFooter>"
        out += "</worksheet>"
        return out
    }

    /// How many lines the row's longest cell wraps to, reckoning a column of width w (in
    /// widths of the digit 0) holds about 1.15 w characters of ordinary text.
    static func lineCount(_ row: [String], widths: [Double]) -> Int {
        var most = 1
        for (c, value) in row.enumerated() where !value.isEmpty {
            let perLine = max(1, Int((c < widths.count ? widths[c] : 8.43) * 1.15) - 1)
            var lines = 0
            for paragraph in value.split(separator: "\n", omittingEmptySubsequences: false) {
                var count = 1, used = 0
                for word in paragraph.split(separator: " ") {
                    let length = word.count
                    if used > 0 && used + 1 + length > perLine { count += 1; used = 0 }
                    used += (used > 0 ? 1 : 0) + length
                    while used > perLine { count += 1; used -= perLine }
                }
                lines += count
            }
            most = max(most, lines)
        }
        return most
    }

    /// The style of a body cell in column `c`: nil for read-only columns.
    private static func columnStyle(_ c: Int, _ sheet: XLSXSheet) -> Style? {
        guard sheet.editableColumns.contains(c) else { return nil }
        return sheet.textColumns.contains(c) ? .editableText : .editable
    }

    /// An inline list (`"A,B,C"`), which Excel allows only when no choice holds a comma or a
    /// quote and the whole fits in 255 characters; nil otherwise, and the column is left free.
    static func listFormula(_ values: [String]) -> String? {
        guard !values.isEmpty, values.allSatisfy({ !$0.contains(",") && !$0.contains("\"") }) else { return nil }
        let formula = "\"" + values.joined(separator: ",") + "\""
        return formula.count <= 257 ? formula : nil
    }

    /// `A`, `B`, … `Z`, `AA`: the letters of column `index` (from 0).
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// Every distinct text in the sheet once, in order of first use, as `sharedStrings.xml` lists them.
struct SharedStrings {
    var index: [String: Int] = [:]
    var xml: String

    init(_ rows: [[String]]) {
        var ordered: [String] = []
        var count = 0
        for row in rows {
            for value in row where !value.isEmpty {
                count += 1
                if index[value] == nil {
                    index[value] = ordered.count
                    ordered.append(value)
                }
            }
        }
        var xml = XLSXWriter.declaration
        xml += "<sst xmlns=\"\(XLSXWriter.main)\" count=\"\(count)\" uniqueCount=\"\(ordered.count)\">"
        for value in ordered {
            // preserve: keeps leading and trailing spaces and line breaks as typed.
            xml += "<si><t xml:space=\"preserve\">\(XML.escape(value))</t></si>"
        }
        xml += "</sst>"
        self.xml = xml
    }
}
