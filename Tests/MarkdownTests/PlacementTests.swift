import Testing
@testable import Markdown

/// A body placed below other headings, beside other bodies: its levels and ids are set in the
/// tree before the HTML is written, and one parse gives both the body's own page and the
/// whole-plan form exactly as two separate renders would.
@Suite struct PlacementTests {
    let inPlan = MarkdownRenderer.Placement(minimumHeadingLevel: 4, headingIDPrefix: "action-1-2-")
    let body = """
        # What we are doing

        See [below](#next-steps) and [the plan](/report/).

        ## Next steps

        ### Detail
        """

    func html(_ r: RenderedMarkdown) -> String { r.html(embedding: { _ in "" }) }

    @Test func headingsTakeThePlacementsLevelAndIDsItsPrefix() {
        var renderer = MarkdownRenderer()
        renderer.minimumHeadingLevel = 4
        renderer.headingIDPrefix = "action-1-2-"
        let out = html(renderer.render(body))
        #expect(out.contains(##"<h4 id="action-1-2-what-we-are-doing">What we are doing</h4>"##))
        #expect(out.contains(##"<h5 id="action-1-2-next-steps">Next steps</h5>"##))
        #expect(out.contains(##"<h6 id="action-1-2-detail">Detail</h6>"##))
        #expect(out.contains(##"<a href="#action-1-2-next-steps">below</a>"##))
        #expect(out.contains(##"<a href="/report/">the plan</a>"##))
    }

    @Test func oneParseGivesBothPlacementsAsTwoRendersWould() {
        let glossary = [GlossaryMark(term: "plan", title: "The improvement plan", href: "../glossary/#plan")]
        let shared = MarkdownRenderer().renderSharing(body, glossary: glossary, unmarkedPlacement: inPlan)
        var placed = MarkdownRenderer()
        placed.minimumHeadingLevel = 4
        placed.headingIDPrefix = "action-1-2-"
        #expect(html(shared.marked) == html(MarkdownRenderer().render(body, glossary: glossary)))
        #expect(html(shared.unmarked) == html(placed.render(body)))
        #expect(shared.unmarked.headings.map(\.id) == ["action-1-2-what-we-are-doing", "action-1-2-next-steps", "action-1-2-detail"])
        #expect(shared.marked.headings.map(\.id) == ["what-we-are-doing", "next-steps", "detail"])
        #expect(shared.marked.headings.map(\.level) == [2, 3, 4])
    }

    @Test func rawHTMLTheSiteAllowsMovesWithTheBody() {
        let text = "## Title\n\n<h2 id=\"raw\">Raw</h2>\n\n<a href=\"#raw\">to raw</a>\n"
        var renderer = MarkdownRenderer(allowRawHTML: true)
        let own = html(renderer.render(text))
        #expect(own.contains(##"<h2 id="raw">Raw</h2>"##))
        renderer.minimumHeadingLevel = 4
        renderer.headingIDPrefix = "p-"
        let placed = html(renderer.render(text))
        #expect(placed.contains(##"<h4 id="p-raw">Raw</h4>"##))
        #expect(placed.contains(##"<a href="#p-raw">to raw</a>"##))
        // Both from one parse, the own form set back after the placed one was written.
        let shared = MarkdownRenderer(allowRawHTML: true).renderSharing(text, unmarkedPlacement: renderer.placement)
        #expect(html(shared.unmarked) == placed)
        #expect(html(shared.marked) == own)
    }
}
