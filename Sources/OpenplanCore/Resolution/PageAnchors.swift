import Foundation
import Markdown

/// One published page as links see it: its folder, the ids its templates give it, and the
/// Markdown bodies shown on it (with the prefix the page gives their ids, where several
/// bodies share it).
struct PageAnchors {
    struct Body {
        var source: MarkdownSource
        var placement: MarkdownRenderer.Placement = .ownPage
    }

    var folder: String
    /// The ids the page's templates write, named here beside them (see `Templates/`); the
    /// bodies' own heading ids are added from their Markdown.
    var templateIDs: Set<String>
    var bodies: [Body]

    /// On every page, from `layout.mustache`.
    static let layoutIDs: Set<String> = ["top", "main-content"]
    /// `search.mustache`.
    static let searchIDs: Set<String> = ["search", "search-hint", "search-input", "search-status", "search-results", "every-page"]

    /// Every page a build writes that a `#fragment` link can reach (the not-found page is not
    /// at any one address), in the order `SiteRenderer.jobs()` lists them.
    ///
    /// The ids are those the built-in templates write. A site's own templates may add others
    /// (or leave these out); those are not known here, so a link to an id only a site's own
    /// template adds is reported as a section that is not on the page. Charts' ids
    /// (`chart-…-title`) are left out too: they name a chart's title for screen readers, and
    /// change with the charts on the page, so they are no place to link to.
    static func pages(_ plan: Plan, outline: SiteOutline, asOf: Day) -> [PageAnchors] {
        func page(_ folder: String, _ ids: Set<String> = [], _ bodies: [Body] = []) -> PageAnchors {
            PageAnchors(folder: folder, templateIDs: layoutIDs.union(ids), bodies: bodies)
        }
        func isPastDue(_ a: Action) -> Bool { plan.isPastDue(a, asOf: asOf) }
        func isStale(_ a: Action) -> Bool { plan.staleDays(a, asOf: asOf) != nil }

        // home.mustache: the banner when any action is past due.
        let overdue = plan.actions.contains(where: isPastDue)
        var pages = [page("", overdue ? ["banner-overdue-title", "banner-overdue"] : [],
                          plan.homeIntro.map { [Body(source: $0.body)] } ?? [])]
        for p in plan.priorities {
            pages.append(page(SitePaths.priority(p.id), [], [Body(source: p.body)]))
        }
        for a in plan.actions {
            // action.mustache: the "Important" banner, past due or not reviewed for a while.
            var ids: Set<String> = []
            let pastDue = isPastDue(a), stale = isStale(a)
            if pastDue || stale { ids.insert("banner-important-title") }
            if pastDue { ids.insert("banner-past-due") }
            if stale { ids.insert("banner-stale") }
            pages.append(page(SitePaths.action(a.id), ids, [Body(source: a.body)]))
        }
        pages.append(page(SitePaths.measures))
        for m in plan.measures {
            // measure.mustache: the banner when the next figure is late.
            pages.append(page(SitePaths.measure(m.id), m.isLate(asOf: asOf) ? ["banner-late-title", "banner-late"] : []))
        }
        // you-said-we-did.mustache and feedback-item.mustache: each item listed in full has an id.
        func feedbackPage(_ folder: String, _ items: [Feedback]) -> PageAnchors {
            let themes = Set(outline.feedbackThemes.map(\.slug))
            let shown = items.filter { themes.contains(Slug.make($0.theme)) }
            return page(folder, Set(shown.map { "feedback-" + $0.id.slug }),
                        shown.map { Body(source: $0.body, placement: .feedbackInList($0.id)) })
        }
        pages.append(feedbackPage(SitePaths.feedback, plan.feedback))
        for t in outline.feedbackThemes {
            pages.append(feedbackPage(SitePaths.feedbackTheme(t.name), t.items))
        }
        for s in FeedbackStatus.allCases {
            pages.append(feedbackPage(SitePaths.feedbackStatus(s), plan.feedback.filter { $0.status == s }))
        }
        for n in 1...outline.bulletinPageCount {
            pages.append(page(SitePaths.bulletinsPage(n)))
        }
        for b in plan.bulletins {
            pages.append(page(SitePaths.bulletin(b.id), [], [Body(source: b.body)]))
        }
        pages.append(page(SitePaths.glossary, glossaryIDs(plan.glossary)))
        pages.append(page(SitePaths.search, searchIDs))
        for n in 1...outline.reportPages.count {
            pages.append(reportPage(n, plan: plan, outline: outline))
        }
        for (list, count) in outline.changesLists {
            for n in 1...count { pages.append(page(ChangesSummary.folder(list, page: n))) }
        }
        for p in plan.pages {
            pages.append(page(SitePaths.page(p.slug), [], [Body(source: p.body)]))
        }
        return pages
    }

    /// glossary.mustache: a heading for each first letter and an entry for each term.
    static func glossaryIDs(_ glossary: [GlossaryEntry]) -> Set<String> {
        var ids: Set<String> = []
        for entry in glossary {
            let first = entry.term.uppercased().first.map(String.init) ?? "#"
            let letter = first.unicodeScalars.first.map { ("A"..."Z").contains($0) } == true ? first : "#"
            ids.insert(letter == "#" ? "letter-other" : "letter-" + letter.lowercased())
            ids.insert(entry.anchor)
        }
        return ids
    }

    /// report.mustache, page `number` of the whole plan: as `PageContext.reportPage` lays it out.
    static func reportPage(_ number: Int, plan: Plan, outline: SiteOutline) -> PageAnchors {
        let layout = outline.reportPages
        var ids: Set<String> = number == 1 ? ["plan-progress"] : []
        var bodies: [Body] = []
        // An action under two priorities is shown twice; its anchor and body go with the first.
        var seenActions = Set<ItemID>()
        func actions(_ list: ArraySlice<Action>) {
            for a in list where layout.pageOfAction[a.id] == number && seenActions.insert(a.id).inserted {
                ids.insert("action-" + a.id.slug)
                bodies.append(Body(source: a.body, placement: .actionInPlan(a.id)))
            }
        }
        for part in layout.pages[number - 1] {
            switch part.group {
            case .priority(let index):
                let p = plan.priorities[index]
                ids.insert("priority-" + p.id.slug + (part.isStart ? "" : "-continued"))
                if part.isStart { bodies.append(Body(source: p.body, placement: .priorityInPlan(p.id))) }
                actions((plan.actionsByPriority[p.id] ?? [])[part.actions])
            case .other:
                ids.insert(part.isStart ? "other-actions" : "other-actions-continued")
                actions(outline.actionsWithoutPriority[part.actions])
            }
        }
        let hasOtherMeasures = plan.measures.contains { m in m.priority.map { plan.priorityByID[$0] == nil } ?? true }
        if number == layout.count && hasOtherMeasures { ids.insert("other-measures") }
        return PageAnchors(folder: SitePaths.reportPage(number), templateIDs: layoutIDs.union(ids), bodies: bodies)
    }
}

/// The `id` attributes in a piece of HTML (a body's Markdown, raw HTML and all), for checking
/// `#fragment` links.
enum HTMLIDs {
    /// Jumps from `=` to `=` with `memchr` and only then checks for ` id="` around it.
    static func ids(in html: String) -> [String] {
        var ids: [String] = []
        var html = html
        html.withUTF8 { b in
            guard let base = b.baseAddress else { return }
            let n = b.count
            // The next place an ` id="` may start; its `=` is 3 bytes further on.
            var start = 0
            while start + 5 < n {
                let from = start + 3
                guard let hit = memchr(base + from, 61, n - from) else { break }
                let k = from + (UnsafeRawPointer(hit) - UnsafeRawPointer(base + from))
                guard k + 2 < n else { break }
                if b[k - 3] == 32, b[k - 2] == 105, b[k - 1] == 100, b[k + 1] == 34 {
                    var j = k + 2
                    while j < n && b[j] != 34 { j += 1 }
                    ids.append(String(decoding: UnsafeBufferPointer(rebasing: b[(k + 2)..<j]), as: UTF8.self))
                    start = j + 1
                } else {
                    start = k - 2
                }
            }
        }
        return ids
    }
}
