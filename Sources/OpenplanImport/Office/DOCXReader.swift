import Foundation

/// Reads every table in a Word document (.docx): rows and cells on the table's grid, merged
/// cells (`gridSpan` across, `vMerge` down) copied into every grid cell they cover, the cell's
/// shading colour, and the paragraphs of a cell joined by line breaks. A table nested inside a
/// cell is read as part of that cell's text.
public struct DOCXReader {
    public init() {}

    public func read(data: Data, file: String) throws -> SourceDocument {
        let package = try OfficePackage(data: data, file: file, format: .docx)
        let document = try package.requiredXML("word/document.xml")
        guard let body = document.child("body") else {
            throw OfficeReadError.notThatKind(file: file, format: .docx, detail: "its document has no body")
        }
        var tables: [SourceTable] = []
        for tbl in Self.topLevelTables(in: body) {
            let number = tables.count + 1
            tables.append(SourceTable(name: "table \(number)", number: number, rows: Self.rows(of: tbl, table: number, file: file)))
        }
        return SourceDocument(file: file, format: .docx, tables: tables)
    }

    /// Tables in document order, looking through content controls and other wrappers but not
    /// into tables themselves.
    static func topLevelTables(in node: XMLTree) -> [XMLTree] {
        var found: [XMLTree] = []
        for child in node.children {
            if child.name == "tbl" { found.append(child) } else { found += topLevelTables(in: child) }
        }
        return found
    }

    /// The elements named `name` among `node`'s children, looking through wrappers such as
    /// content controls (`sdt`/`sdtContent`) and custom XML, not through nested tables.
    static func wrapped(_ name: String, in node: XMLTree) -> [XMLTree] {
        var found: [XMLTree] = []
        for child in node.children {
            if child.name == name { found.append(child) } else if ["sdt", "sdtContent", "customXml", "smartTag"].contains(child.name) {
                found += wrapped(name, in: child)
            }
        }
        return found
    }

    static func rows(of tbl: XMLTree, table: Int, file: String) -> [SourceRow] {
        var rows: [SourceRow] = []
        var width = 0
        for (r, tr) in wrapped("tr", in: tbl).enumerated() {
            let rowNumber = r + 1
            var cells: [SourceCell] = []
            func place(_ column: Int) -> SourcePlace {
                SourcePlace(file: file, position: .wordTable(table: table, row: rowNumber, column: column))
            }
            let skipped = min(tr.child("trPr")?.child("gridBefore")?["val"].flatMap(Int.init) ?? 0, 63)
            for _ in 0..<max(skipped, 0) { cells.append(SourceCell(text: "", place: place(cells.count + 1))) }
            for tc in wrapped("tc", in: tr) {
                let properties = tc.child("tcPr")
                // Clamped: no real table is wider than Word's own limit of 63 columns.
                let span = min(max(properties?.child("gridSpan")?["val"].flatMap(Int.init) ?? 1, 1), 63)
                let fill = properties?.child("shd")?["fill"].flatMap { RGBColour(hex: $0) } ?? Self.paragraphColour(tc)
                let column = cells.count + 1
                var cell = SourceCell(text: cellText(tc), fill: fill, place: place(column))
                if let vMerge = properties?.child("vMerge"), (vMerge["val"] ?? "continue") == "continue",
                   let above = rows.last, above.cells.indices.contains(column - 1) {
                    // A continued vertical merge: the cell shows what the cell above it shows.
                    cell = above.cells[column - 1]
                    cell.isMergedCopy = true
                    cell.place = place(column)
                }
                cells.append(cell)
                for extra in 1..<span {
                    var copy = cell
                    copy.isMergedCopy = true
                    copy.place = place(column + extra)
                    cells.append(copy)
                }
            }
            width = max(width, cells.count)
            rows.append(SourceRow(number: rowNumber, cells: cells))
        }
        return rows.map { row in
            var padded = row
            while padded.cells.count < width {
                padded.cells.append(SourceCell(text: "", place: SourcePlace(file: file, position: .wordTable(table: table, row: row.number, column: padded.cells.count + 1))))
            }
            return padded
        }
    }

    /// When the cell itself is not shaded, the colour of its paragraphs' shading or of the
    /// highlighter over its text: people colour a RAG cell whichever way Word offers first.
    static func paragraphColour(_ tc: XMLTree) -> RGBColour? {
        for p in tc.children("p") {
            if let fill = p.child("pPr")?.child("shd")?["fill"].flatMap({ RGBColour(hex: $0) }) { return fill }
            for r in p.descendants("rPr") {
                if let fill = r.child("shd")?["fill"].flatMap({ RGBColour(hex: $0) }) { return fill }
                if let name = r.child("highlight")?["val"], let hex = highlightColours[name] { return RGBColour(hex: hex) }
            }
        }
        return nil
    }

    /// Word's highlighter colours (`w:highlight w:val`), as Word shows them.
    static let highlightColours: [String: String] = [
        "yellow": "FFFF00", "green": "00FF00", "cyan": "00FFFF", "magenta": "FF00FF", "blue": "0000FF",
        "red": "FF0000", "darkBlue": "000080", "darkCyan": "008080", "darkGreen": "008000",
        "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000", "darkGray": "808080",
        "lightGray": "C0C0C0", "black": "000000",
    ]

    /// The cell's paragraphs (including those of tables inside it) joined by line breaks.
    static func cellText(_ tc: XMLTree) -> String {
        var paragraphs: [String] = []
        func walk(_ node: XMLTree) {
            for child in node.children {
                if child.name == "p" { paragraphs.append(paragraphText(child)) } else if child.name != "tcPr" { walk(child) }
            }
        }
        walk(tc)
        return paragraphs.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A paragraph's visible text: runs' `<t>`, tabs and breaks; deleted text and field codes
    /// are other elements and so are left out.
    static func paragraphText(_ p: XMLTree) -> String {
        var text = ""
        func walk(_ node: XMLTree) {
            for child in node.children {
                switch child.name {
                case "t": text += child.text
                case "tab": text += "\t"
                case "br", "cr": text += "\n"
                case "noBreakHyphen": text += "-"
                case "pPr", "rPr", "del", "instrText", "delText": break
                default: walk(child)
                }
            }
        }
        walk(p)
        return text
    }
}
