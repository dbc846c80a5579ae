/// `action.mustache`: one action's page.
struct ActionPageView {
    var idLabel: String
    var title: String
    var status: StatusTagView
    var statusTagHTML: String
    var due: DueView
    var isPastDue: Bool
    /// Past due, not updated, or both: one "Important" banner holds every point.
    var hasImportant: Bool
    /// "This action was due by March 2026 and is not yet complete."
    var pastDueText: String
    var isStale: Bool
    /// "Not updated for 120 days".
    var staleTitle: String
    var staleText: String
    var leads: [LeadView]
    var hasLeads: Bool
    var priorities: [LinkView]
    var hasUpdated: Bool
    var updated: DateView
    /// The newest history note (format 1.1), shown prominently near the top.
    var hasLatestUpdate: Bool
    var latestUpdate: [UpdateView]
    /// Older notes, newest first, as a dated list.
    var hasEarlierUpdates: Bool
    var earlierUpdates: [UpdateView]
    var hasMilestones: Bool
    var milestones: [MilestoneView]
    var bodyHTML: String
    var hasHistory: Bool
    var history: [HistoryRowView]
    var hasMeasures: Bool
    var measures: [MeasureCardView]
    var hasFeedback: Bool
    var feedback: [FeedbackItemView]
    /// The status key, so readers can see what every status means.
    var statusKeyHTML: String
}

/// A lead shown by role, never by personal name.
struct LeadView: Hashable {
    var role: String
    var organisation: String?
}

struct MilestoneView {
    var text: String
    var due: DueView
    var statusTagHTML: String
    var isComplete: Bool
}

/// One step of an action's status history: "On track from 20 November 2025".
struct HistoryRowView {
    var statusTagHTML: String
    var from: DateView
}

/// One update a lead gave (a history entry's `note`), with its date and the status then.
struct UpdateView {
    var date: DateView
    var statusTagHTML: String
    var note: String
}

/// A row in a table of actions (priority pages, the report).
struct ActionRowView {
    var idLabel: String
    var title: String
    var href: String
    var statusTagHTML: String
    var due: DueView
    var isPastDue: Bool
    /// Roles, joined: "Designated Clinical Officer (NENC ICB), SEND Lead".
    var leadsText: String
}
