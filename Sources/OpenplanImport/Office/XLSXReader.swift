import Foundation
import OpenplanCore

/// Reads the sheets of an Excel workbook (.xlsx) into tables: text from shared and inline
/// strings and numbers, dates from cells whose style shows a date, fills from styles.xml
/// (plain, theme and indexed colours), and merged ranges copied into every cell they cover.
public struct XLSXReader {
    public init() {}

    /// The workbook's sheet names, in order.
    public func sheetNames(data: Data, file: String) throws -> [String] {
        let package = try OfficePackage(data: data, file: file, format: .xlsx)
        return try Workbook(package: package).sheets.map(\.name)
    }

    /// Every sheet, or only the one named (matched ignoring case).
    public func read(data: Data, file: String, sheet wanted: String? = nil) throws -> SourceDocument {
        let package = try OfficePackage(data: data, file: file, format: .xlsx)
        let workbook = try Workbook(package: package)
        var chosen = workbook.sheets
        if let wanted {
            chosen = workbook.sheets.filter { $0.name.lowercased() == wanted.lowercased() }
            if chosen.isEmpty {
                throw OfficeReadError.noSuchSheet(file: file, sheet: wanted, available: workbook.sheets.map(\.name))
            }
        }
        let sharedStrings = try Self.sharedStrings(package.xml("xl/sharedStrings.xml"))
        let styles = XLSXStyles(styles: try package.xml("xl/styles.xml"), theme: try package.xml("xl/theme/theme1.xml"))
        var tables: [SourceTable] = []
        for sheet in chosen {
            guard let tree = try package.xml(sheet.path) else {
                throw OfficeReadError.notThatKind(file: file, format: .xlsx, detail: "its sheet \"\(sheet.name)\" is missing")
            }
            let rows = Self.rows(of: tree, sheet: sheet.name, file: file, strings: sharedStrings, styles: styles, date1904: workbook.date1904)
            tables.append(SourceTable(name: sheet.name, number: sheet.number, rows: rows))
        }
        return SourceDocument(file: file, format: .xlsx, tables: tables)
    }

    private struct Sheet {
        var name: String
        var number: Int
        var path: String
    }

    /// workbook.xml and its relationships: which sheet is which part.
    private struct Workbook {
        var sheets: [Sheet] = []
        var date1904 = false

        init(package: OfficePackage) throws {
            let workbook = try package.requiredXML("xl/workbook.xml")
            let rels = try package.xml("xl/_rels/workbook.xml.rels")
            var targets: [String: String] = [:]
            for rel in rels?.children("Relationship") ?? [] {
                if let id = rel["Id"], let target = rel["Target"] { targets[id] = OfficePackage.resolve(target, from: "xl") }
            }
            date1904 = ["1", "true"].contains(workbook.child("workbookPr")?["date1904"] ?? "")
            for (i, sheet) in (workbook.child("sheets")?.children("sheet") ?? []).enumerated() {
                let name = sheet["name"] ?? "Sheet\(i + 1)"
                let path = sheet["id"].flatMap { targets[$0] } ?? "xl/worksheets/sheet\(i + 1).xml"
                sheets.append(Sheet(name: name, number: i + 1, path: path))
            }
        }
    }

    /// The shared string table; rich text runs are joined, phonetic guides left out.
    static func sharedStrings(_ tree: XMLTree?) -> [String] {
        (tree?.children("si") ?? []).map(Self.stringItem)
    }

    /// The text of an `<si>` or `<is>`: its own `<t>`, or its runs' `<t>`s.
    static func stringItem(_ item: XMLTree) -> String {
        if let t = item.child("t") { return normalisedLineBreaks(t.text) }
        return normalisedLineBreaks(item.children("r").compactMap { $0.child("t")?.text }.joined())
    }

    static func normalisedLineBreaks(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The sheet's rows, each with a cell for every column up to the last used one.
    static func rows(of tree: XMLTree, sheet: String, file: String, strings: [String], styles: XLSXStyles, date1904: Bool) -> [SourceRow] {
        var cells: [Int: [Int: SourceCell]] = [:]
        var lastColumn = 0
        var nextRow = 1
        for row in tree.child("sheetData")?.children("row") ?? [] {
            let rowNumber = row["r"].flatMap(Int.init) ?? nextRow
            nextRow = rowNumber + 1
            var nextColumn = 1
            for c in row.children("c") {
                let (column, refRow) = c["r"].flatMap(Self.cellReference) ?? (nextColumn, rowNumber)
                nextColumn = column + 1
                let place = SourcePlace(file: file, position: .sheet(name: sheet, row: refRow, column: column))
                let cell = Self.cell(c, place: place, strings: strings, styles: styles, date1904: date1904)
                guard !cell.isBlank || cell.fill != nil else { continue }
                cells[refRow, default: [:]][column] = cell
                lastColumn = max(lastColumn, column)
            }
        }
        // A merged range shows its first cell's words and fill across the whole range, as far
        // as the sheet is used (a merge may run down a whole column of a million rows).
        let lastRow = cells.keys.max() ?? 0
        let usedColumns = lastColumn
        for merge in tree.child("mergeCells")?.children("mergeCell") ?? [] {
            guard let ref = merge["ref"] else { continue }
            let ends = ref.split(separator: ":")
            guard ends.count == 2, let from = cellReference(String(ends[0])), let to = cellReference(String(ends[1])) else { continue }
            let origin = cells[from.1]?[from.0]
            guard let origin else { continue }
            for r in from.1...max(from.1, min(to.1, lastRow)) {
                for col in from.0...max(from.0, min(to.0, usedColumns)) where !(r == from.1 && col == from.0) {
                    var copy = origin
                    copy.isMergedCopy = true
                    copy.place = origin.place.moved(row: r, column: col)
                    cells[r, default: [:]][col] = copy
                    lastColumn = max(lastColumn, col)
                }
            }
        }
        return cells.keys.sorted().map { r in
            let rowCells = cells[r] ?? [:]
            let filled = (1...max(lastColumn, 1)).map { col in
                rowCells[col] ?? SourceCell(text: "", place: SourcePlace(file: file, position: .sheet(name: sheet, row: r, column: col)))
            }
            return SourceRow(number: r, cells: filled)
        }
    }

    /// One `<c>`: its text by type, its fill, and its date when the style shows one.
    static func cell(_ c: XMLTree, place: SourcePlace, strings: [String], styles: XLSXStyles, date1904: Bool) -> SourceCell {
        let style = c["s"].flatMap(Int.init) ?? 0
        let value = c.child("v")?.text ?? ""
        var text = ""
        var date: Day?
        switch c["t"] ?? "n" {
        case "s":
            if let i = Int(value.trimmingCharacters(in: .whitespaces)), strings.indices.contains(i) { text = strings[i] }
        case "inlineStr":
            text = c.child("is").map(stringItem) ?? ""
        case "str", "e":
            text = normalisedLineBreaks(value)
        case "b":
            text = value == "1" ? "TRUE" : "FALSE"
        case "d":
            text = value
            date = Day(iso: String(value.prefix(10)))
        default:
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { text = value; break }
            if styles.isDate(style: style), number >= 1, number < 2_958_466 {
                let day = Day(ordinal: Int(number.rounded(.down)) - (date1904 ? 24_107 : 25_569))
                date = day
                text = day.iso
            } else if styles.isPercent(style: style) {
                // As the sheet shows it: 0.464 formatted as a percentage reads "46.4%". Rounded
                // to nine places, so a float's tail (46.400000000000006) does not show.
                text = Self.plainNumber((number * 100 * 1e9).rounded() / 1e9) + "%"
            } else {
                text = Self.plainNumber(number)
            }
        }
        return SourceCell(text: text, fill: styles.fill(style: style), excelDate: date, place: place)
    }

    /// `3` rather than `3.0`; otherwise the shortest form that reads back the same.
    static func plainNumber(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// `E7` → (column 5, row 7); also accepts `$E$7`.
    static func cellReference(_ ref: String) -> (Int, Int)? {
        let clean = ref.replacingOccurrences(of: "$", with: "")
        guard let firstDigit = clean.firstIndex(where: { $0.isNumber }) else { return nil }
        guard let column = SourcePlace.columnNumber(clean[..<firstDigit]), let row = Int(clean[firstDigit...]) else { return nil }
        return (column, row)
    }
}
