import Testing
@testable import OpenplanCore

private let channel = FeedChannel(title: "Updates & news", subtitle: "Monthly <updates>", pageURL: "https://example.org/p/bulletins/",
                                  feedURL: "https://example.org/p/feed.xml", author: "A partnership", language: "en-GB")
private let entries = [
    FeedEntry(url: "https://example.org/p/bulletins/2025-12/", title: "December <script>", published: Day(iso: "2025-12-19")!,
              summary: "Sum & more", contentHTML: "<p>Hello &amp; <a href=\"https://example.org/p/\">home</a></p>"),
    FeedEntry(url: "https://example.org/p/bulletins/2025-11/", title: "November", published: Day(iso: "2025-11-28")!,
              contentHTML: "<p>Bye</p>"),
]

@Test func atomEscapesEverythingAndUsesNewestDate() {
    let xml = AtomFeed.render(channel, entries: entries, asOf: Day(iso: "2026-01-31")!)
    #expect(xml.contains("<title>December &lt;script&gt;</title>"))
    #expect(!xml.contains("<script>"))
    #expect(xml.contains("<updated>2025-12-19T00:00:00Z</updated>"))
    #expect(xml.contains("<content type=\"html\">&lt;p&gt;Hello &amp;amp; "))
    #expect(xml.contains("<title>Updates &amp; news</title>"))
}

@Test func emptyFeedUsesAsOfDate() {
    let xml = AtomFeed.render(channel, entries: [], asOf: Day(iso: "2026-01-31")!)
    #expect(xml.contains("<updated>2026-01-31T00:00:00Z</updated>"))
    #expect(!xml.contains("<entry>"))
}

@Test func rssDatesAreRFC822WithWeekdays() {
    #expect(Day(iso: "2025-11-28")!.rfc822 == "Fri, 28 Nov 2025 00:00:00 +0000")
    #expect(Day(iso: "1970-01-01")!.rfc822 == "Thu, 01 Jan 1970 00:00:00 +0000")
    #expect(Day(iso: "2024-02-29")!.rfc822 == "Thu, 29 Feb 2024 00:00:00 +0000")
    let xml = RSSFeed.render(channel, entries: entries, asOf: Day(iso: "2026-01-31")!)
    #expect(xml.contains("<pubDate>Fri, 19 Dec 2025 00:00:00 +0000</pubDate>"))
    #expect(xml.contains("<content:encoded>&lt;p&gt;Bye&lt;/p&gt;</content:encoded>"))
}

@Test func xmlDropsCharactersXMLForbids() {
    #expect(XML.escape("a\u{0}b\u{8}c\td") == "abc\td")
}

@Test func emailDraftIsMultipartAlternativeWithBothParts() throws {
    let draft = EmailDraft(subject: "Update – December", from: "SEND team <send@example.org>", date: Day(iso: "2025-12-19")!,
                           html: "<p>Héllo</p>", text: "Héllo", key: "2025-12")
    let eml = draft.render()
    #expect(eml.contains("Subject: =?utf-8?B?"))
    #expect(eml.contains("Content-Type: multipart/alternative; boundary=\"openplan-2025-12-alt\""))
    #expect(eml.contains("Content-Type: text/plain; charset=utf-8"))
    #expect(eml.contains("Content-Type: text/html; charset=utf-8"))
    #expect(eml.hasSuffix("--openplan-2025-12-alt--\r\n"))
    #expect(eml.contains("X-Unsent: 1"))
    // Every line within the 998-octet limit, and base64 lines at most 76.
    for line in eml.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 998) }
}

@Test func headerInjectionIsNeutralised() {
    #expect(EmailDraft.encodeHeader("Hi\r\nBcc: x@y") == "Hi  Bcc: x@y")
}
