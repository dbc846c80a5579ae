import Testing
@testable import Markdown

@Suite struct HeadingTests {
    @Test func givesHeadingsIDsAndShiftsTheTopLevelToTwo() {
        let result = MarkdownRenderer().render("# What we are doing\n\ntext\n\n## Latest update: March\n")
        let html = result.html(embedding: { _ in "" })
        #expect(html == "<h2 id=\"what-we-are-doing\">What we are doing</h2>\n<p>text</p>\n<h3 id=\"latest-update-march\">Latest update: March</h3>\n")
        #expect(result.headings == [
            Heading(level: 2, text: "What we are doing", id: "what-we-are-doing", position: position(1, 1)),
            Heading(level: 3, text: "Latest update: March", id: "latest-update-march", position: position(5, 1)),
        ])
    }

    @Test func aBodyThatStartsAtLevelTwoStaysThere() {
        let result = MarkdownRenderer().render("## One\n\n### Two\n")
        #expect(result.headings.map(\.level) == [2, 3])
    }

    @Test func aBodyThatStartsLowerMovesUp() {
        #expect(MarkdownRenderer().render("### One\n\n#### Two\n").headings.map(\.level) == [2, 3])
    }

    @Test func levelsAreCappedAtSix() {
        let result = MarkdownRenderer().render("# a\n\n###### f\n")
        #expect(result.headings.map(\.level) == [2, 6])
        #expect(result.html(embedding: { _ in "" }).contains("<h6 id=\"f\">f</h6>"))
    }

    @Test func minimumLevelCanBeChanged() {
        let result = MarkdownRenderer(minimumHeadingLevel: 1).render("## a\n\n### b")
        #expect(result.headings.map(\.level) == [1, 2])
        #expect(result.html(embedding: { _ in "" }).hasPrefix("<h1 id=\"a\">a</h1>"))
    }

    @Test func deduplicatesIDs() {
        let ids = MarkdownRenderer().render("## Update\n\n## Update\n\n## Update 2\n\n## Update").headings.map(\.id)
        #expect(ids == ["update", "update-2", "update-2-2", "update-3"])
    }

    @Test func slugsPunctuationAndEmptyHeadings() {
        let ids = MarkdownRenderer().render("## 1.2 — Health *advice*, `on time`!\n\n## ???\n\n## ???").headings.map(\.id)
        #expect(ids == ["1-2-health-advice-on-time", "section", "section-2"])
    }

    @Test func appliesThePrefix() {
        let result = MarkdownRenderer(headingIDPrefix: "update-3-").render("## Next steps")
        #expect(result.headings.map(\.id) == ["update-3-next-steps"])
        #expect(result.html(embedding: { _ in "" }) == "<h2 id=\"update-3-next-steps\">Next steps</h2>\n")
    }

    @Test func keepsInlineMarkupAndRewritesLinksInHeadings() {
        let result = MarkdownRenderer().render("## See [action](/actions/1-2/) *now*", rewriteLink: { "..\($0)" })
        #expect(result.html(embedding: { _ in "" }) == "<h2 id=\"see-action-now\">See <a href=\"../actions/1-2/\">action</a> <em>now</em></h2>\n")
        #expect(result.headings.first?.text == "See action now")
    }

    @Test func setextHeadingsAndHeadingsInQuotes() {
        let result = MarkdownRenderer().render("Title\n=====\n\n> ## Quoted")
        #expect(result.headings.map(\.id) == ["title", "quoted"])
        #expect(result.headings.map(\.position) == [position(1, 1), position(4, 3)])
    }

    @Test func rawHTMLHeadingsAreNotMarkdownHeadings() {
        let result = MarkdownRenderer(allowRawHTML: true).render("<h2>Raw</h2>\n\n## Real")
        #expect(result.headings.map(\.text) == ["Real"])
        #expect(result.html(embedding: { _ in "" }) == "<h2>Raw</h2>\n<h2 id=\"real\">Real</h2>\n")
    }
}
