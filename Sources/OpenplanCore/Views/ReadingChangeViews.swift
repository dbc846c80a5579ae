/// `reading-change-item.mustache` (and its email and text forms): a measure with new
/// readings in a `{{changes}}` list, its own first, then each breakdown group's.
struct ReadingChangeView {
    var title: String
    var href: String
    var lines: [ReadingLineView]
}

/// A comparator's latest figure beside a measure: "England average: 46.4% in December 2024".
struct ComparatorFigureView {
    /// "England average".
    var label: String
    /// "46.4% in December 2024".
    var figure: String
    /// Both: "England average: 46.4% in December 2024".
    var text: String
}

/// One new reading: "97 weeks in November 2025", or for a group
/// "Area: Eden — 61.5% in December 2025".
struct ReadingLineView {
    /// "Area: Eden"; "Overall" for the measure's own reading beside its groups', else empty.
    var group: String
    var hasGroup: Bool
    var valueText: String
    /// "in December 2025" or "on 3 December 2025".
    var whenText: String
    var date: DateView
}
