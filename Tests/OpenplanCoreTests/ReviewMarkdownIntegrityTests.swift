import Markdown
import Testing
@testable import OpenplanCore

@Suite("Markdown integrity")
struct ReviewMarkdownIntegrityTests {
    let source = MarkdownSource(text: "", file: "Content/pages/about.md", firstLine: 6)

    private func heading(_ level: Int, line: Int) -> Heading {
        Heading(level: level, text: "Heading \(line)", id: "heading-\(line)", position: TextPosition(line: line, column: 1))
    }

    @Test func imagesWithoutAltTextAreReportedAtTheirFileLine() {
        let rendered = RenderedMarkdown(images: [
            ImageReference(destination: "chart.png", alt: "", position: TextPosition(line: 3, column: 4)),
            ImageReference(destination: "space.png", alt: "  ", position: TextPosition(line: 4, column: 1)),
            ImageReference(destination: "ok.png", alt: "Waiting times fell", position: TextPosition(line: 5, column: 1)),
        ])
        let findings = MarkdownIntegrity.findings(in: rendered, source: source)
        #expect(findings.map(\.rule) == [.imageWithoutAlt, .imageWithoutAlt])
        #expect(findings.first?.line == 8)
        #expect(findings.first?.column == 4)
        #expect(findings.first?.message.contains("\"chart.png\"") == true)
    }

    @Test func headingsThatSkipALevelAreReported() {
        let rendered = RenderedMarkdown(headings: [heading(2, line: 1), heading(3, line: 3), heading(2, line: 5),
                                                   heading(4, line: 7), heading(5, line: 9)])
        let findings = MarkdownIntegrity.findings(in: rendered, source: source)
        #expect(findings.map(\.line) == [12])
        #expect(findings.first?.message.contains("from level 2 to level 4") == true)
        #expect(findings.first?.message.contains("level 3 (###)") == true)
    }

    @Test func theFirstHeadingShouldBeOneBelowTheTitle() {
        let rendered = RenderedMarkdown(headings: [heading(3, line: 1)])
        #expect(MarkdownIntegrity.findings(in: rendered, source: source).map(\.rule) == [.headingSkipsLevel])
        #expect(MarkdownIntegrity.findings(in: rendered, source: source, enclosingLevel: 2).isEmpty)
    }

    @Test func linkDiagnosticsFromRenderingAreMergedInOrder() {
        let broken = Diagnostic.warning("Content/pages/about.md", line: 7, column: 2, "The link \"/actions/9-9/\" goes to a page that does not exist.")
        let rendered = RenderedMarkdown(images: [ImageReference(destination: "a.png", alt: "", position: TextPosition(line: 5, column: 1))])
        let findings = MarkdownIntegrity.findings(in: rendered, source: source, linkDiagnostics: [broken])
        #expect(findings.map(\.rule) == [.brokenLink, .imageWithoutAlt])
        #expect(findings.first?.diagnostic == broken)
    }
}
