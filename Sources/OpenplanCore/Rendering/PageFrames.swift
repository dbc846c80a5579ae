import Synchronization

/// The parts of every page's frame that depend only on where the page is: the links in its
/// `<head>` (`site-head`), the site header with the main navigation (`site-header`, with
/// `site-nav` inside), and the footer (`site-footer`). There are only a handful of each (a few
/// depths times a few sections), so each is rendered once per build and the layout puts it
/// in place, rather than every page looking up the same forty names again.
final class PageFrames: Sendable {
    struct Parts: Sendable {
        var headHTML: String
        var headerHTML: String
        var footerHTML: String
        var navHTML: String
    }

    private let rendered = Mutex<[String: Parts]>([:])

    /// The frame of a page whose links start with `rootPath`, in `folder`. The not-found page
    /// carries its own stylesheet and icon (`inline`), so its frame is never shared.
    func parts(rootPath: String, folder: String, showNavigation: Bool, inline: (css: String?, icon: String?)?,
               site: SiteContext) -> Parts {
        var states: [String?] = []
        if showNavigation {
            states.reserveCapacity(site.navEntries.count)
            for entry in site.navEntries {
                if entry.target == folder { states.append("page") }
                else if !entry.target.isEmpty && folder.hasPrefix(entry.target) { states.append("true") }
                else { states.append(nil) }
            }
        }
        let key = rootPath + "|" + (showNavigation ? states.map { $0 ?? "-" }.joined(separator: ",") : "no navigation")
        if inline == nil, let found = rendered.withLock({ $0[key] }) { return found }
        let parts = Self.render(rootPath: rootPath, states: showNavigation ? states : nil, inline: inline, site: site)
        if inline == nil { rendered.withLock { $0[key] = parts } }
        return parts
    }

    private static func render(rootPath: String, states: [String?]?, inline: (css: String?, icon: String?)?,
                               site: SiteContext) -> Parts {
        let info = site.plan.site
        let path = PagePath(folder: "", fixedRoot: rootPath)
        var navHTML = ""
        if let states {
            let items = zip(site.navEntries, states).map { NavItemView(text: $0.text, href: rootPath + $0.target, current: $1) }
            navHTML = site.theme.render(SiteNavView(items: items), "site-nav")
        }
        let view = SiteFrameView(
            generator: "Openplan \(Openplan.version)", siteTitle: info.title, partnership: info.partnership,
            rootPath: rootPath, inlineCSS: inline?.css, inlineIcon: inline?.icon, homeHref: path.href(""),
            showNavigation: states != nil, navHTML: navHTML,
            footerLinks: site.footerEntries.map { LinkView(text: $0.text, href: path.href($0.target)) },
            contactEmail: info.contact?.email, contactEmailHref: info.contact?.email.map { "mailto:" + $0 },
            contactPhone: info.contact?.phone, localOfferURL: info.localOfferURL,
            feedHref: site.linksFeeds ? path.href("feed.xml") : nil)
        return Parts(headHTML: site.theme.render(view, "site-head"), headerHTML: site.theme.render(view, "site-header"),
                     footerHTML: site.theme.render(view, "site-footer"), navHTML: navHTML)
    }
}
