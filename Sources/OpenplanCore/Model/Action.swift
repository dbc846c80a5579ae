/// One action of the plan, with its leads, due date, status and how that status changed.
public struct Action: Sendable {
    public var id: ItemID
    public var title: String
    public var priorities: [ItemID]
    public var leads: [ItemID]
    public var due: DueDate?
    public var status: String
    /// When the action was last reviewed; the current status took effect then, unless the
    /// last history entry already has that status.
    public var updated: Day?
    public var measures: [ItemID]
    public var milestones: [Milestone]
    /// Oldest first.
    public var history: [HistoryEntry]
    public var body: MarkdownSource
    public var location: SourceLocation
    /// Where each value was written, for findings about one value.
    public var places = FieldPlaces()

    public init(id: ItemID, title: String, priorities: [ItemID], leads: [ItemID], due: DueDate?, status: String,
                updated: Day?, measures: [ItemID] = [], milestones: [Milestone] = [], history: [HistoryEntry] = [],
                body: MarkdownSource, location: SourceLocation) {
        self.id = id
        self.title = title
        self.priorities = priorities
        self.leads = leads
        self.due = due
        self.status = status
        self.updated = updated
        self.measures = measures
        self.milestones = milestones
        self.history = history
        self.body = body
        self.location = location
    }
}

public struct Milestone: Sendable, Hashable {
    public var due: DueDate?
    public var text: String
    public var status: String
    /// Where the milestone was written; nil for milestones made in code.
    public var location: SourceLocation?
    public init(due: DueDate?, text: String, status: String, location: SourceLocation? = nil) {
        self.due = due
        self.text = text
        self.status = status
        self.location = location
    }
}

/// From `date`, the action had `status`.
public struct HistoryEntry: Sendable, Hashable {
    public var date: Day
    public var status: String
    public init(date: Day, status: String) {
        self.date = date
        self.status = status
    }
}

extension Action {
    /// Every status the action has had, oldest first, with the day each took effect, read
    /// exactly as the content format defines: the history, then the current status from the
    /// last history entry's date when it matches, otherwise from `updated`.
    public var timeline: [HistoryEntry] {
        var entries = history
        if let last = entries.last, last.status == status { return entries }
        if let updated {
            entries.append(HistoryEntry(date: updated, status: status))
        } else if entries.isEmpty {
            // No dates at all: the status is known but not when it began.
            return []
        } else {
            // A current status with no `updated` date: treat it as taking effect with the last entry's date.
            entries.append(HistoryEntry(date: entries.last!.date, status: status))
        }
        return entries
    }

    /// The status in force on a given day, if the timeline says.
    public func status(on day: Day) -> String? {
        var current: String?
        for entry in timeline where entry.date <= day { current = entry.status }
        return current
    }
}
