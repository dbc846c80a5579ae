import Testing
@testable import Markdown

@Suite struct RawHTMLTests {
    @Test func dropsRawHTMLWithoutLeavingAComment() {
        let result = MarkdownRenderer().render("Intro\n\n<div class=\"x\">\nhidden\n</div>\n\nSome <b>bold</b> text")
        let html = result.html(embedding: { _ in "" })
        #expect(html == "<p>Intro</p>\n<p>Some bold text</p>\n")
        #expect(!html.contains("omitted"))
        #expect(result.droppedHTML == [position(3, 1), position(7, 6), position(7, 13)])
    }

    @Test func reportsInlineHTMLOnContinuationLines() {
        let result = MarkdownRenderer().render("First line\n  and <span>then</span>\n> quote\n> more <i>x</i>")
        #expect(result.droppedHTML == [position(2, 7), position(2, 17), position(4, 8), position(4, 12)])
    }

    @Test func dropsScriptBlocks() {
        let html = renderHTML("<script>alert(1)</script>\n\nafter")
        #expect(html == "<p>after</p>\n")
    }

    @Test func removesParagraphsLeftEmpty() {
        #expect(renderHTML("<b></b>\n\ntext") == "<p>text</p>\n")
    }

    @Test func keepsRawHTMLWhenAllowed() {
        let result = MarkdownRenderer(allowRawHTML: true).render("<div class=\"note\">\nhi\n</div>\n\nSome <b>bold</b>")
        let html = result.html(embedding: { _ in "" })
        #expect(html.contains("<div class=\"note\">\nhi\n</div>"))
        #expect(html.contains("Some <b>bold</b>"))
        #expect(result.droppedHTML.isEmpty)
    }
}

@Suite struct UnsafeLinkTests {
    static let dangerous = [
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](< javascript:alert(1)>)",
        "[x](java&#9;script:alert(1))",
        "[x](vbscript:msgbox)",
        "[x](file:///etc/passwd)",
        "[x](data:text/html,hi)",
        "[x](DATA:image/svg+xml,hi)",
        "[x]\n\n[x]: javascript:alert(1)",
    ]

    @Test(arguments: dangerous, [false, true])
    func neutralisesDangerousLinks(_ markdown: String, allowRawHTML: Bool) {
        let result = MarkdownRenderer(allowRawHTML: allowRawHTML).render(markdown)
        let html = result.html(embedding: { _ in "" })
        #expect(html == "<p>x</p>\n")
        #expect(result.droppedLinks.count == 1)
        #expect(result.links.count == 1)
    }

    @Test func dropsDangerousImagesButKeepsTheirAltText() {
        let result = MarkdownRenderer().render("![a chart](javascript:alert(1))")
        #expect(result.html(embedding: { _ in "" }) == "<p>a chart</p>\n")
        #expect(result.images.map(\.destination) == ["javascript:alert(1)"])
        #expect(result.droppedLinks.map(\.destination) == ["javascript:alert(1)"])
    }

    @Test func keepsImageDataAndOrdinaryLinks() {
        let html = renderHTML("![dot](data:image/png;base64,iVBO) [mail](mailto:a@b.org) [rel](../x/) [page](https://x.org/javascript:)")
        #expect(html.contains("<img src=\"data:image/png;base64,iVBO\" alt=\"dot\" />"))
        #expect(html.contains("<a href=\"mailto:a@b.org\">mail</a>"))
        #expect(html.contains("<a href=\"../x/\">rel</a>"))
        #expect(html.contains("<a href=\"https://x.org/javascript:\">page</a>"))
    }

    @Test func checksTheRewrittenDestinationToo() {
        let result = MarkdownRenderer().render("[x](/ok)", rewriteLink: { _ in "javascript:void(0)" })
        #expect(result.html(embedding: { _ in "" }) == "<p>x</p>\n")
        #expect(result.droppedLinks.map(\.destination) == ["/ok"])
    }

    @Test(arguments: [
        ("javascript:x", true), (" \u{1}JavaScript:x", true), ("java\tscript:x", true), ("java\nscript:x", true),
        ("data:image/gif;base64,R0", false), ("data:image/pngx,1", true), ("data:,hi", true),
        ("/javascript:x", false), ("?javascript:x", false), ("javascript%3Ax", false), ("https://x", false), ("", false),
    ])
    func classifiesURLs(_ url: String, dangerous: Bool) {
        #expect(URLSafety.isDangerous(url) == dangerous)
    }
}
