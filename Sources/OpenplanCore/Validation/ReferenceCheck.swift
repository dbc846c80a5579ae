/// Checks that every id content names exists, suggesting the likely one when it is a typo.
struct ReferenceCheck {
    /// Every id of each kind that was written, including items reported for other problems,
    /// so one mistake is not reported again at every place that names the item.
    var known: [Reference.Kind: Set<ItemID>]
    /// nil when site.yml could not be read: statuses are then not checked.
    var statuses: [String]?
    /// False when people.yml exists but could not be read.
    var checksPeople: Bool
    var hasPeopleFile: Bool

    func check(_ references: [Reference]) -> [Diagnostic] {
        var sortedCandidates: [Reference.Kind: [String]] = [:]
        var diagnostics: [Diagnostic] = []
        for reference in references {
            let exists: Bool
            if reference.kind == .person && !checksPeople { continue }
            if reference.kind == .status {
                guard let statuses else { continue }
                exists = statuses.contains(reference.id.raw)
            } else {
                exists = known[reference.kind]?.contains(reference.id) ?? false
            }
            guard !exists else { continue }
            if sortedCandidates[reference.kind] == nil {
                sortedCandidates[reference.kind] = reference.kind == .status
                    ? statuses ?? [] : (known[reference.kind] ?? []).sorted().map(\.raw)
            }
            let candidates = sortedCandidates[reference.kind]!
            let at = reference.location
            diagnostics.append(.error(at.file, line: at.line, column: at.column,
                                      message(reference, candidates: candidates)))
        }
        return diagnostics
    }

    private func message(_ reference: Reference, candidates: [String]) -> String {
        let id = reference.id.raw
        let suggestion = Suggestion.phrase(for: id, in: candidates)
        let listing = candidates.isEmpty || candidates.count > 12 ? "" : " Known ids: \(Suggestion.list(candidates, conjunction: "and"))."
        switch reference.kind {
        case .status:
            return "\"\(id)\" is not one of the plan's statuses.\(suggestion) Use one of: \(Suggestion.list(candidates))."
        case .priority:
            if candidates.isEmpty {
                return "There is no priority with the id \"\(id)\": Content/priorities has no priorities yet."
            }
            return "There is no priority with the id \"\(id)\".\(suggestion)\(listing)"
        case .person:
            if !hasPeopleFile {
                return "There is no one with the id \"\(id)\": there is no Content/people.yml listing the leads. "
                    + "Create it with an entry like - { id: \(id), role: …, organisation: … }."
            }
            return "There is no one with the id \"\(id)\" in people.yml.\(suggestion)\(listing)"
        case .measure:
            return "There is no measure with the id \"\(id)\".\(suggestion)\(listing)"
        case .action:
            return "There is no action with the id \"\(id)\".\(suggestion)\(listing)"
        }
    }
}
