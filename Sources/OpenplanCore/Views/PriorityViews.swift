/// `priority.mustache`.
struct PriorityPageView {
    var idLabel: String
    var title: String
    var summary: String?
    var bodyHTML: String
    var progress: ProgressView
    var hasActions: Bool
    var actionsCaption: String
    var actions: [ActionRowView]
    var hasMeasures: Bool
    var measures: [MeasureCardView]
}

/// A priority on the home page.
struct PriorityCardView {
    var idLabel: String
    var title: String
    var href: String
    var cardSummary: String?
    /// "3 of 8 actions complete. 1 is past its due date."
    var progressText: String
    var statusCounts: [StatusCountView]
}

/// How many actions are at each status, in words and as table rows.
struct ProgressView {
    /// "12 of 40 actions (30%) are complete."
    var sentence: String
    /// "5 actions are past their due date and not yet complete." — always stated, even when none.
    /// nil when there are no actions at all.
    var overdueSentence: String?
    /// At least one action is past due: the home page shows the count as a banner.
    var hasOverdue: Bool
    var caption: String
    var rows: [ProgressRowView]
    var totalText: String
    var hasActions: Bool
}

struct ProgressRowView {
    var statusTagHTML: String
    var label: String
    var count: Int
    var percentText: String
}

/// A compact count for cards: the tag and the number.
struct StatusCountView {
    var statusTagHTML: String
    var count: Int
}
