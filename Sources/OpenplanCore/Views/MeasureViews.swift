/// A measure in lists, on priority and action pages, and in the report.
struct MeasureCardView {
    var idLabel: String
    var title: String
    var href: String
    /// "97 weeks (March 2025)" or "No readings yet".
    var latestText: String
    var targetText: String
    var baselineText: String
    var directionText: String
    var trendText: String
    var sparklineHTML: String?
    /// "No longer collected: kept for the record." for archived measures.
    var archivedText: String?
    /// Where it stands (`DashboardViews.swift`): `data-measure-state`, its tag and the reason.
    var standing: StandingView
    /// The sparkline's figures in words, for readers who cannot see it.
    var sparklineText: String
}

/// `measure.mustache`.
struct MeasurePageView {
    var idLabel: String
    var title: String
    var description: String?
    var source: String?
    var directionText: String
    var unitText: String
    var latestText: String
    var targetText: String
    var baselineText: String
    var trendText: String
    var hasChart: Bool
    var chartHTML: String
    var hasBaseline: Bool
    var hasReadings: Bool
    /// Archived measures are no longer collected; "no readings yet" would mislead.
    var archived: Bool
    /// "The next figure is due by March 2026."
    var nextReadingText: String?
    /// The next figure is late: an "Important" banner says so, as for a past-due action.
    var isLate: Bool
    /// "The next figure was due by March 2026 and has not been published yet."
    var lateText: String
    var tableCaption: String
    var rows: [DataRowView]
    var csvHref: String
    var priority: LinkView?
    var hasActions: Bool
    var actionsCaption: String
    var actions: [ActionRowView]
    /// Figures from elsewhere, such as the England average (see MeasureComparisonViews.swift).
    var hasComparators: Bool
    var comparators: [ComparatorView]
    var breakdowns: [BreakdownView]
    /// The site-wide `measures/data.csv`.
    var allDataHref: String
}

/// One row of a measure's data table and its CSV.
struct DataRowView {
    /// "Baseline", "Target", "Reading".
    var kind: String
    var date: DateView
    var valueText: String
    var note: String
}
