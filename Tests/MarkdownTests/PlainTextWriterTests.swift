import Foundation
import Testing
@testable import Markdown

/// The plain-text email's writer: every kind of block and inline, written from cmark-gfm's tree.
@Suite struct PlainTextWriterTests {
    /// The text and, after a blank line, the numbered links.
    func text(_ markdown: String, renderer: MarkdownRenderer = MarkdownRenderer(), fromTemplate: Bool = false,
              embed: @escaping (EmbedCall, inout PlainTextWriter) -> Void = { _, _ in }) -> String {
        var writer = PlainTextWriter()
        renderer.renderText(markdown, into: &writer, fromTemplate: fromTemplate, embed: embed)
        return writer.text + (writer.links.isEmpty ? "" : "\n\n" + writer.linkList)
    }

    @Test func headingsParagraphsListsQuotesAndLinksNumberedOnce() {
        let markdown = """
            # Title

            ## Section

            Read [this](https://e.org/a) and [that](https://e.org/a), or [another](https://e.org/b). Email <x@e.org> or \
            see https://e.org/c. "Quoted" &amp; done&#8230;

            - One
              - Nested item
            - Two

            3. Three

            > Said

            Line  
            break

            ![A photo](x.png)
            """
        #expect(text(markdown) == """
            Title
            -----

            Section

            Read this [1] and that [1], or another [2]. Email x@e.org or see
            https://e.org/c. "Quoted" & done…

            - One
              - Nested item
            - Two

            3. Three

            > Said

            Line
            break

            [Image: A photo]

            [1] https://e.org/a
            [2] https://e.org/b
            """)
        // From a template, headings keep the level written: `#` is underlined with `=`.
        #expect(text("# Title\n\n### Three\n", fromTemplate: true) == "Title\n=====\n\nThree")
    }

    @Test func looseAndNestedListsQuotesAndTasks() {
        // A second paragraph in an item stands under the item's text; `10)` starts a new list.
        #expect(text("1. a\n\n   second paragraph\n2. b\n   - c\n     1. d\n\n10) ten\n") == """
            1. a
              second paragraph
            2. b
              - c
                1. d

            10. ten
            """)
        #expect(text("> - a\n> - b\n>\n> > inner\n") == "> - a\n> - b\n\n> > inner")
        #expect(text("- [ ] to do\n- [x] done\n") == "- to do\n- done")
    }

    @Test func inlinesKeepTheirTextOnly() {
        #expect(text("Some **bold**, *em*, ~~gone~~ and `code  here`.\n") == "Some bold, em, gone and code here.")
        #expect(text("***\n") == String(repeating: "-", count: 20))
    }

    @Test func codeIsIndentedAsWritten() {
        #expect(text("Run:\n\n```sh\nmake  all\n  done\n```\n") == "Run:\n\n    make  all\n      done\n    ")
    }

    @Test func tablesARowALine() {
        #expect(text("| Group | 2024 | 2025 |\n| --- | --: | --: |\n| Eden | 58% | 61% |\n| [Carlisle](https://e.org/c) | | 55% |\n") == """
            Group, 2024, 2025
            Eden: 58%, 61%
            Carlisle [1]:, 55%

            [1] https://e.org/c
            """)
    }

    @Test func linksThatSayTheirOwnAddressAreNotNumbered() {
        #expect(text("<https://e.org/x> [call us](tel:0300123) [0300 123](tel:0300123) [](https://empty.org/)\n") == """
            https://e.org/x call us [1] 0300 123 https://empty.org/

            [1] tel:0300123
            """)
        #expect(text("[![logo](l.png)](https://e.org/) and www.example.org\n") == """
            [Image: logo] [1] and www.example.org [2]

            [1] https://e.org/
            [2] http://www.example.org
            """)
        // The editor's addresses are percent-encoded as in the HTML; a template's are kept.
        #expect(text("[café](https://e.org/café?a=1&b='c')\n") == "café [1]\n\n[1] https://e.org/caf%C3%A9?a=1&b='c'")
        #expect(text("[café](<https://e.org/café>)\n", fromTemplate: true) == "café [1]\n\n[1] https://e.org/café")
        // Unsafe addresses are never published: the link keeps its text.
        #expect(text("[click](javascript:alert(1))\n") == "click")
    }

    @Test func linksAreRewrittenAsTheSiteAsks() {
        var writer = PlainTextWriter()
        MarkdownRenderer().renderText("[Action](/actions/1-2/)\n", into: &writer, rewriteLink: { "https://e.org" + $0 })
        #expect(writer.text == "Action [1]")
        #expect(writer.links == ["https://e.org/actions/1-2/"])
    }

    @Test func wrapsAt72AndLongWordsStandAlone() {
        let long = String(repeating: "word ", count: 30)
        let wrapped = text("- " + long + "\n")
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 72 })
        #expect(wrapped.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("  word") })
        let url = "https://example.org/" + String(repeating: "a", count: 80)
        #expect(text("see \(url) now\n") == "see\n\(url)\nnow")
        #expect(PlainTextWriter.wrap("see \(url) now", first: "> ", rest: "> ") == "> see\n> \(url)\n> now")
    }

    @Test func rawHTMLIsLeftOut() {
        #expect(text("A <b>bold</b> word\n\n<div>\nblock\n</div>\n\nafter\n") == "A bold word\n\nafter")
        #expect(text("A <b>bold</b> word\n\n<div>\nblock\n</div>\n\nafter\n", renderer: MarkdownRenderer(allowRawHTML: true))
            == "A bold word\n\nafter")
    }

    @Test func embedsAreWrittenInTheirPlaceSharingTheLinks() {
        let embed: (EmbedCall, inout PlainTextWriter) -> Void = { call, writer in
            MarkdownRenderer().renderText("[Action \(call.argument)](<https://e.org/a/>)\\\nDue: soon\n", into: &writer, fromTemplate: true)
        }
        #expect(text("[Home](https://e.org/)\n\n{{action 1.2}}\n\n- {{action 2.1}}\n", embed: embed) == """
            Home [1]

            Action 1.2 [2]
            Due: soon

            - Action 2.1 [2]
              Due: soon

            [1] https://e.org/
            [2] https://e.org/a/
            """)
    }

    @Test func escapedValuesReadAsWritten() {
        let hostile = "  *Not em* [x](y) # 1. <b>&amp; \\ `c` | ~~s~~ www.e.org https://e.org\nnext"
        #expect(text("Title: " + MarkdownEscaping.escape(hostile) + "\n", fromTemplate: true).replacingOccurrences(of: "\n", with: " ")
            == "Title: *Not em* [x](y) # 1. <b>&amp; \\ `c` | ~~s~~ www.e.org https://e.org next")
        #expect(text(MarkdownEscaping.escape("1. not a list") + "\n", fromTemplate: true) == "1. not a list")
        #expect(text(MarkdownEscaping.escape("    not code") + "\n", fromTemplate: true) == "not code")
        #expect(MarkdownEscaping.escape("plain words") == "plain words")
    }
}
