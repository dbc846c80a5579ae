import CCmarkGFM

/// Safe Markdown → HTML through cmark-gfm, with GFM tables, strikethrough, autolinks, task
/// lists and the tag filter.
///
/// Safe by default: raw HTML is left out (and reported in `droppedHTML`) unless the site opts
/// in with `allowRawHTML`, and links or images to `javascript:`, `vbscript:`, `file:` or
/// non-image `data:` addresses are never published, whatever the setting.
///
/// Each call parses on its own, so one renderer can be used from many threads at once.
public struct MarkdownRenderer: Sendable {
    public var allowRawHTML: Bool
    /// The level a body's top heading is rendered at. Page templates own the page's `<h1>`,
    /// so by default a body's top level becomes `<h2>` whether the editor wrote `#` or `##`;
    /// lower headings keep their distance from it, capped at `<h6>`.
    public var minimumHeadingLevel: Int
    /// Put before every id the body publishes (its headings', and those in raw HTML the site
    /// allows) and every same-page link (`#what-we-do`), for pages that show more than one
    /// body: `action-1-2-`.
    public var headingIDPrefix: String
    /// Whether `RenderedMarkdown.prose` is filled in. Only the readability review reads it, so
    /// building a site turns it off rather than collecting the text of every body twice.
    public var collectsProse: Bool
    /// When set, every element is written with its inline style (see `ElementStyles`), for
    /// email; otherwise cmark-gfm writes the HTML.
    public var styles: ElementStyles?

    /// The level a body's top heading takes on its own page, under the page's `<h1>`.
    public static let ownPageLevel = 2

    public init(allowRawHTML: Bool = false, minimumHeadingLevel: Int = ownPageLevel, headingIDPrefix: String = "",
                collectsProse: Bool = true, styles: ElementStyles? = nil) {
        self.allowRawHTML = allowRawHTML
        self.minimumHeadingLevel = minimumHeadingLevel
        self.headingIDPrefix = headingIDPrefix
        self.collectsProse = collectsProse
        self.styles = styles
    }

    /// - Parameters:
    ///   - rewriteLink: maps each link and image destination as written to the one published
    ///     (site-root links such as `/actions/1-2/` become relative to the page).
    ///   - glossary: terms to mark on first use, skipping those in `alreadyMarked`. Each
    ///     `href` is published as given (it is not passed through `rewriteLink`).
    public func render(_ text: String, rewriteLink: (String) -> String = { $0 },
                       glossary: [GlossaryMark] = [], alreadyMarked: Set<String> = []) -> RenderedMarkdown {
        render(text, rewriteLink: rewriteLink, glossary: glossary, alreadyMarked: alreadyMarked, alsoUnmarked: nil).marked
    }

    /// One parse, two results: the body as `render` gives it, and the same body with no
    /// glossary term marked, which is what `render` gives on a page that has already marked
    /// every term in `termsPresent`. A site shows each action's body on its own page and again
    /// on the whole-plan page; this spares parsing it twice.
    public struct SharedRendering: Sendable {
        public var marked: RenderedMarkdown
        public var unmarked: RenderedMarkdown
        /// The glossary terms that occur in the body where a mark could go, whether or not
        /// they were marked.
        public var termsPresent: Set<String>

        public init(marked: RenderedMarkdown, unmarked: RenderedMarkdown, termsPresent: Set<String>) {
            self.marked = marked
            self.unmarked = unmarked
            self.termsPresent = termsPresent
        }
    }

    /// Where a body is placed: the level of its top heading and the prefix on its ids.
    public struct Placement: Sendable, Hashable {
        public var minimumHeadingLevel: Int
        public var headingIDPrefix: String
        public init(minimumHeadingLevel: Int, headingIDPrefix: String) {
            self.minimumHeadingLevel = minimumHeadingLevel
            self.headingIDPrefix = headingIDPrefix
        }
    }

    /// The renderer's own placement.
    public var placement: Placement {
        Placement(minimumHeadingLevel: minimumHeadingLevel, headingIDPrefix: headingIDPrefix)
    }

    /// - Parameter unmarkedPlacement: where the unmarked form goes, when not where the marked
    ///   one does (the whole-plan page puts an action's body under deeper headings, with its
    ///   ids prefixed). Both forms still come from one parse.
    public func renderSharing(_ text: String, rewriteLink: (String) -> String = { $0 },
                              glossary: [GlossaryMark] = [], alreadyMarked: Set<String> = [],
                              unmarkedPlacement: Placement? = nil) -> SharedRendering {
        let both = render(text, rewriteLink: rewriteLink, glossary: glossary, alreadyMarked: alreadyMarked,
                          alsoUnmarked: unmarkedPlacement ?? placement)
        return SharedRendering(marked: both.marked, unmarked: both.unmarked!, termsPresent: both.termsPresent)
    }

    private func render(_ text: String, rewriteLink: (String) -> String, glossary: [GlossaryMark], alreadyMarked: Set<String>,
                        alsoUnmarked unmarkedPlacement: Placement?) -> (marked: RenderedMarkdown, unmarked: RenderedMarkdown?,
                                                                       termsPresent: Set<String>) {
        let alsoUnmarked = unmarkedPlacement != nil
        let (source, options, document, scan, found) = parse(text)
        var result = found

        let sameDocumentLinks = publishLinks(scan.links, rewriteLink: rewriteLink, into: &result)
        // Everything whose HTML depends on where the body is placed, ready to be set in the tree
        // for each placement before it is written: no HTML is looked at again afterwards.
        var places = PlacedParts(headingSites: scan.headings, sameDocumentLinks: sameDocumentLinks,
                                 rawHTML: scan.rawHTML)
        result.headings = headings(scan.headings, placement: placement)
        places.publishHeadings(at: [unmarkedPlacement ?? placement, placement], document: document, options: options,
                               renderer: self)
        if source.mayContainTable { TableRegions.wrap(in: document.root) }

        let embeds = scan.embeds.map(\.call)
        for (index, site) in scan.embeds.enumerated() {
            site.node.replace(with: .customHTML(block: true, html: SegmentSplitter.marker(index)))
        }

        // Glossary marks go only into text outside headings and embeds, so marking after those
        // are replaced gives the same tree as marking before.
        // Once a page has marked every term (most bodies on the whole-plan page), there is nothing to look for.
        var marker = glossary.contains(where: { !alreadyMarked.contains($0.term) })
            ? GlossaryMarker(glossary: glossary, alreadyMarked: alreadyMarked) : nil
        var unmarked: RenderedMarkdown?
        var termsPresent: Set<String> = []
        if let unmarkedPlacement {
            var plain = result
            places.place(at: unmarkedPlacement)
            if unmarkedPlacement != placement { plain.headings = headings(scan.headings, placement: unmarkedPlacement) }
            plain.segments = withHTMLBytes(document, options: options) { SegmentSplitter.split($0, embeds: embeds) }
            unmarked = plain
            if !glossary.isEmpty {
                let all = alreadyMarked.isEmpty ? marker : GlossaryMarker(glossary: glossary, alreadyMarked: [])
                termsPresent = all?.termsPresent(in: scan.glossaryCandidates) ?? []
            }
        }
        if marker != nil {
            result.markedTerms = marker!.mark(in: scan.glossaryCandidates)
        }
        if alsoUnmarked && result.markedTerms.isEmpty && unmarkedPlacement == placement {
            result.segments = unmarked!.segments
        } else {
            places.place(at: placement)
            result.segments = withHTMLBytes(document, options: options) { SegmentSplitter.split($0, embeds: embeds) }
        }
        return (result, unmarked, termsPresent)
    }

    /// What `render` finds in a body, without making its HTML: its links and images (as
    /// written), its headings with the ids `render` gives them, its embeds (the only
    /// `segments`, in order), and what would not be published. For checking a body before any
    /// page is rendered; parsing is the same, so the findings are too. With `allowRawHTML`,
    /// ids written in the body's own HTML are not among the headings: use `render` to see them.
    public func findings(_ text: String) -> RenderedMarkdown {
        let (_, _, document, scan, found) = parse(text)
        var result = found
        defer { withExtendedLifetime(document) {} }
        for site in scan.links {
            let reference = Self.record(site, into: &result)
            if URLSafety.isDangerous(site.destination) { result.droppedLinks.append(reference) }
        }
        result.headings = headings(scan.headings, placement: placement)
        result.segments = scan.embeds.map { .embed($0.call) }
        return result
    }

    /// Parses a body and walks it once: where both `render` and `findings` start. Raw HTML is
    /// taken out (and its places noted) unless the site allows it. The scan's places point
    /// into `document`, which must outlive them.
    private func parse(_ text: String) -> (source: SourceText, options: Int32, document: ParsedDocument, scan: DocumentScan,
                                           result: RenderedMarkdown) {
        let source = SourceText(text)
        let options = CMARK_OPT_VALIDATE_UTF8 | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        let document = ParsedDocument(source: source, options: options)
        var result = RenderedMarkdown()
        if !allowRawHTML, source.mayContainHTML {
            result.droppedHTML = RawHTMLRemoval.remove(from: document.root, source: source)
        }
        cmark_consolidate_text_nodes(document.root.pointer)
        var scan = DocumentScan(source: source, rawHTMLKept: allowRawHTML, collectsProse: collectsProse)
        scan.walk(document.root)
        result.prose = scan.prose
        result.misplacedEmbeds = scan.misplacedEmbeds
        return (source, options, document, scan, result)
    }

    /// Records every link and image as written, then either rewrites its destination or, when
    /// the destination may not be published, replaces the element by its text. Returns the
    /// links to a place on the same page (`#…`), with their destinations, for the placement's
    /// id prefix.
    func publishLinks(_ sites: [DocumentScan.LinkSite], rewriteLink: (String) -> String,
                      into result: inout RenderedMarkdown) -> [(node: CmarkNode, destination: String)] {
        var sameDocument: [(node: CmarkNode, destination: String)] = []
        for site in sites {
            let reference = Self.record(site, into: &result)
            var published = site.destination
            if !URLSafety.isDangerous(published) {
                published = rewriteLink(published)
            }
            if URLSafety.isDangerous(published) {
                result.droppedLinks.append(reference)
                site.node.unwrap()
            } else {
                if published != site.destination { site.node.url = published }
                if !site.isImage, published.utf8.first == UInt8(ascii: "#") { sameDocument.append((site.node, published)) }
            }
        }
        return sameDocument
    }

    /// One heading's finished HTML at `heading`'s level, with its id.
    func headingHTML(_ site: DocumentScan.HeadingSite, _ heading: Heading, document: ParsedDocument,
                     options: Int32) -> String {
        site.node.setHeadingLevel(heading.level)
        if let styles {
            var writer = StyledHTMLWriter(styles: styles, rawHTMLKept: allowRawHTML)
            writer.write(site.node, headingID: heading.id)
            return writer.html
        }
        var html = document.html(of: site.node, options: options)
        // cmark writes "<h" and the level digit first; the id goes straight after.
        let utf8 = html.utf8
        if utf8.count > 3, utf8.starts(with: "<h".utf8) {
            let cut = utf8.index(utf8.startIndex, offsetBy: 3)
            html = String(html[..<cut]) + " id=\"\(HTML.escape(heading.id))\"" + String(html[cut...])
        }
        return html
    }

    /// Each heading's published level (the body's top one at `minimumHeadingLevel`, the rest
    /// keeping their distance from it, within 1 to 6) and its id: what `render` and `findings`
    /// both give.
    func headings(_ sites: [DocumentScan.HeadingSite], placement: Placement) -> [Heading] {
        guard let top = sites.map(\.level).min() else { return [] }
        let shift = min(max(placement.minimumHeadingLevel, 1), 6) - top
        var ids = HeadingIDs(prefix: placement.headingIDPrefix)
        return sites.map { site in
            Heading(level: min(max(site.level + shift, 1), 6), text: String(decoding: site.text, as: UTF8.self),
                    id: ids.next(for: site.text), position: site.position)
        }
    }

    /// Notes a link or image as written, in `links` or `images`.
    private static func record(_ site: DocumentScan.LinkSite, into result: inout RenderedMarkdown) -> LinkReference {
        let reference = LinkReference(destination: site.destination, position: site.position)
        if site.isImage {
            result.images.append(ImageReference(destination: site.destination,
                                                alt: String(decoding: DocumentScan.collapsingWhitespace(site.alt), as: UTF8.self),
                                                position: site.position))
        } else {
            result.links.append(reference)
        }
        return reference
    }

    /// The document's HTML as cmark-gfm writes it, or with inline styles when `styles` is set.
    private func withHTMLBytes<T>(_ document: ParsedDocument, options: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let styles else { return document.withHTMLBytes(options: options, body) }
        var writer = StyledHTMLWriter(styles: styles, rawHTMLKept: allowRawHTML)
        writer.write(document.root)
        return writer.out.withUnsafeBufferPointer(body)
    }

    /// The text of a Markdown snippet with its markup taken away (no raw HTML, link text
    /// without addresses), for summaries and plain-text email. Embeds are left as written.
    public static func plainText(_ markdown: String) -> String {
        let source = SourceText(markdown)
        return ParsedDocument(source: source, options: CMARK_OPT_VALIDATE_UTF8).plainText()
    }
}
