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
    let outline = PlanResolution.outline(RenderFixtures.plan(), assetPaths: try Theme.builtIn().assets.keys, asOf: RenderFixtures.asOf)
    let source = MarkdownSource(text: "", file: "Content/actions/1.3.md", firstLine: 10)
    var facts = PlanResolution.BodyFacts()
    facts.checkLinks([("/actions/9-9/", TextPosition(line: 3, column: 5)), ("/actions/1-2/", TextPosition(line: 4, column: 1)),
                      ("/assets/openplan.css", TextPosition(line: 5, column: 1)), ("https://x.org/nope", TextPosition(line: 6, column: 1))],
                     in: source, outline: outline)
    #expect(facts.diagnostics.count == 1)
    let warning = try #require(facts.diagnostics.first)
    #expect(warning.severity == .warning)
    #expect(warning.file == "Content/actions/1.3.md")
    #expect(warning.line == 12 && warning.column == 5)
    #expect(warning.message.contains("/actions/9-9/"))
}

@Test func anchorsAreCheckedAgainstTheIDsOnTheirPage() throws {
    let base = RenderFixtures.plan()
    var actions = base.actions
    let i = try #require(actions.firstIndex { $0.id == ItemID("1.2") })
    actions[i].body.text = "[a](/priorities/1/#no-such-heading)\n[b](/priorities/1/#main-content)\n[c](#nowhere)\n"
    let first = actions[i].body.firstLine
    let file = actions[i].body.file
    let plan = Plan(site: base.site, people: base.people, glossary: base.glossary, priorities: base.priorities,
                    actions: actions, measures: base.measures, feedback: base.feedback, bulletins: base.bulletins,
                    pages: base.pages, homeIntro: base.homeIntro)
    let warnings = PlanResolution.resolve(plan, assetPaths: [], asOf: RenderFixtures.asOf).diagnostics
        .filter { $0.file == file }
    // `#nowhere` is looked for on the action's page and, prefixed, on the whole plan.
    #expect(warnings.map(\.line) == [first, first + 2, first + 2])
    #expect(warnings.allSatisfy { $0.severity == .warning })
    #expect(warnings.first?.message.contains("#no-such-heading") == true)
    #expect(warnings.contains { $0.message.contains("“#action-1-2-nowhere”") })
}

@Test func idsAreFoundInHTML() {
    let ids = HTMLIDs.ids(in: "<h2 id=\"a\">x</h2><p class=\"b\" id=\"c-d\"></p><div data-id=\"no\"></div>")
    #expect(ids == ["a", "c-d"])
}
