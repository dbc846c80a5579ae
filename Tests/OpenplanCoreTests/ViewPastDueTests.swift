import Testing
import Markdown
@testable import OpenplanCore

/// "Past due" beside the status wherever an overdue action is listed, the home page's count as
/// a banner, and one "Important" banner per action page. In the fixture, action 1.10 was due
/// by 31 October 2025, is not complete and was last updated in June: past due and not updated.
private func files() throws -> [String: String] { try RenderFixtures.render(RenderFixtures.plan()).files }

private func main(_ html: String) -> String {
    guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
    return String(html[start.lowerBound..<end.upperBound])
}

/// The plan with its lookups built again after a test changed its lists.
private func rebuilt(_ p: Plan) -> Plan {
    Plan(site: p.site, people: p.people, glossary: p.glossary, priorities: p.priorities, actions: p.actions,
         measures: p.measures, feedback: p.feedback, bulletins: p.bulletins, pages: p.pages, homeIntro: p.homeIntro)
}

private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

@Test func actionPageHoldsBothPointsInOneImportantBanner() throws {
    let page = main(try #require(try files()["actions/1-10/index.html"]))
    #expect(count("class=\"notification-banner\"", in: page) == 1)
    #expect(count(">Important</h2>", in: page) == 1)
    let banner = try #require(page.range(of: "class=\"notification-banner\"").map { page[$0.lowerBound...] })
    let end = try #require(banner.range(of: "</div>\n</div>"))
    let inside = String(banner[..<end.lowerBound])
    #expect(inside.contains("Past its due date") && inside.contains("Not updated for 183 days"))
    // An action that is neither has no banner at all.
    let fine = main(try #require(try files()["actions/1-2/index.html"]))
    #expect(!fine.contains("notification-banner"))
}

@Test func listsShowPastDueBesideTheStatus() throws {
    let all = try files()
    let priority = main(try #require(all["priorities/1/index.html"]))
    let row = try #require(priority.components(separatedBy: "<tr>").first { $0.contains("1.10: Run parent carer forum sessions") })
    // The mark is in the status cell, right after the tag.
    #expect(row.contains("<span class=\"tag__label\">Some issues</span></strong> <strong class=\"overdue\">Past due</strong></td>"))
    let onTrack = try #require(priority.components(separatedBy: "<tr>").first { $0.contains("1.2: Track whether") })
    #expect(!onTrack.contains("Past due"))
    let report = main(try #require(all["report/index.html"]))
    #expect(count("<strong class=\"overdue\">Past due</strong>", in: report) == 1)
}

@Test func homePageShowsTheOverdueCountAsABannerAndMarksListedActions() throws {
    let home = main(try #require(try files()["index.html"]))
    #expect(home.contains("<p class=\"notification-banner__heading\" id=\"banner-overdue\">1 action is past its due date and not yet complete.</p>"))
    #expect(!home.contains("inset-text"))
    // The banner comes before the progress figures.
    let banner = try #require(home.range(of: "banner-overdue"))
    let progress = try #require(home.range(of: "Progress so far"))
    #expect(banner.lowerBound < progress.lowerBound)
}

@Test func noBannerWhenNothingIsPastDue() throws {
    var plan = RenderFixtures.plan()
    plan.actions.removeAll { $0.id.raw == "1.10" }
    let home = main(try #require(try RenderFixtures.render(rebuilt(plan)).files["index.html"]))
    #expect(!home.contains("banner-overdue"))
    #expect(home.contains("No actions are past their due date."))
}

@Test func changeItemsMarkActionsThatArePastDue() throws {
    var plan = RenderFixtures.plan()
    // 1.10 changes status inside the home page's last 31 days, so it is listed there.
    let i = try #require(plan.actions.firstIndex { $0.id.raw == "1.10" })
    plan.actions[i].history = [HistoryEntry(date: RenderFixtures.day("2025-11-20"), status: "issues")]
    plan.actions[i].updated = RenderFixtures.day("2025-11-20")
    let home = main(try #require(try RenderFixtures.render(rebuilt(plan)).files["index.html"]))
    let item = try #require(home.components(separatedBy: "<li class=\"changes__item\">").first { $0.contains("Run parent carer forum sessions") })
    #expect(item.contains("</strong> <strong class=\"overdue\">Past due</strong><br>"))
}
