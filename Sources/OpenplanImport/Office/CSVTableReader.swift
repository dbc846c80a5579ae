import CSV
import Foundation

/// Reads a CSV file as Excel saves it: UTF-8, with or without a byte order mark, commas
/// between fields. Each cell's place is its line and its field number, counting the lines
/// that quoted cells run over, so `plan.csv:7:5` is line 7, fifth column.
public struct CSVTableReader {
    public init() {}

    public func read(data: Data, file: String) throws -> SourceDocument {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else { throw OfficeReadError.notText(file: file) }
        if text.contains("\0") { throw OfficeReadError.notText(file: file) }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            throw OfficeReadError.notText(file: file)
        }
        var rows: [SourceRow] = []
        var line = 1
        var width = 0
        while let fields = reader.next() {
            var cells: [SourceCell] = []
            for (i, field) in fields.enumerated() {
                let clean = XLSXReader.normalisedLineBreaks(field)
                cells.append(SourceCell(text: clean, place: SourcePlace(file: file, position: .csv(line: line, column: i + 1))))
            }
            // A row runs on over one more line for each line break inside its quoted cells.
            let linesInRow = cells.reduce(0) { $0 + $1.text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) } }
            width = max(width, cells.count)
            rows.append(SourceRow(number: line, cells: cells))
            line += 1 + linesInRow
        }
        if let error = reader.error { throw OfficeReadError.unreadable(file: file, reason: "\(error)") }
        let name = (file as NSString).lastPathComponent
        let padded = rows.map { row -> SourceRow in
            var r = row
            while r.cells.count < width {
                r.cells.append(SourceCell(text: "", place: SourcePlace(file: file, position: .csv(line: row.number, column: r.cells.count + 1))))
            }
            return r
        }
        return SourceDocument(file: file, format: .csv, tables: [SourceTable(name: name, number: 1, rows: padded)])
    }
}
