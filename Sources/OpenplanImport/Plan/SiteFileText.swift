import OpenplanCore

/// The text of the files an import writes for new items, in the content format's own layout.
enum SiteFileText {
    /// `updated` is the day of the import: the status is the table's as of then.
    static func action(_ a: ImportedAction, updated: Day) -> String {
        var lines = ["---"]
        lines.append("id: " + YAMLText.quoted(a.id))
        lines.append("title: " + YAMLText.scalar(a.title))
        lines.append("priority: " + ids(a.priorities, single: true))
        lines.append("leads: " + ids(a.leads, single: false))
        lines.append("due: " + a.due.description)
        lines.append("status: " + YAMLText.scalar(a.status))
        lines.append("updated: " + updated.iso)
        if !a.milestones.isEmpty {
            lines.append("milestones:")
            for m in a.milestones {
                lines.append("  - { due: \(m.due.description), text: \(YAMLText.scalar(m.text)), status: \(YAMLText.scalar(m.status)) }")
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + a.body
    }

    /// `"1"` for one id, `["1", "2"]` for several (ids quoted, so `1.10` stays as written).
    static func ids(_ list: [String], single: Bool) -> String {
        if single && list.count == 1 { return YAMLText.quoted(list[0]) }
        return "[" + list.map(YAMLText.scalar).joined(separator: ", ") + "]"
    }

    static func priority(_ p: ImportedPriority) -> String {
        """
        ---
        id: \(YAMLText.quoted(p.id))
        title: \(YAMLText.scalar(p.title))
        order: \(p.order)
        ---

        """
    }

    static func person(_ p: NewPerson) -> String {
        "- { id: \(YAMLText.scalar(p.id)), role: \(YAMLText.scalar(p.role)) }"
    }

    static func people(_ list: [NewPerson]) -> String {
        let header = "# Leads, shown on the site by role. Openplan added these from the plan's table:\n"
            + "# write each one's role in full, and the organisation, like\n"
            + "# - { id: NB, role: SEND and AP Transformation and Improvement Lead, organisation: Cumberland Council }\n"
        return header + (list.isEmpty ? "[]\n" : list.map(person).joined(separator: "\n") + "\n")
    }

    static func site(scale: [Status], completeID: String, source: String) -> String {
        var lines = [
            "# Made by openplan import from \(source). Change the title and partnership to your own,",
            "# and add base_url when you know where the site will be published.",
            "title: SEND improvement plan",
            "partnership: Our local area partnership",
            "language: en-GB",
            "statuses:",
        ]
        for s in scale {
            lines.append("  - { id: \(YAMLText.scalar(s.id)), label: \(YAMLText.scalar(s.label)), colour: \(s.colour.rawValue), meaning: \(YAMLText.scalar(s.meaning)) }")
        }
        lines.append("complete_status: " + YAMLText.scalar(completeID))
        return lines.joined(separator: "\n") + "\n"
    }

    /// A file name for an id: the id itself when that is a safe file name, else its slug.
    static func fileName(_ id: String) -> String {
        let safe = !id.isEmpty && id.first != "." && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
        return (safe ? id : ItemID(id).slug) + ".md"
    }
}
