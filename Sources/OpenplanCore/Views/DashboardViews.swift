/// `measures.mustache`: the dashboard. Every measure still collected, grouped by priority,
/// with where it stands; the archived ones last, in a section of their own.
struct MeasuresPageView {
    var hasMeasures: Bool
    /// "Of the 12 measures we collect, 3 have met their target, 2 are on course, …".
    var summary: String
    /// The rule for "on course" and "off course", in one sentence (`StandingText.rule`).
    var ruleText: String
    /// Every figure of every measure in one file, `measures/data.csv`.
    var csvHref: String
    var groups: [MeasureGroupView]
    var hasArchived: Bool
    var archived: [MeasureCardView]
}

/// Measures under one priority (or "Other measures").
struct MeasureGroupView {
    var heading: String
    var headingHref: String?
    var measures: [MeasureCardView]
}

/// Where a measure stands, as a card or an embed shows it.
struct StandingView {
    /// `met`, `on-course`, `off-course`, `no-data` or `late`: the `data-measure-state` value.
    var state: String
    /// "On course".
    var label: String
    /// "The latest figure, 97 weeks in November 2025, is at or better than …".
    var reason: String
    /// The label as a tag, with its shape: a status tag on the web, in email or as text.
    var tagHTML: String
}
