/// A comparator on `measure.mustache`: "England average: 46.4% in December 2024", and how
/// the measure's latest figure stands against it.
struct ComparatorView {
    var summary: String
    var comparison: String
}

/// One breakdown on `measure.mustache`: the comparison in words, a small chart per group on
/// a shared scale, and the figures as a table (dates down, groups across).
struct BreakdownView {
    /// "By area".
    var heading: String
    /// Highest and lowest, and any group without a figure on the latest date.
    var rankingText: String
    /// Each group against the whole measure on the same date.
    var groupSentences: [String]
    var hasPanels: Bool
    /// How to read the small charts: one group each, one scale, the overall line.
    var panelsNote: String
    var panels: [SmallMultipleView]
    var tableCaption: String
    /// "Overall" (when the measure has readings on the groups' dates), then each group.
    var columns: [String]
    var rows: [BreakdownRowView]
}

/// One group's small chart.
struct SmallMultipleView {
    var label: String
    var chartHTML: String
}

/// One date of a breakdown's table: a value for each column, or "No figure".
struct BreakdownRowView {
    var date: DateView
    var cells: [String]
}
