import OpenplanCore

/// A problem with one cell or row: the import writes nothing while any remains.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    public var place: String
    public var message: String
    public var description: String { "\(place): error: \(message)" }
}

/// One action as the table gives it.
public struct ImportedAction: Sendable, Hashable {
    public var id: String
    public var title: String
    public var priorities: [String]
    public var leads: [String]
    public var due: DueDate
    public var status: String
    public var milestones: [ImportedMilestone]
    /// Markdown: the action's other words, under headings.
    public var body: String
    /// Where its row is, for the report.
    public var place: String
}

public struct ImportedMilestone: Sendable, Hashable {
    public var due: DueDate
    public var text: String
    public var status: String
}

/// A priority the table implies: from its priority column, its sections, or its outcome groups.
public struct ImportedPriority: Sendable, Hashable {
    public var id: String
    public var title: String
    public var order: Int
}

/// Everything read from the file, before anything is written.
public struct ImportedPlan: Sendable {
    public var actions: [ImportedAction] = []
    public var priorities: [ImportedPriority] = []
    public var newPeople: [NewPerson] = []
    /// Statuses a new site adds for fill colours the standard scale does not have.
    public var extraStatuses: [Status] = []
    public var problems: [ImportProblem] = []
    /// Places of rows whose status cell was empty: they come in as not started.
    public var emptyStatuses: [String] = []
    /// False when no table had a due date column: then every due date is "not set yet", said
    /// once in the notes rather than row by row.
    public var hasDueColumn = true
    /// Plain sentences for the report: tables skipped, columns kept in the body, and so on.
    public var notes: [String] = []
}
