/// A key performance indicator with its baseline, targets and readings.
public struct Measure: Sendable {
    public var id: ItemID
    public var title: String
    public var description: String?
    public var unit: MeasureUnit
    public var direction: Direction
    public var priority: ItemID?
    public var source: String?
    /// nil: "baseline not yet set".
    public var baseline: DataPoint?
    public var targets: [DataPoint]
    /// Sorted by date, oldest first.
    public var actuals: [DataPoint]
    /// Figures from elsewhere to read this one against (format 1.1), in the order written.
    public var comparators: [Comparator] = []
    /// The same measure split by one dimension at a time (format 1.1), in the order written.
    public var breakdowns: [Breakdown] = []
    public var location: SourceLocation
    /// Where each value was written, for findings about one value.
    public var places = FieldPlaces()
    /// No longer collected; kept for the record (for example the measures of an earlier plan).
    /// `check` does not ask for new readings of an archived measure.
    public var archived: Bool
    /// When the next figure is expected. Until then `check` does not flag the measure for
    /// missing or old readings; after it, it does. Editors move it on as figures arrive.
    public var nextReadingDue: PlanDate?

    public init(id: ItemID, title: String, description: String? = nil, unit: MeasureUnit, direction: Direction,
                priority: ItemID? = nil, source: String? = nil, baseline: DataPoint?, targets: [DataPoint],
                actuals: [DataPoint], location: SourceLocation, archived: Bool = false, nextReadingDue: PlanDate? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.unit = unit
        self.direction = direction
        self.priority = priority
        self.source = source
        self.baseline = baseline
        self.targets = targets
        self.actuals = actuals
        self.location = location
        self.archived = archived
        self.nextReadingDue = nextReadingDue
    }

    /// The most recent reading that has a number.
    public var latest: DataPoint? { actuals.last(where: { $0.value != nil }) }

    /// The next figure was due by `next_reading_due`, that day or month is over, and no
    /// reading has been given for it (none dated on or after its start). Archived measures
    /// are no longer collected, so they are never late.
    public func isLate(asOf: Day) -> Bool {
        guard !archived, let due = nextReadingDue, asOf > due.end else { return false }
        return !actuals.contains { $0.value != nil && $0.date.start >= due.start }
    }
}

/// Figures from elsewhere, such as the England average: shown beside the measure, never as it.
public struct Comparator: Sendable, Hashable {
    public var label: String
    /// Sorted by date, oldest first.
    public var values: [DataPoint]
    public init(label: String, values: [DataPoint]) {
        self.label = label
        self.values = values
    }
    /// The most recent figure that has a number.
    public var latest: DataPoint? { values.last(where: { $0.value != nil }) }
}

/// The measure split by one dimension (`by`: area, phase of education, age, SEND status).
public struct Breakdown: Sendable, Hashable {
    public var by: String
    public var groups: [BreakdownGroup]
    public init(by: String, groups: [BreakdownGroup]) {
        self.by = by
        self.groups = groups
    }
}

/// One group of a breakdown, such as "Eden" for `by: Area`, with its own readings.
public struct BreakdownGroup: Sendable, Hashable {
    public var label: String
    /// Sorted by date, oldest first.
    public var actuals: [DataPoint]
    public init(label: String, actuals: [DataPoint]) {
        self.label = label
        self.actuals = actuals
    }
    /// The most recent reading that has a number.
    public var latest: DataPoint? { actuals.last(where: { $0.value != nil }) }
}

public enum MeasureUnit: String, Sendable, Hashable, CaseIterable {
    case percent, count, weeks, days, score, money
}

/// Which way is better.
public enum Direction: String, Sendable, Hashable, CaseIterable {
    case increase, decrease, maintain
}

/// A baseline, target or reading. A value may be null with text instead ("Target to be reviewed").
public struct DataPoint: Sendable, Hashable {
    public var date: PlanDate
    public var value: Double?
    public var text: String?
    public var note: String?
    public init(date: PlanDate, value: Double?, text: String? = nil, note: String? = nil) {
        self.date = date
        self.value = value
        self.text = text
        self.note = note
    }
}
