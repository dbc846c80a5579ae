/// Every page and glossary term, for the search page's A to Z and for search-as-you-type.
struct SearchEntry: Sendable, Hashable {
    var title: String
    /// Relative to the site root: `actions/1-2/`.
    var url: String
    var summary: String
    /// "Action", "Priority", "Measure", "Bulletin", "Page", "Glossary".
    var kind: String

    static let actionKind = "Action"
}

enum SearchPage {
    /// Past this many actions, the search page's A to Z (the list for readers without
    /// script) leaves actions out; search itself still finds every one.
    static let actionListLimit = 300
}

extension SiteContext {
    func searchEntries() -> [SearchEntry] {
        var entries: [SearchEntry] = [
            SearchEntry(title: "Home", url: "", summary: "Overall progress, priorities and recent changes.", kind: "Page"),
            SearchEntry(title: "Measures", url: SitePaths.measures, summary: "Every measure, latest against target.", kind: "Page"),
            SearchEntry(title: "You said, we did", url: SitePaths.feedback, summary: "What families told us and what we did about it.", kind: "Page"),
            SearchEntry(title: "Bulletins", url: SitePaths.bulletins, summary: "Monthly updates for families.", kind: "Page"),
            SearchEntry(title: "Glossary", url: SitePaths.glossary, summary: "What the words and abbreviations mean.", kind: "Page"),
            SearchEntry(title: reportPages.linkText, url: SitePaths.report, summary: "The whole plan, ready to print.", kind: "Page"),
        ]
        for p in plan.priorities {
            entries.append(SearchEntry(title: "\(priorityLabel(p)): \(p.title)", url: SitePaths.priority(p.id),
                                       summary: p.summary ?? "", kind: "Priority"))
        }
        for a in plan.actions {
            let due = DueView(a.due)
            entries.append(SearchEntry(title: "\(actionLabel(a)): \(a.title)", url: SitePaths.action(a.id),
                                       summary: "\(statusLabel(a.status)). Due: \(due.text). Led by \(leadsText(a)).", kind: SearchEntry.actionKind))
        }
        for m in plan.measures {
            entries.append(SearchEntry(title: m.title, url: SitePaths.measure(m.id), summary: MeasureText(m).trend, kind: "Measure"))
        }
        for b in plan.bulletins {
            entries.append(SearchEntry(title: b.title, url: SitePaths.bulletin(b.id), summary: b.summary ?? b.date.long, kind: "Bulletin"))
        }
        for p in plan.pages {
            entries.append(SearchEntry(title: p.title, url: SitePaths.page(p.slug), summary: p.summary ?? "", kind: "Page"))
        }
        for g in plan.glossary {
            let meaning = g.standsFor.map { "\($0): \(g.meaning)" } ?? g.meaning
            entries.append(SearchEntry(title: g.term, url: SitePaths.glossaryEntry(g), summary: meaning, kind: "Glossary"))
        }
        return entries
    }

    /// `[{"title":…,"url":…,"summary":…,"kind":…}, …]`, one entry a line, in the order given.
    static func searchJSON(_ entries: [SearchEntry]) -> String {
        var out = "[\n"
        for (i, e) in entries.enumerated() {
            out += "{\"title\":\(JSON.string(e.title)),\"url\":\(JSON.string(e.url)),\"summary\":\(JSON.string(e.summary)),\"kind\":\(JSON.string(e.kind))}"
            out += i == entries.count - 1 ? "\n" : ",\n"
        }
        return out + "]\n"
    }
}

extension PageContext {
    /// The search page (an A to Z of every page without script) and `search/index.json`.
    func searchPage() -> [OutputFile] {
        let entries = site.searchEntries()
        // The index the search box reads holds every action; the A to Z, a page, leaves them
        // out when there are so many that it would grow with the plan.
        let listsActions = plan.actions.count <= SearchPage.actionListLimit
        let listed = listsActions ? entries : entries.filter { $0.kind != SearchEntry.actionKind }
        let sorted = listed.sorted { NaturalOrder.less($0.title, $1.title) }
        let note = listsActions ? nil : SearchActionsNoteView(
            text: "The \(NumberText.group(plan.actions.count)) actions are not listed here.", reportHref: href(SitePaths.report))
        let view = SearchView(indexHref: "index.json", rootPath: path.rootPath,
                              entries: sorted.map { SearchEntryView(title: $0.title, href: href($0.url), kindLabel: $0.kind,
                                                                     entrySummary: $0.summary.isEmpty ? nil : $0.summary) },
                              count: entries.count, actionsNote: note)
        let html = layout(title: "Search", content: site.theme.render(view, "search"), breadcrumbs: crumbs([]),
                          lastUpdated: site.lastUpdated, kind: "search", scripts: [SitePaths.searchScript])
        return [OutputFile(path: path.file, bytes: html),
                OutputFile(path: SitePaths.searchIndex, text: SiteContext.searchJSON(entries))]
    }
}
