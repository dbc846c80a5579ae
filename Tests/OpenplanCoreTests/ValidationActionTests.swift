import Testing
@testable import OpenplanCore

@Suite struct ValidationActionTests {
    static let example = """
        ---
        id: 1.2                    # optional; default: file name
        title: Track whether health and care advice for EHC plans arrives on time
        priority: "1"              # a priority id, or a list of them
        leads: [NB, CB]            # people ids
        due: 2026-03
        status: on-track           # a status id from site.yml
        updated: 2025-11-20        # when this action was last reviewed
        measures: [LO-VISITS]      # optional measure ids
        milestones:                # optional
          - { due: 2026-01, text: Baseline of advice quality agreed, status: complete }
        history:                   # optional, oldest first: from each date, the action had that status
          - { date: 2025-10-01, status: not-started }
        ---
        Markdown. Conventional headings.
        """

    private func plan(_ files: [String: String]) throws -> Plan {
        let result = TestSite(basics: files).load()
        #expect(!result.hasErrors, "\(result.listing)")
        return try #require(result.plan)
    }

    @Test func readsTheFormatsExample() throws {
        let plan = try self.plan(["Content/actions/whatever.md": Self.example])
        let action = try #require(plan.actionByID["1.2"])
        #expect(action.title == "Track whether health and care advice for EHC plans arrives on time")
        #expect(action.priorities == ["1"])
        #expect(action.leads == ["NB", "CB"])
        #expect(action.due == .date(.month(year: 2026, month: 3)))
        #expect(action.status == "on-track")
        #expect(action.updated == Day(iso: "2025-11-20"))
        #expect(action.measures == ["LO-VISITS"])
        #expect(action.milestones == [Milestone(due: DueDate("2026-01"), text: "Baseline of advice quality agreed", status: "complete",
                                                     location: SourceLocation(file: "Content/actions/whatever.md", line: 11, column: 5))])
        #expect(action.timeline == [HistoryEntry(date: Day(iso: "2025-10-01")!, status: "not-started"),
                                    HistoryEntry(date: Day(iso: "2025-11-20")!, status: "on-track")])
        #expect(action.body.text == "Markdown. Conventional headings.")
        #expect(action.body.firstLine == 15)
        #expect(action.body.file == "Content/actions/whatever.md")
        #expect(action.location == SourceLocation(file: "Content/actions/whatever.md", line: 1, column: 1))
        #expect(plan.actionsByPriority["1"]?.map(\.id).contains("1.2") == true)
        #expect(plan.actionsByMeasure["LO-VISITS"]?.map(\.id) == ["1.2"])
    }

    @Test func idDefaultsToFileNameAndStaysText() throws {
        let plan = try self.plan([
            "Content/actions/1.10.md": "---\ntitle: Ten\npriority: 1\nstatus: issues\n---\n",
            "Content/actions/x.md": "---\nid: 2.0\ntitle: Two point oh\npriority: 1\nstatus: issues\n---\n",
        ])
        #expect(plan.actions.map(\.id) == ["1.1", "1.10", "2.0"])
    }

    @Test func numberAndQuotedIdsAreTheSameId() throws {
        let plan = try self.plan([
            "Content/priorities/second.md": "---\nid: 2\ntitle: Two\n---\n",
            "Content/actions/2.1.md": "---\ntitle: A\npriority: [\"1\", 2]\nstatus: complete\ndue: quarterly\n---\n",
        ])
        let action = try #require(plan.actionByID["2.1"])
        #expect(action.priorities == ["1", "2"])
        #expect(action.due == .recurring(.quarterly))
        #expect(plan.actionsByPriority["2"]?.count == 1)
    }

    @Test func historyOutOfOrderIsSortedOldestFirst() throws {
        let result = TestSite(basics: ["Content/actions/2.1.md": """
            ---
            title: A
            priority: 1
            status: on-track
            history:
              - { date: 2025-12-01, status: issues }
              - { date: 2025-10-01, status: not-started }
            ---
            """]).load()
        #expect(result.warningCount == 1)
        let action = try #require(result.plan?.actionByID["2.1"])
        #expect(action.history.map(\.date.iso) == ["2025-10-01", "2025-12-01"])
    }

    @Test func actionsWithBrokenReferencesLeaveAConsistentPlan() throws {
        let result = TestSite(basics: [
            "Content/actions/2.1.md": "---\ntitle: A\npriority: [1, 9]\nleads: [NB, ZZ]\nstatus: on-track\n---\n",
            "Content/actions/2.2.md": "---\ntitle: B\npriority: 1\nstatus: on-trak\n---\n",
        ]).load()
        #expect(result.errorCount == 3)
        let plan = try #require(result.plan)
        #expect(plan.actionByID["2.1"]?.priorities == ["1"])
        #expect(plan.actionByID["2.1"]?.leads == ["NB"])
        // Kept (its status reported) with a status the scale knows, so later stages can rely on it.
        let kept = try #require(plan.actionByID["2.2"])
        #expect(plan.site.statuses.status(kept.status) != nil)
        #expect(plan.actionByID["1.1"] != nil)
    }
}
