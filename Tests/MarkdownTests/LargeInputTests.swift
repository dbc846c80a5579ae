import Testing
@testable import Markdown

/// Inputs far beyond real pages, to show that the work grows in step with the text rather than
/// with its square (each of these took close to a minute before the linear versions).
@Suite struct LargeInputTests {
    private func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func manyLinksOnOneLongLine() {
        var result = RenderedMarkdown()
        let time = seconds {
            result = MarkdownRenderer().render("x\n" + String(repeating: "[é](b) https://a.bc/é ", count: 10_000))
        }
        #expect(result.links.count == 20_000)
        #expect(result.links.last?.position == position(2, 22 * 9_999 + 8))
        #expect(time < 10)
    }

    @Test func manyHeadingsWithTheSameText() {
        var result = RenderedMarkdown()
        let time = seconds { result = MarkdownRenderer().render(String(repeating: "## é\n", count: 20_000)) }
        #expect(result.headings.last?.id == "section-20000")
        #expect(time < 10)
    }

    @Test func manyInlineTags() {
        var result = RenderedMarkdown()
        let time = seconds { result = MarkdownRenderer().render(String(repeating: "<a>", count: 20_000) + "x") }
        #expect(result.droppedHTML.count == 20_000)
        #expect(result.html(embedding: { _ in "" }) == "<p>x</p>\n")
        #expect(time < 10)
    }
}
