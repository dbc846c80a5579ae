import Testing
@testable import OpenplanCore

private func loc(_ f: String) -> OpenplanCore.SourceLocation { OpenplanCore.SourceLocation(file: f, line: 1) }
private func body(_ f: String) -> MarkdownSource { .empty(file: f) }

private func plan(actions: [String] = ["1.1", "1.2", "1.10", "2.1"], bulletins: [String] = ["2025-11-28", "2025-12-19"],
                  feedback: [String] = []) -> Plan {
    let site = Site(title: "T", partnership: "P", statuses: .standard)
    let priorities = ["1", "2"].map { Priority(id: ItemID($0), title: "P\($0)", body: body("p"), location: loc("p")) }
    let acts = actions.map { id in
        Action(id: ItemID(id), title: id, priorities: [ItemID(String(id.prefix(1)))], leads: [], due: nil,
               status: "on-track", updated: nil, body: body(id), location: loc(id))
    }
    let buls = bulletins.enumerated().map { i, d in
        Bulletin(id: ItemID("b\(i)"), title: "B", date: Day(iso: d)!, body: body("b"), location: loc("b"))
    }
    let fb = feedback.map { id in
        Feedback(id: ItemID(id), date: Day(iso: "2026-01-01")!, theme: "t", youSaid: "x", status: .listening,
                 body: body(id), location: loc(id))
    }
    return Plan(site: site, people: [Person(id: "NB", role: "Lead", location: loc("people"))], glossary: [],
                priorities: priorities, actions: acts, measures: [], feedback: fb, bulletins: buls, pages: [], homeIntro: nil)
}

private let asOf = Day(iso: "2026-01-15")!

@Test func bulletinIsTheMonthAfterTheNewest() throws {
    let new = try NewContent.bulletin(month: nil, plan: plan(), asOf: asOf)
    #expect(new.path == "Content/bulletins/2026-01.md")
    #expect(new.text.contains("title: January 2026 update"))
    #expect(new.text.contains("date: 2026-01-15"))   // the as-of day falls in that month
    #expect(new.text.contains("{{progress}}"))
    #expect(new.text.contains("{{changes}}"))
}

@Test func bulletinForAGivenMonthIsDatedItsLastDay() throws {
    let new = try NewContent.bulletin(month: "2026-02", plan: plan(), asOf: asOf)
    #expect(new.path == "Content/bulletins/2026-02.md")
    #expect(new.text.contains("date: 2026-02-28"))
    #expect(throws: NewContentError.badMonth("2026-13")) { try NewContent.bulletin(month: "2026-13", plan: plan(), asOf: asOf) }
}

@Test func decemberRollsOverToJanuary() throws {
    let new = try NewContent.bulletin(month: nil, plan: plan(bulletins: ["2025-12-19"]), asOf: asOf)
    #expect(new.path == "Content/bulletins/2026-01.md")
}

@Test func actionTakesTheNextNumberInItsPriority() throws {
    let new = try NewContent.action(priority: "1", plan: plan(), asOf: asOf)
    #expect(new.path == "Content/actions/1.11.md")
    #expect(new.text.contains("id: \"1.11\""))   // quoted so YAML keeps it as text
    #expect(new.text.contains("priority: \"1\""))
    let first = try NewContent.action(priority: "2", plan: plan(actions: []), asOf: asOf)
    #expect(first.path == "Content/actions/2.1.md")
    #expect(throws: NewContentError.self) { try NewContent.action(priority: "9", plan: plan(), asOf: asOf) }
}

@Test func feedbackIdAvoidsTakenOnes() {
    let taken = plan(feedback: ["ehc-plans-2026-01-15"])
    let new = NewContent.feedback(theme: "EHC plans", plan: taken, asOf: asOf)
    #expect(new.path == "Content/feedback/ehc-plans-2026-01-15-2.md")
    #expect(new.text.contains("status: listening"))
}

@Test func actionStartsNotStartedWithLeadAndDueNotSetYet() throws {
    let new = try NewContent.action(priority: "1", plan: plan(), asOf: asOf)
    #expect(new.text.contains("status: not-started\n"))
    #expect(new.text.contains("leads: []\n"))
    #expect(new.text.contains("due: tbc\n"))
    #expect(!new.text.contains("NB"))   // no lead is invented
}

@Test func notStartedIsTheFirstGreyStatusOrElseTheFirstNotComplete() {
    let grey = StatusScale(statuses: [
        Status(id: "done", label: "Done", colour: .blue, meaning: ""),
        Status(id: "planned", label: "Planned", colour: .grey, meaning: ""),
        Status(id: "red", label: "Red", colour: .red, meaning: ""),
    ], completeID: "done")
    #expect(grey.notStartedID == "planned")
    let noGrey = StatusScale(statuses: [
        Status(id: "g", label: "Green", colour: .green, meaning: ""),
        Status(id: "a", label: "Amber", colour: .amber, meaning: ""),
    ], completeID: "g")
    #expect(noGrey.notStartedID == "a")
    // A grey complete status is not "not started".
    let greyDone = StatusScale(statuses: [
        Status(id: "closed", label: "Closed", colour: .grey, meaning: ""),
        Status(id: "open", label: "Open", colour: .green, meaning: ""),
    ], completeID: "closed")
    #expect(greyDone.notStartedID == "open")
    #expect(StatusScale.standard.notStartedID == "not-started")
}

@Test func bulletinDefaultsToTheAsOfMonthWhenTheNewestIsOlder() throws {
    // Run in December 2026 with the newest bulletin for January 2026: not "February 2026".
    let december = Day(iso: "2026-12-07")!
    let new = try NewContent.bulletin(month: nil, plan: plan(bulletins: ["2026-01-30"]), asOf: december)
    #expect(new.path == "Content/bulletins/2026-12.md")
    #expect(new.text.contains("title: December 2026 update") && new.text.contains("date: 2026-12-07"))
    #expect(new.note == "Started the December 2026 bulletin: this month; the newest bulletin is for January 2026. Give a month, like 2026-02, for another one.")
    // The month after the newest, when that is this month or later, is still chosen and said.
    let next = try NewContent.bulletin(month: nil, plan: plan(), asOf: asOf)
    #expect(next.note == "Started the January 2026 bulletin: the month after the newest bulletin (December 2025).")
    let first = try NewContent.bulletin(month: nil, plan: plan(bulletins: []), asOf: december)
    #expect(first.path == "Content/bulletins/2026-12.md" && first.note?.contains("no bulletin yet") == true)
    // A month given by the editor needs no explanation.
    #expect(try NewContent.bulletin(month: "2026-02", plan: plan(), asOf: december).note == nil)
}
