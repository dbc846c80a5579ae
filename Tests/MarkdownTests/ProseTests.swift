import Testing
@testable import Markdown

@Suite struct ProseTests {
    @Test func collectsReadableBlocksWithKinds() {
        let markdown = """
        # Our plan

        We will *listen* to
        [families](/you-said-we-did/) first.

        - Meet `weekly` with schools
        - [ ] Publish the survey

        > Parents said it was hard.

        ```
        let code = "not prose"
        ```

        | a | table |
        |---|---|
        | not | prose |

        <div>raw html</div>
        """
        let prose = MarkdownRenderer().render(markdown).prose
        #expect(prose == [
            ProseBlock(kind: .heading, text: "Our plan", position: position(1, 1)),
            // "families" starts the paragraph's second line.
            ProseBlock(kind: .paragraph, text: "We will listen to families first.", position: position(3, 1),
                       anchors: [ProseBlock.Anchor(offset: 18, position: position(4, 1))]),
            ProseBlock(kind: .listItem, text: "Meet with schools", position: position(6, 3)),
            ProseBlock(kind: .listItem, text: "Publish the survey", position: position(7, 7)),
            ProseBlock(kind: .quote, text: "Parents said it was hard.", position: position(9, 3)),
        ])
    }

    @Test func leavesOutImageAltTextAndRawHTML() {
        let prose = MarkdownRenderer(allowRawHTML: true).render("Chart ![bar chart](/c.png) shows <b>this</b>.").prose
        #expect(prose.map(\.text) == ["Chart shows this."])
    }

    @Test func hardBreaksBecomeSpaces() {
        #expect(MarkdownRenderer().render("one  \ntwo\\\nthree").prose.map(\.text) == ["one two three"])
    }

    /// Each later line of a wrapped paragraph, list item or quote is anchored where its text
    /// starts, after indentation and `>`, so a word's place can be found from the flattened text.
    @Test func laterLinesAreAnchoredWhereTheirTextStarts() {
        let prose = MarkdownRenderer().render("- one\n  two\n\n> three\n> four  \n> five").prose
        #expect(prose.map(\.anchors) == [
            [ProseBlock.Anchor(offset: 4, position: position(2, 3))],
            [ProseBlock.Anchor(offset: 6, position: position(5, 3)), ProseBlock.Anchor(offset: 11, position: position(6, 3))],
        ])
    }
}
