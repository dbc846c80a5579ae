import OpenplanCore

/// A new due date as a lead types it into the update sheet: anything the plan import reads in
/// a due-date cell (`31/03/2026`, `March 2026`, `Sep-26`, `2026-03`, `Quarterly`, …), read by
/// the same `DueReader`, and also `tbc` or `not set yet`. Excel date cells come as days.
enum SheetDate {
    static func due(_ text: String) -> DueDate? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if ["not set yet", "to be confirmed"].contains(t.lowercased()) { return .notSet }
        if let due = DueDate(t) { return due }
        if case .date(let due) = DueReader.parse(t) { return due }
        return nil
    }
}
