import Foundation
import OpenplanCore

/// The columns of a readings spreadsheet, found by their headings in the first row that has
/// anything in it: `measure`, `date` (or `period`, as data teams often head it) and `value`,
/// and optionally `group` and `note`, in any order, in any case and spacing. Other columns are left alone, with a warning naming them.
struct ReadingColumns {
    enum Field: String, CaseIterable {
        case measure, date, value, group, note
    }

    var headerIndex: Int
    var index: [Field: Int]
    /// Heading cells of columns Openplan does not read.
    var extra: [SourceCell]

    static let accepted: [String: Field] = [
        "measure": .measure, "date": .date, "period": .date, "value": .value, "group": .group, "note": .note, "notes": .note,
    ]

    /// The heading row and its columns, or every problem with it.
    static func find(in table: SourceTable, file: String) -> (columns: ReadingColumns?, problems: [ReadingsImport.Finding]) {
        guard let headerIndex = table.rows.firstIndex(where: { !$0.isBlank }) else {
            return (nil, [.init(place: file, message: "the file is empty: it should have a heading row "
                                + "(measure, date, value, and optionally group and note) and a row for each reading.")])
        }
        let header = table.rows[headerIndex]
        var index: [Field: Int] = [:]
        var extra: [SourceCell] = []
        var problems: [ReadingsImport.Finding] = []
        for (i, cell) in header.cells.enumerated() where !cell.isBlank {
            guard let field = accepted[UpdateImport.key(cell.text)] else {
                extra.append(cell)
                continue
            }
            if index[field] != nil {
                problems.append(.init(place: cell.place.description,
                                      message: "there is a second \"\(field.rawValue)\" column here. Keep one, so it is clear which to read."))
                continue
            }
            index[field] = i
        }
        let missing = [Field.measure, .date, .value].filter { index[$0] == nil }
        if !missing.isEmpty {
            let found = header.cells.filter { !$0.isBlank }.map { "\"\($0.text)\"" }.joined(separator: ", ")
            let place = header.cells.first?.place.description ?? file
            // Excel in some countries saves "CSV" with semicolons: the whole row is one cell.
            let semicolons = header.cells.contains { $0.text.contains(";") }
                ? " The file seems to use semicolons between columns: in Excel, save it as \"CSV UTF-8 (Comma delimited)\"." : ""
            problems.append(.init(place: place, message: "the heading row has no \(Suggestion.list(missing.map { "\"\($0.rawValue)\"" }, conjunction: "or")) "
                                  + "column\(missing.count == 1 ? "" : "s"). Openplan reads the columns measure, date and value, and optionally "
                                  + "group and note; this row has \(found).\(semicolons)"))
        }
        if !problems.isEmpty { return (nil, problems) }
        return (ReadingColumns(headerIndex: headerIndex, index: index, extra: extra), [])
    }

    func cell(_ field: Field, in row: SourceRow) -> SourceCell? {
        index[field].flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
    }
}
