import Foundation
import Testing
@testable import OpenplanCore

/// Content format 1.1 for actions: `due: tbc` and `leads: []` mean "not set yet", and a
/// history entry may carry the lead's `note`.
@Suite struct Format11Tests {
    static let notSet = """
        ---
        title: Agree a joint commissioning plan
        priority: "1"
        leads: []
        due: tbc
        status: on-track
        updated: 2025-11-20
        history:
          - { date: 2025-10-01, status: not-started, note: "Waiting for the board: it meets in October." }
          - { date: 2025-11-20, status: on-track, note: First draft shared with schools. }
        ---
        Body.
        """

    @Test func tbcAndEmptyLeadsAreAcceptedAndNotesRead() throws {
        let result = TestSite(basics: ["Content/actions/1.5.md": Self.notSet]).load()
        #expect(!result.hasErrors, "\(result.listing)")
        let action = try #require(result.plan?.actionByID["1.5"])
        #expect(action.due == .notSet)
        #expect(action.leads.isEmpty)
        #expect(action.history.map(\.note) == ["Waiting for the board: it meets in October.", "First draft shared with schools."])
        #expect(action.updates.map(\.note) == ["First draft shared with schools.", "Waiting for the board: it meets in October."])
    }

    @Test func tbcIsReadInAnyCaseAndWrittenBackAsTbc() {
        #expect(DueDate("TBC") == .notSet)
        #expect(DueDate(" tbc ") == .notSet)
        #expect(DueDate.notSet.description == "tbc")
        #expect(DueDate.notSet.long == "Not set yet")
        #expect(DueDate("tbd") == nil)
    }

    @Test func tbcIsNeverOverdue() {
        #expect(!DueDate.notSet.isPast(asOf: Day(iso: "2999-12-31")!))
        let action = ReviewFixtures.action("1.1", due: "tbc", status: "off-track")
        let findings = IntegrityReview(asOf: Day(iso: "2030-01-01")!).findings(in: ReviewFixtures.plan(actions: [action]))
        #expect(!findings.map(\.rule).contains(.overdueAction))
        #expect(findings.map(\.rule).contains(.dueNotSet))
    }

    @Test func checkWarnsAtTheDueAndLeadsLines() throws {
        let result = TestSite(basics: ["Content/actions/1.5.md": Self.notSet]).load()
        let plan = try #require(result.plan)
        let findings = IntegrityReview(asOf: Day(iso: "2025-12-01")!).findings(in: plan)
        let due = try #require(findings.first { $0.rule == .dueNotSet })
        #expect(due.severity == .warning)
        #expect("\(due.file):\(due.line):\(due.column)" == "Content/actions/1.5.md:5:6")
        #expect(due.message.hasPrefix("This action has no due date yet"))
        let leads = try #require(findings.first { $0.rule == .leadsNotSet })
        #expect("\(leads.file):\(leads.line):\(leads.column)" == "Content/actions/1.5.md:4:8")
        // A completed action needs neither.
        var done = try #require(plan.actionByID["1.5"])
        done.status = "complete"
        let quiet = IntegrityReview(asOf: Day(iso: "2025-12-01")!).notSetYet(done, statuses: plan.site.statuses)
        #expect(quiet.isEmpty)
    }

    /// The fixture plan with action 1.10 not set yet and 1.2 given two notes.
    private func plan() -> Plan {
        let p = RenderFixtures.plan()
        let actions = p.actions.map { action -> Action in
            var a = action
            if a.id == "1.10" {
                a.due = .notSet
                a.leads = []
            }
            if a.id == "1.2" {
                a.history = [HistoryEntry(date: RenderFixtures.day("2025-10-01"), status: "not-started", note: "Waiting for <the> board."),
                             HistoryEntry(date: RenderFixtures.day("2025-11-20"), status: "on-track", note: "Draft \"shared\" & agreed.")]
            }
            return a
        }
        return Plan(site: p.site, people: p.people, glossary: p.glossary, priorities: p.priorities, actions: actions,
                    measures: p.measures, feedback: p.feedback, bulletins: p.bulletins, pages: p.pages, homeIntro: p.homeIntro)
    }

    @Test func notSetYetIsShownEverywhereAndNeverOverdue() throws {
        let files = try RenderFixtures.render(plan()).files
        let page = try #require(files["actions/1-10/index.html"])
        #expect(page.contains("<dt class=\"summary-list__key\">Due</dt><dd class=\"summary-list__value\">Not set yet</dd>"))
        #expect(page.contains("<dt class=\"summary-list__key\">Led by</dt><dd class=\"summary-list__value\">\nNot set yet\n</dd>"))
        #expect(!page.contains("Past its due date") && !page.contains("Past due"))
        let report = try #require(files["report/index.html"])
        #expect(report.contains("Not set yet"))
        let home = try #require(files["index.html"])
        #expect(home.contains("No actions are past their due date."))   // 1.10 was the only overdue one
        let priority = try #require(files["priorities/1/index.html"])
        #expect(priority.contains("<td>Not set yet</td><td>Not set yet</td>"))
    }

    @Test func actionPageShowsTheLatestUpdateThenEarlierOnes() throws {
        let page = try #require(try RenderFixtures.render(plan()).files["actions/1-2/index.html"])
        let latest = try #require(page.range(of: "Latest update from the lead"))
        let earlier = try #require(page.range(of: "Earlier updates"))
        #expect(latest.upperBound < earlier.lowerBound)
        let newest = try #require(page.range(of: "Draft &quot;shared&quot; &amp; agreed."))
        let older = try #require(page.range(of: "Waiting for &lt;the&gt; board."))
        #expect(latest.upperBound < newest.lowerBound && newest.upperBound < earlier.lowerBound)
        #expect(earlier.upperBound < older.lowerBound)
        #expect(page.contains("<time datetime=\"2025-11-20\">20 November 2025</time>"))
    }

    @Test func bulletinChangesCarryTheNotes() throws {
        let files = try RenderFixtures.render(plan()).files
        // b0 covers 30 October to 28 November: 1.2 went on track on 20 November with a note.
        let bulletin = try #require(files["bulletins/b0/index.html"])
        #expect(bulletin.contains("<span class=\"changes__note\">“Draft &quot;shared&quot; &amp; agreed.”</span>"))
        #expect(!bulletin.contains("Waiting for &lt;the&gt; board."))   // October's note is older news
        let text = try #require(files["bulletins/b0/email.txt"])
        // email.txt wraps at 72 characters.
        #expect(text.replacingOccurrences(of: "\n  ", with: " ").contains("“Draft \"shared\" & agreed.”"))
        let email = try #require(files["bulletins/b0/email.html"])
        #expect(email.contains("Draft &quot;shared&quot; &amp; agreed."))
    }

    @Test func aNoteWithoutAStatusChangeIsAnUpdateFromTheLead() {
        let day = RenderFixtures.day
        let action = Action(id: "3.1", title: "T", priorities: ["1"], leads: [], due: nil, status: "issues", updated: day("2025-11-15"),
                            history: [HistoryEntry(date: day("2025-10-01"), status: "issues"),
                                      HistoryEntry(date: day("2025-11-15"), status: "issues", note: "Still recruiting.")],
                            body: .empty(file: "a.md"), location: SourceLocation(file: "a.md", line: 1))
        let plan = Plan(site: Site(title: "T", partnership: "P", statuses: .standard), people: [], glossary: [], priorities: [],
                        actions: [action], measures: [], feedback: [], bulletins: [], pages: [], homeIntro: nil)
        let log = ChangeLog(plan: plan, period: .init(after: day("2025-10-31"), through: day("2025-11-30")))
        #expect(log.statusChanges.isEmpty)
        #expect(log.updates == [ChangeLog.Update(action: "3.1", date: day("2025-11-15"), status: "issues", note: "Still recruiting.")])
        #expect(!log.isEmpty)
        let before = ChangeLog(plan: plan, period: .init(after: day("2025-09-30"), through: day("2025-10-31")))
        #expect(before.updates.isEmpty)
    }
}
