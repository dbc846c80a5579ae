/// Reads `Content/pages/*.md`. A page's address is its file name made into a slug; `index.md`
/// is the home page's introduction rather than a page of its own.
struct PageValidator {
    static let known = ["title", "summary", "order", "nav"]

    /// Paths the site already publishes, which a page must not take.
    static let reserved: [String: String] = [
        "priorities": "the priorities", "actions": "the actions", "measures": "the measures list",
        "you-said-we-did": "\"You said, we did\"", "bulletins": "the bulletins list", "glossary": "the glossary",
        "search": "search", "report": "the whole-plan report", "feed.xml": "the news feed", "rss.xml": "the news feed",
        "sitemap.xml": "the sitemap", "robots.txt": "instructions for search engines", "404": "the page-not-found page",
        "assets": "the theme's styles and scripts",
    ]

    static func isHomeIntro(_ document: RawDocument) -> Bool { Slug.make(document.stem) == "index" }

    func validate(_ document: RawDocument) -> Checked<Page> {
        var checked = Checked<Page>()
        let slug = Slug.make(document.stem)
        let isIntro = slug == "index"
        if !slug.isEmpty { checked.identity = Identity(id: ItemID(slug), location: document.origin) }
        if slug.isEmpty {
            checked.diagnostics.append(.error(document.file, "The file name \"\(document.stem).md\" has no letters or digits, "
                                              + "so it cannot become a web address. Rename it, for example to about.md."))
        } else if let use = Self.reserved[slug] {
            checked.diagnostics.append(.error(document.file, "The page \"\(document.stem).md\" would be published at \(slug)/, "
                + "which the site already uses for \(use). Rename the file, for example to \(slug)-explained.md."))
        }
        switch document.fields(subject: "This page", known: Self.known) {
        case .failure(let problem):
            checked.diagnostics.append(problem)
        case .success(var fields):
            let title = fields.text("title", required: !isIntro, hint: "the page's heading")
            let summary = fields.text("summary")
            let order = fields.int("order", in: 0...1_000_000, what: "a place in the list")
            let nav = fields.bool("nav") ?? false
            checked.diagnostics += fields.diagnostics
            if !slug.isEmpty, Self.reserved[slug] == nil, title != nil || isIntro {
                checked.item = Page(slug: slug, title: title ?? "", summary: summary, order: order, nav: nav,
                                    body: document.body, location: document.origin)
                checked.item?.places = fields.places
            }
        }
        return checked
    }
}
