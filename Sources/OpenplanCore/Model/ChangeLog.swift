/// What happened to the plan in one period: the data behind the `{{changes}}` embed and the
/// home page's "What changed recently".
///
/// A period is `(after, through]`: it excludes its first day boundary and includes its last.
/// So a bulletin dated 28 November whose previous bulletin is dated 28 October covers
/// 29 October to 28 November inclusive, and something that happened on 28 October belongs to
/// the October bulletin only. Each event therefore appears in exactly one of a run of bulletins.
///
/// How each kind of event is dated:
/// - a status change: the day its timeline entry takes effect (`Action.timeline`). Entries
///   on the same day are read together: only the status at the end of that day counts, and
///   it is a change only when it differs from the status the day before. The first entry of
///   a timeline counts as the action being added to the plan;
/// - an action passing its due date: the first day it is overdue (the day after the due
///   date's last day), when its status on that day was not the complete status. Recurring
///   work never passes a due date;
/// - a "You said, we did" item: its `date`;
/// - a measure reading, of the measure itself or of one of its breakdown groups: the last day
///   of its date. A reading for `2025-11` is dated 30 November, so it is news in the first
///   bulletin after the month it describes, when the figure can be known.
///
/// Nothing dated after the as-of day is counted: a bulletin dated ahead of the build lists
/// only what has already happened.
public struct ChangeLog: Sendable {
    public struct Period: Sendable, Hashable {
        /// Exclusive: events on this day belong to the period before.
        public var after: Day
        /// Inclusive.
        public var through: Day
        public init(after: Day, through: Day) {
            self.after = after
            self.through = through
        }
        public func contains(_ day: Day) -> Bool { after < day && day <= through }
        /// The first day inside the period.
        public var firstDay: Day { after.adding(days: 1) }

        /// The 31 days up to and including `day`.
        public static func days31(endingOn day: Day) -> Period {
            Period(after: day.adding(days: -31), through: day)
        }

        /// From the previous bulletin's date (exclusive) to this one's (inclusive), or the 31
        /// days up to this one's date when it is the first.
        public static func forBulletin(_ bulletin: Bulletin, in plan: Plan) -> Period {
            let previous = plan.bulletins
                .filter { $0.date < bulletin.date }
                .max { $0.date < $1.date }
            if let previous { return Period(after: previous.date, through: bulletin.date) }
            return days31(endingOn: bulletin.date)
        }
    }

    public struct StatusChange: Sendable, Hashable {
        public var action: ItemID
        public var date: Day
        /// nil when the action was added to the plan in the period.
        public var from: String?
        public var to: String
        /// The lead's update given with the change (a history entry's `note`), if any.
        public var note: String? = nil
    }

    /// A lead's update on a day the status stayed the same (a history `note`, format 1.1).
    public struct Update: Sendable, Hashable {
        public var action: ItemID
        public var date: Day
        public var status: String
        public var note: String
    }

    public struct PassedDue: Sendable, Hashable {
        public var action: ItemID
        public var due: PlanDate
        /// The status on the first overdue day.
        public var status: String
    }

    public struct Reading: Sendable, Hashable {
        public var measure: ItemID
        public var point: DataPoint
        /// The breakdown group the reading is for ("Area", "Eden"); nil for the measure's own.
        public var group: Group? = nil
        /// 0 for the measure's own readings, then 1, 2, … for its groups in the order written:
        /// how a bulletin orders one measure's lines.
        public var groupOrder: Int = 0
    }

    /// A breakdown group, named as a reader sees it: "Area: Eden".
    public struct Group: Sendable, Hashable {
        public var by: String
        public var label: String
        public var name: String { "\(by): \(label)" }
    }

    public var period: Period
    /// Status changes other than completions, oldest first.
    public var statusChanges: [StatusChange]
    /// Actions that reached the complete status in the period, oldest first.
    public var completed: [StatusChange]
    public var passedDue: [PassedDue]
    /// Updates from leads that came without a change of status, oldest first.
    public var updates: [Update]
    /// Feedback items dated in the period, oldest first.
    public var feedback: [ItemID]
    public var readings: [Reading]

    public var isEmpty: Bool {
        statusChanges.isEmpty && completed.isEmpty && passedDue.isEmpty && updates.isEmpty && feedback.isEmpty
            && readings.isEmpty
    }

    /// - Parameter asOf: the build's "today"; events after it are not counted yet.
    public init(plan: Plan, period: Period, asOf: Day? = nil) {
        self.period = period
        let counts: (Day) -> Bool = { day in period.contains(day) && asOf.map { day <= $0 } ?? true }
        let scale = plan.site.statuses
        var changes: [StatusChange] = []
        var completed: [StatusChange] = []
        var passed: [PassedDue] = []
        var updates: [Update] = []
        // By index, so each action is read in place rather than copied.
        for index in plan.actions.indices {
            let action = plan.actions[index]
            for change in Self.statusChanges(action) where counts(change.date) {
                if scale.isComplete(change.to) && change.from != nil {
                    completed.append(change)
                } else {
                    changes.append(change)
                }
            }
            if action.hasNotes {
                for update in Self.updates(action) where counts(update.date) { updates.append(update) }
            }
            if case .date(let due)? = action.due {
                let firstOverdue = due.end.adding(days: 1)
                if counts(firstOverdue) {
                    let status = action.status(on: firstOverdue) ?? action.status
                    if !scale.isComplete(status) {
                        passed.append(PassedDue(action: action.id, due: due, status: status))
                    }
                }
            }
        }
        let byDate: (StatusChange, StatusChange) -> Bool = { ($0.date, $0.action) < ($1.date, $1.action) }
        statusChanges = changes.sorted(by: byDate)
        self.completed = completed.sorted(by: byDate)
        passedDue = passed.sorted { ($0.due.end, $0.action) < ($1.due.end, $1.action) }
        self.updates = updates.sorted { ($0.date, $0.action) < ($1.date, $1.action) }
        feedback = plan.feedback
            .filter { counts($0.date) }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            .map(\.id)
        var readings: [Reading] = []
        for measure in plan.measures {
            func add(_ points: [DataPoint], _ group: Group?, _ order: Int) {
                for point in points where counts(point.date.end) && (point.value != nil || point.text != nil) {
                    readings.append(Reading(measure: measure.id, point: point, group: group, groupOrder: order))
                }
            }
            add(measure.actuals, nil, 0)
            var order = 0
            for breakdown in measure.breakdowns {
                for group in breakdown.groups {
                    order += 1
                    add(group.actuals, Group(by: breakdown.by, label: group.label), order)
                }
            }
        }
        self.readings = readings.sorted {
            ($0.point.date.end, $0.measure, $0.groupOrder) < ($1.point.date.end, $1.measure, $1.groupOrder)
        }
    }

    /// Every change in an action's timeline, oldest first: one per day at most (the status at
    /// the end of the day), and only where the status differs from the day before. A change
    /// carries the day's last note, if the lead gave one.
    static func statusChanges(_ action: Action) -> [StatusChange] {
        var out: [StatusChange] = []
        var before: String?
        let timeline = action.timeline
        for (i, entry) in timeline.enumerated() {
            // A later entry on the same day supersedes this one.
            if i + 1 < timeline.count, timeline[i + 1].date == entry.date { continue }
            defer { before = entry.status }
            if entry.status == before { continue }
            out.append(StatusChange(action: action.id, date: entry.date, from: before, to: entry.status,
                                    note: note(on: entry.date, in: timeline, upTo: i)))
        }
        return out
    }

    /// Notes given on days when the status did not change, oldest first: one per day (the
    /// day's last), so the bulletin still reports the lead's words.
    static func updates(_ action: Action) -> [Update] {
        let changeDays = Set(statusChanges(action).map(\.date))
        var out: [Update] = []
        let timeline = action.timeline
        for (i, entry) in timeline.enumerated() where !changeDays.contains(entry.date) {
            if i + 1 < timeline.count, timeline[i + 1].date == entry.date { continue }
            if let note = note(on: entry.date, in: timeline, upTo: i) {
                out.append(Update(action: action.id, date: entry.date, status: entry.status, note: note))
            }
        }
        return out
    }

    /// The last note among the entries of `day` up to index `last`.
    private static func note(on day: Day, in timeline: [HistoryEntry], upTo last: Int) -> String? {
        var i = last
        while i >= 0, timeline[i].date == day {
            if let note = timeline[i].note { return note }
            i -= 1
        }
        return nil
    }
}
