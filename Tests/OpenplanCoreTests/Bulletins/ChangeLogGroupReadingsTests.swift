import Testing
@testable import OpenplanCore

/// `{{changes}}` lists new readings of a measure and of each of its breakdown groups, dated
/// like the measure's own (the last day of their date), in the bulletin's period only.
@Suite struct ChangeLogGroupReadingsTests {
    func p(_ date: String, _ value: Double?) -> DataPoint { DataPoint(date: PlanDate(date)!, value: value) }

    func plan() -> Plan {
        let base = RenderFixtures.plan()
        var measures = base.measures
        measures[0].actuals = [p("2025-09", 101), p("2025-11", 97)]
        measures[0].comparators = [Comparator(label: "England average", values: [p("2025-09", 99), p("2025-12", 96)])]
        measures[0].breakdowns = [
            Breakdown(by: "Area", groups: [
                BreakdownGroup(label: "Eden", actuals: [p("2025-10", 90), p("2025-11", 88), p("2025-12", 85)]),
                BreakdownGroup(label: "Carlisle", actuals: [p("2025-11", 99), p("2025-11-20", nil)]),
            ]),
            Breakdown(by: "Phase", groups: [BreakdownGroup(label: "Primary", actuals: [p("2025-11", 70)])]),
        ]
        return Plan(site: base.site, people: base.people, glossary: base.glossary, priorities: base.priorities,
                    actions: base.actions, measures: measures, feedback: base.feedback, bulletins: base.bulletins,
                    pages: base.pages, homeIntro: base.homeIntro)
    }

    @Test func groupReadingsInThePeriodAreNewsWithTheirGroupName() {
        // 1 November to 10 December: readings dated 30 November count; 31 October and 31 December do not.
        let period = ChangeLog.Period(after: Day(iso: "2025-10-31")!, through: Day(iso: "2025-12-10")!)
        let log = ChangeLog(plan: plan(), period: period, asOf: Day(iso: "2025-12-31")!)
        let lines = log.readings.map { ($0.group?.name ?? "own") + " " + $0.point.date.iso }
        // Same day: the measure's own first, then its groups in the order written. Carlisle's
        // reading with no value or text is not news.
        #expect(lines == ["own 2025-11", "Area: Eden 2025-11", "Area: Carlisle 2025-11", "Phase: Primary 2025-11"])
        #expect(log.readings.map(\.groupOrder) == [0, 1, 2, 3])
    }

    @Test func groupReadingsAfterTheAsOfDayAreNotCountedYet() {
        let period = ChangeLog.Period(after: Day(iso: "2025-11-30")!, through: Day(iso: "2026-01-15")!)
        #expect(ChangeLog(plan: plan(), period: period, asOf: Day(iso: "2025-12-30")!).readings.isEmpty)
        let later = ChangeLog(plan: plan(), period: period, asOf: Day(iso: "2026-01-15")!)
        #expect(later.readings.map { $0.group?.name ?? "own" } == ["Area: Eden"])
    }

    @Test func aBulletinsSnapshotHoldsOnlyTheComparatorsAndGroupFiguresKnownOnItsDate() {
        let then = plan().snapshot(on: Day(iso: "2025-12-15")!).measures[0]
        #expect(then.comparators[0].latest?.value == 99)
        #expect(then.breakdowns[0].groups[0].actuals.map(\.value) == [90, 88])
        #expect(then.breakdowns[1].groups[0].latest?.value == 70)
    }
}
