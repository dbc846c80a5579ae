import Testing
@testable import OpenplanCore

/// `{{changes}}` over crafted histories: each kind of change, and each boundary of a
/// bulletin's period `(previous bulletin's date, this bulletin's date]`.
@Suite struct ChangeLogHistoryTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }

    static func action(_ id: ItemID, _ status: String, updated: String?, history: [(String, String)] = [],
                       due: String? = nil) -> Action {
        Action(id: id, title: "Action \(id)", priorities: ["1"], leads: [], due: due.flatMap(DueDate.init), status: status,
               updated: updated.map(d), history: history.map { HistoryEntry(date: d($0.0), status: $0.1) },
               body: .empty(file: "a.md"), location: SourceLocation(file: "Content/actions/\(id).md", line: 1))
    }

    static func bulletin(_ id: ItemID, _ date: String) -> Bulletin {
        Bulletin(id: id, title: "B \(id)", date: d(date), body: .empty(file: "b.md"), location: SourceLocation(file: "b.md", line: 1))
    }

    static func plan(_ actions: [Action] = [], feedback: [Feedback] = [], measures: [Measure] = [],
                     bulletins: [Bulletin] = []) -> Plan {
        Plan(site: Site(title: "T", partnership: "P", statuses: .standard), people: [], glossary: [], priorities: [],
             actions: actions, measures: measures, feedback: feedback, bulletins: bulletins, pages: [], homeIntro: nil)
    }

    /// October bulletin on 28 October, November bulletin on 28 November.
    static let november = ChangeLog.Period(after: d("2025-10-28"), through: d("2025-11-28"))

    static func changes(_ log: ChangeLog) -> [String] {
        (log.completed + log.statusChanges).sorted { ($0.date, $0.action) < ($1.date, $1.action) }
            .map { "\($0.action) \($0.date.iso) \($0.from ?? "none")→\($0.to)" }
    }

    @Test func aChangeOnThePreviousBulletinsDateBelongsToThePreviousBulletin() {
        let a = Self.action("1", "on-track", updated: "2025-10-28", history: [("2025-09-01", "not-started")])
        #expect(ChangeLog(plan: Self.plan([a]), period: Self.november).isEmpty)
        let october = ChangeLog(plan: Self.plan([a]), period: .init(after: Self.d("2025-09-28"), through: Self.d("2025-10-28")))
        #expect(Self.changes(october) == ["1 2025-10-28 not-started→on-track"])
    }

    @Test func aChangeOnThisBulletinsDateIsIncludedAndTheDayAfterIsNot() {
        let onTheDay = Self.action("1", "issues", updated: "2025-11-28", history: [("2025-09-01", "on-track")])
        let dayAfter = Self.action("2", "issues", updated: "2025-11-29", history: [("2025-09-01", "on-track")])
        let firstDay = Self.action("3", "issues", updated: "2025-10-29", history: [("2025-09-01", "on-track")])
        let log = ChangeLog(plan: Self.plan([onTheDay, dayAfter, firstDay]), period: Self.november)
        #expect(Self.changes(log) == ["3 2025-10-29 on-track→issues", "1 2025-11-28 on-track→issues"])
    }

    @Test func currentStatusMatchingTheLastHistoryEntryHoldsFromThatEntry() {
        // Reviewed on 20 November without a change: the status has been "issues" since 10 September.
        let a = Self.action("1", "issues", updated: "2025-11-20", history: [("2025-08-01", "on-track"), ("2025-09-10", "issues")])
        #expect(ChangeLog(plan: Self.plan([a]), period: Self.november).isEmpty)
    }

    @Test func currentStatusDifferingFromTheHistoryTookEffectOnUpdated() {
        let a = Self.action("1", "on-track", updated: "2025-11-20", history: [("2025-10-01", "not-started")])
        let log = ChangeLog(plan: Self.plan([a]), period: Self.november)
        #expect(Self.changes(log) == ["1 2025-11-20 not-started→on-track"])
        #expect(log.completed.isEmpty)
    }

    @Test func everyChangeInsideThePeriodIsListedOldestFirst() {
        let a = Self.action("1", "complete", updated: "2025-11-25",
                            history: [("2025-10-01", "not-started"), ("2025-11-02", "on-track"), ("2025-11-12", "issues")])
        let log = ChangeLog(plan: Self.plan([a]), period: Self.november)
        #expect(Self.changes(log) == ["1 2025-11-02 not-started→on-track", "1 2025-11-12 on-track→issues",
                                      "1 2025-11-25 issues→complete"])
        #expect(log.completed.map(\.date) == [Self.d("2025-11-25")])
        #expect(log.statusChanges.count == 2)
    }

    @Test func theSameStatusWrittenAgainIsNotAChange() {
        let a = Self.action("1", "on-track", updated: "2025-11-20",
                            history: [("2025-10-01", "on-track"), ("2025-11-05", "on-track")])
        #expect(ChangeLog(plan: Self.plan([a]), period: Self.november).isEmpty)
    }

    @Test func entriesOnOneDayCountOnlyForTheStatusAtTheEndOfIt() {
        // Changed and changed back on the same day: no change.
        let back = Self.action("1", "on-track", updated: "2025-11-20",
                               history: [("2025-10-01", "on-track"), ("2025-11-05", "issues"), ("2025-11-05", "on-track")])
        // Two steps on one day: one change, from the status before the day to the one after.
        let twoSteps = Self.action("2", "issues", updated: "2025-11-20",
                                   history: [("2025-10-01", "not-started"), ("2025-11-06", "on-track"), ("2025-11-06", "issues")])
        let log = ChangeLog(plan: Self.plan([back, twoSteps]), period: Self.november)
        #expect(Self.changes(log) == ["2 2025-11-06 not-started→issues"])
    }

    @Test func theFirstEntryInsideThePeriodIsTheActionBeingAdded() {
        let added = Self.action("1", "not-started", updated: "2025-11-03")
        let addedDone = Self.action("2", "complete", updated: "2025-11-04")
        let log = ChangeLog(plan: Self.plan([added, addedDone]), period: Self.november)
        #expect(Self.changes(log) == ["1 2025-11-03 none→not-started", "2 2025-11-04 none→complete"])
        // Added already complete: listed as added, not as completed in this period.
        #expect(log.completed.isEmpty)
    }

    @Test func withoutUpdatedTheStatusTakesEffectWithTheLastHistoryEntry() {
        // Nothing says when "issues" began: read as the same day as the last entry, which it replaces.
        let a = Self.action("1", "issues", updated: nil, history: [("2025-10-01", "not-started"), ("2025-11-05", "on-track")])
        #expect(Self.changes(ChangeLog(plan: Self.plan([a]), period: Self.november)) == ["1 2025-11-05 not-started→issues"])
        // No dates at all: the status is known but not when it began, so it is never news.
        let undated = Self.action("2", "on-track", updated: nil)
        #expect(ChangeLog(plan: Self.plan([undated]), period: Self.november).isEmpty)
    }

    @Test func historyWrittenOutOfOrderIsReadInDateOrder() {
        let site = TestSite(basics: ["Content/actions/1.1.md": """
            ---
            title: First action
            priority: 1
            leads: [NB]
            status: complete
            updated: 2025-11-20
            history:
              - { date: 2025-11-02, status: issues }
              - { date: 2025-09-01, status: on-track }
            ---
            Body.
            """])
        let loaded = site.load()
        let plan = try! #require(loaded.plan)
        #expect(loaded.diagnostics.contains { $0.severity == .warning && $0.message.contains("oldest first") })
        #expect(Self.changes(ChangeLog(plan: plan, period: Self.november))
                == ["1.1 2025-11-02 on-track→issues", "1.1 2025-11-20 issues→complete"])
    }

    @Test func anActionPassesItsDueDateOnTheFirstDayItIsOverdue() {
        // Due in October: first overdue on 1 November, inside the November period.
        let late = Self.action("1", "on-track", updated: "2025-09-01", due: "2025-10")
        // Due on the bulletin's own date: not overdue until the day after, so it waits for December.
        let dueToday = Self.action("2", "on-track", updated: "2025-09-01", due: "2025-11-28")
        // Due the day before the bulletin: overdue on the bulletin's date, included.
        let dueYesterday = Self.action("3", "on-track", updated: "2025-09-01", due: "2025-11-27")
        // Due on the previous bulletin's date: first overdue on the first day of this period.
        let dueLastTime = Self.action("4", "issues", updated: "2025-09-01", due: "2025-10-28")
        // Due the day before the previous bulletin: overdue on its date, so October's news.
        let dueBefore = Self.action("5", "issues", updated: "2025-09-01", due: "2025-10-27")
        let recurring = Self.action("6", "off-track", updated: "2025-09-01", due: "monthly")
        let log = ChangeLog(plan: Self.plan([late, dueToday, dueYesterday, dueLastTime, dueBefore, recurring]), period: Self.november)
        #expect(log.passedDue.map(\.action) == ["4", "1", "3"])
        #expect(log.passedDue.map(\.status) == ["issues", "on-track", "on-track"])
    }

    @Test func anActionFinishedByItsFirstOverdueDayHasNotPassedItsDueDateUnfinished() {
        let finishedEarly = Self.action("1", "complete", updated: "2025-10-20", history: [("2025-09-01", "on-track")], due: "2025-10")
        let finishedThatDay = Self.action("2", "complete", updated: "2025-11-01", history: [("2025-09-01", "on-track")], due: "2025-10")
        let finishedLate = Self.action("3", "complete", updated: "2025-11-15", history: [("2025-09-01", "on-track")], due: "2025-10")
        let log = ChangeLog(plan: Self.plan([finishedEarly, finishedThatDay, finishedLate]), period: Self.november)
        // 3 passed its date unfinished, then was completed later in the month: both are news.
        #expect(log.passedDue.map(\.action) == ["3"])
        #expect(log.completed.map(\.action) == ["2", "3"])
    }

    @Test func nothingAfterTheAsOfDayIsCounted() {
        let late = Self.action("1", "on-track", updated: "2025-09-01", due: "2025-11-10")
        let changed = Self.action("2", "issues", updated: "2025-11-20", history: [("2025-09-01", "on-track")])
        let p = Self.plan([late, changed])
        let early = ChangeLog(plan: p, period: Self.november, asOf: Self.d("2025-11-10"))
        #expect(early.isEmpty)
        let later = ChangeLog(plan: p, period: Self.november, asOf: Self.d("2025-11-20"))
        #expect(later.passedDue.map(\.action) == ["1"])
        #expect(Self.changes(later) == ["2 2025-11-20 on-track→issues"])
    }

    @Test func newFeedbackIsDatedByItsDate() {
        func item(_ id: ItemID, _ date: String) -> Feedback {
            Feedback(id: id, date: Self.d(date), theme: "T", youSaid: "x", status: .listening, body: .empty(file: "f"),
                     location: SourceLocation(file: "f", line: 1))
        }
        let p = Self.plan(feedback: [item("on-previous", "2025-10-28"), item("first-day", "2025-10-29"),
                                     item("on-date", "2025-11-28"), item("after", "2025-11-29")])
        #expect(ChangeLog(plan: p, period: Self.november).feedback == ["first-day", "on-date"])
    }

    @Test func aMonthReadingIsNewsInThePeriodHoldingTheMonthsLastDay() {
        let m = Measure(id: "M", title: "M", unit: .count, direction: .increase, baseline: nil, targets: [],
                        actuals: [DataPoint(date: PlanDate("2025-10")!, value: 1),
                                  DataPoint(date: PlanDate("2025-11")!, value: 2),
                                  DataPoint(date: PlanDate("2025-11-28")!, value: 3),
                                  DataPoint(date: PlanDate("2025-10-28")!, value: 4),
                                  DataPoint(date: PlanDate("2025-11-10")!, value: nil, text: "Figures delayed"),
                                  DataPoint(date: PlanDate("2025-11-11")!, value: nil)],
                        location: SourceLocation(file: "m", line: 1))
        let p = Self.plan(measures: [m])
        // October's reading (dated 31 October) and 28 November's; not November's month (30 November).
        let log = ChangeLog(plan: p, period: Self.november)
        #expect(log.readings.map { $0.point.date.iso } == ["2025-10", "2025-11-10", "2025-11-28"])
        let december = ChangeLog(plan: p, period: .init(after: Self.d("2025-11-28"), through: Self.d("2025-12-19")))
        #expect(december.readings.map { $0.point.date.iso } == ["2025-11"])
    }

    @Test func aBulletinsPeriodStartsAtThePreviousBulletinOrThirtyOneDaysBefore() {
        let p = Self.plan(bulletins: [Self.bulletin("2025-10", "2025-10-28"), Self.bulletin("2025-11", "2025-11-28")])
        let first = p.bulletins.first { $0.id == "2025-10" }!
        let second = p.bulletins.first { $0.id == "2025-11" }!
        #expect(ChangeLog.Period.forBulletin(second, in: p) == Self.november)
        let firstPeriod = ChangeLog.Period.forBulletin(first, in: p)
        #expect(firstPeriod.firstDay == Self.d("2025-09-28"))
        #expect(firstPeriod.through == Self.d("2025-10-28"))
        #expect(firstPeriod.through.days(since: firstPeriod.firstDay) + 1 == 31)
    }
}
