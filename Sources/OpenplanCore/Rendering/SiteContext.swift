import Foundation
import Markdown

/// Everything about the site that is the same for every page, worked out once per build so
/// that each page's work is proportional to that page alone.
final class SiteContext: Sendable {
    struct NavEntry: Sendable, Hashable {
        var text: String
        /// Folder relative to the root; empty for home.
        var target: String
    }

    let plan: Plan
    let theme: Theme
    let asOf: Day
    let markdown: MarkdownRenderer
    let statusViews: [String: StatusTagView]
    /// Status id → the `status-tag` template's output, rendered once.
    let statusTagHTML: [String: String]
    let statusKey: [StatusTagView]
    let statusKeyHTML: String
    let navEntries: [NavEntry]
    let footerEntries: [NavEntry]
    let frames = PageFrames()
    /// Each bulletin's snapshot of the plan and its changes, for its page, emails and feed entries.
    let bulletinMoments: BulletinMoments
    /// False when glossary text could be mistaken for `PlaceholderRoot`'s placeholder.
    let sharesBodies: Bool
    /// Which pages and files are published.
    let outline: SiteOutline
    let sharedDependencies: Set<String>
    /// The most recent date anything in the plan was updated.
    let lastUpdated: Day?
    /// The 31 days up to the as-of date: the home page and `{{changes}}` outside bulletins.
    let recentChanges: ChangeLog
    var feedbackThemes: [SiteOutline.FeedbackTheme] { outline.feedbackThemes }
    var bulletinPageCount: Int { outline.bulletinPageCount }
    var actionsWithoutPriority: [Action] { outline.actionsWithoutPriority }
    /// How the whole plan is split into pages, when it is long.
    var reportPages: ReportPages { outline.reportPages }
    /// The full lists of changes published, with their number of pages: only for periods
    /// summarised on the home page or in a bulletin (`ChangesSummary`).
    var changesLists: [(list: ChangesSummary.List, pages: Int)] { outline.changesLists }
    let measuresWithoutPriority: [Measure]
    /// Feeds and emails are published by a later stage; pages link them only when it runs.
    let linksFeeds: Bool
    static let bulletinsPerPage = SiteOutline.bulletinsPerPage

    init(plan: Plan, theme: Theme, asOf: Day, linksFeeds: Bool = false) {
        self.linksFeeds = linksFeeds
        let moments = BulletinMoments()
        bulletinMoments = moments
        self.plan = plan
        self.theme = theme
        self.asOf = asOf
        markdown = MarkdownRenderer(allowRawHTML: plan.site.allowRawHTML, collectsProse: false)
        sharesBodies = PlaceholderRoot.isSafe(plan.glossary)

        var views: [String: StatusTagView] = [:]
        var tags: [String: String] = [:]
        for status in plan.site.statuses.statuses where views[status.id] == nil {
            let view = StatusTagView(status: status, isComplete: plan.site.statuses.isComplete(status.id))
            views[status.id] = view
            tags[status.id] = theme.render(view, "status-tag")
        }
        statusViews = views
        statusTagHTML = tags
        statusKey = plan.site.statuses.statuses.compactMap { views[$0.id] }
        statusKeyHTML = theme.render(StatusKeyView(statusKey: statusKey), "status-key")

        var nav = [NavEntry(text: "Home", target: ""), NavEntry(text: "Measures", target: SitePaths.measures),
                   NavEntry(text: "You said, we did", target: SitePaths.feedback),
                   NavEntry(text: "Bulletins", target: SitePaths.bulletins)]
        nav += plan.pages.filter(\.nav).map { NavEntry(text: $0.title, target: SitePaths.page($0.slug)) }
        nav += [NavEntry(text: "Glossary", target: SitePaths.glossary), NavEntry(text: "Search", target: SitePaths.search)]
        navEntries = nav

        let recent = ChangeLog(plan: plan, period: .days31(endingOn: asOf))
        recentChanges = recent
        outline = SiteOutline(plan: plan, assetPaths: theme.assets.keys, linksFeeds: linksFeeds, recentChanges: recent) {
            moments.changes(in: plan, period: $0, asOf: asOf)
        }
        footerEntries = plan.pages.filter { !$0.nav }.map { NavEntry(text: $0.title, target: SitePaths.page($0.slug)) }
            + [NavEntry(text: outline.reportPages.linkText, target: SitePaths.report)]

        sharedDependencies = SiteLayout.sharedFiles.union(plan.pages.filter(\.nav).map(\.location.file))

        var latest: Day?
        func consider(_ d: Day?) { if let d, latest.map({ d > $0 }) ?? true { latest = d } }
        for a in plan.actions { consider(a.updated ?? a.history.last?.date) }
        for b in plan.bulletins { consider(b.date) }
        for f in plan.feedback { consider(f.date) }
        lastUpdated = latest

        measuresWithoutPriority = plan.measures.filter { m in m.priority.map { plan.priorityByID[$0] == nil } ?? true }
    }

    func tagHTML(_ statusID: String) -> String {
        if let html = statusTagHTML[statusID] { return html }
        // Validation rejects unknown statuses; show the raw id rather than nothing if one slips through.
        let view = StatusTagView(status: Status(id: statusID, label: statusID, colour: .grey, meaning: ""), isComplete: false)
        return theme.render(view, "status-tag")
    }

    func statusLabel(_ statusID: String) -> String {
        statusViews[statusID]?.label ?? statusID
    }

    func isComplete(_ action: Action) -> Bool { plan.site.statuses.isComplete(action.status) }

    func isPastDue(_ action: Action) -> Bool { plan.isPastDue(action, asOf: asOf) }

    func staleDays(_ action: Action) -> Int? { plan.staleDays(action, asOf: asOf) }

    func leads(_ action: Action) -> [LeadView] {
        action.leads.map { id in
            guard let p = plan.peopleByID[id] else { return LeadView(role: id.raw, organisation: nil) }
            return LeadView(role: p.role, organisation: p.organisation)
        }
    }

    func leadsText(_ action: Action) -> String {
        let text = leads(action).map { lead in lead.organisation.map { "\(lead.role) (\($0))" } ?? lead.role }
        return text.isEmpty ? "Not set yet" : text.joined(separator: ", ")
    }

    func actionLabel(_ action: Action) -> String { "Action \(action.id.raw)" }
    func priorityLabel(_ priority: Priority) -> String { "Priority \(priority.id.raw)" }
}
