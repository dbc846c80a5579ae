import Testing
@testable import OpenplanCore

/// Archived measures and measures with a next reading date say so in words, rather than
/// implying figures are missing.
@Test func archivedMeasurePageSaysItIsNoLongerCollected() throws {
    var plan = RenderFixtures.plan()
    var measures = plan.measures
    let index = try #require(measures.firstIndex { $0.actuals.isEmpty == false })
    measures[index].archived = true
    let id = measures[index].id
    plan = Plan(site: plan.site, people: plan.people, glossary: plan.glossary, priorities: plan.priorities, actions: plan.actions,
                measures: measures, feedback: plan.feedback, bulletins: plan.bulletins, pages: plan.pages, homeIntro: plan.homeIntro)
    let files = try RenderFixtures.render(plan).files
    let page = try #require(files["measures/\(id.slug)/index.html"])
    #expect(page.contains("This measure is no longer collected"))
    #expect(!page.contains("No readings yet"))
    #expect(try #require(files["measures/index.html"]).contains("No longer collected: kept for the record."))
}

@Test func measureWithNoReadingsSaysWhenTheFirstIsDue() throws {
    var plan = RenderFixtures.plan()
    var measures = plan.measures
    let index = try #require(measures.firstIndex { $0.actuals.isEmpty })
    measures[index].nextReadingDue = PlanDate("2026-03")
    let id = measures[index].id
    plan = Plan(site: plan.site, people: plan.people, glossary: plan.glossary, priorities: plan.priorities, actions: plan.actions,
                measures: measures, feedback: plan.feedback, bulletins: plan.bulletins, pages: plan.pages, homeIntro: plan.homeIntro)
    let page = try #require(try RenderFixtures.render(plan).files["measures/\(id.slug)/index.html"])
    #expect(page.contains("No readings yet"))
    #expect(page.contains("The next figure is due by March 2026."))
}
