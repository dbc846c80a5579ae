/// Raw documents → a `Plan` and every problem found: each file is checked on its own (on all
/// cores), then ids are checked across files, then the plan is put together from what is valid.
struct PlanValidator {
    struct Output: Sendable {
        var plan: Plan?
        var diagnostics: [Diagnostic]
    }

    /// - Parameter checked: each readable document's own checks, in order, when the caller
    ///   has them already (the loader runs them as it reads, and keeps them for unchanged files).
    func validate(_ documents: [RawDocument], checked: [FileChecks]? = nil) -> Output {
        var diagnostics = documents.flatMap(\.diagnostics)
        let site = SiteValidator().validate(documents.first { $0.kind == .site })
        diagnostics += site.diagnostics

        let people = documents.filter { $0.kind == .people }.flatMap { PeopleValidator().validate($0) }
        let glossary = documents.first { $0.kind == .glossary }.map { GlossaryValidator().validate($0) }
        diagnostics += glossary?.diagnostics ?? []

        let readable = documents.filter { $0.isReadable }
        let perFile = checked.flatMap { $0.count == readable.count ? $0 : nil } ?? ConcurrentMap.map(readable) { FileChecks.run($0) }
        var items = FileChecks.merge(perFile)
        items.people = people

        // Files that could not be read still have a file-name id, so others naming them are not reported too.
        var placeholders: [Reference.Kind: [ItemID]] = [:]
        for document in documents where !document.isReadable {
            if let kind = document.kind.referenceKind { placeholders[kind, default: []].append(ItemID(document.stem)) }
        }

        var accepted = AcceptedItems()
        diagnostics += accepted.take(items)
        diagnostics += items.allDiagnostics

        // A people.yml that could not be read says nothing about who exists: leads go unchecked
        // rather than every one being reported.
        let peopleFile = documents.first { $0.kind == .people }
        let peopleAreKnown = peopleFile.map { $0.isReadable && topLevelListProblem($0, example: "") == nil } ?? true
        let check = ReferenceCheck(known: items.knownIDs(adding: placeholders),
                                   statuses: site.scale?.statuses.map(\.id),
                                   checksPeople: peopleAreKnown,
                                   hasPeopleFile: peopleFile != nil)
        diagnostics += check.check(items.allReferences)

        guard let theSite = site.site else { return Output(plan: nil, diagnostics: diagnostics) }
        var plan = accepted.plan(site: theSite, glossary: glossary?.entries ?? [])
        let written = items.knownIDs(adding: placeholders)
        plan.withheldActions = (written[.action] ?? []).subtracting(plan.actionByID.keys)
        plan.withheldMeasures = (written[.measure] ?? []).subtracting(plan.measureByID.keys)
        diagnostics += PlaceholderCheck.check(plan)
        return Output(plan: plan, diagnostics: diagnostics)
    }
}

extension ContentKind {
    /// The kind of reference that names items of this kind, for those that can be named.
    var referenceKind: Reference.Kind? {
        switch self {
        case .priority: return .priority
        case .action: return .action
        case .measure: return .measure
        default: return nil
        }
    }
}
