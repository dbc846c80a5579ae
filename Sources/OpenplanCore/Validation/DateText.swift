/// Explains why a date as written cannot be read, and what would be accepted.
enum DateText {
    enum Accepts {
        case day, dayOrMonth, dueDate

        var sentence: String {
            switch self {
            case .day: return "Write a day like 2026-03-31."
            case .dayOrMonth: return "Write a day like 2026-03-31 or a month like 2026-03."
            case .dueDate:
                return "Write a day like 2026-03-31, a month like 2026-03, or one of "
                    + Suggestion.list(Recurrence.allCases.map(\.rawValue)) + ", or tbc when it is not set yet."
            }
        }
    }

    /// The whole message for a date under `key` that could not be read.
    static func message(_ text: String, key: String, accepts: Accepts) -> String {
        if let problem = impossibility(text, accepts: accepts) {
            return "The date \"\(text)\" in \"\(key)\" \(problem). \(accepts.sentence)"
        }
        return "\"\(text)\" in \"\(key)\" is not written as a date openplan can read. \(accepts.sentence)"
    }

    /// For text shaped like a date but impossible: why. nil when it is not shaped like a date at all.
    static func impossibility(_ text: String, accepts: Accepts) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil }),
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        guard year >= 1 else { return "does not exist: there is no year 0" }
        guard (1...12).contains(month) else { return "does not exist: there is no month \(month)" }
        if parts.count == 2 {
            return accepts == .day ? "is a whole month, but a single day is needed here" : nil
        }
        let day = Int(parts[2])!
        let days = Day.daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            return "does not exist: \(Day.monthNames[month - 1]) \(year) has \(days) days"
        }
        return nil
    }
}
