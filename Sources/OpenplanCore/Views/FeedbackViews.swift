/// `you-said-we-did.mustache`: the full list and each pre-rendered filter.
struct FeedbackPageView {
    var heading: String
    var isFiltered: Bool
    /// "Showing 4 items about EHC plans."
    var filterText: String
    var allHref: String
    var themeFilters: [FilterLinkView]
    var statusFilters: [FilterLinkView]
    var hasItems: Bool
    var groups: [FeedbackGroupView]
}

struct FilterLinkView {
    var text: String
    var href: String
    var count: Int
    var isCurrent: Bool
}

struct FeedbackGroupView {
    var theme: String
    var themeHref: String
    var items: [FeedbackItemView]
}

struct FeedbackItemView {
    /// Only the full list gives items an `id`, so a page that shows an item twice stays valid.
    var hasAnchor: Bool
    var anchor: String
    var youSaid: String
    var weDid: String?
    /// "We're listening", "In progress", "Done".
    var statusLabel: String
    var statusClass: String
    var theme: String
    var date: DateView
    var feedbackSource: String?
    var detailHTML: String
    var relatedActions: [LinkView]
    var hasRelatedActions: Bool
}
