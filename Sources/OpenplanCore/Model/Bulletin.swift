/// A monthly update for families.
public struct Bulletin: Sendable {
    /// From the file name: `2025-11.md` → `2025-11`.
    public var id: ItemID
    public var title: String
    public var date: Day
    public var summary: String?
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each value was written, for findings about one value.
    public var places = FieldPlaces()
    public init(id: ItemID, title: String, date: Day, summary: String? = nil, body: MarkdownSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.date = date
        self.summary = summary
        self.body = body
        self.location = location
    }
}

/// Any other page: about, accessibility statement, and so on.
public struct Page: Sendable {
    /// From the file name; becomes the URL: `about.md` → `about/`.
    public var slug: String
    public var title: String
    public var summary: String?
    public var order: Int?
    public var nav: Bool
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each value was written, for findings about one value.
    public var places = FieldPlaces()
    public init(slug: String, title: String, summary: String? = nil, order: Int? = nil, nav: Bool = false,
                body: MarkdownSource, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.order = order
        self.nav = nav
        self.body = body
        self.location = location
    }
}
