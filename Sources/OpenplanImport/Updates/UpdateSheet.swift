import CSV
import Foundation
import OpenplanCore

/// The monthly update sheet sent to leads: one row per action, the plan's own columns filled in
/// and read-only, and three columns for the lead to fill in. `openplan import updates` reads it
/// back by these same headers.
public enum UpdateSheet {
    public static let sheetName = "Updates"

    /// The columns, in order. Their headers are part of the sheet's contract with the import.
    public enum Column: Int, CaseIterable, Sendable {
        case ref, action, leads, due, status, lastUpdated, latestUpdate, newStatus, newDue, update

        public var header: String {
            switch self {
            case .ref: return "Ref"
            case .action: return "Action"
            case .leads: return "Leads"
            case .due: return "Due"
            case .status: return "Status"
            case .lastUpdated: return "Last updated"
            case .latestUpdate: return "Latest update"
            case .newStatus: return "New status"
            case .newDue: return "New due date"
            case .update: return "Update"
            }
        }

        /// Width in characters: room for a title or an update to wrap over two or three lines.
        var width: Double {
            switch self {
            case .ref: return 8
            case .action: return 42
            case .leads: return 26
            case .due, .lastUpdated: return 15
            case .status: return 14
            case .latestUpdate: return 40
            case .newStatus: return 16
            case .newDue: return 14
            case .update: return 50
            }
        }

        /// The lead fills these in; the rest come from the plan.
        public var isForTheLead: Bool { self == .newStatus || self == .newDue || self == .update }
    }

    public static var headers: [String] { Column.allCases.map(\.header) }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unknownLead(String, known: [String])

        public var description: String {
            switch self {
            case .unknownLead(let id, let known):
                return "there is no lead \"\(id)\" in people.yml; the leads are \(known.isEmpty ? "none yet" : known.joined(separator: ", "))."
            }
        }
    }

    /// The header and one row per action, in the plan's order; only `lead`'s actions when given.
    /// Overdue is judged on `asOf`, as the site does.
    public static func rows(plan: Plan, lead: String? = nil, asOf: Day) throws -> [[String]] {
        if let lead, plan.peopleByID[ItemID(lead)] == nil {
            throw Problem.unknownLead(lead, known: plan.people.map(\.id.raw))
        }
        let scale = plan.site.statuses
        var rows = [headers]
        for action in plan.actions where lead.map({ action.leads.contains(ItemID($0)) }) ?? true {
            var due = action.due?.long ?? "No due date"
            if action.due?.isPast(asOf: asOf) == true && !scale.isComplete(action.status) { due += " (past due)" }
            let updated = action.updated ?? action.history.last?.date
            let latest = action.updates.first.map { "\($0.date.long): \($0.note ?? "")" } ?? ""
            rows.append([
                action.id.raw, action.title, leadsText(action, plan), due,
                scale.status(action.status)?.label ?? action.status, updated?.long ?? "Not recorded", latest,
                "", "", "",
            ])
        }
        return rows
    }

    /// Leads by role, as readers see them: "SEND Lead, Test Council; Designated Clinical Officer".
    static func leadsText(_ action: Action, _ plan: Plan) -> String {
        guard !action.leads.isEmpty else { return "Not set yet" }
        return action.leads.map { id in
            guard let person = plan.peopleByID[id] else { return id.raw }
            return person.organisation.map { "\(person.role), \($0)" } ?? person.role
        }.joined(separator: "; ")
    }

    /// The sheet as an Excel workbook, with a drop-down of the scale's labels in New status.
    public static func xlsx(plan: Plan, lead: String? = nil, asOf: Day) throws -> Data {
        let labels = plan.site.statuses.statuses.map(\.label)
        var sheet = XLSXSheet(
            name: sheetName, rows: try rows(plan: plan, lead: lead, asOf: asOf),
            columnWidths: Column.allCases.map(\.width),
            editableColumns: Set(Column.allCases.filter(\.isForTheLead).map(\.rawValue)),
            textColumns: [Column.newDue.rawValue, Column.update.rawValue],
            choices: (Column.newStatus.rawValue, labels, "Choose the status now: " + labels.joined(separator: ", ") + "."))
        sheet.minimumLines = 3
        return try XLSXWriter.data(sheet)
    }

    /// The sheet as CSV, the way Excel saves it: UTF-8 with a byte order mark, CRLF line ends.
    public static func csv(plan: Plan, lead: String? = nil, asOf: Day) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, codecType: UTF8.self, newline: .crlf)
        for row in try rows(plan: plan, lead: lead, asOf: asOf) { try writer.write(row: row) }
        stream.close()
        guard let written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CocoaError(.fileWriteUnknown)
        }
        return Data([0xEF, 0xBB, 0xBF]) + written + Data("\r\n".utf8)
    }
}
