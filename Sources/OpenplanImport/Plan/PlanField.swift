/// What a column of a plan's table holds, recognised from its header.
public enum PlanField: String, Sendable, Hashable, CaseIterable {
    case ref, outcome, action, leads, priority, due, status, update, milestones
    /// A column the officer asked to leave out (`--column "Notes=skip"`).
    case skip

    /// The headers real plans use, compared after `HeaderText.key` (lower case, letters and
    /// digits only), so `R A G`, `RAG` and `R.A.G.` are one header.
    static let knownHeaders: [String: PlanField] = {
        var map: [String: PlanField] = [:]
        func add(_ field: PlanField, _ headers: [String]) { for h in headers { map[HeaderText.key(h)] = field } }
        add(.ref, ["Ref", "Ref.", "Ref no", "Reference", "No.", "No", "Number", "ID"])
        add(.outcome, ["Outcome", "Outcomes", "Area for improvement", "Areas for improvement", "Objective", "Objectives"])
        add(.action, ["Action", "Actions", "Specific actions", "Specific action", "Specific actions to achieve outcome",
                      "Specific actions to achieve the outcome", "What we will do"])
        add(.leads, ["Lead", "Leads", "Lead officer", "Lead(s)", "Accountable lead", "Accountable leads", "Owner"])
        add(.priority, ["Strategy priority", "Strategic priority", "Priority", "Priorities", "Section"])
        add(.due, ["Expected completion date", "Completion date", "By when", "Due", "Due date", "Deadline", "Target date"])
        add(.status, ["RAG", "R A G", "BRAG", "B R A G", "RAG rating", "BRAG rating", "RAG status", "Status"])
        add(.update, ["Evidence of outcome", "Evidence", "Update", "Updates", "Impact", "Progress", "Update / Impact",
                      "Progress update", "Latest update"])
        add(.milestones, ["Delivery milestones", "Milestones", "Key milestones"])
        return map
    }()

    /// The words `--column "HEADER=field"` accepts, with a few a person might write instead.
    public static func named(_ word: String) -> PlanField? {
        let k = HeaderText.key(word)
        let aliases: [String: PlanField] = ["lead": .leads, "evidence": .update, "impact": .update, "progress": .update,
                                            "rag": .status, "date": .due, "milestone": .milestones, "id": .ref,
                                            "ignore": .skip, "title": .action]
        return PlanField(rawValue: k) ?? aliases[k]
    }

    /// The field names listed in messages.
    static let namesForMessages = "ref, outcome, action, leads, priority, due, status, update, milestones or skip"
}

enum HeaderText {
    /// Lower case letters and digits only: what is left when case, spacing and punctuation go.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSetCheck.isAlphanumeric($0) }.map(Character.init))
    }
}

enum CharacterSetCheck {
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
}

/// `--column "HEADER=field"`, read and checked.
public struct ColumnMapping: Sendable, Hashable {
    public var header: String
    public var field: PlanField

    /// Nil with a plain reason when the text is not `HEADER=field` with a known field.
    public static func parse(_ text: String) -> Result<ColumnMapping, ColumnMappingError> {
        guard let eq = text.lastIndex(of: "=") else { return .failure(ColumnMappingError(text: text)) }
        let header = text[..<eq].trimmingCharacters(in: .whitespaces)
        let word = text[text.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        guard !header.isEmpty, let field = PlanField.named(word) else { return .failure(ColumnMappingError(text: text)) }
        return .success(ColumnMapping(header: header, field: field))
    }
}

public struct ColumnMappingError: Error, Sendable, CustomStringConvertible {
    public var text: String
    public var description: String {
        "--column wants HEADER=field, like --column \"Officer=leads\", with field one of \(PlanField.namesForMessages); \"\(text)\" is not that."
    }
}
