/// An Atom 1.0 feed (RFC 4287) with full HTML content.
public enum AtomFeed {
    /// `updated` is the newest entry's date, or `asOf` for an empty feed, so the same content
    /// always gives the same bytes.
    public static func render(_ channel: FeedChannel, entries: [FeedEntry], asOf: Day) -> String {
        let updated = entries.map(\.updated).max() ?? asOf
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        x += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(XML.escape(channel.language))\">\n"
        x += "  <title>\(XML.escape(channel.title))</title>\n"
        if let subtitle = channel.subtitle { x += "  <subtitle>\(XML.escape(subtitle))</subtitle>\n" }
        x += "  <id>\(XML.escape(channel.feedURL))</id>\n"
        x += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XML.escape(channel.feedURL))\"/>\n"
        x += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(channel.pageURL))\"/>\n"
        x += "  <updated>\(updated.rfc3339)</updated>\n"
        x += "  <author><name>\(XML.escape(channel.author))</name></author>\n"
        x += "  <generator>Openplan</generator>\n"
        for e in entries {
            x += "  <entry>\n"
            x += "    <title>\(XML.escape(e.title))</title>\n"
            x += "    <id>\(XML.escape(e.url))</id>\n"
            x += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(e.url))\"/>\n"
            x += "    <published>\(e.published.rfc3339)</published>\n"
            x += "    <updated>\(e.updated.rfc3339)</updated>\n"
            for c in e.categories { x += "    <category term=\"\(XML.escape(c))\"/>\n" }
            if let s = e.summary { x += "    <summary>\(XML.escape(s))</summary>\n" }
            x += "    <content type=\"html\">\(XML.escape(e.contentHTML))</content>\n"
            x += "  </entry>\n"
        }
        x += "</feed>\n"
        return x
    }
}
