import Markdown
import Testing
@testable import OpenplanCore

private func context(_ folder: String) throws -> PageContext {
    let renderer = SiteRenderer(plan: RenderFixtures.plan(), theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    return PageContext(site: renderer.site, path: PagePath(folder: folder))
}

@Test func relativeLinksClimbToTheRootFromEachDepth() {
    #expect(PagePath(folder: "").href("actions/1-2/") == "./actions/1-2/")
    #expect(PagePath(folder: "").href("") == "./")
    #expect(PagePath(folder: "measures/").href("actions/1-2/") == "../actions/1-2/")
    #expect(PagePath(folder: "actions/1-3/").href("actions/1-2/") == "../../actions/1-2/")
    #expect(PagePath(folder: "actions/1-3/").href("") == "../../")
    #expect(PagePath(folder: "you-said-we-did/theme/ehc-plans/").href("assets/openplan.css") == "../../../assets/openplan.css")
    #expect(PagePath(folder: "bulletins/page/2/").file == "bulletins/page/2/index.html")
    #expect(PagePath(folder: "").file == "index.html")
}

@Test func notFoundPageLinksFromTheBaseURLPath() {
    #expect(SiteRenderer.rootPath(ofBaseURL: "https://example.org/send-progress/") == "/send-progress/")
    #expect(SiteRenderer.rootPath(ofBaseURL: "https://example.org") == "/")
    #expect(SiteRenderer.rootPath(ofBaseURL: "https://example.org/a") == "/a/")
}

@Test func siteRootLinksAreMadeRelativeToThePage() throws {
    let page = try context("actions/1-3/")
    #expect(page.rewrite("/actions/1-2/") == "../../actions/1-2/")
    #expect(page.rewrite("/actions/1-2") == "../../actions/1-2/")
    #expect(page.rewrite("/actions/1-2/index.html#latest") == "../../actions/1-2/#latest")
    #expect(page.rewrite("/") == "../../")
    #expect(page.rewrite("/measures/ehcp-weeks/data.csv") == "../../measures/ehcp-weeks/data.csv")
    #expect(page.rewrite("https://example.org/") == "https://example.org/")
    #expect(page.rewrite("//cdn.example.org/x") == "//cdn.example.org/x")
    #expect(page.rewrite("mailto:a@b.c") == "mailto:a@b.c")
    #expect(page.rewrite("#section") == "#section")
    let home = try context("")
    #expect(home.rewrite("/glossary/#ehcp") == "./glossary/#ehcp")
}

@Test func linksToMissingPagesAreWarningsAtTheirLine() throws {
    let page = try context("actions/1-3/")
    let source = MarkdownSource(text: "", file: "Content/actions/1.3.md", firstLine: 10)
    page.checkLinks([("/actions/9-9/", TextPosition(line: 3, column: 5)), ("/actions/1-2/", TextPosition(line: 4, column: 1)),
                     ("/assets/openplan.css", TextPosition(line: 5, column: 1)), ("https://x.org/nope", TextPosition(line: 6, column: 1))],
                    in: source)
    #expect(page.diagnostics.count == 1)
    let warning = try #require(page.diagnostics.first)
    #expect(warning.severity == .warning)
    #expect(warning.file == "Content/actions/1.3.md")
    #expect(warning.line == 12 && warning.column == 5)
    #expect(warning.message.contains("/actions/9-9/"))
}

@Test func anchorsAreCheckedAfterEveryPageIsRendered() throws {
    let page = try context("actions/1-2/")
    page.checkLinks([("/priorities/1/#no-such-heading", TextPosition(line: 1, column: 1)),
                     ("/priorities/1/#main-content", TextPosition(line: 2, column: 1)),
                     ("#nowhere", TextPosition(line: 3, column: 1))],
                    in: MarkdownSource(text: "", file: "Content/actions/1.2.md", firstLine: 1))
    #expect(page.anchors.map(\.folder) == ["priorities/1/", "priorities/1/", "actions/1-2/"])
    #expect(page.anchors.map(\.fragment) == ["no-such-heading", "main-content", "nowhere"])

    let collector = RenderCollector()
    collector.add(SiteRenderer.JobResult(anchors: page.anchors, ids: ("actions/1-2/", ["main-content", "top"])))
    collector.add(SiteRenderer.JobResult(ids: ("priorities/1/", ["main-content", "what-will-change"])))
    let warnings = collector.finish()
    #expect(warnings.map(\.line) == [1, 3])
    #expect(warnings.allSatisfy { $0.severity == .warning && $0.file == "Content/actions/1.2.md" })
    #expect(warnings.first?.message.contains("#no-such-heading") == true)

    // Anchors on pages not rendered in this run (a partial rebuild) are not judged.
    let partial = RenderCollector()
    partial.add(SiteRenderer.JobResult(anchors: page.anchors))
    #expect(partial.finish().isEmpty)
}

@Test func anchorScanFindsIDs() {
    let ids = AnchorScan.ids(in: Array("<h2 id=\"a\">x</h2><p class=\"b\" id=\"c-d\"></p><div data-id=\"no\"></div>".utf8))
    #expect(ids == ["a", "c-d"])
}

@Test func headingsInEditorsMarkdownAreMovedBelowThePageHeading() {
    #expect(HeadingShift.shift("<h1>A</h1><h2 id=\"x\">B</h2><hr>", by: 1) == "<h2>A</h2><h3 id=\"x\">B</h3><hr>")
    #expect(HeadingShift.shift("<h5>A</h5><header>", by: 3) == "<h6>A</h6><header>")
    #expect(HeadingShift.shift("<p>h1</p>", by: 2) == "<p>h1</p>")
}

@Test func bodiesSharingAPageGetPrefixedIDs() {
    let html = "<h2 id=\"what\">W</h2><p><a href=\"#what\">up</a> <a href=\"../x/#y\">out</a></p>"
    #expect(IDPrefix.apply(html, prefix: "action-1-2") == "<h2 id=\"action-1-2-what\">W</h2><p><a href=\"#action-1-2-what\">up</a> <a href=\"../x/#y\">out</a></p>")
    #expect(IDPrefix.apply("<p>no ids</p>", prefix: "p") == "<p>no ids</p>")
}
