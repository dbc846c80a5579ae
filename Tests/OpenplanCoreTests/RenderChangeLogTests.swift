import Testing
@testable import OpenplanCore

private func d(_ s: String) -> Day { Day(iso: s)! }

private func action(_ id: ItemID, status: String, updated: String?, history: [(String, String)] = [], due: String? = nil) -> Action {
    Action(id: id, title: "Action \(id)", priorities: ["1"], leads: [], due: due.flatMap(DueDate.init), status: status,
           updated: updated.map(d), history: history.map { HistoryEntry(date: d($0.0), status: $0.1) },
           body: .empty(file: "a.md"), location: SourceLocation(file: "Content/actions/\(id).md", line: 1))
}

private func plan(actions: [Action] = [], feedback: [Feedback] = [], measures: [Measure] = [], bulletins: [Bulletin] = []) -> Plan {
    Plan(site: Site(title: "T", partnership: "P", statuses: .standard), people: [], glossary: [], priorities: [],
         actions: actions, measures: measures, feedback: feedback, bulletins: bulletins, pages: [], homeIntro: nil)
}

@Test func periodExcludesItsStartAndIncludesItsEnd() {
    let period = ChangeLog.Period(after: d("2025-10-28"), through: d("2025-11-28"))
    #expect(!period.contains(d("2025-10-28")))
    #expect(period.contains(d("2025-10-29")))
    #expect(period.contains(d("2025-11-28")))
    #expect(!period.contains(d("2025-11-29")))
    #expect(ChangeLog.Period.days31(endingOn: d("2025-12-01")).after == d("2025-10-31"))
}

@Test func statusChangesOnTheBoundaryBelongToOnePeriodOnly() {
    let a = action("1.1", status: "on-track", updated: "2025-11-28", history: [("2025-10-28", "not-started")])
    let p = plan(actions: [a])
    let october = ChangeLog(plan: p, period: .init(after: d("2025-09-28"), through: d("2025-10-28")))
    let november = ChangeLog(plan: p, period: .init(after: d("2025-10-28"), through: d("2025-11-28")))
    #expect(october.statusChanges.map(\.to) == ["not-started"])
    #expect(october.statusChanges.first?.from == nil)
    #expect(november.statusChanges.count == 1)
    #expect(november.statusChanges.first.map { ($0.from, $0.to, $0.date) } ?? (nil, "", d("2000-01-01")) == ("not-started", "on-track", d("2025-11-28")))
}

@Test func completionsAreListedApartFromOtherChanges() {
    let done = action("2.1", status: "complete", updated: "2025-11-10", history: [("2025-09-01", "off-track")])
    let repeated = action("2.2", status: "issues", updated: "2025-11-15", history: [("2025-11-01", "issues")])
    let log = ChangeLog(plan: plan(actions: [done, repeated]), period: .init(after: d("2025-10-31"), through: d("2025-11-30")))
    #expect(log.completed.map(\.action) == ["2.1"])
    #expect(log.completed.first?.from == "off-track")
    // 2.2 was already "issues" from 1 November: the same status again is not a change.
    #expect(log.statusChanges.map(\.action) == ["2.2"])
    #expect(log.statusChanges.first?.from == nil)
    #expect(log.statusChanges.first?.date == d("2025-11-01"))
}

@Test func passingTheDueDateCountsFromTheFirstOverdueDay() {
    let dueOctober = action("3.1", status: "on-track", updated: "2025-09-01", due: "2025-10")
    let finished = action("3.2", status: "complete", updated: "2025-10-20", history: [("2025-09-01", "on-track")], due: "2025-10")
    let recurring = action("3.3", status: "on-track", updated: "2025-09-01", due: "monthly")
    let p = plan(actions: [dueOctober, finished, recurring])
    // Due by 31 October: first overdue on 1 November.
    let endsOn31 = ChangeLog(plan: p, period: .init(after: d("2025-09-30"), through: d("2025-10-31")))
    let startsAfter31 = ChangeLog(plan: p, period: .init(after: d("2025-10-31"), through: d("2025-11-30")))
    let startsAfter1 = ChangeLog(plan: p, period: .init(after: d("2025-11-01"), through: d("2025-11-30")))
    #expect(endsOn31.passedDue.isEmpty)
    #expect(startsAfter31.passedDue.map(\.action) == ["3.1"])
    #expect(startsAfter1.passedDue.isEmpty)
}

@Test func feedbackAndReadingsAreDatedByTheirOwnDates() {
    let fb = [
        Feedback(id: "a", date: d("2025-11-01"), theme: "T", youSaid: "x", status: .done, body: .empty(file: "f"), location: SourceLocation(file: "f", line: 1)),
        Feedback(id: "b", date: d("2025-10-31"), theme: "T", youSaid: "y", status: .done, body: .empty(file: "f"), location: SourceLocation(file: "f", line: 1)),
    ]
    let m = Measure(id: "M", title: "M", unit: .count, direction: .increase, baseline: nil, targets: [],
                    actuals: [DataPoint(date: PlanDate("2025-10")!, value: 1), DataPoint(date: PlanDate("2025-11")!, value: 2),
                              DataPoint(date: PlanDate("2025-12")!, value: nil)],
                    location: SourceLocation(file: "m", line: 1))
    let log = ChangeLog(plan: plan(feedback: fb, measures: [m]), period: .init(after: d("2025-10-31"), through: d("2025-12-01")))
    #expect(log.feedback == ["a"])
    // A month reading is dated its first day; a reading with no value or text is not news.
    #expect(log.readings.map(\.point.value) == [2])
    #expect(!log.isEmpty)
    let quiet = ChangeLog(plan: plan(feedback: fb, measures: [m]), period: .init(after: d("2026-01-01"), through: d("2026-02-01")))
    #expect(quiet.isEmpty)
}

@Test func bulletinPeriodRunsFromThePreviousBulletin() {
    func bulletin(_ id: ItemID, _ date: String) -> Bulletin {
        Bulletin(id: id, title: "B", date: d(date), body: .empty(file: "b"), location: SourceLocation(file: "b", line: 1))
    }
    let p = plan(bulletins: [bulletin("2025-10", "2025-10-28"), bulletin("2025-11", "2025-11-28"), bulletin("2025-12", "2025-12-19")])
    #expect(ChangeLog.Period.forBulletin(p.bulletins[0], in: p) == .init(after: d("2025-11-28"), through: d("2025-12-19")))
    #expect(ChangeLog.Period.forBulletin(p.bulletins[2], in: p) == .init(after: d("2025-09-27"), through: d("2025-10-28")))
}
