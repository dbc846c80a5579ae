import Foundation
import OpenplanCore
import Testing
@testable import OpenplanImport

/// A row of the plan as the fixture's table holds it, to compare with what arrives.
private struct Expected {
    var id: String, priority: [String], leads: [String], due: String, status: String, milestones: Int
}

/// The Cumberland inspection action plan typed into Word (Fixtures/make_fixtures.py,
/// cumberland_action_plan_docx): every action, lead, date, milestone and status arrives, and
/// the site builds without an error.
@Test func cumberlandActionPlanFromWordBuildsWithEverythingItHolds() throws {
    let site = try temporarySite()
    let outcome = try importFixture("cumberland-action-plan.docx", into: site)
    #expect(outcome.problems.isEmpty)
    #expect(outcome.notes.contains { $0.contains("table 1 has no heading row") })  // the key to the leads
    let expected: [Expected] = [
        .init(id: "1.1", priority: ["1"], leads: ["NB", "CB"], due: "2026-01", status: "on-track", milestones: 0),
        .init(id: "1.2", priority: ["1"], leads: ["NB", "CB"], due: "2026-03", status: "issues", milestones: 0),
        .init(id: "1.3", priority: ["1"], leads: ["NB", "CB"], due: "2026-02", status: "on-track", milestones: 0),
        .init(id: "1.4", priority: ["1"], leads: ["NB", "CB"], due: "2026-12", status: "not-started", milestones: 0),
        .init(id: "1.5", priority: ["1"], leads: ["NB", "CB"], due: "quarterly", status: "on-track", milestones: 0),
        .init(id: "1.6", priority: ["2"], leads: ["DW", "RS", "EC"], due: "2026-04", status: "on-track", milestones: 0),
        .init(id: "1.7", priority: ["2"], leads: ["DW", "RS", "EC"], due: "2026-07", status: "issues", milestones: 2),
        .init(id: "1.8", priority: ["2"], leads: ["DW", "RS", "EC"], due: "2026-10", status: "off-track", milestones: 0),
        .init(id: "1.9", priority: ["2", "4"], leads: ["AMC", "CB"], due: "2025-01", status: "complete", milestones: 0),
        .init(id: "1.10", priority: ["1"], leads: ["AMC", "CB"], due: "2026-01", status: "on-track", milestones: 0),
        .init(id: "2a.1", priority: ["2"], leads: ["PC", "JA"], due: "2026-09", status: "on-track", milestones: 0),
        .init(id: "2a.2", priority: ["2"], leads: ["PC", "JA"], due: "2026-09", status: "issues", milestones: 0),
        .init(id: "2a.3", priority: ["6"], leads: ["PC", "JA"], due: "2026-07", status: "not-started", milestones: 0),
        .init(id: "2c.1", priority: ["6"], leads: ["KN", "CB"], due: "2026-02", status: "on-track", milestones: 0),
        .init(id: "2c.2", priority: ["6"], leads: ["KN", "CB"], due: "quarterly", status: "off-track", milestones: 0),
    ]
    let build = SiteBuild(siteFolder: site, asOf: importDay)
    let prepared = build.prepare()
    #expect(prepared.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    let plan = try #require(prepared.plan)
    #expect(plan.actions.map(\.id.raw) == expected.map(\.id))
    for e in expected {
        let a = try #require(plan.actionByID[ItemID(e.id)])
        #expect(a.priorities.map(\.raw) == e.priority, "\(e.id)")
        #expect(a.leads.map(\.raw) == e.leads, "\(e.id)")
        #expect(a.due?.description == e.due, "\(e.id)")
        #expect(a.status == e.status, "\(e.id)")
        #expect(a.milestones.count == e.milestones, "\(e.id)")
    }
    #expect(plan.people.map(\.id.raw) == ["NB", "CB", "DW", "RS", "EC", "AMC", "PC", "JA", "KN"])
    // The workstream rows (a sentence in the Lead column, no action) head their actions' pages.
    #expect(plan.actionByID["1.5"]?.body.text.contains("## Workstream\n\nSet up a multi-agency group to check the quality of EHC plans") == true)
    #expect(plan.actionByID["1.8"]?.body.text.contains("## Workstream\n\nDevelop and agree a shared template for health advice") == true)
    #expect(plan.actionByID["1.9"]?.body.text.contains("Workstream") == false)
    #expect(build.check().errorCount == 0)
}

/// A tracker in the Westmorland and Furness shape: one sheet per working group, milestones
/// as "Mon YYYY:" lines, the status as a word, a letter or only a fill.
@Test func adulthoodTrackerFromExcelBuildsWithEverythingItHolds() throws {
    let site = try temporarySite()
    let outcome = try importFixture("adulthood-tracker.xlsx", into: site)
    #expect(outcome.problems.isEmpty)
    let plan = try #require(ContentLoader(siteFolder: site).load().plan)
    let a = plan.actions
    #expect(a.map(\.id.raw) == ["1", "2", "3", "4", "5"])
    #expect(a.map { $0.priorities.map(\.raw) } == [["preparation-for-adulthood"], ["preparation-for-adulthood"], ["preparation-for-adulthood"], ["emotional-health"], ["emotional-health"]])
    #expect(a.map(\.status) == ["on-track", "on-track", "issues", "off-track", "on-track"])
    #expect(a.map { $0.leads.map(\.raw) } == [["AES"], ["AES", "HS"], [], ["DPH"], ["DPH"]])
    #expect(plan.peopleByID["AES"]?.role == "AD Education and Skills")
    #expect(a.map { $0.milestones.map { $0.due?.description ?? "" } } == [["2025-09", "2025-12"], ["2026-01", "2026-04"], ["2026-09"], ["2025-10", "2026-03"], []])
    #expect(a[4].due == .notSet)  // "Termly" was in the milestones column, not a due date
    #expect(a[3].body.text.contains("Draft delayed while commissioners agree funding"))
    #expect(a[4].body.text.contains("Termly"))
}
