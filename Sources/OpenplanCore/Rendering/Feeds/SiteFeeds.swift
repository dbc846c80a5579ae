/// The site's feeds, published only when it has a `base_url` (feed readers and mail services
/// need absolute addresses):
///
/// - `feed.xml` (Atom) and `rss.xml` (RSS 2.0): the bulletins, newest first, each with its
///   full content as in the email (inline styles, absolute links, figures instead of charts),
///   so mail services that turn a feed into an email campaign send the whole bulletin;
/// - `you-said-we-did/feed.xml` (Atom): every "You said, we did" item, newest first.
enum SiteFeeds {
    enum Kind: Sendable, Hashable {
        case bulletinsAtom, bulletinsRSS, feedbackAtom

        var path: String {
            switch self {
            case .bulletinsAtom: return SitePaths.bulletinsFeed
            case .bulletinsRSS: return SitePaths.bulletinsRSS
            case .feedbackAtom: return SitePaths.feedbackFeed
            }
        }
    }

    static func render(_ kind: Kind, site: SiteContext) -> String {
        guard let base = site.plan.site.baseURL else { return "" }
        switch kind {
        case .bulletinsAtom: return AtomFeed.render(bulletinChannel(site, base, feed: kind.path), entries: bulletinEntries(site, base), asOf: site.asOf)
        case .bulletinsRSS: return RSSFeed.render(bulletinChannel(site, base, feed: kind.path), entries: bulletinEntries(site, base), asOf: site.asOf)
        case .feedbackAtom: return AtomFeed.render(feedbackChannel(site, base), entries: feedbackEntries(site, base), asOf: site.asOf)
        }
    }

    static func bulletinChannel(_ site: SiteContext, _ base: String, feed: String) -> FeedChannel {
        let info = site.plan.site
        return FeedChannel(title: "\(info.title): bulletins", subtitle: "Monthly updates for families on how the plan is going.",
                           pageURL: base + SitePaths.bulletins, feedURL: base + feed, author: info.partnership,
                           language: info.language)
    }

    static func bulletinEntries(_ site: SiteContext, _ base: String) -> [FeedEntry] {
        site.plan.bulletins.map { b in
            FeedEntry(url: base + SitePaths.bulletin(b.id), title: b.title, published: b.date, summary: b.summary,
                      contentHTML: BulletinEmail.bodyHTML(b, site: site, baseURL: base))
        }
    }

    static func feedbackChannel(_ site: SiteContext, _ base: String) -> FeedChannel {
        let info = site.plan.site
        return FeedChannel(title: "\(info.title): you said, we did",
                           subtitle: "What families told us, and what we did about it.",
                           pageURL: base + SitePaths.feedback, feedURL: base + SitePaths.feedbackFeed,
                           author: info.partnership, language: info.language)
    }

    static func feedbackEntries(_ site: SiteContext, _ base: String) -> [FeedEntry] {
        let page = PageContext(site: site, path: PagePath(folder: SitePaths.feedback))
        page.flavour = .email(baseURL: base)
        page.marksGlossary = false
        return site.plan.feedback.map { f in
            let item = page.feedbackItem(f, detail: true)
            return FeedEntry(url: base + SitePaths.feedback + "#" + item.anchor, title: "\(f.theme), \(f.date.long)",
                             published: f.date, summary: f.youSaid, contentHTML: site.theme.render(item, "feed-feedback-item"),
                             categories: [f.theme])
        }
    }
}

extension SitePaths {
    public static let bulletinsFeed = "feed.xml"
    public static let bulletinsRSS = "rss.xml"
    public static let feedbackFeed = "you-said-we-did/feed.xml"
}
