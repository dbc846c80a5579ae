import OpenplanCore

/// Which kind of file a table came from: it decides how a place in it is written.
public enum SourceFormat: String, Sendable, Hashable {
    case csv, xlsx, docx

    /// What a person calls such a file, for plain error messages.
    public var plainName: String {
        switch self {
        case .csv: return "CSV file"
        case .xlsx: return "Excel workbook"
        case .docx: return "Word document"
        }
    }
}

/// Where a cell sits in its file, written the way the person who made the file can find it:
/// `plan.csv:7:5` (line and column), `tracker.xlsx:Section 1!E7` (sheet and cell), or
/// `plan.docx: table 2, row 5, column "Lead"` (Word has no cell names).
public struct SourcePlace: Sendable, Hashable, CustomStringConvertible {
    public enum Position: Sendable, Hashable {
        /// A CSV line (1-based, counting the lines inside quoted cells) and field number (1-based).
        case csv(line: Int, column: Int)
        /// An Excel sheet's name and the cell's 1-based row and column.
        case sheet(name: String, row: Int, column: Int)
        /// A Word table's number in the document, the row and the column, all 1-based.
        case wordTable(table: Int, row: Int, column: Int)
    }

    /// The file's name as the person gave it.
    public var file: String
    public var position: Position

    public init(file: String, position: Position) {
        self.file = file
        self.position = position
    }

    /// The place, naming a Word column by its header when it is known.
    public func description(header: String?) -> String {
        switch position {
        case .csv(let line, let column):
            return "\(file):\(line):\(column)"
        case .sheet(let name, let row, let column):
            return "\(file):\(name)!\(SourcePlace.columnLetters(column))\(row)"
        case .wordTable(let table, let row, let column):
            let columnName = header.map { "column \"\($0)\"" } ?? "column \(column)"
            return "\(file): table \(table), row \(row), \(columnName)"
        }
    }

    public var description: String { description(header: nil) }

    /// The same place one column along or in another row: used for places the reader made up
    /// (a header the importer looks up, a cell Excel left out).
    public func moved(row newRow: Int? = nil, column newColumn: Int? = nil) -> SourcePlace {
        var copy = self
        switch position {
        case .csv(let line, let column):
            copy.position = .csv(line: newRow ?? line, column: newColumn ?? column)
        case .sheet(let name, let row, let column):
            copy.position = .sheet(name: name, row: newRow ?? row, column: newColumn ?? column)
        case .wordTable(let table, let row, let column):
            copy.position = .wordTable(table: table, row: newRow ?? row, column: newColumn ?? column)
        }
        return copy
    }

    /// `1` → `A`, `27` → `AA`.
    public static func columnLetters(_ column: Int) -> String {
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `E` → 5, `AA` → 27; nil for anything but capital letters.
    public static func columnNumber(_ letters: Substring) -> Int? {
        guard !letters.isEmpty else { return nil }
        var n = 0
        for scalar in letters.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { return nil }
            n = n * 26 + Int(scalar.value - 64)
        }
        return n
    }
}

/// A solid colour as the file gives it (red, green, blue, 0–255).
public struct RGBColour: Sendable, Hashable, CustomStringConvertible {
    public var red: Int
    public var green: Int
    public var blue: Int

    public init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `FF0000`, `#FF0000` or Excel's `FFFF0000` (alpha first); nil for `auto` and anything else.
    public init?(hex text: String) {
        var hex = Substring(text)
        if hex.hasPrefix("#") { hex = hex.dropFirst() }
        if hex.count == 8 { hex = hex.dropFirst(2) }
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return nil }
        self.init(red: (value >> 16) & 0xFF, green: (value >> 8) & 0xFF, blue: value & 0xFF)
    }

    public var hex: String {
        func two(_ n: Int) -> String {
            let s = String(n, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        return two(red) + two(green) + two(blue)
    }

    public var description: String { "#" + hex }

    /// Excel's tint: lighter towards white for a positive tint, darker towards black for a
    /// negative one, applied to lightness as Excel does (in HSL).
    public func tinted(_ tint: Double) -> RGBColour {
        guard tint != 0 else { return self }
        var (h, s, l) = hsl
        l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint
        return RGBColour(hue: h, saturation: s, lightness: min(max(l, 0), 1))
    }

    var hsl: (Double, Double, Double) {
        let r = Double(red) / 255, g = Double(green) / 255, b = Double(blue) / 255
        let maxV = max(r, g, b), minV = min(r, g, b)
        let l = (maxV + minV) / 2
        guard maxV != minV else { return (0, 0, l) }
        let d = maxV - minV
        let s = l > 0.5 ? d / (2 - maxV - minV) : d / (maxV + minV)
        var h: Double
        if maxV == r { h = (g - b) / d + (g < b ? 6 : 0) } else if maxV == g { h = (b - r) / d + 2 } else { h = (r - g) / d + 4 }
        h /= 6
        return (h, s, l)
    }

    init(hue h: Double, saturation s: Double, lightness l: Double) {
        func channel(_ t0: Double, _ p: Double, _ q: Double) -> Double {
            var t = t0
            if t < 0 { t += 1 }
            if t > 1 { t -= 1 }
            if t < 1.0 / 6 { return p + (q - p) * 6 * t }
            if t < 1.0 / 2 { return q }
            if t < 2.0 / 3 { return p + (q - p) * (2.0 / 3 - t) * 6 }
            return p
        }
        if s == 0 {
            let v = Int((l * 255).rounded())
            self.init(red: v, green: v, blue: v)
            return
        }
        let q = l < 0.5 ? l * (1 + s) : l + s - l * s
        let p = 2 * l - q
        self.init(red: Int((channel(h + 1.0 / 3, p, q) * 255).rounded()),
                  green: Int((channel(h, p, q) * 255).rounded()),
                  blue: Int((channel(h - 1.0 / 3, p, q) * 255).rounded()))
    }
}

/// One cell as read: its words, and what else the file says about it.
public struct SourceCell: Sendable, Hashable {
    /// The cell's text; paragraphs and line breaks inside the cell are joined by `\n`.
    public var text: String
    /// The cell's background fill, when it has a solid one.
    public var fill: RGBColour?
    /// The day, when Excel stores the cell as a date (a number shown with a date format).
    public var excelDate: Day?
    /// True when the cell is part of a merged range but not its first cell: the text and fill
    /// are copied from the first cell, as a reader sees it.
    public var isMergedCopy: Bool
    public var place: SourcePlace

    public init(text: String, fill: RGBColour? = nil, excelDate: Day? = nil, isMergedCopy: Bool = false, place: SourcePlace) {
        self.text = text
        self.fill = fill
        self.excelDate = excelDate
        self.isMergedCopy = isMergedCopy
        self.place = place
    }

    /// True when the cell has no words (it may still have a fill).
    public var isBlank: Bool { text.allSatisfy { $0.isWhitespace } }
}

/// One row of a table, cells in column order (column 1 first, with blank cells filled in so
/// that every column has a cell).
public struct SourceRow: Sendable, Hashable {
    /// The row's number: the CSV line it starts on, the Excel row number, or the Word table row.
    public var number: Int
    public var cells: [SourceCell]

    public init(number: Int, cells: [SourceCell]) {
        self.number = number
        self.cells = cells
    }

    public var isBlank: Bool { cells.allSatisfy { $0.isBlank } }
}

/// One table: a CSV file, an Excel sheet or a table in a Word document.
public struct SourceTable: Sendable, Hashable {
    /// The sheet's name for Excel, "table N" for Word, the file's name for CSV.
    public var name: String
    /// 1-based position among the file's tables (Word table number, sheet order).
    public var number: Int
    public var rows: [SourceRow]

    public init(name: String, number: Int, rows: [SourceRow]) {
        self.name = name
        self.number = number
        self.rows = rows
    }
}

/// Everything read from one file.
public struct SourceDocument: Sendable, Hashable {
    public var file: String
    public var format: SourceFormat
    public var tables: [SourceTable]

    public init(file: String, format: SourceFormat, tables: [SourceTable]) {
        self.file = file
        self.format = format
        self.tables = tables
    }
}
