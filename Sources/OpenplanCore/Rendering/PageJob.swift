/// One file to write, relative to the output root.
public struct OutputFile: Sendable, Hashable {
    /// Relative, with `/`: `actions/1-2/index.html`.
    public var path: String
    public var bytes: [UInt8]
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
    init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }
}

/// Which content files a page is built from, so the live preview rebuilds only the pages a
/// change can affect.
///
/// Paths are relative to the site folder (`Content/actions/1.2.md`). Every set includes
/// `Content/site.yml`, `Content/people.yml`, `Content/glossary.yml` and the pages shown in the
/// main navigation. A caller must still rebuild everything when a template or `Public/` file
/// changes, or when a content file is added, removed or renamed (lists and links change).
public enum Dependencies: Sendable, Hashable {
    case all
    case files(Set<String>)

    public func contains(_ file: String) -> Bool {
        switch self {
        case .all: return true
        case .files(let set): return set.contains(file)
        }
    }

    /// True when a change to any of `changed` may change this page.
    public func intersects<S: Sequence>(_ changed: S) -> Bool where S.Element == String {
        switch self {
        case .all: return true
        case .files(let set): return changed.contains { set.contains($0) }
        }
    }
}

/// One page (or small group of files) to render. Cheap to create: the work happens in `render`.
public struct PageJob: Sendable {
    /// The main file this job writes: `actions/1-2/index.html`.
    public var path: String
    public var dependsOn: Dependencies
    /// The content file the page is about, when it is about one: an action's page is made
    /// from its action's file (and shows others), a bulletin's page from its bulletin's file.
    /// The live preview writes these pages first after a save, before the lists.
    public var source: String?
    let kind: PageKind
    /// Where the page lives; nil for files that are not pages (sitemap, robots.txt).
    let page: PagePath?

    init(path: String, dependsOn: Dependencies, source: String? = nil, kind: PageKind, page: PagePath?) {
        self.path = path
        self.dependsOn = dependsOn
        self.source = source
        self.kind = kind
        self.page = page
    }
}

enum FeedbackFilter: Sendable, Hashable {
    case all
    case theme(String)
    case status(FeedbackStatus)
}

enum PageKind: Sendable, Hashable {
    case home
    case priority(ItemID)
    case action(ItemID)
    case measures
    case measure(ItemID)
    case feedback(FeedbackFilter)
    case bulletins(page: Int)
    case bulletin(ItemID)
    case glossary
    case search
    /// A page of the whole plan (`ReportPages`).
    case report(page: Int)
    /// A page of the full list of changes in a summarised period (`ChangesSummary`).
    case changes(ChangesSummary.List, page: Int)
    case page(String)
    case notFound
    case sitemap
    case robots
    case feed(SiteFeeds.Kind)
}

extension PageKind {
    var isAction: Bool {
        if case .action = self { return true }
        return false
    }

    var isReport: Bool {
        if case .report = self { return true }
        return false
    }

    /// The kind of job, as `openplan build --timings` lists it.
    var timingName: String {
        switch self {
        case .home: return "home page"
        case .priority: return "priority pages"
        case .action: return "action pages"
        case .measures, .measure: return "measure pages"
        case .feedback: return "you said, we did pages"
        case .bulletins, .bulletin: return "bulletin pages"
        case .glossary: return "glossary page"
        case .search: return "search page and index"
        case .report: return "whole-plan page"
        case .changes: return "lists of changes"
        case .page: return "other pages"
        case .notFound: return "not-found page"
        case .sitemap, .robots: return "sitemap and robots.txt"
        case .feed: return "feeds"
        }
    }
}
