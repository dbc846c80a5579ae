/// The per-file results of validation, gathered by kind.
struct FileChecks: Sendable {
    var priorities: [Checked<Priority>] = []
    var actions: [Checked<Action>] = []
    var measures: [Checked<Measure>] = []
    var feedback: [Checked<Feedback>] = []
    var bulletins: [Checked<Bulletin>] = []
    var pages: [Checked<Page>] = []
    var people: [Checked<Person>] = []

    /// Validates one document on its own; needs nothing from any other file.
    static func run(_ document: RawDocument) -> FileChecks {
        var out = FileChecks()
        switch document.kind {
        case .priority: out.priorities = [PriorityValidator().validate(document)]
        case .action: out.actions = [ActionValidator().validate(document)]
        case .measure: out.measures = MeasureValidator().validate(document)
        case .feedback: out.feedback = [FeedbackValidator().validate(document)]
        case .bulletin: out.bulletins = [BulletinValidator().validate(document)]
        case .page: out.pages = [PageValidator().validate(document)]
        case .site, .people, .glossary: break
        }
        return out
    }

    static func merge(_ parts: [FileChecks]) -> FileChecks {
        var all = FileChecks()
        for part in parts {
            all.priorities += part.priorities
            all.actions += part.actions
            all.measures += part.measures
            all.feedback += part.feedback
            all.bulletins += part.bulletins
            all.pages += part.pages
            all.people += part.people
        }
        return all
    }

    var allDiagnostics: [Diagnostic] {
        var all: [Diagnostic] = []
        all += priorities.flatMap(\.diagnostics)
        all += actions.flatMap(\.diagnostics)
        all += measures.flatMap(\.diagnostics)
        all += feedback.flatMap(\.diagnostics)
        all += bulletins.flatMap(\.diagnostics)
        all += pages.flatMap(\.diagnostics)
        all += people.flatMap(\.diagnostics)
        return all
    }

    var allReferences: [Reference] {
        var all: [Reference] = []
        all += priorities.flatMap(\.references)
        all += actions.flatMap(\.references)
        all += measures.flatMap(\.references)
        all += feedback.flatMap(\.references)
        return all
    }

    func knownIDs(adding extra: [Reference.Kind: [ItemID]]) -> [Reference.Kind: Set<ItemID>] {
        var known: [Reference.Kind: Set<ItemID>] = [
            .priority: Set(priorities.compactMap(\.identity?.id)),
            .action: Set(actions.compactMap(\.identity?.id)),
            .measure: Set(measures.compactMap(\.identity?.id)),
            .person: Set(people.compactMap(\.identity?.id)),
        ]
        for (kind, ids) in extra { known[kind, default: []].formUnion(ids) }
        return known
    }
}
