extension SiteValidator {
    /// `statuses` and `complete_status`. A status with a problem is still kept (with a plain
    /// label or grey colour) so actions using it are not reported a second time.
    func readScale(_ fields: inout FieldReader) -> StatusScale {
        let completeEntry = fields.located("complete_status")
        guard let entry = fields.entry("statuses"), !entry.value.isNull else {
            let scale = StatusScale.standard
            if let completeEntry { checkComplete(completeEntry, in: scale.statuses, custom: false, &fields) }
            return scale
        }
        var statuses: [Status] = []
        var seen: [String: Int] = [:]
        for node in fields.list("statuses") {
            guard let map = node.map else {
                fields.error(node.line, node.column, "Each status should be a group of keys like "
                             + "{ id: on-track, label: On track, colour: green, meaning: … }, but this one is \(node.kindDescription).")
                continue
            }
            var status = FieldReader(map, file: Self.file, subject: "This status", origin: node.position,
                                     known: ["id", "label", "colour", "meaning"])
            let id = status.located("id", required: true, hint: "the word actions use for it, like on-track")
            let label = status.text("label", required: true, hint: "the words readers see, like On track")
            let colour = status.choice("colour", required: true, as: PaletteColour.self)
            let meaning = status.text("meaning") ?? ""
            fields.absorb(status)
            guard let id else { continue }
            if let line = seen[id.value] {
                fields.error(id.line, id.column, "The status id \"\(id.value)\" is used twice in \"statuses\" "
                             + "(first on line \(line)). Each status needs its own id.")
                continue
            }
            seen[id.value] = id.line
            statuses.append(Status(id: id.value, label: label ?? id.value, colour: colour ?? .grey, meaning: meaning))
        }
        if statuses.isEmpty {
            if case .list(let items) = entry.value.value, items.isEmpty {
                fields.error(entry.keyLine, entry.keyColumn, "\"statuses\" is an empty list. List the plan's statuses, "
                             + "or remove \"statuses\" to use the standard scale (\(Self.standardIDs)).")
            }
            return StatusScale.standard
        }
        let ids = statuses.map(\.id)
        if let completeEntry {
            let ok = checkComplete(completeEntry, in: statuses, custom: true, &fields)
            return StatusScale(statuses: statuses, completeID: ok ? completeEntry.value : ids[0])
        }
        if ids.contains("complete") { return StatusScale(statuses: statuses, completeID: "complete") }
        fields.error(entry.keyLine, entry.keyColumn, "site.yml lists its own statuses but not which one means the work is done. "
                     + "Add \"complete_status: …\" naming one of: \(Suggestion.list(ids)).")
        return StatusScale(statuses: statuses, completeID: ids[0])
    }

    static var standardIDs: String { Suggestion.list(StatusScale.standard.statuses.map(\.id), conjunction: "and") }

    @discardableResult
    private func checkComplete(_ complete: Located<String>, in statuses: [Status], custom: Bool,
                               _ fields: inout FieldReader) -> Bool {
        let ids = statuses.map(\.id)
        guard !ids.contains(complete.value) else { return true }
        let scale = custom ? "in \"statuses\"" : "on the standard scale"
        fields.error(complete.line, complete.column, "\"complete_status\" is \"\(complete.value)\", but no status \(scale) has that id."
                     + Suggestion.phrase(for: complete.value, in: ids) + " Use one of: \(Suggestion.list(ids)).")
        return false
    }
}
