import Foundation
import OpenplanCore

/// Turns the tables of a file into a plan's actions, priorities and leads, reading each table
/// the way a person does: the header row says what each column holds; merged cells, and blank
/// cells under a filled one in the same group, belong to every row of the group; repeated
/// header rows and blank rows are skipped.
struct PlanReader {
    var mappings: [ColumnMapping]
    var scale: StatusScale
    var people: [Person]
    /// True for a new site: fill colours the scale lacks add statuses instead of being errors.
    var mayAddStatuses: Bool
    /// The site's own priorities, matched first by id and then by title.
    var existingPriorities: [Priority]

    /// The fields that form a group: carried down into blank cells below.
    private static let groupFields: [PlanField] = [.ref, .outcome, .leads, .priority]

    private struct Columns {
        var headers: [String]
        var fields: [Int: PlanField]
        var headerKeys: [String]
        func column(_ f: PlanField) -> Int? { fields.first { $0.value == f }?.key }
        func has(_ f: PlanField) -> Bool { column(f) != nil }
    }

    func read(_ document: SourceDocument) -> ImportedPlan {
        var plan = ImportedPlan()
        var leads = LeadDirectory(people: people)
        var priorities = PriorityDirectory(existing: existingPriorities)
        var refCounters: [String: Int] = [:]
        var usedSlugs: Set<String> = []
        var previous: Columns?
        var keptColumns: [String] = []
        var sawStatusColumn = false
        var sawDueColumn = false

        for table in document.tables {
            let nonBlank = table.rows.filter { !$0.isBlank }
            guard !nonBlank.isEmpty else { continue }
            var columns: Columns
            var dataRows: ArraySlice<SourceRow>
            if let (index, found) = findHeader(table) {
                columns = found
                dataRows = table.rows[(index + 1)...]
            } else if let previous, nonBlank[0].cells.count == previous.headers.count {
                // A table that carries on the one before without repeating its headings.
                columns = previous
                dataRows = table.rows[...]
            } else {
                plan.notes.append("\(describe(table, in: document)) has no heading row with an Action column, so it was not read.")
                continue
            }
            previous = columns
            if columns.has(.status) { sawStatusColumn = true }
            if columns.has(.due) { sawDueColumn = true }
            for (col, header) in columns.headers.enumerated() where columns.fields[col] == nil && !header.isEmpty {
                if !keptColumns.contains(header) { keptColumns.append(header) }
            }

            var carried: [PlanField: String] = [:]
            var section: String?
            // A sentence in the Lead column of a row with no action names the workstream of
            // the actions below it, as the Cumberland plan writes "Set up a multi-agency group…".
            var workstream: String?
            // True until the first action under the workstream: a new lead after that starts
            // another group, outside the workstream.
            var workstreamFresh = false
            for row in dataRows {
                if row.isBlank && !(columns.column(.status).map { row.cells[$0].fill != nil } ?? false) { continue }
                let keys = row.cells.map { HeaderText.key($0.text) }
                if isRepeatedHeader(keys, columns.headerKeys) { continue }
                if let title = sectionTitle(row) {
                    section = title
                    carried = [:]
                    workstream = nil
                    continue
                }
                func cell(_ f: PlanField) -> SourceCell? { columns.column(f).map { row.cells[$0] } }
                func place(_ c: SourceCell) -> String { c.place.description(header: header(of: c, columns)) }

                // Group columns: a new value in the group's first column starts a new group.
                let keyField = [PlanField.ref, .outcome, .priority].first { columns.has($0) }
                if let keyField, let c = cell(keyField), !c.isBlank, c.text != carried[keyField] {
                    carried = [:]
                    workstream = nil
                }
                // Without a Ref, Outcome or Priority column there are no groups: each row
                // stands alone, and only merged cells reach down.
                if keyField == nil { carried = [:] }
                for f in Self.groupFields {
                    if let c = cell(f), !c.isBlank { carried[f] = c.text.trimmingCharacters(in: .whitespacesAndNewlines) }
                }

                guard let actionCell = cell(.action), !actionCell.isBlank else {
                    if let lead = cell(.leads), !lead.isBlank, !lead.isMergedCopy,
                       lead.text.split(whereSeparator: \.isWhitespace).count >= 5 {
                        workstream = lead.text.trimmingCharacters(in: .whitespacesAndNewlines)
                        workstreamFresh = true
                        carried[.leads] = nil
                    }
                    let stray = row.cells.enumerated().first { col, c in
                        let f = columns.fields[col]
                        return !c.isBlank && !c.isMergedCopy && !(f.map(Self.groupFields.contains) ?? false) && f != .skip
                    }
                    if let (_, c) = stray, let actionColumn = columns.column(.action) {
                        plan.problems.append(ImportProblem(place: place(row.cells[actionColumn]),
                            message: "this row has no action, but its \"\(header(of: c, columns) ?? "")\" cell says \"\(short(c.text))\". Write the action, or clear the row."))
                    }
                    continue
                }

                // Id: the ref and the row's place under that ref, counted through the document.
                let ref = (carried[.ref] ?? "").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                var id: String
                repeat {
                    refCounters[ref, default: 0] += 1
                    id = ref.isEmpty ? "\(refCounters[ref]!)" : "\(ref).\(refCounters[ref]!)"
                } while usedSlugs.contains(ItemID(id).slug)
                usedSlugs.insert(ItemID(id).slug)

                var body: [(String, String)] = []
                let (actionMilestones, actionLines) = MilestoneReader.split(actionCell.text)
                let title = actionLines.first ?? actionCell.text.split(separator: "\n").first.map(String.init) ?? actionCell.text
                if let lead = cell(.leads), !lead.isBlank, !lead.isMergedCopy, !workstreamFresh { workstream = nil }
                workstreamFresh = false
                if let workstream { body.append(("Workstream", workstream)) }
                if actionLines.count > 1 { body.append(("What we are doing", actionLines.dropFirst().joined(separator: "\n"))) }

                // Priority: its own column, else the section, else the outcome group, else the sheet.
                var priorityIDs: [String] = []
                if let text = carried[.priority], columns.has(.priority) {
                    priorityIDs = PriorityDirectory.split(text).map { priorities.id(for: $0) }
                }
                if priorityIDs.isEmpty, let section {
                    priorityIDs = [priorities.id(for: section)]
                }
                if priorityIDs.isEmpty, let outcome = carried[.outcome] {
                    priorityIDs = [priorities.id(forGroup: ref, title: outcome)]
                } else if let outcome = carried[.outcome] {
                    body.insert(("Outcome", outcome), at: 0)
                }
                if priorityIDs.isEmpty, document.format == .xlsx, document.tables.count > 1 {
                    priorityIDs = [priorities.id(for: table.name)]
                }
                if priorityIDs.isEmpty { priorityIDs = [priorities.id(for: columns.has(.priority) ? "Not yet in a priority" : "Our plan")] }

                // Problems in this row are listed in column order, as a person reads the row.
                let problemsBefore = plan.problems.count
                // Status.
                var extra = plan.extraStatuses
                var status = StatusReader.notStarted(scale)
                switch StatusReader.read(cell(.status), scale: scale, mayAddColours: mayAddStatuses, extra: &extra) {
                case .success(let (found, source)):
                    status = found
                    if source == .empty, let c = cell(.status) { plan.emptyStatuses.append(place(c)) }
                case .failure(let problem):
                    plan.problems.append(ImportProblem(place: place(cell(.status)!), message: problem.message))
                }
                plan.extraStatuses = extra

                // Due date.
                var due = DueDate.notSet
                if let c = cell(.due) {
                    switch DueReader.read(c) {
                    case .success(let reading):
                        due = reading.due
                        if let words = reading.remainder { body.append(("Timescale", words)) }
                    case .failure(let error):
                        plan.problems.append(ImportProblem(place: place(c), message: error.message))
                    }
                }

                // Milestones, update and any other columns.
                var milestones = actionMilestones
                for (col, c) in row.cells.enumerated() where !c.isBlank {
                    let heading = columns.headers[col]
                    switch columns.fields[col] {
                    case .milestones?:
                        let (found, others) = MilestoneReader.split(c.text)
                        milestones += found
                        if !others.isEmpty { body.append((heading, others.joined(separator: "\n"))) }
                    case .update?:
                        let k = HeaderText.key(heading)
                        body.append((k.contains("update") || k.contains("progress") ? "Latest update" : "What difference it will make", c.text))
                    case nil:
                        body.append((heading.isEmpty ? "Column \(SourcePlace.columnLetters(col + 1))" : heading, c.text))
                    default: break
                    }
                }
                if plan.problems.count - problemsBefore > 1 {
                    let columnOf = { (p: ImportProblem) in row.cells.firstIndex { place($0) == p.place } ?? 0 }
                    plan.problems[problemsBefore...].sort { columnOf($0) < columnOf($1) }
                }
                let milestoneStatus = status == scale.completeID ? scale.completeID : StatusReader.notStarted(scale)
                let leadIDs = leads.ids(for: carried[.leads] ?? "", place: cell(.leads).map(place) ?? "")

                plan.actions.append(ImportedAction(
                    id: id, title: title.trimmingCharacters(in: .whitespaces), priorities: priorityIDs, leads: leadIDs, due: due,
                    status: status,
                    milestones: milestones.map { ImportedMilestone(due: $0.due, text: $0.text, status: milestoneStatus) },
                    body: Self.markdown(body), place: place(actionCell)))
            }
        }
        if !keptColumns.isEmpty {
            let list = keptColumns.map { "\"\($0)\"" }.joined(separator: ", ")
            plan.notes.append("Openplan does not know the column\(keptColumns.count == 1 ? "" : "s") \(list): kept in each action's page under that heading. To read one as a field, use --column \"HEADER=field\".")
        }
        if !sawStatusColumn && !plan.actions.isEmpty {
            plan.notes.append("There is no status column (RAG, BRAG or Status), so every action starts as \(scale.status(StatusReader.notStarted(scale))?.label ?? "not started").")
        }
        if !sawDueColumn && !plan.actions.isEmpty {
            plan.hasDueColumn = false
            plan.notes.append("There is no due date column (Due, By when, Deadline or Expected completion date), so every action's due date is \"not set yet\".")
        }
        plan.priorities = priorities.made
        let numbered = priorities.made.filter { $0.title == "Priority \($0.id)" }.map(\.id)
        if !numbered.isEmpty {
            plan.notes.append("The table names priorities only by number (\(numbered.joined(separator: ", "))): write each one's real title in Content/priorities/.")
        }
        plan.newPeople = leads.added
        return plan
    }

    /// The first row in which the Action column and at least one other are recognised.
    private func findHeader(_ table: SourceTable) -> (Int, Columns)? {
        for (index, row) in table.rows.enumerated().prefix(15) where !row.isBlank {
            var fields: [Int: PlanField] = [:]
            var taken: Set<PlanField> = []
            for (col, cell) in row.cells.enumerated() {
                let key = HeaderText.key(cell.text)
                guard !key.isEmpty else { continue }
                let field = mappings.first { HeaderText.key($0.header) == key }?.field ?? PlanField.knownHeaders[key]
                guard let field else { continue }
                // One column per field; a second Update-like column is read as one too.
                if taken.contains(field) && field != .update && field != .skip { continue }
                taken.insert(field)
                fields[col] = field
            }
            if taken.contains(.action) && fields.count >= 2 {
                let headers = row.cells.map { $0.text.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces) }
                return (index, Columns(headers: headers, fields: fields, headerKeys: row.cells.map { HeaderText.key($0.text) }))
            }
        }
        return nil
    }

    private func isRepeatedHeader(_ keys: [String], _ header: [String]) -> Bool {
        var matched = 0
        for (a, b) in zip(keys, header) where !a.isEmpty {
            guard a == b else { return false }
            matched += 1
        }
        return matched >= 2
    }

    /// A row merged across the table with one heading in it ("Priority 2: Early help").
    private func sectionTitle(_ row: SourceRow) -> String? {
        let filled = row.cells.filter { !$0.isBlank }
        guard filled.count >= 2, filled.contains(where: \.isMergedCopy), Set(filled.map(\.text)).count == 1,
              filled.count >= row.cells.count - 1 else { return nil }
        return filled[0].text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func header(of cell: SourceCell, _ columns: Columns) -> String? {
        let col: Int
        switch cell.place.position {
        case .csv(_, let c), .sheet(_, _, let c), .wordTable(_, _, let c): col = c
        }
        return columns.headers.indices.contains(col - 1) ? columns.headers[col - 1] : nil
    }

    private func describe(_ table: SourceTable, in document: SourceDocument) -> String {
        switch document.format {
        case .docx: return "\(document.file): table \(table.number)"
        case .xlsx: return "\(document.file): sheet \"\(table.name)\""
        case .csv: return document.file
        }
    }

    private func short(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 40 ? String(line.prefix(40)) + "…" : line
    }

    /// The body as Markdown: each part under its heading, each line of a cell its own
    /// paragraph, and text that Markdown would read as markup written so it shows as typed.
    static func markdown(_ parts: [(String, String)]) -> String {
        var out: [String] = []
        for (heading, text) in parts {
            out.append("## " + escape(heading))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
                .map { escape($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
            out.append(lines.joined(separator: "\n\n"))
        }
        return out.isEmpty ? "" : out.joined(separator: "\n\n") + "\n"
    }

    static func escape(_ line: String) -> String {
        var s = line.replacingOccurrences(of: "<", with: "&lt;")
        if let first = s.first, "#>=".contains(first) { s = "\\" + s }
        return s
    }
}

/// Priorities found while reading, each given an id once.
struct PriorityDirectory {
    private(set) var made: [ImportedPriority] = []
    private var existing: [Priority]
    private var byKey: [String: String] = [:]

    init(existing: [Priority]) {
        self.existing = existing
        for p in existing {
            byKey[HeaderText.key(p.id.raw)] = p.id.raw
            byKey[HeaderText.key(p.title)] = p.id.raw
        }
    }

    /// "1", "Priority 1" → id 1; words → an id made from them.
    mutating func id(for text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let known = byKey[HeaderText.key(trimmed)] { return known }
        var number = trimmed
        for prefix in ["priority", "strategy priority", "section"] where number.lowercased().hasPrefix(prefix + " ") {
            number = String(number.dropFirst(prefix.count + 1))
        }
        // "Priority 1: Working together" or "1. Working together": the number is the id, the
        // words the title.
        if let sep = number.firstIndex(where: { ":.–-".contains($0) }), number[..<sep].allSatisfy(\.isNumber), sep > number.startIndex {
            let words = number[number.index(after: sep)...].trimmingCharacters(in: .whitespaces)
            if words.first?.isLetter == true {
                let id = String(number[..<sep])
                if let known = byKey[HeaderText.key(id)] { return known }
                return register(id: id, title: words, keys: [trimmed, id, words])
            }
        }
        let id: String, title: String
        if let first = number.first, first.isNumber, number.count <= 4, number.allSatisfy({ $0.isNumber || $0.isLetter || $0 == "." }) {
            id = number
            // "Section 2" keeps its own words; a bare "2" is called what it is, a priority.
            title = number == trimmed ? "Priority \(number)" : trimmed
        } else {
            id = ItemID(trimmed).slug
            title = trimmed
        }
        return register(id: id, title: title, keys: [trimmed, id])
    }

    /// An outcome group as a priority: its ref as the id when there is one.
    mutating func id(forGroup ref: String, title: String) -> String {
        if let known = byKey[HeaderText.key(title)] { return known }
        let id = ref.isEmpty ? String(made.count + 1) : ref
        if let known = byKey[HeaderText.key(id)], !ref.isEmpty { return known }
        return register(id: id, title: title, keys: [title, id])
    }

    private mutating func register(id: String, title: String, keys: [String]) -> String {
        if let known = byKey[HeaderText.key(id)] { return known }
        made.append(ImportedPriority(id: id, title: title, order: existing.count + made.count + 1))
        for k in keys { byKey[HeaderText.key(k)] = id }
        return id
    }

    /// "2&4", "1, 3", "2 and 5".
    static func split(_ text: String) -> [String] {
        LeadDirectory.split(text.replacingOccurrences(of: ",", with: "/"))
    }
}
