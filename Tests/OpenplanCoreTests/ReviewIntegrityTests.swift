import Testing
@testable import OpenplanCore

@Suite("Integrity review")
struct ReviewIntegrityTests {
    typealias F = ReviewFixtures

    private func rules(_ plan: Plan, asOf: String) -> [ReviewRule] {
        IntegrityReview(asOf: F.day(asOf)).findings(in: plan).map(\.rule)
    }

    // MARK: Overdue actions

    @Test func anActionDueTodayIsNotOverdueButOneDueYesterdayIs() {
        let plan = F.plan(actions: [F.action("1.1", due: "2026-03-31", updated: "2026-03-30")])
        #expect(!rules(plan, asOf: "2026-03-31").contains(.overdueAction))
        #expect(rules(plan, asOf: "2026-04-01") == [.overdueAction])
    }

    @Test func aMonthDueDateRunsToTheEndOfTheMonth() {
        let plan = F.plan(actions: [F.action("1.1", due: "2026-02", updated: "2026-02-20")])
        #expect(rules(plan, asOf: "2026-02-28").isEmpty)
        #expect(rules(plan, asOf: "2026-03-01") == [.overdueAction])
    }

    @Test func completeAndRecurringActionsAreNeverOverdue() {
        let plan = F.plan(actions: [
            F.action("1.1", due: "2025-01-31", status: "complete", updated: "2025-01-31"),
            F.action("1.2", due: "quarterly", updated: "2026-03-30"),
        ])
        #expect(rules(plan, asOf: "2026-04-01").isEmpty)
    }

    @Test func theOverdueMessageNamesTheActionDateAndStatus() {
        let plan = F.plan(actions: [F.action("1.2", due: "2026-03-31", status: "issues", updated: "2026-04-01")])
        let finding = IntegrityReview(asOf: F.day("2026-04-02")).findings(in: plan)
        #expect(finding.count == 1)
        #expect(finding.first?.file == "Content/actions/1.2.md")
        #expect(finding.first?.line == 2)
        #expect(finding.first?.severity == .warning)
        #expect(finding.first?.message.contains("Action 1.2 was due 31 March 2026") == true)
        #expect(finding.first?.message.contains("\"Some issues\"") == true)
    }

    // MARK: Stale actions

    @Test func anActionUpdatedExactlyStaleAfterDaysAgoIsNotStale() {
        let plan = F.plan(site: F.site(staleAfterDays: 90), actions: [F.action("1.1", due: "2027-01", updated: "2026-01-01")])
        // 2026-01-01 + 90 days = 2026-04-01.
        #expect(rules(plan, asOf: "2026-04-01").isEmpty)
        #expect(rules(plan, asOf: "2026-04-02") == [.staleAction])
    }

    @Test func theSitesStaleAfterDaysIsUsed() {
        let action = F.action("1.1", due: "2027-01", updated: "2026-03-01")
        #expect(rules(F.plan(site: F.site(staleAfterDays: 30), actions: [action]), asOf: "2026-04-01") == [.staleAction])
        #expect(rules(F.plan(site: F.site(staleAfterDays: 31), actions: [action]), asOf: "2026-04-01").isEmpty)
    }

    @Test func anActionWithNoUpdatedDateIsStaleUnlessComplete() {
        #expect(rules(F.plan(actions: [F.action("1.1", due: "2027-01", updated: nil)]), asOf: "2026-04-01") == [.staleAction])
        #expect(rules(F.plan(actions: [F.action("1.1", due: "2027-01", status: "complete", updated: nil)]),
                      asOf: "2026-04-01").isEmpty)
    }

    // MARK: Milestones

    @Test func milestonesPastDueAndNotCompleteAreFlagged() {
        let action = F.action("1.1", due: "2027-01", updated: "2026-03-30", milestones: [
            Milestone(due: DueDate("2026-03-31"), text: "Baseline agreed", status: "on-track"),
            Milestone(due: DueDate("2026-01"), text: "Survey sent", status: "complete"),
            Milestone(due: DueDate("termly"), text: "Report to board", status: "on-track"),
            Milestone(due: nil, text: "No date", status: "not-started"),
        ])
        let plan = F.plan(actions: [action])
        #expect(rules(plan, asOf: "2026-03-31").isEmpty)
        let findings = IntegrityReview(asOf: F.day("2026-04-01")).findings(in: plan)
        #expect(findings.map(\.rule) == [.overdueMilestone])
        #expect(findings.first?.message.contains("\"Baseline agreed\"") == true)
    }

    // MARK: Measures

    @Test func aMeasureWithNoReadingsIsFlagged() {
        let plan = F.plan(measures: [
            F.measure("NONE", actuals: []),
            F.measure("TEXT-ONLY", actuals: [F.reading("2026-01", nil)]),
        ])
        #expect(rules(plan, asOf: "2026-04-01") == [.measureWithoutReadings, .measureWithoutReadings])
    }

    @Test func aReadingExactlyTwelveMonthsOldIsStillRecent() {
        // A reading for April 2025 covers up to 30 April 2025; 365 days on is 30 April 2026.
        let plan = F.plan(measures: [F.measure("LO", actuals: [F.reading("2024-01", 10), F.reading("2025-04", 12)])])
        #expect(rules(plan, asOf: "2026-04-30").isEmpty)
        #expect(rules(plan, asOf: "2026-05-01") == [.measureWithoutRecentReading])
    }

    @Test func theLatestReadingWithAFigureCounts() {
        let plan = F.plan(measures: [F.measure("LO", actuals: [F.reading("2024-01", 10), F.reading("2026-03", nil)])])
        #expect(rules(plan, asOf: "2026-04-01") == [.measureWithoutRecentReading])
    }

    // MARK: Feedback

    @Test func feedbackListeningForExactlySixtyDaysIsNotFlagged() {
        let plan = F.plan(feedback: [F.feedback("survey", date: "2026-01-01", status: .listening)])
        // 2026-01-01 + 60 days = 2026-03-02.
        #expect(rules(plan, asOf: "2026-03-02").isEmpty)
        #expect(rules(plan, asOf: "2026-03-03") == [.feedbackStillListening])
    }

    @Test func feedbackInProgressOrDoneIsNeverFlagged() {
        let plan = F.plan(feedback: [
            F.feedback("a", date: "2025-01-01", status: .inProgress),
            F.feedback("b", date: "2025-01-01", status: .done),
        ])
        #expect(rules(plan, asOf: "2026-03-03").isEmpty)
    }

    @Test func findingsAreInFileOrder() {
        let plan = F.plan(actions: [F.action("2.1", due: "2025-01", updated: nil), F.action("1.1", due: "2025-01", updated: nil)],
                          feedback: [F.feedback("old", date: "2025-01-01", status: .listening)])
        let files = IntegrityReview(asOf: F.day("2026-01-01")).findings(in: plan).map(\.file)
        #expect(files == files.sorted())
        #expect(files.count == 5)
    }
}
