import Markdown

/// Rendering's first map: the action bodies that appear on two pages of one render (the
/// action's own page and its page of the whole plan), each parsed once, before any page is
/// made. The second map, the pages, takes them from here, so no page waits for another and
/// none renders a body another page already has.
///
/// A body is rendered here from the site's placeholder root (`PlaceholderRoot`), in two forms:
/// for its own page, with glossary terms marked as that page marks them; and for the whole
/// plan, with no term marked, its links relocated to that page's root, its headings at that
/// page's levels and its ids prefixed (both set in the one parse's tree). A page uses a form only where it is exactly what rendering there
/// would give (see `PageContext.markdown(_:sharing:)`); anything else is rendered on the page.
struct RenderedBodies: Sendable {
    struct Body: Sendable {
        /// The source it was rendered from, to be sure a page asks for the same text.
        var text: String
        var firstLine: Int
        /// For the action's own page: links from the placeholder root, terms marked as a page
        /// that has marked nothing yet marks them.
        var own: RenderedMarkdown
        /// Where the whole-plan page puts the body, and the body as it goes there.
        var placement: PageContext.BodyPlacement
        /// Already relocated to the placement's root. Its segments are empty when `finished`
        /// holds the whole HTML (a body with no embeds).
        var inPlan: RenderedMarkdown
        var finished: String?
        /// The glossary terms in the body where a mark could go, marked or not.
        var termsPresent: Set<String>
    }

    /// By the body's file.
    private let bodies: [String: Body]

    static let none = RenderedBodies(bodies: [:])

    var count: Int { bodies.count }

    /// The body rendered for `source`, if it was rendered here from the same text.
    subscript(source: MarkdownSource) -> Body? {
        guard let body = bodies[source.file], body.text == source.text, body.firstLine == source.firstLine else { return nil }
        return body
    }

    /// The bodies the given jobs would otherwise render twice: those of actions whose own page
    /// and whole-plan page are both among `jobs`. A render of one page needs none.
    ///
    /// - Parameter prepared: bodies the checking stage already rendered in the same way
    ///   (`ResolvedPlan.actionBodies`); only the others are parsed here.
    static func render(for jobs: [PageJob], site: SiteContext, prepared: ActionBodyRenderings = .none) -> RenderedBodies {
        guard site.sharesBodies, jobs.contains(where: { $0.kind.isReport }) else { return .none }
        let reportPages = Set(jobs.compactMap { job -> Int? in
            if case .report(let n) = job.kind { return n }
            return nil
        })
        let actions = jobs.compactMap { job -> Action? in
            guard case .action(let id) = job.kind, let action = site.plan.actionByID[id],
                  reportPages.contains(site.reportPages.pageOfAction[id] ?? 1) else { return nil }
            return action
        }
        let rendered = ConcurrentMap.map(actions) { action -> (String, Body)? in
            render(action, site: site, prepared: prepared.byFile[action.body.file]).map { (action.body.file, $0) }
        }
        return RenderedBodies(bodies: Dictionary(rendered.compactMap { $0 }, uniquingKeysWith: { first, _ in first }))
    }

    /// One action's body in both forms, or nil when it cannot be shared: empty, or holding text
    /// that could be mistaken for the placeholder root.
    private static func render(_ action: Action, site: SiteContext, prepared: MarkdownRenderer.SharedRendering?) -> Body? {
        let source = action.body
        let placement = ReportPage.placement(action, site: site)
        let ownPage = PageContext(site: site, path: PagePath(folder: SitePaths.action(action.id)))
        guard !source.text.isEmpty, PlaceholderRoot.canRelocate(to: ownPage.path.rootPath),
              PlaceholderRoot.canRelocate(to: placement.rootPath), PlaceholderRoot.isSafe(source.text) else { return nil }
        let both = prepared ?? site.markdown.renderSharing(source.text, rewriteLink: { ownPage.rewrite($0, root: PlaceholderRoot.root) },
                                                           glossary: ownPage.glossaryMarks, alreadyMarked: [],
                                                           unmarkedPlacement: placement.placement)
        var inPlan = PlaceholderRoot.relocate(both.unmarked, to: placement.rootPath)
        var finished: String?
        let hasEmbeds = inPlan.segments.contains { if case .embed = $0 { return true } else { return false } }
        if !hasEmbeds {
            // Finished here, so the whole-plan page only puts it in place.
            finished = inPlan.html(embedding: { _ in "" })
            inPlan.segments = []
        }
        return Body(text: source.text, firstLine: source.firstLine, own: both.marked, placement: placement,
                    inPlan: inPlan, finished: finished, termsPresent: both.termsPresent)
    }
}
