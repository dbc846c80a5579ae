/// `embed-measure.mustache`: `{{measure ID}}`.
struct MeasureEmbedView {
    var title: String
    var href: String
    var latestText: String
    var targetText: String
    var baselineText: String
    var trendText: String
    var hasChart: Bool
    var chartHTML: String
    var csvHref: String
    /// Where it stands on the day the embed describes (a bulletin's date).
    var standing: StandingView
    /// One per comparator with a figure (`ReadingChangeViews.swift`).
    var comparators: [ComparatorFigureView]
    var hasComparators: Bool
}

/// `embed-action.mustache`: `{{action ID}}`.
struct ActionEmbedView {
    var idLabel: String
    var title: String
    var href: String
    var statusTagHTML: String
    var due: DueView
    var isPastDue: Bool
    var leadsText: String
}

/// `embed-progress.mustache`: `{{progress}}`.
struct ProgressEmbedView {
    var overall: ProgressView
    var tableCaption: String
    var statusHeadings: [StatusTagView]
    var priorities: [PriorityProgressRowView]
}

struct PriorityProgressRowView {
    var title: String
    var href: String
    var sentence: String
    var counts: [Int]
    var total: Int
}

/// `embed-changes.mustache`: `{{changes}}` and the home page's "What changed recently".
struct ChangesView {
    /// "Between 29 October 2025 and 28 November 2025".
    var periodText: String
    var from: DateView
    var through: DateView
    var isEmpty: Bool
    var completed: [ChangeItemView]
    var hasCompleted: Bool
    var statusChanges: [ChangeItemView]
    var hasStatusChanges: Bool
    /// Actions that first appear in the period: a new plan adds dozens at once, so beyond a
    /// handful they are counted in a sentence and the list is folded away.
    var added: [ChangeItemView]
    var hasAdded: Bool
    /// "35 actions were added to the plan."
    var addedSentence: String
    var addedFolded: Bool
    var passedDue: [ChangeItemView]
    var hasPassedDue: Bool
    /// Leads' updates (history notes) that came without a change of status.
    var updates: [ChangeItemView]
    var hasUpdates: Bool
    var feedback: [ChangeItemView]
    var hasFeedback: Bool
    /// New readings, one item per measure (`ReadingChangeViews.swift`).
    var readings: [ReadingChangeView]
    var hasReadings: Bool
    /// When the period holds too many changes for one page (`ChangesSummary`), each list
    /// shows its first few and says how many more there are ("And 412 more."), and
    /// `allChanges` links to the full list; nil and empty otherwise.
    var completedMore: String? = nil
    var statusChangesMore: String? = nil
    var updatesMore: String? = nil
    var addedMore: String? = nil
    var passedDueMore: String? = nil
    var feedbackMore: String? = nil
    var readingsMore: String? = nil
    var allChanges: LinkView? = nil
}

/// `changes.mustache`: one page of the full list of changes in a period, for a period with too
/// many to show in full where they are summarised.
struct ChangesPageView {
    var title: String
    /// "1,034 changes between 1 January 2026 and 31 January 2026."
    var lead: String
    var pagination: PaginationView?
    var changesHTML: String
    var back: LinkView
}

struct ChangeItemView {
    var title: String
    var href: String
    var date: DateView
    /// "Not started to On track", "Was due by March 2026", "97 weeks".
    var detail: String
    var statusTagHTML: String
    /// The action is past its due date on the day the list describes: "Past due" beside its status.
    var isPastDue: Bool = false
    /// The lead's own words given with the change (a history `note`); empty when none.
    var note: String = ""
    var hasNote: Bool = false
}

/// `embed-feedback.mustache`: `{{feedback latest N}}`.
struct FeedbackEmbedView {
    var items: [FeedbackItemView]
    var hasItems: Bool
    var allHref: String
}
