import Foundation
import Testing
@testable import Markdown

/// The email renderer: cmark-gfm's own HTML, byte for byte, with a style on each element.
@Suite struct StyledHTMLTests {
    /// Every kind of block and inline cmark-gfm gives with our extensions, and the escaping
    /// and address encoding edge cases.
    static let everyKind = [
        "# Top\n\n## Second *level* with `code` and [a link](https://e.org/)\n\n###### Six\n",
        "Setext\n======\n\nAnother\n-------\n",
        "A paragraph with **strong**, *emphasis*, ~~struck~~, `code <b>` and a hard  \nbreak\\\nand a soft\nbreak.\n",
        "- one\n- two\n  - nested *a*\n  - nested b\n- three\n",
        "1. first\n2. second\n\n   with a second paragraph\n3. third\n",
        "3. starts at three\n4. four\n",
        "- loose\n\n- list\n",
        "- [ ] to do\n- [x] done\n  - [ ] nested task\n",
        "> A quote\n> with two lines\n>\n> > and one inside\n>\n> - a list in it\n",
        "```swift\nlet x = 1 < 2 && \"y\"\n```\n\n```\nplain\n```\n\n    indented code\n\n~~~ python extra words\nprint('hi')\n~~~\n",
        "| Left | Centre | Right | None |\n| :--- | :-: | --: | --- |\n| a | b | c | d |\n| `e` | **f** | [g](h.html) | |\n",
        "| Only header |\n| --- |\n",
        "---\n\n***\n",
        "![An *image* with `code`](pic.png \"A title\") and ![](empty.png)\n",
        "[Titled](https://e.org/a?b=1&c='d' \"The \\\"title\\\"\") <https://auto.link/x> www.example.org and mail@example.org\n",
        "Links with spaces [x](<a b.html>) and accents [y](https://e.org/café) and [z](#frag%20ment)\n",
        "Entities &amp; &copy; &#35; and < > \" ' / in text\n",
        "Raw <span>inline</span> HTML and\n\n<div>\nblock\n</div>\n\n<script>alert(1)</script>\n",
        "A line with trailing spaces and tab\t\n",
        "Text [ref] here.\n\n[ref]: https://e.org/ref \"Ref title\"\n",
        "* * *\n\n1) paren list\n2) two\n",
        "Unicode: “quoted” — dash, emoji 👍, Welsh ŵ.\n",
        "Before\n\n{{measure LO-VISITS}}\n\n> {{progress}}\n\n- {{action 1.2}}\n- not {{an embed}}\n",
    ]

    @Test(arguments: [false, true])
    func withoutStylesTheBytesAreCmarksOwn(rawHTML: Bool) throws {
        var corpus = Self.everyKind
        // The project's own documentation: long, varied Markdown written by people.
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs")
        for name in try FileManager.default.contentsOfDirectory(atPath: docs.path) where name.hasSuffix(".md") {
            corpus.append(try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8))
        }
        #expect(corpus.count > Self.everyKind.count + 5)
        let plain = MarkdownRenderer(allowRawHTML: rawHTML)
        let styled = MarkdownRenderer(allowRawHTML: rawHTML, styles: ElementStyles())
        for text in corpus {
            let expected = plain.render(text).segments
            let written = styled.render(text).segments
            #expect(written == expected, "\(text.prefix(80))")
        }
    }

    static let styles = ElementStyles(
        paragraph: "P", headings: ["H1", "H2", "H3", "H4", "H5", "H6"], bulletList: "UL", orderedList: "OL", listItem: "LI",
        link: "A", blockQuote: "Q", table: "T", headerCell: "TH", cell: "TD", image: "IMG", thematicBreak: "HR",
        codeBlock: "PRE", code: "CODE")

    func styled(_ text: String, rawHTML: Bool = false) -> String {
        renderHTML(text, renderer: MarkdownRenderer(allowRawHTML: rawHTML, styles: Self.styles))
    }

    @Test func headingsTakeTheirPublishedLevelsStyleBeforeTheirID() {
        #expect(styled("# Top\n\n## Next with [link](https://e.org/)\n\n#### Deep\n") == """
            <h2 style="H2" id="top">Top</h2>
            <h3 style="H3" id="next-with-link">Next with <a style="A" href="https://e.org/">link</a></h3>
            <h5 style="H5" id="deep">Deep</h5>

            """)
    }

    @Test func paragraphsAndInlines() {
        #expect(styled("Some **bold**, *em*, ~~gone~~, `x < y` and  \nbreak.\n")
            == "<p style=\"P\">Some <strong>bold</strong>, <em>em</em>, <del>gone</del>, <code style=\"CODE\">x &lt; y</code> and<br />\nbreak.</p>\n")
    }

    @Test func nestedListsTightAndLoose() {
        #expect(styled("- one\n  1. inner\n- two\n") == """
            <ul style="UL">
            <li style="LI">one
            <ol style="OL">
            <li style="LI">inner</li>
            </ol>
            </li>
            <li style="LI">two</li>
            </ul>

            """)
        #expect(styled("3. a\n\n4. b\n") == """
            <ol style="OL" start="3">
            <li style="LI">
            <p style="P">a</p>
            </li>
            <li style="LI">
            <p style="P">b</p>
            </li>
            </ol>

            """)
        #expect(styled("- [x] done\n").contains("<li style=\"LI\"><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>"))
    }

    @Test func tablesInTheirRegionWithAlignment() {
        let html = styled("| A | B |\n| --- | --: |\n| 1 | 2 |\n")
        #expect(html == """
            <div class="table-wrap" role="region" tabindex="0" aria-label="Table: A, B">
            <table style="T">
            <thead>
            <tr>
            <th style="TH">A</th>
            <th style="TH" align="right">B</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="TD">1</td>
            <td style="TD" align="right">2</td>
            </tr>
            </tbody>
            </table>
            </div>

            """)
    }

    @Test func quotesCodeBreaksAndImages() {
        #expect(styled("> said\n") == "<blockquote style=\"Q\">\n<p style=\"P\">said</p>\n</blockquote>\n")
        #expect(styled("```sh x\na & b\n```\n") == "<pre style=\"PRE\"><code style=\"CODE\" class=\"language-sh\">a &amp; b\n</code></pre>\n")
        #expect(styled("***\n") == "<hr style=\"HR\" />\n")
        #expect(styled("![A *b* `c`](p.png \"T\")\n") == "<p style=\"P\"><img style=\"IMG\" src=\"p.png\" alt=\"A b c\" title=\"T\" /></p>\n")
    }

    @Test func linksAndAutolinksAreEncodedAsCmarkEncodesThem() {
        #expect(styled("[x](https://e.org/é?a=1&b='c' \"say \\\"hi\\\"\")\n")
            == "<p style=\"P\"><a style=\"A\" href=\"https://e.org/%C3%A9?a=1&amp;b=&#x27;c&#x27;\" title=\"say &quot;hi&quot;\">x</a></p>\n")
        #expect(styled("see www.e.org now\n") == "<p style=\"P\">see <a style=\"A\" href=\"http://www.e.org\">www.e.org</a> now</p>\n")
        // A title holding the word style= still gets its style (the old pass over the HTML skipped it).
        #expect(styled("[x](a.html \"a style=b\")\n").hasPrefix("<p style=\"P\"><a style=\"A\" href=\"a.html\" title=\"a style=b\">"))
    }

    @Test func rawHTMLIsWithheldOrWrittenAsTheEditorWroteIt() {
        let text = "A <b>bold</b> word\n\n<p>own</p>\n\n<script>x</script>\n"
        let withheld = MarkdownRenderer(styles: Self.styles).render(text)
        #expect(!withheld.droppedHTML.isEmpty)
        #expect(withheld.html(embedding: { _ in "" }) == "<p style=\"P\">A bold word</p>\n")
        // Allowed raw HTML is the editor's own: no style is added to it, and the tag filter still applies.
        #expect(styled(text, rawHTML: true) == "<p style=\"P\">A <b>bold</b> word</p>\n<p>own</p>\n&lt;script>x&lt;/script>\n")
    }

    @Test func glossaryMarksAreOffUnlessGiven() {
        let glossary = [GlossaryMark(term: "EHCP", title: "Education, health and care plan", href: "https://e.org/glossary/#ehcp")]
        let renderer = MarkdownRenderer(styles: Self.styles)
        #expect(renderer.render("An EHCP.\n").html(embedding: { _ in "" }) == "<p style=\"P\">An EHCP.</p>\n")
        #expect(renderer.render("An EHCP.\n", glossary: glossary).html(embedding: { _ in "" }).contains("<abbr"))
    }

    @Test func embedsStayInTheirPlaceAndTakeNoStyle() {
        #expect(styled("Before\n\n{{progress}}\n\n- {{action 1.2}}\n") == """
            <p style="P">Before</p>
            [[progress ]]<ul style="UL">
            <li style="LI">
            [[action 1.2]]</li>
            </ul>

            """)
    }
}
