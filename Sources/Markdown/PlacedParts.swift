/// The parts of a parsed body whose HTML depends on where the body is placed: its headings
/// (their level and id), its links to places on the same page (the id prefix), and, where the
/// site allows raw HTML, the editor's own tags. `MarkdownRenderer` sets a placement in the tree
/// before writing it, so one parse gives a body for its own page and for the whole plan, and
/// nothing it wrote is read again.
struct PlacedParts {
    private let headingSites: [DocumentScan.HeadingSite]
    private let links: [(node: CmarkNode, destination: String)]
    private let rawHTML: [(node: CmarkNode, literal: String)]
    /// The custom nodes standing in for the headings, in order (nil where cmark kept the heading).
    private var headingNodes: [CmarkNode?] = []
    /// Each heading's finished HTML for each placement, made while the heading nodes exist.
    private var headingHTML: [MarkdownRenderer.Placement: [String]] = [:]
    private var current: MarkdownRenderer.Placement?

    init(headingSites: [DocumentScan.HeadingSite], sameDocumentLinks: [(node: CmarkNode, destination: String)],
         rawHTML: [CmarkNode]) {
        self.headingSites = headingSites
        self.links = sameDocumentLinks
        self.rawHTML = rawHTML.map { ($0, $0.literal) }
    }

    /// Makes each heading's HTML for every placement, then swaps each heading for a custom node
    /// holding the first placement's.
    mutating func publishHeadings(at placements: [MarkdownRenderer.Placement], document: ParsedDocument, options: Int32,
                                  renderer: MarkdownRenderer) {
        guard !headingSites.isEmpty, let first = placements.first else { return }
        for placement in placements where headingHTML[placement] == nil {
            let headings = renderer.headings(headingSites, placement: placement)
            headingHTML[placement] = zip(headingSites, headings).map {
                renderer.headingHTML($0, $1, document: document, options: options)
            }
        }
        for (site, html) in zip(headingSites, headingHTML[first]!) {
            let node = CmarkNode.customHTML(block: true, html: html)
            headingNodes.append(site.node.replace(with: node) ? node : nil)
        }
    }

    /// Sets the tree for `placement`: headings at its levels with its ids, same-page links and
    /// raw HTML ids with its prefix, raw HTML headings moved down as far as the body's own.
    mutating func place(at placement: MarkdownRenderer.Placement) {
        guard placement != current else { return }
        defer { current = placement }
        if let html = headingHTML[placement] {
            for (node, h) in zip(headingNodes, html) { node?.setOnEnter(h) }
        }
        let prefix = placement.headingIDPrefix
        for link in links {
            link.node.url = prefix.isEmpty ? link.destination : "#" + prefix + link.destination.dropFirst()
        }
        // Raw headings move only in a body with Markdown headings, by as much as those move
        // below a body's level on its own page.
        let shift = headingSites.isEmpty ? 0 : placement.minimumHeadingLevel - MarkdownRenderer.ownPageLevel
        for raw in rawHTML {
            var html = raw.literal
            if shift > 0 { html = HeadingShift.shift(html, by: shift) }
            if !prefix.isEmpty { html = IDPrefix.prefixing(html, with: prefix) }
            raw.node.setLiteral(html)
        }
    }
}
