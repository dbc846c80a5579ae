import Foundation
import Testing
@testable import OpenplanCore

/// Action bodies are rendered once for the action page and the whole-plan page when both are
/// rendered together (`RenderedBodies`, the render's first map). Rendering every page on its
/// own shares nothing, so the two must give the same files and the same findings.

private let bodies = [
    // Glossary terms in a paragraph, a heading and a table cell (where no mark can go).
    "## EHCP work\n\nThe EHCP is checked. See [the plan](/actions/1-10/#latest-update).\n\n| Term | Note |\n| --- | --- |\n| SENCO | x |\n",
    // A term only in a table cell, which is never marked.
    "| Who | What |\n| --- | --- |\n| SENCO | reviews |\n\nNo terms here.",
    // Text that must never be shared: the placeholder's escaped form and a character reference.
    "A link [odd](./%02x) and an entity &#39; in text, with the EHCP.",
    // An embed, finished on each page.
    "# Top\n\n{{progress}}\n\nThen SENCO and EHCP.",
    // Same-page and site-root links, an image, raw-looking text.
    "See [below](#latest-update) and [home](/) and ![chart](/assets/openplan.css).\n\n## Latest update\n\nDone <b>now</b>.",
]

private func plan() -> Plan {
    let base = RenderFixtures.plan()
    var actions: [Action] = []
    for (i, text) in bodies.enumerated() {
        let id = ItemID("1.\(i + 20)")
        let file = "Content/actions/\(id.raw).md"
        actions.append(Action(id: id, title: "Action \(id)", priorities: [i % 2 == 0 ? "1" : "2"], leads: ["NB"],
                              due: .date(PlanDate("2026-03")!), status: "on-track", updated: Day(iso: "2025-11-01"),
                              body: MarkdownSource(text: text, file: file, firstLine: 9), location: SourceLocation(file: file, line: 1)))
    }
    return Plan(site: base.site, people: base.people, glossary: base.glossary, priorities: base.priorities,
                actions: base.actions + actions, measures: base.measures, feedback: base.feedback, bulletins: base.bulletins,
                pages: base.pages, homeIntro: base.homeIntro)
}

@Test func sharedBodiesGiveTheSamePagesAsRenderingEachPageAlone() throws {
    let plan = plan()
    let renderer = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    let together = FileBox()
    try renderer.render { together.add($0) }
    // The shareable bodies were rendered before the pages, and the whole-plan page put their
    // finished HTML in place.
    let shared = RenderedBodies.render(for: renderer.jobs(), site: renderer.site)
    let finished = plan.actions.compactMap { shared[$0.body]?.finished }
    #expect(finished.count >= 3)
    let alone = FileBox()
    for job in renderer.jobs() {
        try renderer.render([job]) { alone.add($0) }
    }
    #expect(together.files.keys.sorted() == alone.files.keys.sorted())
    for (path, text) in alone.files {
        #expect(together.files[path] == text, "\(path)")
    }
    let report = try #require(together.files["report/index.html"])
    // (A body whose glossary terms the page has not marked yet is rendered there instead.)
    #expect(finished.filter { report.contains($0) }.count >= 3)
    // One page alone shares nothing.
    #expect(RenderedBodies.render(for: [renderer.jobs().first { $0.kind.isReport }!], site: renderer.site).count == 0)
    #expect(report.contains("id=\"action-1-20-ehcp-work\""))
    #expect(report.contains("href=\"../actions/1-10/#latest-update\""))

    // A build hands the renderer the bodies its check already rendered: the same files.
    var building = renderer
    building.preparedBodies = PlanResolution.resolve(plan, assetPaths: [], asOf: RenderFixtures.asOf, rendersBodies: true).bodies
    #expect(building.preparedBodies.count >= 3)
    let handedOver = FileBox()
    try building.render { handedOver.add($0) }
    #expect(handedOver.files == together.files)
}

@Test func onlySafeTextIsShared() {
    #expect(PlaceholderRoot.isSafe("plain [link](/actions/1-2/) text"))
    #expect(!PlaceholderRoot.isSafe("a %02 b"))
    #expect(!PlaceholderRoot.isSafe("a &#2; b"))
    #expect(!PlaceholderRoot.isSafe("a \u{2} b"))
    #expect(PlaceholderRoot.canRelocate(to: "../../"))
    #expect(!PlaceholderRoot.canRelocate(to: "/send progress/"))
    #expect(PlaceholderRoot.relocate("<a href=\"./%02actions/1-2/\">x</a>", to: "../") == "<a href=\"../actions/1-2/\">x</a>")
}

@Test func aChartInABodyOnTheWholePlanTakesTheBodysPrefix() throws {
    let base = plan()
    let id = ItemID("1.30")
    let file = "Content/actions/1.30.md"
    let text = "## How we measure it\n\nSee [how](#how-we-measure-it).\n\n{{measure EHCP-WEEKS}}\n"
    let action = Action(id: id, title: "Charted", priorities: ["1"], leads: ["NB"], due: .date(PlanDate("2026-03")!),
                        status: "on-track", updated: Day(iso: "2025-11-01"),
                        body: MarkdownSource(text: text, file: file, firstLine: 9), location: SourceLocation(file: file, line: 1))
    let plan = Plan(site: base.site, people: base.people, glossary: base.glossary, priorities: base.priorities,
                    actions: base.actions + [action], measures: base.measures, feedback: base.feedback,
                    bulletins: base.bulletins, pages: base.pages, homeIntro: base.homeIntro)
    let renderer = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    let files = FileBox()
    try renderer.render { files.add($0) }
    let report = try #require(files.files["report/index.html"])
    let own = try #require(files.files["actions/1-30/index.html"])
    // On the action's page the body is the page's own; on the whole plan every id in it,
    // the chart's included, and its same-page link carry the action's prefix.
    #expect(own.contains(#"<h2 id="how-we-measure-it">"#))
    #expect(own.contains(##"href="#how-we-measure-it""##))
    #expect(report.contains(#"<h4 id="action-1-30-how-we-measure-it">"#))
    #expect(report.contains(##"href="#action-1-30-how-we-measure-it""##))
    #expect(report.contains(#"id="action-1-30-chart-ehcp-weeks-"#))
    #expect(report.contains(#"aria-labelledby="action-1-30-chart-ehcp-weeks-"#))
    let ids = HTMLIDs.ids(in: report)
    #expect(ids.count == Set(ids).count, "every id on the whole plan is unique")
}
