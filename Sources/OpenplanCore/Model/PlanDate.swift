import Foundation

/// A date as plans write it: a day (`2026-03-31`) or a whole month (`2026-03`).
public enum PlanDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    case day(Day)
    /// A month: when used as a due date, it is due at the end of that month.
    case month(year: Int, month: Int)

    public init?(_ text: String) {
        let t = text.trimmedSpaces()
        if let d = Day(iso: t) { self = .day(d); return }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), y >= 1 else { return nil }
        self = .month(year: y, month: m)
    }

    /// The first day it covers: used to place readings on a time line.
    public var start: Day {
        switch self {
        case .day(let d): return d
        case .month(let y, let m): return Day(year: y, month: m, day: 1)!
        }
    }

    /// The last day it covers: a thing due in "March 2026" is overdue from 1 April.
    public var end: Day {
        switch self {
        case .day(let d): return d
        case .month(let y, let m): return Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!
        }
    }

    /// `2026-03-31` or `2026-03`, for `<time datetime>`.
    public var iso: String {
        switch self {
        case .day(let d): return d.iso
        case .month(let y, let m): return pad(y, 4) + "-" + pad(m, 2)
        }
    }

    /// `31 March 2026` or `March 2026`.
    public var long: String {
        switch self {
        case .day(let d): return d.long
        case .month(let y, let m): return "\(Day.monthNames[m - 1]) \(y)"
        }
    }

    public var description: String { iso }

    public static func < (a: PlanDate, b: PlanDate) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

/// How often recurring work comes round. Recurring work is never counted as overdue.
public enum Recurrence: String, Sendable, Hashable, CaseIterable {
    case weekly, monthly, quarterly, termly, annually

    /// "Every quarter", as shown to readers.
    public var phrase: String {
        switch self {
        case .weekly: return "Every week"
        case .monthly: return "Every month"
        case .quarterly: return "Every quarter"
        case .termly: return "Every school term"
        case .annually: return "Every year"
        }
    }
}

/// When an action or milestone is due.
public enum DueDate: Sendable, Hashable, CustomStringConvertible {
    case date(PlanDate)
    case recurring(Recurrence)
    /// `due: tbc` (format 1.1): the plan has no date yet. Shown as "Not set yet", never
    /// overdue, and flagged by `check` so the date is not forgotten.
    case notSet

    /// How `notSet` is written in content.
    public static let notSetText = "tbc"

    public init?(_ text: String) {
        let t = text.trimmedSpaces()
        if t.lowercased() == Self.notSetText { self = .notSet; return }
        if let r = Recurrence(rawValue: t.lowercased()) { self = .recurring(r); return }
        guard let d = PlanDate(t) else { return nil }
        self = .date(d)
    }

    /// True when the as-of day is after the due date. Recurring work, and a date not set
    /// yet, are never overdue.
    public func isPast(asOf today: Day) -> Bool {
        if case .date(let d) = self { return today > d.end }
        return false
    }

    public var long: String {
        switch self {
        case .date(let d): return d.long
        case .recurring(let r): return r.phrase
        case .notSet: return "Not set yet"
        }
    }

    /// For sorting: recurring work, and dates not set yet, sort after every dated item.
    public var sortKey: Day {
        if case .date(let d) = self { return d.end }
        return Day(year: 9999, month: 12, day: 31)!
    }

    public var description: String {
        switch self {
        case .date(let d): return d.iso
        case .recurring(let r): return r.rawValue
        case .notSet: return Self.notSetText
        }
    }
}
