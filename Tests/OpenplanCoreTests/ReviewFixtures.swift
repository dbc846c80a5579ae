import Markdown
@testable import OpenplanCore

/// Small plans and pages for the review tests, built in code so each test shows the one
/// thing it varies.
enum ReviewFixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func site(staleAfterDays: Int = 90, readingAge: Int = 12, words: WordsToAvoid = WordsToAvoid()) -> Site {
        Site(title: "Test partnership progress", partnership: "Test partnership", staleAfterDays: staleAfterDays,
             statuses: .standard, readingAge: readingAge, wordsToAvoid: words)
    }

    static func action(_ id: String, due: String? = "2026-03-31", status: String = "on-track", updated: String? = "2026-03-01",
                       milestones: [Milestone] = []) -> Action {
        let file = "Content/actions/\(id).md"
        return Action(id: ItemID(id), title: "Action \(id)", priorities: ["1"], leads: ["NB"], due: due.flatMap(DueDate.init),
                      status: status, updated: updated.map(day), milestones: milestones,
                      body: .empty(file: file), location: SourceLocation(file: file, line: 2))
    }

    static func measure(_ id: String, actuals: [DataPoint]) -> Measure {
        Measure(id: ItemID(id), title: "Measure \(id)", unit: .count, direction: .increase, baseline: nil, targets: [],
                actuals: actuals, location: SourceLocation(file: "Content/measures/\(id).json", line: 1))
    }

    static func reading(_ date: String, _ value: Double?) -> DataPoint {
        DataPoint(date: PlanDate(date)!, value: value, text: value == nil ? "Not yet known" : nil)
    }

    static func feedback(_ id: String, date: String, status: FeedbackStatus) -> Feedback {
        let file = "Content/feedback/\(id).md"
        return Feedback(id: ItemID(id), date: day(date), theme: "EHC plans", youSaid: "Plans were late.", status: status,
                        body: .empty(file: file), location: SourceLocation(file: file, line: 3))
    }

    static func plan(site: Site = site(), actions: [Action] = [], measures: [Measure] = [], feedback: [Feedback] = [],
                     glossary: [GlossaryEntry] = []) -> Plan {
        Plan(site: site, people: [], glossary: glossary, priorities: [], actions: actions, measures: measures,
             feedback: feedback, bulletins: [], pages: [], homeIntro: nil)
    }

    static func glossary(_ term: String, _ standsFor: String?) -> GlossaryEntry {
        GlossaryEntry(term: term, standsFor: standsFor, meaning: "Meaning of \(term).",
                      location: SourceLocation(file: "Content/glossary.yml", line: 1))
    }

    static func paragraph(_ text: String, line: Int = 1, column: Int = 1) -> ProseBlock {
        ProseBlock(kind: .paragraph, text: text, position: TextPosition(line: line, column: column))
    }
}
