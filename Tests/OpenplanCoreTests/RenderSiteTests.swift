import Foundation
import Testing
@testable import OpenplanCore

@Test func bulletinsArePaginatedTenAPage() throws {
    let files = try RenderFixtures.render(RenderFixtures.plan(bulletinCount: 25)).files
    #expect(files["bulletins/index.html"] != nil)
    #expect(files["bulletins/page/2/index.html"] != nil)
    #expect(files["bulletins/page/3/index.html"] != nil)
    #expect(files["bulletins/page/4/index.html"] == nil)
    #expect(files["bulletins/page/1/index.html"] == nil)
    let first = try #require(files["bulletins/index.html"])
    #expect(first.components(separatedBy: "class=\"item-list__item\"").count - 1 == 10)
    #expect(first.contains("href=\"../bulletins/page/2/\" aria-label=\"Page 2 of 3\">2</a>"))
    #expect(first.contains("aria-label=\"Page 1 of 3\" aria-current=\"page\">1</a>"))
    #expect(first.contains("rel=\"next\""))
    #expect(!first.contains("rel=\"prev\""))
    let last = try #require(files["bulletins/page/3/index.html"])
    #expect(last.components(separatedBy: "class=\"item-list__item\"").count - 1 == 5)
    #expect(last.contains("href=\"../../../bulletins/page/2/\" rel=\"prev\""))
    #expect(last.contains("href=\"../../../bulletins/\" aria-label=\"Page 1 of 3\""))
    #expect(!last.contains("rel=\"next\""))
    #expect(last.contains("<title>Bulletins (page 3 of 3) – "))
    let few = try RenderFixtures.render(RenderFixtures.plan(bulletinCount: 3)).files
    #expect(few["bulletins/index.html"]?.contains("class=\"pagination\"") == false)
}

@Test func renderingTwiceGivesIdenticalBytes() throws {
    let plan = RenderFixtures.plan(bulletinCount: 12)
    let theme = try Theme.builtIn()
    func build() throws -> [String: [UInt8]] {
        let box = FileBox()
        try SiteRenderer(plan: plan, theme: theme, asOf: RenderFixtures.asOf).render { box.add($0) }
        return box.bytes
    }
    let a = try build(), b = try build()
    #expect(a.count > 30)
    #expect(a == b)
}

@Test func emitErrorsStopTheBuild() throws {
    struct DiskFull: Error {}
    let renderer = SiteRenderer(plan: RenderFixtures.plan(), theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    #expect(throws: DiskFull.self) { try renderer.render { _ in throw DiskFull() } }
}

@Test func jobsNameTheContentFilesTheyReadFrom() throws {
    let renderer = SiteRenderer(plan: RenderFixtures.plan(), theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    let jobs = Dictionary(uniqueKeysWithValues: renderer.jobs().map { ($0.path, $0.dependsOn) })
    let action = try #require(jobs["actions/1-2/index.html"])
    for file in ["Content/actions/1.2.md", "Content/priorities/1.md", "Content/measures/ehcp.json", "Content/feedback/survey.md",
                 "Content/site.yml", "Content/people.yml", "Content/glossary.yml", "Content/pages/about.md"] {
        #expect(action.contains(file), "\(file)")
    }
    #expect(!action.contains("Content/actions/1.10.md"))
    #expect(!action.contains("Content/bulletins/b0.md"))
    #expect(!action.contains("Content/pages/accessibility.md"))
    #expect(action.intersects(["Content/measures/ehcp.json"]))
    #expect(!action.intersects(["Content/measures/lo.json"]))
    let priority = try #require(jobs["priorities/1/index.html"])
    #expect(priority.contains("Content/actions/1.10.md") && !priority.contains("Content/actions/2.1.md"))
    // A bulletin with {{changes}} or {{progress}} reads every action.
    #expect(jobs["bulletins/b0/index.html"] == .all)
    #expect(jobs["bulletins/b1/index.html"]?.contains("Content/bulletins/b0.md") == true)
    #expect(jobs["index.html"] == .all && jobs["search/index.html"] == .all && jobs["report/index.html"] == .all)
    let measure = try #require(jobs["measures/ehcp-weeks/index.html"])
    #expect(measure.contains("Content/priorities/2.md") && measure.contains("Content/actions/1.2.md"))
    #expect(jobs["glossary/index.html"]?.contains("Content/actions/1.2.md") == false)
}

@Test func embedScanFindsWhatABodyReads() {
    let plan = RenderFixtures.plan()
    let base = Dependencies.files(["x"])
    func deps(_ text: String) -> Dependencies { EmbedScan.merge(base, MarkdownSource(text: text, file: "f", firstLine: 1), plan) }
    #expect(deps("No embeds here.") == base)
    #expect(deps("Intro\n  {{measure EHCP-WEEKS}}  \n") == .files(["x", "Content/measures/ehcp.json"]))
    #expect(deps("{{action \"1.10\"}}") == .files(["x", "Content/actions/1.10.md"]))
    #expect(deps("{{ progress }}") == .all)
    #expect(deps("text {{changes}} inline is not an embed") == base)
}

@Test func partialRebuildRendersOnlyTheChosenJobs() throws {
    let renderer = SiteRenderer(plan: RenderFixtures.plan(), theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    let changed = ["Content/actions/1.10.md"]
    let chosen = renderer.jobs().filter { $0.dependsOn.intersects(changed) }
    let box = FileBox()
    try renderer.render(chosen) { box.add($0) }
    let written = Set(box.files.keys)
    #expect(written.contains("actions/1-10/index.html"))
    #expect(written.contains("priorities/1/index.html"))
    #expect(written.contains("index.html"))
    #expect(!written.contains("actions/2-1/index.html"))
    #expect(!written.contains("priorities/2/index.html"))
}
