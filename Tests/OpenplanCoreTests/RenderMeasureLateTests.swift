import Testing
@testable import OpenplanCore

/// A measure whose next figure was due before the as-of day and has no reading since is
/// flagged on its page (the same "Important" banner as a past-due action) and on the list.
private func render(nextDue: String, readings: [DataPoint] = [], asOf: String) throws -> (page: String, list: String) {
    let base = RenderFixtures.plan()
    var measures = base.measures
    let index = try #require(measures.firstIndex { $0.id.raw == "LO-VISITS" })
    measures[index].nextReadingDue = PlanDate(nextDue)
    measures[index].actuals = readings
    let plan = Plan(site: base.site, people: base.people, glossary: base.glossary, priorities: base.priorities,
                    actions: base.actions, measures: measures, feedback: base.feedback, bulletins: base.bulletins,
                    pages: base.pages, homeIntro: base.homeIntro)
    let files = try RenderFixtures.render(plan, asOf: RenderFixtures.day(asOf)).files
    return (try #require(files["measures/lo-visits/index.html"]), try #require(files["measures/index.html"]))
}

@Test func aMeasureWhoseNextFigureIsOverdueIsFlaggedOnItsPageAndTheList() throws {
    let (page, list) = try render(nextDue: "2026-03", asOf: "2026-12-01")
    #expect(page.contains("<p class=\"notification-banner__heading\" id=\"banner-late\">Next figure late</p>"))
    #expect(page.contains("The next figure was due by March 2026 and has not been published yet."))
    #expect(!page.contains("The next figure is due by March 2026."))
    // On the measures page it stands as "Figures late", with the reason.
    #expect(list.contains("<li class=\"measure-card\" data-measure-state=\"late\">"))
    #expect(list.contains("<span class=\"tag__label\">Figures late</span></strong> <span class=\"measure-card__reason\">The next figure was due by March 2026 and has not been published yet.</span>"))
}

@Test func aMeasureIsNotLateBeforeItsDueDateEnds() throws {
    let (page, list) = try render(nextDue: "2026-03", asOf: "2026-03-31")
    #expect(!page.contains("banner-late") && !list.contains("data-measure-state=\"late\""))
    #expect(page.contains("The next figure is due by March 2026."))
}

@Test func aReadingForTheDueMonthMeansTheFigureIsNotLate() throws {
    let (page, list) = try render(nextDue: "2026-03", readings: [DataPoint(date: PlanDate("2026-03")!, value: 1200)],
                                  asOf: "2026-12-01")
    #expect(!page.contains("banner-late") && !list.contains("data-measure-state=\"late\""))
    // An older reading does not count as the late one.
    let (old, _) = try render(nextDue: "2026-03", readings: [DataPoint(date: PlanDate("2025-12")!, value: 900)],
                              asOf: "2026-12-01")
    #expect(old.contains("banner-late"))
}
