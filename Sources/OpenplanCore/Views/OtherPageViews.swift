/// `home.mustache`.
struct HomeView {
    var title: String
    var hasIntro: Bool
    var introHTML: String
    var purpose: String
    var progress: ProgressView
    /// False when the introduction embeds `{{progress}}`: the figures are shown once, there.
    var showsProgress: Bool
    var priorities: [PriorityCardView]
    var hasPriorities: Bool
    /// In place of the cards when the plan has many priorities (`HomePage.cardLimit`).
    var priorityTable: PriorityTableView?
    var latestBulletin: BulletinSummaryView?
    var bulletinsHref: String
    var latestFeedback: [FeedbackItemView]
    var hasFeedback: Bool
    var feedbackHref: String
    var changesHTML: String
    var reportHref: String
    /// "Read the whole plan on one page", or without "on one page" when it is split.
    var reportLinkText: String
    var measuresHref: String
    var statusKeyHTML: String
}

/// `priority-table.mustache`: actions counted by priority and status, a row to a priority.
struct PriorityTableView {
    /// What the table is for, said before it: "The plan has 100 priorities. …"
    var summary: String
    var tableCaption: String
    var statusHeadings: [StatusTagView]
    var priorities: [PriorityProgressRowView]
}

/// `glossary.mustache`: A to Z with a letters navigation.
struct GlossaryView {
    var hasEntries: Bool
    var letters: [LetterView]
    var groups: [GlossaryGroupView]
}

struct LetterView {
    var letter: String
    var href: String
    var hasEntries: Bool
}

struct GlossaryGroupView {
    var letter: String
    var anchor: String
    var entries: [GlossaryEntryView]
}

struct GlossaryEntryView {
    var term: String
    var anchor: String
    var standsFor: String?
    var meaning: String
}

/// `search.mustache`: an A to Z of every page, enhanced by script into search-as-you-type.
struct SearchView {
    var indexHref: String
    var rootPath: String
    var entries: [SearchEntryView]
    var count: Int
    /// When a large plan's actions are left out of the A to Z (`SearchPage.actionListLimit`),
    /// where to find them; nil when every action is listed.
    var actionsNote: SearchActionsNoteView?
}

struct SearchActionsNoteView {
    /// "The 10,000 actions are not listed here."
    var text: String
    var reportHref: String
}

struct SearchEntryView {
    var title: String
    var href: String
    var kindLabel: String
    var entrySummary: String?
}

/// `page.mustache`: an editor's own page.
struct ContentPageView {
    var title: String
    var summary: String?
    var bodyHTML: String
}

/// `not-found.mustache`.
struct NotFoundView {
    var homeHref: String
    var searchHref: String
    var contactEmail: String?
}

/// `report.mustache`: the whole plan on one page, for printing and board papers.
struct ReportView {
    var title: String
    /// " (page 2 of 40)" when the plan is split over several pages; nil otherwise.
    var pageSuffix: String?
    var partnership: String
    var asOf: DateView
    /// What is on this page and where the rest is, when the plan is split; nil otherwise.
    var pageNote: String?
    var pagination: PaginationView?
    /// Every section of the whole plan, on whichever page it is.
    var contents: [LinkView]
    /// The first page carries the overall progress and the status key.
    var isFirstPage: Bool
    var progress: ProgressView
    var priorities: [ReportPriorityView]
    var otherMeasures: [MeasureCardView]
    var hasOtherMeasures: Bool
    var statusKey: [StatusTagView]
    var siteURL: String?
}

struct ReportPriorityView {
    /// "Priority 1: Working together", or "Other actions".
    var heading: String
    var title: String
    var anchor: String
    var summary: String?
    var bodyHTML: String
    var progressText: String
    /// Where a priority's actions continue from the page before: its introduction is not repeated.
    var isContinued: Bool = false
    var actions: [ReportActionView]
    var hasActions: Bool
    var measures: [MeasureCardView]
    var hasMeasures: Bool
}

struct ReportActionView {
    var idLabel: String
    var title: String
    /// Set on an action's first appearance only (an action under two priorities is shown twice).
    var actionAnchor: String?
    var statusTagHTML: String
    var due: DueView
    var isPastDue: Bool
    var leadsText: String
    var updatedText: String
    var milestones: [MilestoneView]
    var hasMilestones: Bool
    var bodyHTML: String
}
