import Testing
@testable import Markdown

/// `findings` (checking a body before any page is rendered) finds what `render` finds.
@Suite struct FindingsTests {
    static let bodies = [
        "",
        "Plain text.",
        """
        # Top

        ## What we do

        See [the plan](/priorities/1/#what-we-do), ![A chart](/img/chart.png "Chart") and [ref][r].
        A [bad one](javascript:alert(1)), <b>bold</b>, <javascript:x> and https://example.com/x.

        {{measure LO-VISITS}}

        - {{progress}}
        - a line with {{changes}} inside it

        What we do
        ----------

        > {{nonsense here}}

        | a | b |
        | - | - |
        | [x](/x/) | {{y}} |

        ```
        [not a link](/code/)
        ```

        ### What we do

        [r]: /glossary/#ehcp
        """,
        "Setext\n===\n\n<div id=\"own\">raw</div>\n\n![](data:text/html,x) [img](data:image/png;base64,AAAA)\n",
    ]

    @Test func findsWhatRenderingFinds() {
        for renderer in [MarkdownRenderer(), MarkdownRenderer(allowRawHTML: true), MarkdownRenderer(minimumHeadingLevel: 4, headingIDPrefix: "x-")] {
            for body in Self.bodies {
                let rendered = renderer.render(body), found = renderer.findings(body)
                #expect(found.links == rendered.links)
                #expect(found.images == rendered.images)
                #expect(found.headings == rendered.headings)
                #expect(found.droppedHTML == rendered.droppedHTML)
                #expect(found.droppedLinks == rendered.droppedLinks)
                #expect(found.misplacedEmbeds == rendered.misplacedEmbeds)
                #expect(found.prose == rendered.prose)
                let embeds = rendered.segments.compactMap { if case .embed(let call) = $0 { return call } else { return nil } }
                #expect(found.segments == embeds.map { .embed($0) })
            }
        }
        let found = MarkdownRenderer().findings(Self.bodies[2])
        #expect(found.headings.map(\.id) == ["top", "what-we-do", "what-we-do-2", "what-we-do-3"])
        #expect(!found.droppedHTML.isEmpty && !found.droppedLinks.isEmpty && !found.misplacedEmbeds.isEmpty)
        #expect(found.segments.count >= 3)
    }
}
