/// Which check found a problem. The raw value is the `rule` key in `check --format json`,
/// so these names are part of that documented format: add new ones, never rename.
public enum ReviewRule: String, Sendable, Hashable, CaseIterable {
    case overdueAction = "overdue-action"
    case staleAction = "stale-action"
    /// `due: tbc` (format 1.1): the plan has no due date for the action yet.
    case dueNotSet = "due-not-set"
    /// `leads: []` or no `leads` (format 1.1): nobody is named to lead the action yet.
    case leadsNotSet = "leads-not-set"
    case overdueMilestone = "overdue-milestone"
    case measureWithoutReadings = "measure-without-readings"
    case measureWithoutRecentReading = "measure-without-recent-reading"
    case feedbackStillListening = "feedback-still-listening"
    case brokenLink = "broken-link"
    case imageWithoutAlt = "image-without-alt"
    case headingSkipsLevel = "heading-skips-level"
    case readingAgeAboveTarget = "reading-age-above-target"
    case longSentence = "long-sentence"
    case abbreviationNotInGlossary = "abbreviation-not-in-glossary"
    case termNotSpelledOut = "term-not-spelled-out"
    case wordToAvoid = "word-to-avoid"
    /// Any other problem the build reports, passed through so `check` shows everything.
    case content = "content"
}

/// One thing `openplan check` asks a content editor to look at.
public struct ReviewFinding: Sendable, Hashable, Comparable {
    public var rule: ReviewRule
    public var diagnostic: Diagnostic
    /// The sentence the finding is about, shown under it in reports.
    public var quote: String?

    public init(_ rule: ReviewRule, _ diagnostic: Diagnostic, quote: String? = nil) {
        self.rule = rule
        self.diagnostic = diagnostic
        self.quote = quote
    }

    /// A warning at a place in a file.
    public static func warning(_ rule: ReviewRule, _ file: String, line: Int, column: Int = 1, _ message: String,
                               quote: String? = nil) -> ReviewFinding {
        ReviewFinding(rule, .warning(file, line: line, column: column, message), quote: quote)
    }

    public var severity: Diagnostic.Severity { diagnostic.severity }
    public var file: String { diagnostic.file }
    public var line: Int { diagnostic.line }
    public var column: Int { diagnostic.column }
    public var message: String { diagnostic.message }

    public static func < (a: ReviewFinding, b: ReviewFinding) -> Bool {
        if a.diagnostic != b.diagnostic { return a.diagnostic < b.diagnostic }
        return (a.rule.rawValue, a.quote ?? "") < (b.rule.rawValue, b.quote ?? "")
    }
}
