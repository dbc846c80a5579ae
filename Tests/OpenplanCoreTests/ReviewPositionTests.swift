import Testing
@testable import OpenplanCore

/// `check` points each finding at the value it is about, so an editor goes straight to the
/// line to change: the `due:` of an overdue action, the `updated:` of a stale one, the
/// milestone itself, and the words of a summary or "you said".
@Suite struct ReviewPositionTests {
    private func findings(_ files: [String: String], asOf: String = "2026-06-30") throws -> [ReviewFinding] {
        let loaded = TestSite(basics: files).load()
        let plan = try #require(loaded.plan)
        #expect(!loaded.hasErrors, "\(loaded.listing)")
        return SiteReview(plan: plan, asOf: Day(iso: asOf)!, buildDiagnostics: []).report().findings
    }

    private func place(_ f: [ReviewFinding], _ rule: ReviewRule) -> String? {
        f.first { $0.rule == rule }.map { "\($0.file):\($0.line):\($0.column)" }
    }

    @Test func overdueAndStaleActionsPointAtTheirDates() throws {
        let f = try findings(["Content/actions/1.1.md": """
            ---
            title: First action
            priority: 1
            leads: [NB]
            due: 2026-03
            status: on-track
            updated: 2025-11-20
            milestones:
              - { due: 2026-01, text: Agree the checklist, status: on-track }
            ---
            Body.
            """])
        #expect(place(f, .overdueAction) == "Content/actions/1.1.md:5:6")
        #expect(place(f, .staleAction) == "Content/actions/1.1.md:7:10")
        #expect(place(f, .overdueMilestone) == "Content/actions/1.1.md:9:5")
    }

    @Test func wordsInFrontMatterArePlacedWhereTheyWereWritten() throws {
        let f = try findings(["Content/feedback/f.md": """
            ---
            date: 2026-06-01
            theme: Schools
            you_said: Our SENCO did not know about the new process.
            status: in-progress
            ---
            """, "Content/glossary.yml": "- { term: SENCO, stands_for: Special educational needs coordinator, meaning: A teacher. }\n"])
        #expect(place(f, .termNotSpelledOut) == "Content/feedback/f.md:4:15")
    }

    private func places(_ f: [ReviewFinding], _ rule: ReviewRule) -> [String] {
        f.filter { $0.rule == rule }.map { "\($0.file):\($0.line):\($0.column)" }
    }

    /// A paragraph wrapped over several lines: the finding is on the line the word is on,
    /// not the paragraph's first line.
    @Test func wrappedParagraphPointsAtTheLineOfTheWord() throws {
        let f = try findings(["Content/feedback/f.md": """
            ---
            date: 2026-06-01
            theme: Schools
            you_said: Nobody rang us back.
            status: in-progress
            ---
            We have written to every
            school in the area, and
            each one now has a named QRST contact.

            - A list item that runs on
              to a second line, to facilitate visits.
            """])
        #expect(place(f, .abbreviationNotInGlossary) == "Content/feedback/f.md:9:26")
        #expect(place(f, .wordToAvoid) == "Content/feedback/f.md:12:24")
    }

    /// Folded (`>-`), literal (`|`) and plain text over several lines in the front matter.
    @Test func frontMatterTextOverSeveralLinesPointsAtTheLineOfTheWord() throws {
        let f = try findings(["Content/feedback/f.md": """
            ---
            date: 2026-06-01
            theme: Schools
            you_said: >-
              Nobody rang us back
              and nobody would facilitate a meeting.
            we_did: |
              We rang every family.
              We set up a QRST line.
            status: in-progress
            ---
            """, "Content/bulletins/2026-06.md": """
            ---
            title: June update
            date: 2026-06-01
            summary: We wrote to every
              school and asked them to
              commence the new checks.
            ---
            Body.
            """])
        #expect(places(f, .wordToAvoid).sorted() == ["Content/bulletins/2026-06.md:6:3", "Content/feedback/f.md:6:20"])
        #expect(place(f, .abbreviationNotInGlossary) == "Content/feedback/f.md:9:15")
    }

    /// A title is read too, at the place its value was written.
    @Test func titlesAreChecked() throws {
        let f = try findings(["Content/feedback/f.md": """
            ---
            date: 2026-06-01
            theme: How we facilitate WXYZ visits
            you_said: Nobody rang us back.
            status: in-progress
            ---
            """])
        #expect(place(f, .abbreviationNotInGlossary) == "Content/feedback/f.md:3:26")
        #expect(place(f, .wordToAvoid) == "Content/feedback/f.md:3:15")
    }

    @Test func listeningFeedbackPointsAtItsStatus() throws {
        let f = try findings(["Content/feedback/f.md": """
            ---
            date: 2026-01-01
            theme: Schools
            you_said: Nobody rang us back.
            status: listening
            ---
            """])
        #expect(place(f, .feedbackStillListening) == "Content/feedback/f.md:5:9")
    }
}
