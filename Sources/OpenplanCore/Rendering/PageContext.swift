import Foundation
import Markdown
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state of rendering one page: where it is (for relative links), which glossary terms it
/// has already marked, and a counter that keeps generated ids unique on the page. Used by one
/// thread at a time. It reports nothing: every problem in the Markdown is found before
/// rendering (`PlanResolution`).
final class PageContext {
    let site: SiteContext
    let path: PagePath
    /// The period `{{changes}}` reports on from this page.
    var changesPeriod: ChangeLog.Period
    /// Where the full list of those changes is published when `{{changes}}` summarises them.
    var changesList: ChangesSummary.List = .recent
    /// What `{{changes}}` lists from this page.
    var changesLog: ChangeLog {
        changesPeriod == site.recentChanges.period ? site.recentChanges
            : site.bulletinMoments.changes(in: plan, period: changesPeriod, asOf: site.asOf)
    }
    /// For a bulletin, the day its embeds describe (its date, or the as-of day if earlier);
    /// nil elsewhere, where embeds show the plan as it is now.
    private(set) var embedDay: Day?
    /// The plan as embeds see it: a snapshot on `embedDay`, or the plan itself.
    var embedPlan: Plan { embedDay.map { site.bulletinMoments.snapshot(of: site.plan, on: $0) } ?? site.plan }
    var markedTerms: Set<String> = []
    private var idCounter = 0
    /// The id prefix of the body being rendered, for the ids its embeds make (a chart's).
    private var bodyIDPrefix = ""
    private(set) lazy var glossaryMarks: [GlossaryMark] = GlossaryMark.marks(site.plan.glossary, from: path)
    /// Off on the glossary page itself, where every term is already explained.
    var marksGlossary = true
    /// Who the HTML is for: the site itself, an email, or plain text (see `OutputFlavour`).
    var flavour: OutputFlavour = .web
    /// Inline styles the Markdown renderer writes on every element: set for a bulletin's HTML
    /// email only (the feeds' HTML is in the email flavour too, but unstyled).
    var elementStyles: ElementStyles?

    /// Makes this page speak as the bulletin does: `{{changes}}` covers the time since the
    /// previous bulletin, and the other embeds show the plan as it stood on the bulletin's date.
    func speak(as bulletin: Bulletin) {
        changesPeriod = .forBulletin(bulletin, in: site.plan)
        changesList = .bulletin(bulletin.id)
        embedDay = min(bulletin.date, site.asOf)
    }
    /// Bodies rendered before the pages of this render, for the pages that share them.
    var bodies: RenderedBodies = .none

    init(site: SiteContext, path: PagePath) {
        self.site = site
        self.path = path
        changesPeriod = .days31(endingOn: site.asOf)
    }

    var plan: Plan { site.plan }
    func href(_ target: String) -> String { flavour.baseURL.map { $0 + target } ?? path.href(target) }

    /// A fresh id for this page: `chart-lo-visits-2`, or inside a body placed beside others
    /// `action-1-2-chart-lo-visits-2`.
    func uniqueID(_ base: String) -> String {
        idCounter += 1
        return "\(bodyIDPrefix)\(base)-\(idCounter)"
    }

    /// Renders an editor's Markdown for this page: site-root links made relative,
    /// glossary terms marked on first use, embeds replaced with live content, and the top
    /// heading at the placement's level (an editor's `#` would otherwise make a second `h1`).
    /// Where several bodies share a page (the whole plan, the feedback list), the placement's
    /// prefix keeps their ids apart: every id and same-page `#link` in the body, and the ids
    /// its embeds make, get it. All of this is set in cmark-gfm's tree before the HTML is
    /// written (`MarkdownRenderer.Placement`); nothing written is rewritten.
    ///
    /// A body the check or the render's first map has already rendered is taken from there
    /// when that rendering is exactly what rendering here would give (`markdown(_:at:)`).
    func body(_ source: MarkdownSource, at placement: MarkdownRenderer.Placement = .ownPage) -> String {
        guard !source.text.isEmpty else { return "" }
        let (rendered, finished) = markdown(source, at: placement)
        markedTerms.formUnion(rendered.markedTerms)
        if let finished { return finished }
        let outer = bodyIDPrefix
        bodyIDPrefix = placement.headingIDPrefix
        defer { bodyIDPrefix = outer }
        return rendered.html(embedding: { call in embed(call) })
    }

    /// Wraps the page's content in the layout. The finished page stays as the UTF-8 bytes that
    /// are written to disk: turning it into a `String` and back would check every byte twice.
    func layout(title: String, content: String, description: String? = nil, breadcrumbs: [LinkView] = [],
                lastUpdated: Day?, kind: String, showNavigation: Bool = true, scripts: [String] = []) -> [UInt8] {
        let siteInfo = site.plan.site
        let isHome = path.folder.isEmpty && kind == "home"
        let inline = kind == "not-found"
            ? (css: site.theme.assets["assets/openplan.css"].map(Self.styleElementText), icon: site.theme.assets["favicon.svg"].map(Self.dataURL))
            : nil
        let frame = site.frames.parts(rootPath: path.rootPath, folder: path.folder, showNavigation: showNavigation,
                                      inline: inline, site: site)
        let view = LayoutView(
            lang: siteInfo.language,
            documentTitle: isHome ? siteInfo.title : "\(title) – \(siteInfo.title)",
            metaDescription: description,
            siteTitle: siteInfo.title,
            partnership: siteInfo.partnership,
            rootPath: path.rootPath,
            inlineCSS: inline?.css,
            inlineIcon: inline?.icon,
            homeHref: href(""),
            showNavigation: showNavigation,
            navHTML: frame.navHTML,
            headHTML: frame.headHTML,
            headerHTML: frame.headerHTML,
            footerHTML: frame.footerHTML,
            hasBreadcrumbs: !breadcrumbs.isEmpty,
            breadcrumbs: breadcrumbs.map { BreadcrumbView(text: $0.text, href: $0.href) },
            contentHTML: content,
            hasLastUpdated: lastUpdated != nil,
            lastUpdated: DateView(lastUpdated ?? site.asOf),
            asOf: DateView(site.asOf),
            footerLinks: site.footerEntries.map { LinkView(text: $0.text, href: href($0.target)) },
            contactEmail: siteInfo.contact?.email,
            contactEmailHref: siteInfo.contact?.email.map { "mailto:" + $0 },
            contactPhone: siteInfo.contact?.phone,
            localOfferURL: siteInfo.localOfferURL,
            feedHref: site.linksFeeds ? href("feed.xml") : nil,
            scripts: scripts.map { ScriptView(src: href($0)) },
            bodyClass: "page-" + kind,
            generator: "Openplan \(Openplan.version)"
        )
        var page = site.theme.renderBytes(view, "layout")
        page.append(10)
        return page
    }

    /// A stylesheet as the text of a `<style>` element: `</` could end the element early, and
    /// in CSS `<\/` reads the same.
    static func styleElementText(_ css: [UInt8]) -> String {
        String(decoding: css, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
    }

    /// An SVG file as a `data:` address.
    static func dataURL(_ svg: [UInt8]) -> String {
        "data:image/svg+xml;base64," + Data(svg).base64EncodedString()
    }

    /// "Home › Priority 1" trails. Home is always first; the page itself is not included.
    func crumbs(_ trail: [(String, String)]) -> [LinkView] {
        [LinkView(text: "Home", href: href(""))] + trail.map { LinkView(text: $0.0, href: href($0.1)) }
    }
}
