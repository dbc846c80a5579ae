import Testing
@testable import Markdown

@Suite struct EmbedTests {
    private func embeds(_ markdown: String) -> [EmbedCall] {
        MarkdownRenderer().render(markdown).segments.compactMap {
            if case .embed(let call) = $0 { call } else { nil }
        }
    }

    @Test func findsAnEmbedAndSplitsTheHTMLAroundIt() {
        let result = MarkdownRenderer().render("Before\n\n{{progress}}\n\nAfter")
        #expect(result.segments == [
            .html("<p>Before</p>\n"),
            .embed(EmbedCall(kind: "progress", argument: "", position: position(3, 1))),
            .html("<p>After</p>\n"),
        ])
    }

    @Test func readsTheArgumentAndSpaces() {
        #expect(embeds("  {{ feedback   latest 3 }}  ") == [EmbedCall(kind: "feedback", argument: "latest 3", position: position(1, 3))])
        #expect(embeds("{{measure ehcp_timeliness}}") == [EmbedCall(kind: "measure", argument: "ehcp_timeliness", position: position(1, 1))])
        #expect(embeds("{{action 1.2}}").map(\.argument) == ["1.2"])
    }

    @Test func keepsEmbedsInOrderWithTheirLines() {
        let found = embeds("{{progress}}\n\ntext\n\n{{measure a}}\n\n{{changes}}")
        #expect(found.map(\.kind) == ["progress", "measure", "changes"])
        #expect(found.map(\.position.line) == [1, 5, 7])
    }

    @Test func anEmbedCanStartTheBody() {
        let segments = MarkdownRenderer().render("{{progress}}").segments
        #expect(segments == [.embed(EmbedCall(kind: "progress", argument: "", position: position(1, 1)))])
    }

    @Test func embedsInListItemsAndQuotesStillCount() {
        let found = embeds("- {{action 1.2}}\n- text\n\n> {{measure m}}")
        #expect(found == [EmbedCall(kind: "action", argument: "1.2", position: position(1, 3)),
                          EmbedCall(kind: "measure", argument: "m", position: position(4, 3))])
        let html = renderHTML("- {{action 1.2}}\n- text")
        #expect(html == "<ul>\n<li>\n[[action 1.2]]</li>\n<li>text</li>\n</ul>\n")
    }

    @Test(arguments: [
        "```\n{{measure a}}\n```",
        "    {{measure a}}",
        "`{{measure a}}`",
        "See {{measure a}} here",
        "{{measure a}}\nmore text",
        "\\{{measure a}}",
        "{{measure *a*}}",
        "{{1abc}}",
        "{{measure:a}}",
        "{{}}",
        "{{a}} {{b}}",
        "<p>{{measure a}}</p>",
    ])
    func isNotAnEmbed(_ markdown: String) {
        #expect(embeds(markdown).isEmpty)
    }

    @Test func textThatIsNotAnEmbedRendersAsWritten() {
        #expect(renderHTML("See {{measure a}} here") == "<p>See {{measure a}} here</p>\n")
        #expect(renderHTML("`{{measure a}}`") == "<p><code>{{measure a}}</code></p>\n")
    }

    @Test func reportsEmbedsWrittenInsideOtherText() {
        let result = MarkdownRenderer().render("Our progress:\n  see {{measure ehcp}} and {{action 1.2}}.\n\n## {{progress}}\n\n`{{changes}}` {{1 x}} {{a:b}}")
        #expect(result.misplacedEmbeds == [
            EmbedCall(kind: "measure", argument: "ehcp", position: position(2, 7)),
            EmbedCall(kind: "action", argument: "1.2", position: position(2, 28)),
            EmbedCall(kind: "progress", argument: "", position: position(4, 4)),
        ])
        #expect(MarkdownRenderer().render("{{progress}}").misplacedEmbeds.isEmpty)
    }

    @Test func embedParagraphsAreNotProse() {
        let result = MarkdownRenderer().render("{{progress}}\n\nWords here.")
        #expect(result.prose.map(\.text) == ["Words here."])
    }
}
