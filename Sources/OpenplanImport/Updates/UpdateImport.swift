import Foundation
import OpenplanCore

/// Reads a filled-in update sheet (see `UpdateSheet`) and works out the edit to each action's
/// file: a new `status` and `due`, `updated` set to the import's date, and a `history` entry
/// with that date, the status and the lead's words as its `note`.
///
/// Everything is checked before anything is written: `prepare` either finds problems (each at
/// its cell) or returns the finished text of every file to change, which `write` then saves.
public struct UpdateImport {
    /// A cell the import cannot use, at its place in the sheet (`updates.xlsx:Updates!H7`).
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var place: String
        public var message: String
        public var description: String { "\(place): error: \(message)" }
    }

    /// What one row changes in one action.
    public struct Change: Sendable, Hashable {
        public var action: ItemID
        /// Relative to the site folder: `Content/actions/1.2.md`.
        public var file: String
        public var fromStatus: String
        public var toStatus: String
        /// The new due date as written, when the row gives one that differs.
        public var due: String?
        public var note: String?
    }

    /// One file to rewrite, with every row's change applied in sheet order.
    public struct FileEdit: Sendable, Hashable {
        public var file: String
        public var bytes: [UInt8]
    }

    public struct Outcome: Sendable {
        public var changes: [Change] = []
        public var edits: [FileEdit] = []
        /// Rows already in the history, exactly as the sheet gives them: imported before.
        public var alreadyImported: [ItemID] = []
        public var problems: [Problem] = []
    }

    public let plan: Plan
    public let siteFolder: URL
    public let date: Day

    public init(plan: Plan, siteFolder: URL, date: Day) {
        self.plan = plan
        self.siteFolder = siteFolder
        self.date = date
    }

    /// Compares headers ignoring case, spaces and punctuation, as people retype them.
    static func key(_ header: String) -> String {
        String(header.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    public func prepare(_ document: SourceDocument) -> Outcome {
        var outcome = Outcome()
        let table = document.tables.first { $0.name.lowercased() == UpdateSheet.sheetName.lowercased() } ?? document.tables.first
        guard let table else {
            outcome.problems.append(Problem(place: document.file, message: "the file holds no table to read updates from."))
            return outcome
        }
        // The header row: the first row naming a Ref column.
        guard let headerIndex = table.rows.firstIndex(where: { row in row.cells.contains { Self.key($0.text) == "ref" } }) else {
            let place = table.rows.first?.cells.first?.place.description ?? document.file
            outcome.problems.append(Problem(place: place, message: "no \"Ref\" column was found. This should be the update sheet made by "
                                                + "`openplan export updates`, with its header row: " + UpdateSheet.headers.joined(separator: ", ") + "."))
            return outcome
        }
        let header = table.rows[headerIndex]
        func column(_ c: UpdateSheet.Column) -> Int? { header.cells.firstIndex { Self.key($0.text) == Self.key(c.header) } }
        let ref = column(.ref)!
        let newStatus = column(.newStatus), newDue = column(.newDue), update = column(.update)
        if newStatus == nil && newDue == nil && update == nil {
            outcome.problems.append(Problem(place: header.cells[ref].place.description,
                                            message: "the sheet has none of the columns \"New status\", \"New due date\" and \"Update\", so it holds no updates."))
            return outcome
        }

        var files: [String: FrontMatterEditor] = [:]
        var carried: Set<String> = []
        var order: [String] = []
        for row in table.rows[(headerIndex + 1)...] {
            func cell(_ index: Int?) -> SourceCell? { index.flatMap { $0 < row.cells.count ? row.cells[$0] : nil } }
            let statusCell = cell(newStatus), dueCell = cell(newDue), updateCell = cell(update)
            let filled = [statusCell, dueCell, updateCell].contains { $0.map { !$0.isBlank || $0.excelDate != nil } ?? false }
            guard filled else { continue }
            guard let refCell = cell(ref), !refCell.isBlank else {
                let place = cell(ref)?.place ?? row.cells.first?.place
                outcome.problems.append(Problem(place: place?.description ?? document.file,
                                                message: "this row has an update but no Ref, so it is not known which action it is for."))
                continue
            }
            let id = ItemID(refCell.text.trimmingCharacters(in: .whitespacesAndNewlines))
            guard let action = plan.actionByID[id] else {
                outcome.problems.append(Problem(place: refCell.place.description,
                                                message: "there is no action \"\(id.raw)\" in the plan. Check the Ref: it should be copied from the sheet as it was sent."))
                continue
            }
            var status = action.status
            var problem = false
            if let statusCell, !statusCell.isBlank {
                if let found = matchStatus(statusCell.text) {
                    status = found
                } else {
                    let labels = plan.site.statuses.statuses.map(\.label).joined(separator: ", ")
                    outcome.problems.append(Problem(place: statusCell.place.description,
                                                    message: "\"\(statusCell.text)\" is not a status of this plan. Choose one of: \(labels)."))
                    problem = true
                }
            }
            var due: DueDate?
            if let dueCell, !dueCell.isBlank || dueCell.excelDate != nil {
                if let day = dueCell.excelDate {
                    due = .date(.day(day))
                } else if let parsed = SheetDate.due(dueCell.text) {
                    due = parsed
                } else {
                    outcome.problems.append(Problem(place: dueCell.place.description,
                                                    message: "\"\(dueCell.text)\" is not a date openplan can read. Write it like 31/03/2026, "
                                                        + "March 2026, or tbc if it is not agreed yet."))
                    problem = true
                }
            }
            let note = updateCell.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
            if problem { continue }

            let entry = HistoryEntry(date: date, status: status, note: note)
            if isAlreadyRecorded(entry, in: action) && (due == nil || due == action.due) {
                outcome.alreadyImported.append(action.id)
                continue
            }
            let file = action.location.file
            do {
                if files[file] == nil {
                    let bytes = try [UInt8](Data(contentsOf: siteFolder.appendingPathComponent(file)))
                    files[file] = try FrontMatterEditor(bytes: bytes)
                    order.append(file)
                }
                if status != action.status { try files[file]!.set("status", to: status) }
                if let due, due != action.due { try files[file]!.set("due", to: due.description, after: "leads") }
                try files[file]!.set("updated", to: date.iso, after: "status")
                // The current status took effect on the old `updated` date unless the history
                // already ends with it (format: "How status and history work together").
                // Moving `updated` would lose that date, so it is written into the history first.
                if let updated = action.updated, action.history.last?.status != action.status, updated < date,
                   carried.insert(file).inserted {
                    try files[file]!.append(to: "history", entry: [("date", updated.iso), ("status", action.status)], after: nil)
                }
                var values: [(key: String, value: String)] = [("date", date.iso), ("status", status)]
                if let note { values.append(("note", note)) }
                try files[file]!.append(to: "history", entry: values, quoted: ["note"], after: nil)
                // Read the edit back before trusting it: a file is only ever written as meant.
                let written = files[file]!
                let dueReadsBack = try due.map { try written.scalar("due") == $0.description } ?? true
                guard try written.scalar("status") == status, try written.scalar("updated") == date.iso,
                      try written.lastEntry(of: "history") == Dictionary(uniqueKeysWithValues: values.map { ($0.key, $0.value) }),
                      dueReadsBack else {
                    throw FrontMatterEditor.Problem.unreadable(line: 1, reason: "the edited front matter did not read back as intended")
                }
            } catch {
                outcome.problems.append(Problem(place: refCell.place.description,
                                                message: "the file \(file) for action \(id.raw) could not be changed: \(error)."))
                continue
            }
            outcome.changes.append(Change(action: action.id, file: file, fromStatus: action.status, toStatus: status,
                                          due: due.flatMap { $0 == action.due ? nil : $0.description }, note: note))
        }
        outcome.edits = order.map { FileEdit(file: $0, bytes: files[$0]!.bytes) }
        return outcome
    }

    /// A label or id of the scale, in any case and spacing: "on track", "On Track", "on-track".
    func matchStatus(_ text: String) -> String? {
        let wanted = Self.key(text)
        guard !wanted.isEmpty else { return nil }
        return plan.site.statuses.statuses.first { Self.key($0.label) == wanted || Self.key($0.id) == wanted }?.id
    }

    /// True when the history already holds this update: the same day, status and note; or,
    /// for an update with words, the same status and words on any day, so a sheet imported
    /// again on a later day still changes nothing.
    func isAlreadyRecorded(_ entry: HistoryEntry, in action: Action) -> Bool {
        action.history.contains { old in
            old.status == entry.status && old.note == entry.note && (old.date == entry.date || entry.note != nil)
        }
    }

    /// Writes every edited file, each one atomically (a temporary file renamed into place).
    public func write(_ edits: [FileEdit]) throws {
        for edit in edits {
            try Data(edit.bytes).write(to: siteFolder.appendingPathComponent(edit.file), options: [.atomic])
        }
    }
}
