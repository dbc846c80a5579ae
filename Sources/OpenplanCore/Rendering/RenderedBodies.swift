import Markdown

/// Rendering's first map: the bodies pages take already rendered, so no page renders a body
/// the check or another page already has, and no page waits for another.
///
/// For a build, the check has already rendered each body with a page of its own
/// (`BodyRenderings`, from `PlaceholderRoot`'s root): as that page renders it, and a copy with
/// no glossary term marked, placed where its other page puts it (an action's or a priority's
/// on the whole plan). Without them (the live preview, a render of a few pages), the action
/// bodies that the whole plan shares with the action pages are rendered here the same way.
/// Here, in parallel, each action's copy for the whole plan is relocated to its page's root,
/// and finished when it holds no embeds. A page uses a rendering only where it is exactly what
/// rendering there would give (`PageContext.markdown(_:at:)`); anything else is
/// rendered on the page.
struct RenderedBodies: Sendable {
    /// An action's body as the whole plan shows it.
    struct Body: Sendable {
        /// The source it was rendered from, to be sure a page asks for the same text.
        var text: String
        var firstLine: Int
        /// Where the whole-plan page puts the body, and the body as it goes there.
        var placement: PageContext.BodyPlacement
        /// Already relocated to the placement's root. Its segments are empty when `finished`
        /// holds the whole HTML (a body with no embeds).
        var inPlan: RenderedMarkdown
        var finished: String?
        /// The glossary terms in the body where a mark could go, marked or not.
        var termsPresent: Set<String>
    }

    /// Every body already rendered, for the pages that show it.
    let renderings: BodyRenderings
    /// Action bodies for the whole plan, by the body's file.
    private let inPlan: [String: Body]

    static let none = RenderedBodies(renderings: .none, inPlan: [:])

    /// How many action bodies are ready for the whole plan.
    var count: Int { inPlan.count }

    /// The action body ready for the whole plan for `source`, if it was rendered from the same text.
    subscript(source: MarkdownSource) -> Body? {
        guard let body = inPlan[source.file], body.text == source.text, body.firstLine == source.firstLine else { return nil }
        return body
    }

    /// - Parameter prepared: bodies the check already rendered (`ResolvedPlan.bodies`); of the
    ///   action bodies whose own page and whole-plan page are both among `jobs`, only those
    ///   not among them are parsed here. A render of one page parses none.
    static func render(for jobs: [PageJob], site: SiteContext, prepared: BodyRenderings = .none) -> RenderedBodies {
        guard site.sharesBodies, jobs.contains(where: { $0.kind.isReport }) else {
            return RenderedBodies(renderings: prepared, inPlan: [:])
        }
        let reportPages = Set(jobs.compactMap { job -> Int? in
            if case .report(let n) = job.kind { return n }
            return nil
        })
        let actions = jobs.compactMap { job -> Action? in
            guard case .action(let id) = job.kind, let action = site.plan.actionByID[id],
                  reportPages.contains(site.reportPages.pageOfAction[id] ?? 1) else { return nil }
            return action
        }
        let rendered = ConcurrentMap.map(actions) { action in render(action, site: site, prepared: prepared[action.body]) }
        var entries = prepared.byFile
        var inPlan: [String: Body] = [:]
        for case let (entry, body)? in rendered {
            entries[entry.file] = entry.rendering
            inPlan[entry.file] = body
        }
        return RenderedBodies(renderings: BodyRenderings(byFile: entries), inPlan: inPlan)
    }

    /// One action's body for its own page and the whole plan, or nil when it cannot be shared:
    /// empty, or holding text that could be mistaken for the placeholder root.
    private static func render(_ action: Action, site: SiteContext, prepared: BodyRenderings.Entry?)
        -> (entry: (file: String, rendering: BodyRenderings.Entry), body: Body)? {
        let source = action.body
        let placement = ReportPage.placement(action, site: site)
        let home = SitePaths.action(action.id)
        guard !source.text.isEmpty, PlaceholderRoot.canRelocate(to: PagePath(folder: home).rootPath),
              PlaceholderRoot.canRelocate(to: placement.rootPath), PlaceholderRoot.isSafe(source.text) else { return nil }
        let entry: BodyRenderings.Entry
        if let prepared, prepared.home == home, prepared.unmarkedPlacement == placement.placement {
            entry = prepared
        } else {
            let ownPage = PageContext(site: site, path: PagePath(folder: home))
            let both = site.markdown.renderSharing(source.text, rewriteLink: { ownPage.rewrite($0, root: PlaceholderRoot.root) },
                                                   glossary: ownPage.glossaryMarks, alreadyMarked: [],
                                                   unmarkedPlacement: placement.placement)
            entry = BodyRenderings.Entry(text: source.text, home: home, unmarkedPlacement: placement.placement, forms: both)
        }
        var inPlan = PlaceholderRoot.relocate(entry.forms.unmarked, to: placement.rootPath)
        var finished: String?
        let hasEmbeds = inPlan.segments.contains { if case .embed = $0 { return true } else { return false } }
        if !hasEmbeds {
            // Finished here, so the whole-plan page only puts it in place.
            finished = inPlan.html(embedding: { _ in "" })
            inPlan.segments = []
        }
        return ((source.file, entry), Body(text: source.text, firstLine: source.firstLine, placement: placement,
                                            inPlan: inPlan, finished: finished, termsPresent: entry.forms.termsPresent))
    }
}
