import Testing
@testable import OpenplanCore

/// The two optional measure keys that tell `check` when figures are expected:
/// `archived` (no longer collected) and `next_reading_due` (a reminder date).
@Suite struct ReviewMeasureScheduleTests {
    private typealias F = ReviewFixtures

    private func findings(_ measure: Measure, asOf: String) -> [ReviewFinding] {
        IntegrityReview(asOf: F.day(asOf)).findings(in: F.plan(measures: [measure]))
    }

    @Test func archivedMeasuresAreNeverAskedForReadings() {
        var old = F.measure("WG1", actuals: [F.reading("2019-07", 50)])
        #expect(findings(old, asOf: "2026-01-31").count == 1)
        old.archived = true
        #expect(findings(old, asOf: "2026-01-31").isEmpty)
        var none = F.measure("WG2", actuals: [])
        none.archived = true
        #expect(findings(none, asOf: "2026-01-31").isEmpty)
    }

    @Test func nextReadingDueHoldsOffWarningsUntilItPasses() {
        var fresh = F.measure("NEW", actuals: [])
        fresh.nextReadingDue = PlanDate("2026-03")
        #expect(findings(fresh, asOf: "2026-03-31").isEmpty)          // the last day of the month it is due
        let late = findings(fresh, asOf: "2026-04-01")
        #expect(late.count == 1)
        #expect(late.first?.message.contains("was due by March 2026") == true)
        #expect(late.first?.rule == .measureWithoutRecentReading)
    }

    @Test func nextReadingDueReplacesTheTwelveMonthRule() {
        var yearly = F.measure("Y", actuals: [F.reading("2024-07", 10)])
        #expect(findings(yearly, asOf: "2026-01-31").count == 1)
        yearly.nextReadingDue = PlanDate("2026-07-31")
        #expect(findings(yearly, asOf: "2026-01-31").isEmpty)
    }

    @Test func keysAreReadAndCheckedFromJSON() throws {
        let ok = TestSite(basics: ["Content/measures/m.json": """
            {"id": "M", "title": "T", "unit": "count", "direction": "increase",
             "archived": true, "next_reading_due": "2026-03"}
            """]).load()
        #expect(!ok.hasErrors, "\(ok.listing)")
        let m = try #require(ok.plan?.measureByID["M"])
        #expect(m.archived)
        #expect(m.nextReadingDue == PlanDate("2026-03"))

        let bad = TestSite(basics: ["Content/measures/m.json": """
            {"id": "M", "title": "T", "unit": "count", "direction": "increase",
             "next_reading_due": "2026-13"}
            """]).load()
        #expect(bad.diagnostics.contains { $0.severity == .error && $0.line == 2 && $0.message.contains("2026-13") }, "\(bad.listing)")
    }
}
