/// Every page's frame: head, skip link, header, navigation, breadcrumbs, footer.
///
/// Each view in this folder is a plain struct of stored properties because the template
/// engine reads values through reflection: computed properties and dictionaries are invisible
/// to it, and a missing key renders as nothing, silently. Strings arrive already formatted.
/// Properties holding HTML end in `HTML` and are the only ones a template writes unescaped.
struct LayoutView {
    var lang: String
    /// "Action 1.2: Track health advice – Cumberland SEND progress".
    var documentTitle: String
    var metaDescription: String?
    var siteTitle: String
    var partnership: String
    /// `./` at the root, `../../` two folders down: every asset and link starts with it.
    var rootPath: String
    /// The stylesheet itself, on the "Page not found" page only: a server shows that page at any
    /// address, where no relative link to the stylesheet can be right, so it carries its own.
    var inlineCSS: String?
    /// The favicon as a `data:` address, for the same reason; nil on every other page.
    var inlineIcon: String?
    var homeHref: String
    var showNavigation: Bool
    /// The `site-nav` template's output, rendered once per depth and current section, not per page.
    var navHTML: String
    /// The `site-head`, `site-header` and `site-footer` templates' output (`SiteFrameView`),
    /// rendered once per depth and current section. The values they are made from are also
    /// here, for a site's own layout that writes them out itself.
    var headHTML: String
    var headerHTML: String
    var footerHTML: String
    var hasBreadcrumbs: Bool
    var breadcrumbs: [BreadcrumbView]
    /// The page's own content, rendered from its template.
    var contentHTML: String
    var hasLastUpdated: Bool
    var lastUpdated: DateView
    var asOf: DateView
    var footerLinks: [LinkView]
    var contactEmail: String?
    var contactEmailHref: String?
    var contactPhone: String?
    var localOfferURL: String?
    /// Feeds are published only when the site has a `base_url`; the link is relative.
    var feedHref: String?
    var scripts: [ScriptView]
    /// A class on `<body>` naming the kind of page, for theme styling: `page-action`.
    var bodyClass: String
    var generator: String
}

/// `site-head`, `site-header` and `site-footer`: the parts of the layout that are the same on
/// every page at one depth in one section, rendered once each (`PageFrames`).
struct SiteFrameView {
    var generator: String
    var siteTitle: String
    var partnership: String
    var rootPath: String
    /// The not-found page's own stylesheet and icon; nil on every other page (see `LayoutView`).
    var inlineCSS: String?
    var inlineIcon: String?
    var homeHref: String
    var showNavigation: Bool
    var navHTML: String
    var footerLinks: [LinkView]
    var contactEmail: String?
    var contactEmailHref: String?
    var contactPhone: String?
    var localOfferURL: String?
    var feedHref: String?
}

/// `site-nav.mustache`.
struct SiteNavView {
    var items: [NavItemView]
}

/// `status-key.mustache`: rendered once per build.
struct StatusKeyView {
    var statusKey: [StatusTagView]
}

struct NavItemView: Hashable {
    var text: String
    var href: String
    /// `page` on the page itself, `true` within its section, nil elsewhere.
    var current: String?
}

struct BreadcrumbView: Hashable {
    var text: String
    var href: String
}

struct LinkView: Hashable {
    var text: String
    var href: String
}

struct ScriptView: Hashable {
    var src: String
}

/// A date for `<time datetime="{{iso}}">{{text}}</time>`.
struct DateView: Hashable {
    var text: String
    var iso: String

    init(_ day: Day) {
        text = day.long
        iso = day.iso
    }

    init(_ date: PlanDate) {
        text = date.long
        iso = date.iso
    }

    init(text: String, iso: String) {
        self.text = text
        self.iso = iso
    }
}

/// A due date: a date (with `<time>`) or recurring work ("Every quarter"), which has no `datetime`.
struct DueView: Hashable {
    var text: String
    /// Empty when `hasDate` is false.
    var iso: String
    var hasDate: Bool

    init(_ due: DueDate?) {
        switch due {
        case .date(let d)?:
            text = d.long
            iso = d.iso
            hasDate = true
        case .recurring(let r)?:
            text = r.phrase
            iso = ""
            hasDate = false
        case .notSet?:
            text = DueDate.notSet.long
            iso = ""
            hasDate = false
        case nil:
            text = "No due date"
            iso = ""
            hasDate = false
        }
    }
}
