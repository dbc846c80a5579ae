/// One action of the plan, with its leads, due date, status and how that status changed.
///
/// A value like any other, but its fields live in one shared box that is copied only when a
/// copy is changed: plans hold each action several times (in order, by id, by priority, in
/// each bulletin's snapshot), and copying a dozen strings and lists each time was a good part
/// of a large build.
public struct Action: Sendable {
    private final class Storage: @unchecked Sendable {
        var id: ItemID
        var title: String
        var priorities: [ItemID]
        var leads: [ItemID]
        var due: DueDate?
        var status: String
        var updated: Day?
        var measures: [ItemID]
        var milestones: [Milestone]
        var history: [HistoryEntry]
        var body: MarkdownSource
        var location: SourceLocation
        var places: FieldPlaces

        init(id: ItemID, title: String, priorities: [ItemID], leads: [ItemID], due: DueDate?, status: String,
             updated: Day?, measures: [ItemID], milestones: [Milestone], history: [HistoryEntry],
             body: MarkdownSource, location: SourceLocation, places: FieldPlaces) {
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
            self.places = places
        }

        func copy() -> Storage {
            Storage(id: id, title: title, priorities: priorities, leads: leads, due: due, status: status,
                    updated: updated, measures: measures, milestones: milestones, history: history,
                    body: body, location: location, places: places)
        }
    }

    private var storage: Storage

    /// The box to change: this value's own, copied first if another value shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    public var id: ItemID {
        get { storage.id }
        set { unique.id = newValue }
    }
    public var title: String {
        get { storage.title }
        set { unique.title = newValue }
    }
    public var priorities: [ItemID] {
        get { storage.priorities }
        set { unique.priorities = newValue }
    }
    public var leads: [ItemID] {
        get { storage.leads }
        set { unique.leads = newValue }
    }
    public var due: DueDate? {
        get { storage.due }
        set { unique.due = newValue }
    }
    public var status: String {
        get { storage.status }
        set { unique.status = newValue }
    }
    /// When the action was last reviewed; the current status took effect then, unless the
    /// last history entry already has that status.
    public var updated: Day? {
        get { storage.updated }
        set { unique.updated = newValue }
    }
    public var measures: [ItemID] {
        get { storage.measures }
        set { unique.measures = newValue }
    }
    public var milestones: [Milestone] {
        get { storage.milestones }
        set { unique.milestones = newValue }
    }
    /// Oldest first.
    public var history: [HistoryEntry] {
        get { storage.history }
        set { unique.history = newValue }
    }
    public var body: MarkdownSource {
        get { storage.body }
        set { unique.body = newValue }
    }
    public var location: SourceLocation {
        get { storage.location }
        set { unique.location = newValue }
    }
    /// Where each value was written, for findings about one value.
    public var places: FieldPlaces {
        get { storage.places }
        set { unique.places = newValue }
    }

    public init(id: ItemID, title: String, priorities: [ItemID], leads: [ItemID], due: DueDate?, status: String,
                updated: Day?, measures: [ItemID] = [], milestones: [Milestone] = [], history: [HistoryEntry] = [],
                body: MarkdownSource, location: SourceLocation) {
        storage = Storage(id: id, title: title, priorities: priorities, leads: leads, due: due, status: status,
                          updated: updated, measures: measures, milestones: milestones, history: history,
                          body: body, location: location, places: FieldPlaces())
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

/// From `date`, the action had `status`; `note` is the update its lead gave that day, in
/// plain words (format 1.1), shown on the action's page and in the next bulletin's changes.
public struct HistoryEntry: Sendable, Hashable {
    public var date: Day
    public var status: String
    public var note: String?
    public init(date: Day, status: String, note: String? = nil) {
        self.date = date
        self.status = status
        self.note = note
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

    /// True when some history entry carries a note; most plans have none, so the bulletin's
    /// changes skip looking for them.
    public var hasNotes: Bool { history.contains { $0.note != nil } }

    /// The history entries that carry a note, newest first: the action's record of updates.
    /// Entries on the same day keep the order written, the later one first.
    public var updates: [HistoryEntry] {
        history.reversed().filter { $0.note != nil }
    }

    /// The status in force on a given day, if the timeline says.
    public func status(on day: Day) -> String? {
        var current: String?
        for entry in timeline where entry.date <= day { current = entry.status }
        return current
    }
}
