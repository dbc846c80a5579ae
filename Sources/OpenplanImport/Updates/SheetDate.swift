import Foundation
import OpenplanCore

/// A new due date as a lead types it into the update sheet: `2026-03-31`, `2026-03`,
/// `31/03/2026` (UK order), `31 March 2026`, `March 2026`, `Mar 2026`, `Sep-26`, a word for
/// recurring work (`quarterly`), or `tbc` / `not set yet`. Excel date cells come as days.
enum SheetDate {
    static func due(_ text: String) -> DueDate? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = t.lowercased()
        if lower == "not set yet" || lower == "to be confirmed" || lower == "tbc" { return .notSet }
        if let due = DueDate(t) { return due }
        if let day = ukDay(t) { return .date(.day(day)) }
        if let date = wordDate(t) { return .date(date) }
        return nil
    }

    /// `31/03/2026`, `31/3/26`, `31.03.2026`, `31-03-2026`: day first, as in the UK.
    private static func ukDay(_ t: String) -> Day? {
        let parts = t.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4 else { return nil }
        if parts[2].count == 2 { y += 2000 }
        return Day(year: y, month: m, day: d)
    }

    /// `31 March 2026`, `March 2026`, `Mar 2026`, `Sep-26`, `Sept 2026`.
    private static func wordDate(_ t: String) -> PlanDate? {
        let parts = t.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map(String.init)
        func month(_ word: String) -> Int? {
            let w = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            guard w.count >= 3 else { return nil }
            if w == "sept" { return 9 }
            return Day.monthNames.firstIndex { $0.lowercased() == w || $0.lowercased().prefix(3) == w }.map { $0 + 1 }
        }
        func year(_ word: String) -> Int? {
            guard let y = Int(word) else { return nil }
            if word.count == 4 { return y }
            if word.count == 2 { return 2000 + y }
            return nil
        }
        switch parts.count {
        case 2:
            guard let m = month(parts[0]), let y = year(parts[1]) else { return nil }
            return .month(year: y, month: m)
        case 3:
            let dayText = parts[0].lowercased().replacingOccurrences(of: "st", with: "").replacingOccurrences(of: "nd", with: "")
                .replacingOccurrences(of: "rd", with: "").replacingOccurrences(of: "th", with: "")
            guard let d = Int(dayText), let m = month(parts[1]), let y = year(parts[2]), let day = Day(year: y, month: m, day: d) else { return nil }
            return .day(day)
        default:
            return nil
        }
    }
}
