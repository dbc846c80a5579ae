import Testing
@testable import Markdown

@Suite struct ConcurrencyTests {
    /// Long enough that parses overlap: cmark-gfm switches `~` and autolink characters on and
    /// off in a process-wide table during each parse, which renders unguarded parses wrongly.
    static let samples: [String] = (0..<16).map { index in
        let paragraphs = (0..<200).map { line in
            "The ~~old~~ plan \(line) for www.example\(index).org and https://x.org/\(line)."
        }
        return """
        # Update \(index)

        \(paragraphs.joined(separator: "\n\n"))

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
            for round in 0..<8 {
                for index in Self.samples.indices {
                    group.addTask { ((index + round) % Self.samples.count, renderer.render(Self.samples[(index + round) % Self.samples.count], glossary: glossary)) }
                }
            }
            var all: [(Int, RenderedMarkdown)] = []
            for await item in group { all.append(item) }
            return all
        }
        #expect(results.count == 8 * Self.samples.count)
        for (index, result) in results {
            #expect(result == expected[index])
        }
        #expect(expected[3].html(embedding: { _ in "" }).contains("<del>old</del>"))
        #expect(expected[3].html(embedding: { _ in "" }).contains("<a href=\"http://www.example3.org\">"))
    }
}
