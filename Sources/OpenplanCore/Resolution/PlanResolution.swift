import Markdown

/// A validated plan with every link, anchor and embed in its Markdown checked against the
/// plan and the pages a build publishes, before anything is rendered, so rendering cannot
/// fail on content.
public struct ResolvedPlan: Sendable {
    public let plan: Plan
    /// Every problem in the Markdown bodies, sorted and without repeats: embeds that cannot be
    /// filled in (errors), links to pages, files or sections that are not published, and what
    /// was written but is not published (warnings).
    public let diagnostics: [Diagnostic]
    /// Page folder (`actions/1-2/`) → the ids on that page a `#fragment` link can reach.
    public let anchors: [String: Set<String>]
    /// Each body, rendered by the same parse that checked it, when the caller asked
    /// (`rendersBodies`), by the body's file: for the renderer to put on its pages without
    /// parsing it again.
    public let bodies: BodyRenderings
    /// What each body was found to hold, for the next resolve of a changed plan to reuse
    /// (`resolve(…, reusing:)`): the live preview parses again only the bodies that changed.
    public let parsedBodies: ParsedBodies
}

/// Each body's findings (its links, headings, embeds and what is withheld), by its file and
/// with the text they were found in. Whether a link goes anywhere is worked out again from
/// these every time; only the parse is kept.
public struct ParsedBodies: Sendable {
    struct Entry: Sendable {
        var text: String
        var found: RenderedMarkdown
    }

    var byFile: [String: Entry]
    /// Found with raw HTML allowed or not: the findings differ.
    var allowsRawHTML: Bool

    public init() { byFile = [:]; allowsRawHTML = false }
    init(byFile: [String: Entry], allowsRawHTML: Bool) {
        self.byFile = byFile
        self.allowsRawHTML = allowsRawHTML
    }

    /// The findings for `source`, if they were made from the same text in the same way.
    func found(_ source: MarkdownSource, allowsRawHTML: Bool) -> RenderedMarkdown? {
        guard self.allowsRawHTML == allowsRawHTML, let entry = byFile[source.file], entry.text == source.text else { return nil }
        return entry.found
    }
}

/// Bodies rendered from `PlaceholderRoot`'s root, so one rendering serves a page at any depth:
/// each as its own page renders it, glossary terms marked as that page marks them, and a second
/// copy with no term marked, placed where the body's other page puts it (an action's or a
/// priority's on the whole plan, a "You said, we did" detail on its lists; otherwise its own
/// page again). By the body's file.
public struct BodyRenderings: Sendable {
    struct Entry: Sendable {
        /// The text rendered, to be sure a page asks for the same.
        var text: String
        /// The folder of the body's own page, whose glossary marks `forms.marked` holds. A
        /// body shown only among others ("You said, we did" details) has none of its own: this
        /// is the first page that shows it, and only `forms.unmarked` is ever used.
        var home: String
        /// Where `forms.unmarked` goes.
        var unmarkedPlacement: MarkdownRenderer.Placement
        /// Only what a page uses (the HTML and the terms marked); what the check reads from a
        /// rendering (links, headings, what was withheld) is left out, as a large plan keeps
        /// every body's two forms until its pages are made.
        var forms: MarkdownRenderer.SharedRendering

        init(text: String, home: String, unmarkedPlacement: MarkdownRenderer.Placement,
             forms: MarkdownRenderer.SharedRendering) {
            self.text = text
            self.home = home
            self.unmarkedPlacement = unmarkedPlacement
            func forPages(_ rendered: RenderedMarkdown) -> RenderedMarkdown {
                RenderedMarkdown(segments: rendered.segments, markedTerms: rendered.markedTerms)
            }
            self.forms = MarkdownRenderer.SharedRendering(marked: forPages(forms.marked), unmarked: forPages(forms.unmarked),
                                                          termsPresent: forms.termsPresent)
        }
    }

    let byFile: [String: Entry]
    static let none = BodyRenderings(byFile: [:])
    var count: Int { byFile.count }

    /// The rendering of `source`, if it was made from the same text.
    subscript(source: MarkdownSource) -> Entry? {
        guard let entry = byFile[source.file], entry.text == source.text else { return nil }
        return entry
    }
}

/// The stage between validation and rendering: parses each Markdown body once and checks
/// what it refers to. It knows the published pages from the plan alone (`SiteOutline`) and
/// each page's ids from its Markdown and the ids its templates are known to write
/// (`PageAnchors`); it never renders a page.
public enum PlanResolution {
    /// - Parameters:
    ///   - assetPaths: the theme's static files (`Theme.assets`' keys), which links may name.
    ///   - linksFeeds: whether the feeds and bulletin emails are published; they are only
    ///     when the site has a `base_url`, as in `SiteRenderer`.
    ///   - rendersBodies: also keep each body rendered (`ResolvedPlan.bodies`), for a build
    ///     that will publish it. The check parses every body anyway; rendering them here, in
    ///     the same parse, spares the build a second parse.
    ///   - earlier: the bodies an earlier resolve of this site parsed; those whose text is the
    ///     same are not parsed again. nil for a one-off build or check, which keeps none.
    public static func resolve(_ plan: Plan, assetPaths: some Sequence<String>, asOf: Day,
                               linksFeeds: Bool = true, rendersBodies: Bool = false,
                               reusing earlier: ParsedBodies? = nil) -> ResolvedPlan {
        resolve(plan, outline: outline(plan, assetPaths: assetPaths, asOf: asOf, linksFeeds: linksFeeds), asOf: asOf,
                rendersBodies: rendersBodies, reusing: earlier)
    }

    /// As above, with the outline of what is published already worked out (a renderer has
    /// one: `SiteContext.outline`, made from the same plan, theme and day).
    static func resolve(_ plan: Plan, outline: SiteOutline, asOf: Day, rendersBodies: Bool = false,
                        reusing earlier: ParsedBodies? = nil) -> ResolvedPlan {
        let pages = PageAnchors.pages(plan, outline: outline, asOf: asOf)

        // Each body once, however many pages show it. A body is its file's (each file holds
        // at most one), so the file names it without hashing its text.
        var sources: [MarkdownSource] = []
        var index: [String: Int] = [:]
        // Where each body is shown: its own page (the first to show it unplaced; for a body
        // shown only among others, the first page that shows it), and the first place that
        // puts it under other headings.
        var ownPage: [String: String] = [:]
        var firstPage: [String: String] = [:]
        var elsewhere: [String: MarkdownRenderer.Placement] = [:]
        for page in pages {
            for body in page.bodies where !body.source.text.isEmpty {
                let file = body.source.file
                if index[file] == nil {
                    index[file] = sources.count
                    sources.append(body.source)
                    firstPage[file] = page.folder
                }
                if body.placement == .ownPage {
                    if ownPage[file] == nil { ownPage[file] = page.folder }
                } else if elsewhere[file] == nil {
                    elsewhere[file] = body.placement
                }
            }
        }
        // Constants, for the parallel map below to read.
        let homes = ownPage.merging(firstPage) { own, _ in own }
        let placements = elsewhere
        let markdown = MarkdownRenderer(allowRawHTML: plan.site.allowRawHTML, collectsProse: false)
        let renders = rendersBodies && PlaceholderRoot.isSafe(plan.glossary)
        let allowsHTML = markdown.allowRawHTML
        let results = ConcurrentMap.map(sources) { source -> (found: RenderedMarkdown, entry: BodyRenderings.Entry?) in
            guard renders, let folder = homes[source.file], PlaceholderRoot.isSafe(source.text) else {
                if let found = earlier?.found(source, allowsRawHTML: allowsHTML) { return (found, nil) }
                // Without the HTML, unless the site allows HTML, whose ids only the HTML shows.
                return (allowsHTML ? markdown.render(source.text) : markdown.findings(source.text), nil)
            }
            // As the body's own page renders it, links from the placeholder root; what it
            // finds is what `findings` would.
            let placement = placements[source.file] ?? .ownPage
            let both = markdown.renderSharing(source.text, rewriteLink: { outline.rewrite($0, root: PlaceholderRoot.root) },
                                              glossary: GlossaryMark.marks(plan.glossary, from: PagePath(folder: folder)),
                                              unmarkedPlacement: placement)
            return (both.marked, BodyRenderings.Entry(text: source.text, home: folder, unmarkedPlacement: placement, forms: both))
        }
        let facts = ConcurrentMap.map(Array(zip(sources, results.map(\.found)))) { source, found in
            BodyFacts(source, found: found, allowsRawHTML: allowsHTML, plan: plan, outline: outline)
        }
        var rendered: [String: BodyRenderings.Entry] = [:]
        for (source, result) in zip(sources, results) { if let entry = result.entry { rendered[source.file] = entry } }
        var parsed = ParsedBodies()
        if earlier != nil {
            parsed = ParsedBodies(byFile: Dictionary(zip(sources, results).map { ($0.file, .init(text: $0.text, found: $1.found)) },
                                                     uniquingKeysWith: { first, _ in first }),
                                  allowsRawHTML: allowsHTML)
        }

        var diagnostics = Set<Diagnostic>()
        var anchors: [String: Set<String>] = [:]
        var pending = Set<PendingAnchor>()
        for f in facts { diagnostics.formUnion(f.diagnostics) }
        for page in pages {
            var ids = page.templateIDs
            for body in page.bodies {
                guard let i = index[body.source.file] else { continue }
                let f = facts[i]
                for id in f.ids { ids.insert(body.placement.headingIDPrefix + id) }
                for link in f.fragmentLinks {
                    var anchor = link
                    if anchor.folder == nil {
                        // A same-page `#link`: the page's prefix goes on it as on the ids.
                        anchor.folder = page.folder
                        anchor.fragment = body.placement.headingIDPrefix + anchor.fragment
                    }
                    pending.insert(anchor)
                }
            }
            anchors[page.folder, default: []].formUnion(ids)
        }
        for a in pending {
            guard let folder = a.folder, let present = anchors[folder], !present.contains(a.fragment) else { continue }
            diagnostics.insert(.warning(a.file, line: a.line, column: a.column,
                "The link “\(a.written)” points to a section “#\(a.fragment)” that is not on that page. Check the heading it should point to."))
        }
        return ResolvedPlan(plan: plan, diagnostics: diagnostics.sorted(), anchors: anchors,
                            bodies: BodyRenderings(byFile: rendered), parsedBodies: parsed)
    }

    /// The pages and files published, as `SiteRenderer` works them out.
    static func outline(_ plan: Plan, assetPaths: some Sequence<String>, asOf: Day, linksFeeds: Bool = true) -> SiteOutline {
        let recent = ChangeLog(plan: plan, period: .days31(endingOn: asOf))
        return SiteOutline(plan: plan, assetPaths: assetPaths, linksFeeds: linksFeeds && plan.site.baseURL != nil,
                           recentChanges: recent) { ChangeLog(plan: plan, period: $0, asOf: asOf) }
    }

    /// A link with a `#fragment`, to check once every page's ids are known.
    struct PendingAnchor: Hashable {
        var file: String
        var line: Int
        var column: Int
        /// The page folder the link points at; nil for `#x`, which points at whichever page
        /// shows the body.
        var folder: String?
        var fragment: String
        var written: String
    }

    /// What one body holds that needs checking, found from its Markdown alone.
    struct BodyFacts: Sendable {
        var diagnostics: [Diagnostic] = []
        var fragmentLinks: [PendingAnchor] = []
        /// The ids in the body's HTML (headings, and raw HTML where the site allows it), before
        /// any page's prefix.
        var ids: [String] = []

        init() {}

        /// From a body's findings (or the body rendered): the links, ids and embeds as
        /// written do not depend on where the links were made to point.
        init(_ source: MarkdownSource, found: RenderedMarkdown, allowsRawHTML: Bool, plan: Plan, outline: SiteOutline) {
            checkLinks(found.links.map { ($0.destination, $0.position) }, in: source, outline: outline)
            checkLinks(found.images.map { ($0.destination, $0.position) }, in: source, outline: outline)
            reportWithheld(found, in: source)
            if !allowsRawHTML { ids = found.headings.map(\.id) }
            for segment in found.segments {
                switch segment {
                case .html(let html):
                    ids += HTMLIDs.ids(in: html)
                case .embed(let call):
                    if let message = EmbedCheck.problem(call, in: plan) {
                        diagnostics.append(.error(at: source.location(of: call.position), message))
                    }
                }
            }
        }

        /// Site-root links to pages or files the build does not publish, and links with a
        /// `#fragment` noted for checking.
        mutating func checkLinks(_ links: [(String, TextPosition)], in source: MarkdownSource, outline: SiteOutline) {
            for (destination, position) in links {
                let line = source.location(of: position).line
                if destination.hasPrefix("#") {
                    fragmentLinks.append(PendingAnchor(file: source.file, line: line, column: position.column, folder: nil,
                                                       fragment: String(destination.dropFirst()), written: destination))
                    continue
                }
                guard let link = SiteLink(destination) else { continue }
                if let folder = outline.publishedFolder(link.path) {
                    if !link.fragment.isEmpty {
                        fragmentLinks.append(PendingAnchor(file: source.file, line: line, column: position.column,
                                                           folder: folder, fragment: link.fragment, written: destination))
                    }
                } else if !outline.files.contains(link.path) {
                    diagnostics.append(.warning(source.file, line: line, column: position.column,
                        "The link “\(destination)” does not go to any page of this site. Links to other pages start with / and use the page's address, for example /actions/1-2/ or /measures/."))
                }
            }
        }

        /// What was written but not published, so nothing disappears silently: raw HTML
        /// (unless the site allows it), unsafe link addresses, and embeds written inside other text.
        mutating func reportWithheld(_ rendered: RenderedMarkdown, in source: MarkdownSource) {
            for place in rendered.droppedHTML {
                diagnostics.append(.warning(at: source.location(of: place),
                    "This HTML is not published, because the site does not allow HTML in its text. Write it in Markdown "
                        + "instead, or set allow_raw_html: true in Content/site.yml if you trust everyone who edits the site."))
            }
            for link in rendered.droppedLinks {
                diagnostics.append(.warning(at: source.location(of: link.position),
                    "The link to \"\(link.destination)\" is not published, because addresses like this can run code or open "
                        + "files on the reader's computer. Link to a web page (https://…), an email address (mailto:…) or a page of this site."))
            }
            for call in rendered.misplacedEmbeds {
                diagnostics.append(.warning(at: source.location(of: call.position),
                    "{{\(call.kind)\(call.argument.isEmpty ? "" : " " + call.argument)}} is shown as text, because an embed "
                        + "is only filled in when it is on a line of its own. Put it on its own line, with a blank line before and after."))
            }
        }
    }
}
