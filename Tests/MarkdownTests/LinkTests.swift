import Testing
@testable import Markdown

@Suite struct LinkTests {
    @Test func collectsLinksAndImagesWithPositions() {
        let markdown = """
        See [the plan](/priorities/1/) and ![A chart](/img/chart.png "Chart").
          Then [é](https://example.org) and https://example.com/x.

        - item with [ref][r]

        [r]: /glossary/
        """
        let result = MarkdownRenderer().render(markdown)
        #expect(result.links == [
            LinkReference(destination: "/priorities/1/", position: position(1, 5)),
            LinkReference(destination: "https://example.org", position: position(2, 8)),
            LinkReference(destination: "https://example.com/x", position: position(2, 37)),
            LinkReference(destination: "/glossary/", position: position(4, 13)),
        ])
        #expect(result.images == [ImageReference(destination: "/img/chart.png", alt: "A chart", position: position(1, 36))])
    }

    @Test func locatesAutolinksAndLinksOnContinuationLines() {
        let result = MarkdownRenderer().render("x\n  [a](b) www.c.com [d](e) https://f.g ![h](i) www.c.com\n>   lazy [j](k)")
        #expect(result.links.map(\.position) == [position(2, 3), position(2, 10), position(2, 20), position(2, 27),
                                                 position(2, 47), position(3, 10)])
        #expect(result.images.map(\.position) == [position(2, 39)])
    }

    @Test func columnsCountCharactersNotBytes() {
        let result = MarkdownRenderer().render("Café – [x](/y)")
        #expect(result.links.map(\.position) == [position(1, 8)])
    }

    @Test func rewritesEveryDestination() {
        let result = MarkdownRenderer().render(
            "[a](/actions/1-2/) ![b](/img.png) <https://x.org> www.y.org",
            rewriteLink: { $0.hasPrefix("/") ? "../..\($0)" : $0 + "#ext" })
        let html = result.html(embedding: { _ in "" })
        #expect(html.contains("<a href=\"../../actions/1-2/\">a</a>"))
        #expect(html.contains("<img src=\"../../img.png\" alt=\"b\" />"))
        #expect(html.contains("<a href=\"https://x.org#ext\">https://x.org</a>"))
        #expect(html.contains("<a href=\"http://www.y.org#ext\">www.y.org</a>"))
        // Reported as written, not as rewritten.
        #expect(result.links.map(\.destination) == ["/actions/1-2/", "https://x.org", "http://www.y.org"])
    }

    @Test func rewrittenURLsAreEscaped() {
        let html = renderHTML("[a](/x)", renderer: MarkdownRenderer())
        #expect(html == "<p><a href=\"/x\">a</a></p>\n")
        let rewritten = MarkdownRenderer().render("[a](/x)", rewriteLink: { _ in "/q?a=1&b=\"2\"" })
        #expect(rewritten.html(embedding: { _ in "" }) == "<p><a href=\"/q?a=1&amp;b=%222%22\">a</a></p>\n")
    }
}
