import Testing
@testable import OpenplanCore

@Suite struct LoadingFrontMatterTests {
    @Test func splitsYAMLAndBodyWithTheirFirstLines() {
        let split = FrontMatter.split("---\ntitle: A\nstatus: x\n---\nFirst body line\nSecond")
        #expect(split.shape == .closed)
        #expect(split.yaml == "title: A\nstatus: x")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "First body line\nSecond")
        #expect(split.bodyFirstLine == 5)
    }

    @Test func acceptsTrailingSpacesOnDelimiters() {
        let split = FrontMatter.split("---  \ntitle: A\n--- \nBody")
        #expect(split.shape == .closed)
        #expect(split.body == "Body")
        #expect(split.bodyFirstLine == 4)
    }

    @Test func emptyFrontMatterAndNoBody() {
        let split = FrontMatter.split("---\n---")
        #expect(split.shape == .closed)
        #expect(split.yaml == "")
        #expect(split.body == "")
        #expect(split.bodyFirstLine == 3)
    }

    @Test func noFrontMatterLeavesTheWholeTextAsBody() {
        let split = FrontMatter.split("Just text\n---\n")
        #expect(split.shape == .absent)
        #expect(split.body == "Just text\n---\n")
        #expect(split.bodyFirstLine == 1)
        #expect(FrontMatter.split("----\ntitle: x\n----").shape == .absent)
    }

    @Test func unclosedFrontMatter() {
        #expect(FrontMatter.split("---\ntitle: A\n\nBody").shape == .unclosed)
        #expect(FrontMatter.split("---").shape == .unclosed)
        #expect(FrontMatter.split("---\n").shape == .unclosed)
    }

    @Test func blankLinesInsideFrontMatterCount() {
        let split = FrontMatter.split("---\n\ntitle: A\n\n---\n\nBody\n")
        #expect(split.yaml == "\ntitle: A\n")
        #expect(split.bodyFirstLine == 6)
        #expect(split.body == "\nBody\n")
    }

    @Test func aLaterDashLineInTheBodyIsBody() {
        let split = FrontMatter.split("---\ntitle: A\n---\nIntro\n---\nMore")
        #expect(split.body == "Intro\n---\nMore")
    }

    @Test func bomAndCRLFKeepBodyAndValueLinesRight() throws {
        let site = TestSite([:], bytes: ["Content/pages/about.md":
            [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: About\r\nsummary: Short\r\n---\r\n\r\nHello\r\n".utf8)])
        let entry = ContentInventory.Entry(kind: .page, url: site.folder.appendingPathComponent("Content/pages/about.md"),
                                           path: "Content/pages/about.md", stem: "about")
        let document = RawDocument.load(entry)
        #expect(document.diagnostics.isEmpty)
        #expect(document.body.firstLine == 5)
        #expect(document.body.text == "\nHello\n")
        let summary = try #require(document.root?.map?["summary"])
        #expect(summary.keyLine == 3)
        #expect(summary.value.line == 3)
        #expect(summary.value.column == 10)
    }
}
