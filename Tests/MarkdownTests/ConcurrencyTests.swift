import Testing
@testable import Markdown

@Suite struct ConcurrencyTests {
    static let samples: [String] = (0..<40).map { index in
        """
        # Update \(index)

        The ~~old~~ plan for www.example\(index).org and https://x.org/\(index).

        | a | b |
        |---|---|
        | \(index) | ~~\(index)~~ |

        {{measure m\(index)}}

        - [x] EHCP reviewed \(index)
        """
    }

    @Test func rendersTheSameFromManyTasksAtOnce() async {
        let renderer = MarkdownRenderer()
        let glossary = [GlossaryMark(term: "EHCP", title: "plan", href: "#ehcp")]
        let expected = Self.samples.map { renderer.render($0, glossary: glossary) }
        let results = await withTaskGroup(of: (Int, RenderedMarkdown).self) { group in
            for round in 0..<10 {
                for index in Self.samples.indices {
                    group.addTask { ((index + round) % Self.samples.count, renderer.render(Self.samples[(index + round) % Self.samples.count], glossary: glossary)) }
                }
            }
            var all: [(Int, RenderedMarkdown)] = []
            for await item in group { all.append(item) }
            return all
        }
        #expect(results.count == 400)
        for (index, result) in results {
            #expect(result == expected[index])
        }
        #expect(expected[3].html(embedding: { _ in "" }).contains("<del>old</del>"))
        #expect(expected[3].html(embedding: { _ in "" }).contains("<a href=\"http://www.example3.org\">"))
    }
}
