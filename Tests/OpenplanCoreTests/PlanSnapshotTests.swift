import Testing
@testable import OpenplanCore

/// A bulletin's figures describe the plan on the bulletin's date, so they do not change as
/// the plan moves on.
@Suite struct PlanSnapshotTests {
    private typealias F = ReviewFixtures

    private func plan() -> Plan {
        var moved = F.action("1.1", status: "complete", updated: "2026-01-10")
        moved.history = [HistoryEntry(date: F.day("2025-10-01"), status: "not-started"),
                         HistoryEntry(date: F.day("2025-11-15"), status: "on-track")]
        let later = F.action("1.2", status: "on-track", updated: "2026-01-05")   // first dated after the snapshot
        var undated = F.action("1.3", status: "issues", updated: nil)
        undated.history = []
        let readings = F.measure("M", actuals: [F.reading("2025-10", 5), F.reading("2025-11", 6), F.reading("2025-12-01", 7)])
        return F.plan(actions: [moved, later, undated], measures: [readings],
                      feedback: [F.feedback("old", date: "2025-11-01", status: .done),
                                 F.feedback("new", date: "2025-12-20", status: .listening)])
    }

    @Test func actionsTakeTheStatusTheyHadThatDay() throws {
        let then = plan().snapshot(on: F.day("2025-11-30"))
        let moved = try #require(then.actionByID["1.1"])
        #expect(moved.status == "on-track")
        #expect(moved.updated == F.day("2025-11-15"))
        #expect(moved.history.count == 2)
        #expect(then.actionByID["1.2"] == nil)                // not yet in the plan
        #expect(then.actionByID["1.3"]?.status == "issues")  // no dates: kept as it is
    }

    @Test func onlyFeedbackAndFiguresKnownByThenAreIncluded() {
        let then = plan().snapshot(on: F.day("2025-11-30"))
        #expect(then.feedback.map(\.id) == ["old"])
        // October and November are over by 30 November; a reading dated 1 December is not.
        #expect(then.measureByID["M"]?.actuals.map(\.value) == [5, 6])
        #expect(plan().snapshot(on: F.day("2025-11-29")).measureByID["M"]?.actuals.map(\.value) == [5])
    }

    @Test func aSnapshotOnTheLatestDayChangesNothing() {
        let now = plan(), then = now.snapshot(on: F.day("2026-12-31"))
        #expect(then.actions.map(\.status) == now.actions.map(\.status))
        #expect(then.feedback.count == now.feedback.count)
    }
}
