/// Which pages and files a build publishes, worked out from the plan alone: what a link is
/// checked against before anything is rendered, and what the renderer makes a page for.
struct SiteOutline: Sendable {
    struct FeedbackTheme: Sendable {
        var name: String
        var slug: String
        var items: [Feedback]
    }

    static let bulletinsPerPage = 10

    /// Every page folder (`actions/1-2/`) and file (`measures/x/data.csv`) published.
    let folders: Set<String>
    let files: Set<String>
    let feedbackThemes: [FeedbackTheme]
    let bulletinPageCount: Int
    let actionsWithoutPriority: [Action]
    /// How the whole plan is split into pages, when it is long.
    let reportPages: ReportPages
    /// The full lists of changes published, with their number of pages: only for periods
    /// summarised on the home page or in a bulletin (`ChangesSummary`).
    let changesLists: [(list: ChangesSummary.List, pages: Int)]

    /// - Parameters:
    ///   - assetPaths: the theme's static files, published as they are.
    ///   - linksFeeds: whether the feeds and bulletin emails are published.
    ///   - recentChanges: the changes in the 31 days up to the as-of day.
    ///   - changes: the changes in a bulletin's period (the renderer keeps them for its pages).
    init(plan: Plan, assetPaths: some Sequence<String>, linksFeeds: Bool, recentChanges recent: ChangeLog,
         changes: (ChangeLog.Period) -> ChangeLog) {
        var folders: Set<String> = ["", SitePaths.measures, SitePaths.feedback, SitePaths.bulletins, SitePaths.glossary,
                                    SitePaths.search, SitePaths.report]
        var files: Set<String> = [SitePaths.searchIndex, SitePaths.measuresData, "404.html"]
        for p in plan.priorities { folders.insert(SitePaths.priority(p.id)) }
        for a in plan.actions { folders.insert(SitePaths.action(a.id)) }
        for m in plan.measures {
            folders.insert(SitePaths.measure(m.id))
            files.insert(SitePaths.measureCSV(m.id))
        }
        for b in plan.bulletins { folders.insert(SitePaths.bulletin(b.id)) }
        for p in plan.pages { folders.insert(SitePaths.page(p.slug)) }
        for status in FeedbackStatus.allCases { folders.insert(SitePaths.feedbackStatus(status)) }
        var themes: [String: FeedbackTheme] = [:]
        for f in plan.feedback {
            let slug = Slug.make(f.theme)
            themes[slug, default: FeedbackTheme(name: f.theme, slug: slug, items: [])].items.append(f)
        }
        feedbackThemes = themes.values.sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
        for t in feedbackThemes { folders.insert(SitePaths.feedbackTheme(t.name)) }
        bulletinPageCount = max(1, (plan.bulletins.count + Self.bulletinsPerPage - 1) / Self.bulletinsPerPage)
        for n in 2...max(2, bulletinPageCount) where n <= bulletinPageCount { folders.insert(SitePaths.bulletinsPage(n)) }
        files.formUnion(assetPaths)
        if plan.site.baseURL != nil { files.formUnion(["sitemap.xml", "robots.txt"]) }
        if linksFeeds {
            files.formUnion(["feed.xml", "rss.xml", "you-said-we-did/feed.xml"])
            for b in plan.bulletins {
                files.insert(SitePaths.bulletin(b.id) + "email.html")
                files.insert(SitePaths.bulletin(b.id) + "email.txt")
            }
        }
        let withoutPriority = plan.actions.filter { a in !a.priorities.contains { plan.priorityByID[$0] != nil } }
        actionsWithoutPriority = withoutPriority
        reportPages = ReportPages(plan: plan, actionsWithoutPriority: withoutPriority)
        for n in 2...max(2, reportPages.count) where n <= reportPages.count { folders.insert(SitePaths.reportPage(n)) }
        var lists: [(list: ChangesSummary.List, pages: Int)] = []
        if ChangesSummary.isSummarised(recent) { lists.append((.recent, ChangesSummary.pageCount(recent))) }
        for b in plan.bulletins {
            let period = ChangeLog.Period.forBulletin(b, in: plan)
            let log = period == recent.period ? recent : changes(period)
            if ChangesSummary.isSummarised(log) { lists.append((.bulletin(b.id), ChangesSummary.pageCount(log))) }
        }
        changesLists = lists
        for (list, pages) in lists {
            for n in 1...pages { folders.insert(ChangesSummary.folder(list, page: n)) }
        }
        // Items left out for a problem already reported would have a page; a link to one is
        // not reported again. (There is such an item only when the build stops on errors.)
        for id in plan.withheldActions { folders.insert(SitePaths.action(id)) }
        for id in plan.withheldMeasures { folders.insert(SitePaths.measure(id)) }
        self.folders = folders
        self.files = files
    }

    /// The folder form of a published page (`actions/1-2` → `actions/1-2/`), or nil when the
    /// path names no page.
    /// A site-root link as published from a page whose way up to the root is `root`;
    /// anything else as written.
    func rewrite(_ destination: String, root: String) -> String {
        guard let link = SiteLink(destination) else { return destination }
        return root + (publishedFolder(link.path) ?? link.path) + link.suffix
    }

    func publishedFolder(_ path: String) -> String? {
        if folders.contains(path) { return path }
        if folders.contains(path + "/") { return path + "/" }
        if path.hasSuffix("index.html") {
            let folder = String(path.dropLast("index.html".count))
            if folders.contains(folder) { return folder }
        }
        return nil
    }
}

/// A link an editor writes from the site root (`/actions/1-2/#latest`).
struct SiteLink {
    /// Relative to the root, without the leading `/`, fragment or query: `actions/1-2/`.
    var path: String
    /// Everything from the first `?` or `#`, kept as written.
    var suffix: String
    var fragment: String

    /// Splits a site-root link; nil for anything else (other sites, `mailto:`, relative links).
    init?(_ destination: String) {
        guard destination.hasPrefix("/"), !destination.hasPrefix("//") else { return nil }
        let body = destination.dropFirst()
        let cut = body.firstIndex { $0 == "?" || $0 == "#" } ?? body.endIndex
        let suffix = String(body[cut...])
        self.suffix = suffix
        fragment = suffix.firstIndex(of: "#").map { String(suffix[suffix.index(after: $0)...]) } ?? ""
        path = String(body[..<cut])
    }
}
