import Markdown
import Testing
@testable import OpenplanCore

private func page(_ folder: String = "bulletins/b0/", plan: Plan = RenderFixtures.plan()) throws -> PageContext {
    let renderer = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    return PageContext(site: renderer.site, path: PagePath(folder: folder))
}
private let source = MarkdownSource(text: "", file: "Content/bulletins/b0.md", firstLine: 6)
private func call(_ kind: String, _ argument: String = "", line: Int = 3) -> EmbedCall {
    EmbedCall(kind: kind, argument: argument, position: TextPosition(line: line, column: 1))
}

@Test func measureEmbedShowsLatestTargetBaselineChartAndLinks() throws {
    let p = try page()
    #expect(EmbedCheck.problem(call("measure", "EHCP-WEEKS"), in: p.plan) == nil)
    let html = p.embed(call("measure", "EHCP-WEEKS"))
    #expect(html.contains("href=\"../../measures/ehcp-weeks/\">Average weeks to issue an EHC plan</a>"))
    #expect(html.contains("97 weeks (November 2025)"))
    #expect(html.contains("94 weeks by March 2026"))
    #expect(html.contains("104 weeks (September 2024)"))
    #expect(html.contains("<svg class=\"chart\""))
    #expect(html.contains("href=\"../../measures/ehcp-weeks/data.csv\""))
    // The same measure twice on one page gets distinct chart ids.
    let again = p.embed(call("measure", "EHCP-WEEKS"))
    #expect(html.contains("chart-ehcp-weeks-1-title") && again.contains("chart-ehcp-weeks-2-title"))
}

@Test func actionEmbedShowsStatusDueAndLeadRoles() throws {
    let p = try page()
    #expect(EmbedCheck.problem(call("action", "\"1.2\""), in: p.plan) == nil)
    let html = p.embed(call("action", "\"1.2\""))
    #expect(html.contains("href=\"../../actions/1-2/\">Action 1.2: Track whether health advice arrives on time</a>"))
    #expect(html.contains("tag--green tag--shape-circle"))
    #expect(html.contains("<time datetime=\"2026-03\">March 2026</time>"))
    #expect(html.contains("SEND Transformation Lead (Example Council), Designated Clinical Officer (Example ICB)"))
}

@Test func progressEmbedCountsOverallAndPerPriorityInWordsAndTables() throws {
    let p = try page()
    #expect(EmbedCheck.problem(call("progress"), in: p.plan) == nil)
    let html = p.embed(call("progress"))
    #expect(html.contains("1 of 3 actions (33%) is complete."))
    #expect(html.contains("1 action is past its due date and not yet complete."))
    #expect(html.contains("<caption class=\"table__caption\">Actions by priority and status</caption>"))
    #expect(html.contains("Priority 1: Working together and building trust</a>: 0 of 2 actions (0%) are complete."))
    #expect(html.contains("<td class=\"table__num\">2</td></tr>"))
}

@Test func changesEmbedInABulletinCoversTheTimeSinceThePreviousBulletin() throws {
    let p = try page()
    let plan = p.plan
    p.changesPeriod = .forBulletin(plan.bulletins[0], in: plan)
    let html = p.embed(call("changes"))
    #expect(html.contains("<time datetime=\"2025-10-30\">30 October 2025</time> and <time datetime=\"2025-11-28\">28 November 2025</time>"))
    #expect(html.contains("Changed from Not started to On track"))
    #expect(html.contains("Was due by 31 October 2025"))
    #expect(!html.contains("Nothing changed in this period."))
    p.changesPeriod = .init(after: Day(iso: "2020-01-01")!, through: Day(iso: "2020-02-01")!)
    #expect(p.embed(call("changes")).contains("Nothing changed in this period."))
}

@Test func feedbackEmbedShowsTheLatestItems() throws {
    let p = try page()
    let one = p.embed(call("feedback", "latest 1"))
    #expect(one.contains("We could not tell whether health advice was included."))
    #expect(!one.contains("Letters are hard to read."))
    let both = p.embed(call("feedback", "latest 5"))
    #expect(both.contains("Letters are hard to read."))
    #expect(!both.contains("id=\"feedback-"), "items in embeds carry no ids, so a page may show one twice")
    #expect(EmbedCheck.problem(call("feedback", "latest 5"), in: p.plan) == nil)
    #expect(EmbedCheck.feedbackCount("") == 3)
    #expect(EmbedCheck.feedbackCount("latest 0") == nil)
    #expect(EmbedCheck.feedbackCount("newest 2") == nil)
}

@Test func unknownEmbedsAreErrorsAtTheEditorsLine() throws {
    let p = try page()
    let calls = [call("measure", "NOPE", line: 4), call("action", "9.9", line: 5), call("chart", "X", line: 7),
                 call("progress", "now", line: 8), call("feedback", "latest many", line: 9)]
    for c in calls { #expect(p.embed(c) == "") }
    // Found before rendering, at the editor's line.
    let problems = calls.compactMap { c in EmbedCheck.problem(c, in: p.plan).map { (source.location(of: c.position), $0) } }
    #expect(problems.map(\.0.line) == [9, 10, 12, 13, 14])
    #expect(problems.allSatisfy { $0.0.file == "Content/bulletins/b0.md" })
    #expect(problems[0].1.contains("“NOPE”"))
    #expect(problems[2].1.contains("{{chart X}}") && problems[2].1.contains("{{measure ID}}"))
}

@Test func bulletinBodyForEmailUsesAbsoluteLinks() throws {
    let plan = RenderFixtures.plan()
    let renderer = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    var bulletin = plan.bulletins[1]
    bulletin.body.text = "See the [glossary](/glossary/)."
    let html = renderer.bulletinBodyHTML(bulletin, root: "https://example.org/send-progress/")
    #expect(html.contains("See the"))
    let page = PageContext(site: renderer.site, path: PagePath(folder: "bulletins/b1/", fixedRoot: "https://example.org/send-progress/"))
    #expect(page.rewrite("/glossary/") == "https://example.org/send-progress/glossary/")
    #expect(page.embed(EmbedCall(kind: "action", argument: "1.2", position: TextPosition(line: 1, column: 1)))
        .contains("href=\"https://example.org/send-progress/actions/1-2/\""))
}
