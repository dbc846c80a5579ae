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

    /// A fresh id for this page: `chart-lo-visits-2`.
    func uniqueID(_ base: String) -> String {
        idCounter += 1
        return "\(base)-\(idCounter)"
    }

    /// Renders an editor's Markdown for this page: site-root links made relative,
    /// glossary terms marked on first use, embeds replaced with live content, and headings
    /// moved down so none is higher than `topLevel` (an editor's `#` would otherwise make a
    /// second `h1`). Where several bodies share a page (the report, the feedback list),
    /// `idPrefix` keeps their heading ids apart: every `id` and same-page `#link` in the body
    /// gets the prefix.
    ///
    /// `sharing` lets an action's body be parsed once for its own page (`.own`) and the
    /// whole-plan page (`.inPlan`); see `RenderedBodies`. The HTML is the same either way.
    func body(_ source: MarkdownSource, topLevel: Int = 2, idPrefix: String? = nil, sharing: BodySharing = .none) -> String {
        guard !source.text.isEmpty else { return "" }
        let (rendered, finished) = markdown(source, sharing: sharing)
        markedTerms.formUnion(rendered.markedTerms)
        return finished ?? Self.finish(rendered, topLevel: topLevel, idPrefix: idPrefix) { call in embed(call) }
    }

    /// Embeds filled in, headings moved down to `topLevel`, ids prefixed.
    static func finish(_ rendered: RenderedMarkdown, topLevel: Int, idPrefix: String?, embed: (EmbedCall) -> String) -> String {
        var html = rendered.html(embedding: embed)
        if let top = rendered.headings.map(\.level).min(), top < topLevel {
            html = HeadingShift.shift(html, by: topLevel - top)
        }
        if let idPrefix {
            html = IDPrefix.apply(html, prefix: idPrefix)
        }
        return html
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

/// Moves every heading in rendered Markdown down a number of levels (`h2` → `h4`), at most to `h6`.
///
/// Safe on the renderer's output because text and attributes there never hold a raw `<`.
enum HeadingShift {
    static func shift(_ html: String, by amount: Int) -> String {
        guard amount > 0 else { return html }
        var html = html
        let out = html.withUTF8 { bytes -> [UInt8] in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var copied = 0
            var i = 0
            let count = bytes.count
            while i < count {
                guard bytes[i] == 60, i + 2 < count else { i += 1; continue }
                let closing = bytes[i + 1] == 47
                let h = closing ? i + 2 : i + 1
                if h + 1 < count, bytes[h] == 104 || bytes[h] == 72, (49...54).contains(bytes[h + 1]),
                   h + 2 < count, bytes[h + 2] == 62 || bytes[h + 2] == 32 || bytes[h + 2] == 9 || bytes[h + 2] == 10 {
                    let level = min(6, Int(bytes[h + 1]) - 48 + amount)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<h]))
                    out.append(104)
                    out.append(UInt8(48 + level))
                    i = h + 2
                    copied = i
                    continue
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
            return out
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Prefixes every `id="x"`, `href="#x"` and id reference in `aria-labelledby` and
/// `aria-describedby` in rendered Markdown with `prefix-`, so two bodies on one page cannot
/// both hold `id="what-we-are-doing"`, and a chart still names its own title and description.
enum IDPrefix {
    /// One pass over the bytes: the report page runs this on every action's body, so it must
    /// not search the rest of the text again after each hit (nor go through Foundation's
    /// string search, which costs more than the whole pass). Every attribute it changes is
    /// followed by `="`, so it jumps from `=` to `=` with `memchr` and looks behind each one.
    static func apply(_ html: String, prefix: String) -> String {
        let prefixBytes = Array((prefix + "-").utf8)
        var html = html
        let changed = html.withUTF8 { bytes -> [UInt8]? in
            guard let base = bytes.baseAddress else { return nil }
            var out: [UInt8] = []
            var copied = 0
            let n = bytes.count
            func copy(to end: Int) {
                if out.isEmpty { out.reserveCapacity(n + 16 * prefixBytes.count) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
                out.append(contentsOf: prefixBytes)
                copied = end
            }
            func before(_ at: Int, is word: StaticString) -> Bool {
                let count = word.utf8CodeUnitCount
                guard at >= count else { return false }
                return memcmp(base + at - count, word.utf8Start, count) == 0
            }
            var i = 0
            while i < n, let hit = memchr(base + i, Int32(UInt8(ascii: "=")), n - i) {
                let equals = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                i = equals + 1
                guard i < n, bytes[i] == UInt8(ascii: "\"") else { continue }
                if before(equals, is: " id") {
                    i += 1
                    copy(to: i)
                } else if before(equals, is: "href") {
                    guard i + 1 < n, bytes[i + 1] == UInt8(ascii: "#") else { continue }
                    i += 2
                    copy(to: i)
                } else if before(equals, is: "aria-labelledby") || before(equals, is: "aria-describedby") {
                    // An id list: every id in it, up to the closing quote, gets the prefix.
                    i += 1
                    var atStart = true
                    while i < n, bytes[i] != UInt8(ascii: "\"") {
                        if bytes[i] == 32 { atStart = true } else if atStart { copy(to: i); atStart = false }
                        i += 1
                    }
                }
            }
            if copied == 0 { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
            return out
        }
        return changed.map { String(decoding: $0, as: UTF8.self) } ?? html
    }
}
