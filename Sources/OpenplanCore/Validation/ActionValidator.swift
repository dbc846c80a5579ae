/// Reads `Content/actions/*.md`: the action, and every id it names for checking once all
/// items are read.
struct ActionValidator {
    static let known = ["id", "title", "priority", "leads", "due", "status", "updated", "measures", "milestones", "history"]

    func validate(_ document: RawDocument) -> Checked<Action> {
        var checked = Checked<Action>()
        switch document.fields(subject: "This action", known: Self.known) {
        case .failure(let problem):
            checked.diagnostics = [problem]
            checked.identity = Identity(id: ItemID(document.stem), location: document.origin)
        case .success(var fields):
            let identity = document.identity(from: &fields)
            checked.identity = identity
            let title = fields.text("title", required: true, hint: "what the action will do")
            let priorities = fields.ids("priority", required: true, hint: "the id of the priority it belongs to, like \"1\"")
            let leads = fields.ids("leads")
            let due = fields.dueDate("due")
            let status = fields.located("status", required: true, hint: "a status id from site.yml, like on-track")
            let updated = fields.day("updated")
            let measures = fields.ids("measures")
            var references = priorities.map { document.reference(.priority, $0) }
                + leads.map { document.reference(.person, $0) }
                + measures.map { document.reference(.measure, $0) }
            if let status { references.append(document.reference(.status, Located(value: ItemID(status.value), line: status.line, column: status.column))) }
            let milestones = readMilestones(&fields, document, &references)
            let history = readHistory(&fields, document, &references)
            checked.references = references
            checked.diagnostics = fields.diagnostics
            // An action missing its title or status (reported above) is still kept, with stand-ins,
            // so its body is checked and what names it finds it: one mistake, one error. The
            // error stops the build, so the stand-ins are never published.
            checked.item = Action(id: identity.id, title: title ?? identity.id.raw, priorities: priorities.map { $0.value },
                                  leads: leads.map { $0.value }, due: due, status: status?.value ?? "", updated: updated,
                                  measures: measures.map { $0.value }, milestones: milestones, history: history,
                                  body: document.body, location: document.origin)
            checked.item?.places = fields.places
        }
        return checked
    }

    private func readMilestones(_ fields: inout FieldReader, _ document: RawDocument,
                                _ references: inout [Reference]) -> [Milestone] {
        var milestones: [Milestone] = []
        for node in fields.list("milestones") {
            guard let map = node.map else {
                fields.error(node.line, node.column, "Each milestone should be a group of keys like "
                             + "{ due: 2026-01, text: …, status: complete }, but this one is \(node.kindDescription).")
                continue
            }
            var milestone = FieldReader(map, file: document.file, subject: "This milestone", origin: node.position,
                                        known: ["due", "text", "status"])
            let due = milestone.dueDate("due")
            let text = milestone.text("text", required: true, hint: "what will be done by then")
            let status = milestone.located("status", required: true, hint: "a status id from site.yml")
            fields.absorb(milestone)
            if let status { references.append(statusReference(status, document)) }
            if let text, let status { milestones.append(Milestone(due: due, text: text, status: status.value,
                                                                       location: SourceLocation(file: document.file, line: node.line, column: node.column))) }
        }
        return milestones
    }

    /// Oldest first as the format asks; entries out of order are reported and then sorted.
    private func readHistory(_ fields: inout FieldReader, _ document: RawDocument,
                             _ references: inout [Reference]) -> [HistoryEntry] {
        var history: [HistoryEntry] = []
        var latest: Day?
        for node in fields.list("history") {
            guard let map = node.map else {
                fields.error(node.line, node.column, "Each history entry should be a group of keys like "
                             + "{ date: 2025-10-01, status: not-started }, but this one is \(node.kindDescription).")
                continue
            }
            var entry = FieldReader(map, file: document.file, subject: "This history entry", origin: node.position,
                                    known: ["date", "status", "note"])
            let date = entry.day("date", required: true)
            let status = entry.located("status", required: true, hint: "a status id from site.yml")
            let note = entry.text("note")
            if let date {
                if let latest, date < latest {
                    entry.warning(node.line, node.column, "History should be oldest first, but \(date.iso) comes after "
                                  + "\(latest.iso). openplan reads it in date order; move this entry up to match.")
                }
                latest = max(latest ?? date, date)
            }
            fields.absorb(entry)
            if let status { references.append(statusReference(status, document)) }
            if let date, let status { history.append(HistoryEntry(date: date, status: status.value, note: note)) }
        }
        // Stable: entries on the same day keep the order written.
        return history.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    private func statusReference(_ status: Located<String>, _ document: RawDocument) -> Reference {
        document.reference(.status, Located(value: ItemID(status.value), line: status.line, column: status.column))
    }
}
