import Foundation
import OpenplanCore

/// The date of a reading, as a data team writes it: anything the plan import reads as a date
/// (`2025-12`, `2025-12-31`, `31/12/2025`, `Dec 2025`, `Dec-25`, `12/2025`, an Excel date
/// cell), or a quarter: `2025 Q3` or `Q3 2025` (July to September 2025), and a financial
/// year's quarter, `2025/26 Q3` or `Q3 2025-26` (October to December 2025). A quarter is
/// written as its last month, the month its figure covers up to.
enum ReadingDate {
    static func read(_ cell: SourceCell) -> Result<PlanDate, ReadingProblem> {
        if let day = cell.excelDate { return .success(.day(day)) }
        let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let impossible = ReadingProblem("\"\(text)\" is not a date that exists. Write it like \(examples).")
        if let quarter = quarter(text) { return exists(quarter) ? .success(quarter) : .failure(impossible) }
        switch DueReader.parse(text) {
        case .date(.date(let date)): return exists(date) ? .success(date) : .failure(impossible)
        case .date(.recurring): return .failure(ReadingProblem("\"\(text)\" says how often, not when. Give the date the figure is for, \(examples)."))
        case .impossible: return .failure(impossible)
        default: return .failure(ReadingProblem("\"\(text)\" is not a date Openplan can read. Write \(examples)."))
        }
    }

    /// A month of year 0 or 10000 reads as a month but is no day on the calendar.
    private static func exists(_ date: PlanDate) -> Bool {
        if case .month(let year, let month) = date { return Day(year: year, month: month, day: 1) != nil }
        return true
    }

    static let examples = "a month (2025-12, Dec 2025), a day (2025-12-31, 31/12/2025) or a quarter (2025 Q3, or 2025/26 Q3 for a financial year)"


    /// A quarter's last month; nil when the text is not a quarter.
    static func quarter(_ text: String) -> PlanDate? {
        if let m = text.wholeMatch(of: #/^[Qq]([1-4])[\s-]*(\d{4})$/#), let q = Int(m.1), let y = Int(m.2) {
            return .month(year: y, month: q * 3)
        }
        if let m = text.wholeMatch(of: #/^(\d{4})[\s-]*[Qq]([1-4])$/#), let y = Int(m.1), let q = Int(m.2) {
            return .month(year: y, month: q * 3)
        }
        // A financial year runs April to March: its Q1 ends in June, its Q4 in March of the next year.
        var financial: (year: Int, next: Substring, quarter: Int)?
        if let m = text.wholeMatch(of: #/^[Qq]([1-4])[\s-]*(\d{4})[/-](\d{2}|\d{4})$/#), let q = Int(m.1), let y = Int(m.2) {
            financial = (y, m.3, q)
        } else if let m = text.wholeMatch(of: #/^(\d{4})[/-](\d{2}|\d{4})[\s-]*[Qq]([1-4])$/#), let y = Int(m.1), let q = Int(m.3) {
            financial = (y, m.2, q)
        }
        guard let (year, next, q) = financial, let following = Int(next),
              following == (next.count == 2 ? (year + 1) % 100 : year + 1) else { return nil }
        return q == 4 ? .month(year: year + 1, month: 3) : .month(year: year, month: 3 + q * 3)
    }
}

/// What is wrong with one cell, in plain words; the import adds the cell's place.
struct ReadingProblem: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
