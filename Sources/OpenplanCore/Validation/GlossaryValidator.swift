/// Reads `Content/glossary.yml`: terms explained on the glossary page and marked in text.
struct GlossaryValidator {
    static let known = ["term", "stands_for", "meaning"]
    static let example = "- { term: EHCP, stands_for: \"Education, Health and Care plan\", meaning: \"…\" }"

    func validate(_ document: RawDocument) -> (entries: [GlossaryEntry], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = topLevelListProblem(document, example: Self.example).map { [$0] } ?? []
        guard let items = topLevelList(document) else { return ([], diagnostics) }
        var entries: [GlossaryEntry] = []
        var seen: [String: Int] = [:]
        for node in items {
            guard let map = node.map else {
                diagnostics.append(.error(document.file, line: node.line, column: node.column,
                    "Each glossary entry should be a group of keys like { term: …, stands_for: …, meaning: … }, "
                    + "but this one is \(node.kindDescription)."))
                continue
            }
            var fields = FieldReader(map, file: document.file, subject: "This glossary entry", origin: node.position,
                                     known: Self.known)
            let term = fields.located("term", required: true, hint: "the word or abbreviation, like EHCP")
            let standsFor = fields.text("stands_for")
            let meaning = fields.text("meaning")
            if term != nil && standsFor == nil && meaning == nil {
                fields.error(node.line, node.column, "This glossary entry explains nothing. Add \"meaning: …\" (or \"stands_for: …\" for an abbreviation).")
            }
            diagnostics += fields.diagnostics
            guard let term, standsFor != nil || meaning != nil else { continue }
            let entry = GlossaryEntry(term: term.value, standsFor: standsFor, meaning: meaning ?? "",
                                      location: SourceLocation(file: document.file, line: node.line, column: node.column))
            if let first = seen[entry.anchor] {
                diagnostics.append(.error(document.file, line: term.line, column: term.column,
                    "The term \"\(term.value)\" is already in the glossary (line \(first)). Keep one entry for it."))
                continue
            }
            seen[entry.anchor] = term.line
            entries.append(entry)
        }
        return (entries, diagnostics)
    }
}
