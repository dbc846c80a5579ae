import OpenplanCore

/// A due date cell, read the way plans write dates.
struct DueReading: Equatable {
    var due: DueDate
    /// Words after the date (`Jun 2026 (quarterly reviews following this)`), kept for the body.
    var remainder: String?
}

enum DueReadingError: Error, Equatable {
    /// Shaped like a date but not one that exists (`31/13/2026`).
    case impossible(String)
    /// Not a date Openplan can read.
    case unreadable(String)

    var message: String {
        switch self {
        case .impossible(let t):
            return "\"\(t)\" is not a date that exists. Write it like 31/03/2026, Mar 2026 or 2026-03."
        case .unreadable(let t):
            return "\"\(t)\" is not a date Openplan can read. Write a day (31/03/2026), a month (Mar 2026, Mar-26, 2026-03), "
                + "one of Weekly, Monthly, Quarterly, Termly or Annually, or leave the cell empty for \"not set yet\"."
        }
    }
}

enum DueReader {
    /// Reads a cell: an Excel date, an empty cell (not set yet), a date or recurrence word, or
    /// one of those followed by other words.
    static func read(_ cell: SourceCell) -> Result<DueReading, DueReadingError> {
        if let day = cell.excelDate { return .success(DueReading(due: .date(.day(day)), remainder: nil)) }
        let text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .success(DueReading(due: .notSet, remainder: nil)) }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        var sawImpossible = false
        // The longest run of leading words that is a date wins: "Sep 2025" before "Sep".
        for count in stride(from: min(words.count, 3), through: 1, by: -1) {
            let candidate = words[0..<count].joined(separator: " ").trimmingCharacters(in: CharacterSetPunctuation.trailing)
            switch parse(candidate) {
            case .date(let due):
                let rest = words[count...].joined(separator: " ").trimmingCharacters(in: .whitespaces)
                return .success(DueReading(due: due, remainder: rest.isEmpty ? nil : text))
            case .impossible: sawImpossible = true
            case .none: continue
            }
        }
        return .failure(sawImpossible ? .impossible(text) : .unreadable(text))
    }

    enum Parsed { case date(DueDate), impossible, none }

    static let recurrenceWords: [String: Recurrence] = [
        "weekly": .weekly, "monthly": .monthly, "quarterly": .quarterly, "termly": .termly,
        "annually": .annually, "annual": .annually, "yearly": .annually,
    ]

    /// One date, alone: a month written out, a UK day, ISO, or a recurrence word.
    static func parse(_ raw: String) -> Parsed {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let r = recurrenceWords[text.lowercased()] { return .date(.recurring(r)) }
        if let d = PlanDate(text) { return .date(.date(d)) }
        if text.count >= 7, text.count <= 10, text.first?.isNumber == true, text.contains("-"),
           text.split(separator: "-").allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            return .impossible  // 2026-13 or 2026-02-30: ISO shape, no such date
        }
        // 31/03/2026, 31/3/26, 31.03.2026 (UK order: day first).
        for separator: Character in ["/", "."] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
               let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]) {
                if parts[2].count == 2 { y += 2000 }
                guard parts[2].count == 2 || parts[2].count == 4, let day = Day(year: y, month: m, day: d) else { return .impossible }
                return .date(.date(.day(day)))
            }
            if parts.count == 2, separator == "/", parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
               let m = Int(parts[0]), let y = Int(parts[1]), parts[1].count == 4 {
                guard (1...12).contains(m), Day.years.contains(y) else { return .impossible }
                return .date(.date(.month(year: y, month: m)))  // 03/2026
            }
        }
        // Sep-26, Sep 26, Sep 2025, September 2026, Sept-2026.
        let pieces = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        if pieces.count == 2, let month = monthNumber(pieces[0]), pieces[1].allSatisfy(\.isNumber) {
            guard var y = Int(pieces[1]), pieces[1].count == 2 || pieces[1].count == 4 else { return .impossible }
            if pieces[1].count == 2 { y += 2000 }
            guard Day.years.contains(y) else { return .impossible }  // Sep 0000
            return .date(.date(.month(year: y, month: month)))
        }
        // 31 March 2026.
        if pieces.count == 3, let d = Int(pieces[0]), let month = monthNumber(pieces[1]), let y = Int(pieces[2]), pieces[2].count == 4 {
            guard let day = Day(year: y, month: month, day: d) else { return .impossible }
            return .date(.date(.day(day)))
        }
        return .none
    }

    /// `Sep`, `Sept`, `September` (any case) → 9.
    static func monthNumber(_ word: Substring) -> Int? {
        let w = word.lowercased().trimmingCharacters(in: CharacterSetPunctuation.trailing)
        guard w.count >= 3 else { return nil }
        for (i, name) in Day.monthNames.enumerated() where name.lowercased().hasPrefix(w) || (w == "sept" && i == 8) {
            return i + 1
        }
        return nil
    }
}

import Foundation

enum CharacterSetPunctuation {
    static let trailing = CharacterSet(charactersIn: ".,;:")
}
