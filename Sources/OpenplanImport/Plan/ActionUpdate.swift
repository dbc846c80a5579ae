import Foundation
import OpenplanCore

/// Re-importing into an existing action: only the keys the table changed are edited, through
/// the front matter editor, so the body, comments and every other key stay as written.
enum ActionUpdate {
    enum Result {
        case same
        case changed(path: String, text: String, leftOut: [String])
        /// Nothing the import may change changed; the notes name what a person should look at.
        case leftOut([String])
        case failed(ImportProblem)
    }

    static func edit(_ existing: Action, to imported: ImportedAction, siteFolder: URL, scale: StatusScale, today: Day) -> Result {
        let file = existing.location.file
        let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : siteFolder.appendingPathComponent(file)
        let path = file.hasPrefix("/") ? file : file
        var leftOut: [String] = []
        let sameDue = (existing.due ?? .notSet) == imported.due
        let sameLeads = existing.leads.map(\.raw) == imported.leads
        let samePriorities = existing.priorities.map(\.raw) == imported.priorities
        let sameMilestones = existing.milestones.map { "\($0.due?.description ?? "")|\($0.text)" }
            == imported.milestones.map { "\($0.due.description)|\($0.text)" }
        let sameTitle = existing.title == imported.title
        let sameStatus = existing.status == imported.status
        if sameDue && sameLeads && samePriorities && sameMilestones && sameTitle && sameStatus { return .same }

        guard let data = try? Data(contentsOf: url), var editor = try? FrontMatterEditor(bytes: Array(data)) else {
            return .failed(ImportProblem(place: path, message: "this action's file could not be read to change it."))
        }
        do {
            if !sameTitle { try editor.set("title", to: imported.title) }
            if !sameDue { try editor.set("due", to: imported.due.description, after: "leads") }
            if !samePriorities {
                if imported.priorities.count == 1 { try editor.set("priority", to: imported.priorities[0]) } else {
                    leftOut.append("\(path): the table puts action \(imported.id) under priorities \(imported.priorities.joined(separator: ", ")); change \"priority\" by hand.")
                }
            }
            if !sameLeads {
                if imported.leads.count == 1 { try editor.set("leads", to: imported.leads[0]) } else {
                    let list = imported.leads.isEmpty ? "none" : imported.leads.joined(separator: ", ")
                    leftOut.append("\(path): the table's leads for action \(imported.id) are \(list); change \"leads\" by hand.")
                }
            }
            if !sameMilestones {
                leftOut.append("\(path): the table's milestones for action \(imported.id) differ from the file's; change \"milestones\" by hand.")
            }
            if !sameStatus {
                // Keep the old status on record before the change, then the change itself.
                if existing.history.isEmpty, let updated = existing.updated, updated < today {
                    try editor.append(to: "history", entry: [("date", updated.iso), ("status", existing.status)])
                }
                try editor.set("status", to: imported.status)
                try editor.set("updated", to: today.iso, after: "status")
                try editor.append(to: "history", entry: [("date", today.iso), ("status", imported.status)])
            }
        } catch {
            return .failed(ImportProblem(place: path, message: "this action's front matter could not be changed safely (\(error)); change it by hand."))
        }
        let text = editor.text
        if text == String(decoding: data, as: UTF8.self) { return .leftOut(leftOut) }
        return .changed(path: path, text: text, leftOut: leftOut)
    }
}
