/// Where a page is published, and how links from it reach the rest of the site.
///
/// Every internal link is relative (`../../actions/1-2/`), so a site works unchanged under
/// any sub-path and straight from the file system. Links always use the folder form
/// (`actions/1-2/`), never `index.html`.
public struct PagePath: Sendable, Hashable {
    /// The page's folder relative to the site root, ending in `/`; empty for the home page.
    public let folder: String
    /// The prefix that climbs from this page to the site root: `./` at the root, `../../` two deep.
    public let rootPath: String

    public init(folder: String) {
        precondition(folder.isEmpty || folder.hasSuffix("/"), "page folders end with /")
        self.folder = folder
        let depth = folder.utf8.reduce(0) { $0 + ($1 == 47 ? 1 : 0) }
        self.rootPath = depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// For pages served at an unknown depth (the not-found page): links are written from a fixed root.
    init(folder: String, fixedRoot: String) {
        self.folder = folder
        self.rootPath = fixedRoot
    }

    /// The file written for this page: `actions/1-2/index.html`.
    public var file: String { folder + "index.html" }

    public var depth: Int { folder.utf8.reduce(0) { $0 + ($1 == 47 ? 1 : 0) } }

    /// A link from this page to a path relative to the site root (`actions/1-2/`, `assets/x.css`,
    /// or empty for the home page).
    public func href(_ target: String) -> String {
        rootPath + target
    }

    public static let home = PagePath(folder: "")
}

/// The folders of every published page, in one place so links and pages cannot disagree.
public enum SitePaths {
    public static func priority(_ id: ItemID) -> String { "priorities/\(id.slug)/" }
    public static func action(_ id: ItemID) -> String { "actions/\(id.slug)/" }
    public static func measure(_ id: ItemID) -> String { "measures/\(id.slug)/" }
    public static func measureCSV(_ id: ItemID) -> String { "measures/\(id.slug)/data.csv" }
    /// Every figure of every measure in one file (no measure's slug can be `data.csv`: slugs have no dots).
    public static let measuresData = "measures/data.csv"
    public static func bulletin(_ id: ItemID) -> String { "bulletins/\(id.slug)/" }
    public static func bulletinsPage(_ n: Int) -> String { n <= 1 ? "bulletins/" : "bulletins/page/\(n)/" }
    public static func page(_ slug: String) -> String { "\(slug)/" }
    public static func feedbackTheme(_ theme: String) -> String { "you-said-we-did/theme/\(Slug.make(theme))/" }
    public static func feedbackStatus(_ status: FeedbackStatus) -> String { "you-said-we-did/status/\(status.rawValue)/" }
    public static let measures = "measures/"
    public static let feedback = "you-said-we-did/"
    public static let bulletins = "bulletins/"
    public static let glossary = "glossary/"
    public static let search = "search/"
    public static let searchIndex = "search/index.json"
    public static let report = "report/"
    /// The whole plan's later pages, when it is split (`ReportPages`).
    public static func reportPage(_ n: Int) -> String { n <= 1 ? report : "report/page/\(n)/" }
    public static let stylesheet = "assets/openplan.css"
    public static let searchScript = "assets/search.js"
    public static let favicon = "favicon.svg"
    public static func glossaryEntry(_ entry: GlossaryEntry) -> String { "glossary/#\(entry.anchor)" }
}
