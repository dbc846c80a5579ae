import Testing
@testable import Markdown

@Suite struct GFMRenderingTests {
    @Test func rendersTables() {
        let html = renderHTML("| Term | Meaning |\n| --- | :-: |\n| EHCP | plan |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>Term</th>"))
        #expect(html.contains("<td align=\"center\">plan</td>"))
    }

    @Test func rendersStrikethrough() {
        #expect(renderHTML("was ~~late~~ on time").contains("<del>late</del>"))
    }

    @Test func autolinksBareAddresses() {
        let html = renderHTML("See www.example.org and https://example.com/a?b=1.")
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("<a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a>."))
    }

    @Test func rendersTaskLists() {
        let html = renderHTML("- [ ] to do\n- [x] done\n")
        #expect(html.contains("<li><input type=\"checkbox\" disabled=\"\" /> to do</li>"))
        #expect(html.contains("<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>"))
    }

    @Test func keepsQuotesAsWritten() {
        let html = renderHTML("\"Quoted\" -- it's")
        #expect(html == "<p>&quot;Quoted&quot; -- it's</p>\n")
    }

    @Test func escapesMarkupWrittenAsText() {
        let html = renderHTML("Use \\<script\\> & 1 < 2")
        #expect(html == "<p>Use &lt;script&gt; &amp; 1 &lt; 2</p>\n")
    }

    @Test func tagFilterDefusesDangerousTagsEvenWhenRawHTMLIsAllowed() {
        let html = renderHTML("<script>alert(1)</script>\n\nText <iframe src=x></iframe> <b>ok</b>",
                              renderer: MarkdownRenderer(allowRawHTML: true))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script>"))
        #expect(html.contains("&lt;iframe"))
        #expect(html.contains("<b>ok</b>"))
    }

    @Test func emptyAndBlankInputGiveNoSegments() {
        for text in ["", "\n\n", "   "] {
            let result = MarkdownRenderer().render(text)
            #expect(result.segments.isEmpty)
            #expect(result.headings.isEmpty && result.prose.isEmpty && result.links.isEmpty)
        }
    }

    @Test func survivesNULAndControlCharacters() {
        let result = MarkdownRenderer().render("a\u{0}b \u{1}0\u{1} c\n\n{{measure x}}")
        let html = result.html(embedding: { _ in "EMBED" })
        #expect(html.contains("a\u{FFFD}b \u{FFFD}0\u{FFFD} c"))
        // The forged marker did not become an embed; the real one did.
        #expect(result.segments.filter { if case .embed = $0 { true } else { false } }.count == 1)
    }

    @Test(arguments: [">", "- ", "[", "*", "![", "<a>", "`", "1. "])
    func survivesDeepNesting(_ unit: String) {
        let text = String(repeating: unit, count: 20_000) + "x"
        let result = MarkdownRenderer().render(text)
        #expect(!result.html(embedding: { _ in "" }).isEmpty)
    }

    @Test func plainTextDropsMarkup() {
        let text = MarkdownRenderer.plainText("# Title\n\nSome *emphasis* and [a link](/x) <b>raw</b>.\n\n<div>block</div>")
        #expect(text == "Title\n\nSome emphasis and a link raw.\n")
    }
}

@Test func tablesAreWrappedInALabelledFocusableScrollRegion() {
    let html = MarkdownRenderer().render("| Group | Share of <b>pupils</b> |\n| --- | --- |\n| A | 1 |\n")
        .html(embedding: { _ in "" })
    #expect(html.contains("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Group, Share of pupils\">\n<table>"))
    #expect(html.contains("</table>\n</div>"))
}
