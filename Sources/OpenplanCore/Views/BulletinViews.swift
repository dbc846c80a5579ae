/// `bulletins.mustache`: one page of the list, newest first.
struct BulletinsPageView {
    var hasBulletins: Bool
    var bulletins: [BulletinSummaryView]
    var pagination: PaginationView?
    /// The Atom and RSS feeds of bulletins; nil when the site has no `base_url` (no feeds).
    var feeds: BulletinFeedLinksView?
}

struct BulletinFeedLinksView {
    var atomHref: String
    var rssHref: String
}

struct BulletinSummaryView {
    var title: String
    var href: String
    var date: DateView
    var bulletinSummary: String?
}

/// GOV.UK-style pagination: previous, numbered pages, next.
struct PaginationView {
    /// The navigation landmark's name: "Pages of bulletins".
    var navLabel: String
    var previous: LinkView?
    var next: LinkView?
    var pages: [PageNumberView]
}

struct PageNumberView {
    var number: Int
    var href: String
    var isCurrent: Bool
    /// "Page 2 of 5", for the link's accessible name.
    var label: String
    /// A gap in a long run of pages ("⋯"), which has no number or link.
    var isEllipsis: Bool = false
}

/// `bulletin.mustache`.
struct BulletinPageView {
    var title: String
    var date: DateView
    var summary: String?
    var bodyHTML: String
    var newer: LinkView?
    var older: LinkView?
    var allHref: String
}
