/// An RSS 2.0 feed with full content in `content:encoded`, which mail services read to turn a
/// feed into an email campaign.
public enum RSSFeed {
    public static func render(_ channel: FeedChannel, entries: [FeedEntry], asOf: Day) -> String {
        let updated = entries.map(\.updated).max() ?? asOf
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        x += "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
        x += "  <channel>\n"
        x += "    <title>\(XML.escape(channel.title))</title>\n"
        x += "    <link>\(XML.escape(channel.pageURL))</link>\n"
        x += "    <description>\(XML.escape(channel.subtitle ?? channel.title))</description>\n"
        x += "    <language>\(XML.escape(channel.language))</language>\n"
        x += "    <lastBuildDate>\(updated.rfc822)</lastBuildDate>\n"
        x += "    <generator>Openplan</generator>\n"
        x += "    <atom:link href=\"\(XML.escape(channel.feedURL))\" rel=\"self\" type=\"application/rss+xml\"/>\n"
        for e in entries {
            x += "    <item>\n"
            x += "      <title>\(XML.escape(e.title))</title>\n"
            x += "      <link>\(XML.escape(e.url))</link>\n"
            x += "      <guid isPermaLink=\"true\">\(XML.escape(e.url))</guid>\n"
            x += "      <pubDate>\(e.published.rfc822)</pubDate>\n"
            for c in e.categories { x += "      <category>\(XML.escape(c))</category>\n" }
            x += "      <description>\(XML.escape(e.summary ?? e.title))</description>\n"
            x += "      <content:encoded>\(XML.escape(e.contentHTML))</content:encoded>\n"
            x += "    </item>\n"
        }
        x += "  </channel>\n</rss>\n"
        return x
    }
}
