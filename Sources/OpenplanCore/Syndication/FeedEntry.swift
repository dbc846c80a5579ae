/// One item of a feed, with its content already rendered to HTML with absolute links (feed
/// readers and mail services show it away from the site, so relative links would break).
public struct FeedEntry: Sendable, Hashable {
    /// The entry's page, absolute; also its permanent id.
    public var url: String
    public var title: String
    public var published: Day
    public var updated: Day
    public var summary: String?
    public var contentHTML: String
    public var categories: [String]

    public init(url: String, title: String, published: Day, updated: Day? = nil, summary: String? = nil,
                contentHTML: String, categories: [String] = []) {
        self.url = url
        self.title = title
        self.published = published
        self.updated = updated ?? published
        self.summary = summary
        self.contentHTML = contentHTML
        self.categories = categories
    }
}

/// What a feed is about; the same for its Atom and RSS forms.
public struct FeedChannel: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    /// The page the feed belongs to, absolute.
    public var pageURL: String
    /// The feed's own address, absolute.
    public var feedURL: String
    public var author: String
    public var language: String

    public init(title: String, subtitle: String? = nil, pageURL: String, feedURL: String, author: String, language: String) {
        self.title = title
        self.subtitle = subtitle
        self.pageURL = pageURL
        self.feedURL = feedURL
        self.author = author
        self.language = language
    }
}
