/// Checks that the plan is being kept up to date: things the build accepts but a reader
/// would notice (an action long past its due date still "on track", a measure with no new
/// figure for a year, feedback that was never answered).
///
/// Every date is compared with the build's as-of day, never the clock, so a check run on
/// old content with `--as-of` gives the answer it gave then.
public struct IntegrityReview: Sendable {
    public var asOf: Day

    /// A measure with no reading for longer than this is flagged.
    public static let measureReadingDays = 365
    /// "You said, we did" feedback still "listening" for longer than this is flagged.
    public static let listeningDays = 60

    public init(asOf: Day) {
        self.asOf = asOf
    }

    public func findings(in plan: Plan) -> [ReviewFinding] {
        var out: [ReviewFinding] = []
        for action in plan.actions {
            out += overdue(action, statuses: plan.site.statuses)
            out += stale(action, statuses: plan.site.statuses, staleAfterDays: plan.site.staleAfterDays)
            out += overdueMilestones(action, statuses: plan.site.statuses)
            out += notSetYet(action, statuses: plan.site.statuses)
        }
        for measure in plan.measures { out += readings(measure) }
        for item in plan.feedback { out += unanswered(item) }
        return out.sorted()
    }

    /// An action whose due date has passed and which is not complete. Recurring work is never overdue.
    func overdue(_ action: Action, statuses: StatusScale) -> [ReviewFinding] {
        guard let due = action.due, due.isPast(asOf: asOf), !statuses.isComplete(action.status) else { return [] }
        let place = action.places["due"] ?? action.location
        return [.warning(.overdueAction, place.file, line: place.line, column: place.column,
                         "Action \(action.id) was due \(due.long) and is not marked complete (its status is "
                             + "\(label(action.status, statuses))). Update its status, or record the new due date.")]
    }

    /// A due date or lead left "not set yet" (format 1.1), as a plan imported from a table with
    /// empty cells has. Families see "Not set yet"; the editor is asked to fill it in. A
    /// completed action no longer needs either.
    func notSetYet(_ action: Action, statuses: StatusScale) -> [ReviewFinding] {
        guard !statuses.isComplete(action.status) else { return [] }
        var out: [ReviewFinding] = []
        if case .notSet? = action.due {
            let place = action.places["due"] ?? action.location
            out.append(.warning(.dueNotSet, place.file, line: place.line, column: place.column,
                                "This action has no due date yet (due: tbc), so families see \"Not set yet\". "
                                    + "When a date is agreed, write it here, like 2026-03-31 or 2026-03."))
        }
        if action.leads.isEmpty {
            let place = action.places["leads"] ?? action.location
            out.append(.warning(.leadsNotSet, place.file, line: place.line, column: place.column,
                                "This action has no lead yet, so families see \"Not set yet\" under \"Led by\". "
                                    + "When someone is named, add their id from people.yml, like leads: [NB]."))
        }
        return out
    }

    /// An action not reviewed for more than the site's `stale_after_days`, or never dated.
    /// Completed actions are left alone: there is nothing more to report on them.
    func stale(_ action: Action, statuses: StatusScale, staleAfterDays: Int) -> [ReviewFinding] {
        guard !statuses.isComplete(action.status) else { return [] }
        let place = action.places["updated"] ?? action.location
        guard let updated = action.updated else {
            return [.warning(.staleAction, place.file, line: place.line, column: place.column,
                             "Action \(action.id) has no \"updated\" date, so readers cannot tell how current it is. "
                                 + "Add \"updated: YYYY-MM-DD\" when you next review it.")]
        }
        let age = asOf.days(since: updated)
        guard age > staleAfterDays else { return [] }
        return [.warning(.staleAction, place.file, line: place.line, column: place.column,
                         "Action \(action.id) was last updated on \(updated.long), \(age) days ago; the site asks for a review "
                             + "at least every \(staleAfterDays) days. Review it and change \"updated\".")]
    }

    func overdueMilestones(_ action: Action, statuses: StatusScale) -> [ReviewFinding] {
        action.milestones.compactMap { milestone in
            guard let due = milestone.due, due.isPast(asOf: asOf), !statuses.isComplete(milestone.status) else { return nil }
            let place = milestone.location ?? action.location
            return .warning(.overdueMilestone, place.file, line: place.line, column: place.column,
                            "Milestone \"\(milestone.text)\" of action \(action.id) was due \(due.long) and is not marked "
                                + "complete (its status is \(label(milestone.status, statuses))).")
        }
    }

    /// A measure with no reading at all, or none in the last 12 months; or, when the editor
    /// has said when the next figure is due, one whose next figure is late. Archived measures
    /// are no longer collected, so they are never asked for readings.
    func readings(_ measure: Measure) -> [ReviewFinding] {
        let place = measure.places["next_reading_due"] ?? measure.places["actuals"] ?? measure.location
        if measure.archived { return [] }
        if let due = measure.nextReadingDue {
            guard asOf > due.end else { return [] }
            return [.warning(.measureWithoutRecentReading, place.file, line: place.line, column: place.column,
                             "The next reading of measure \(measure.id) was due by \(due.long). Add the figure to \"actuals\" "
                                 + "and move \"next_reading_due\" on to when the one after is expected.")]
        }
        guard let latest = measure.latest else {
            return [.warning(.measureWithoutReadings, place.file, line: place.line, column: place.column,
                             "Measure \(measure.id) has no readings yet. Add the first figure to \"actuals\" when you have it.")]
        }
        guard latest.date.end < asOf.adding(days: -IntegrityReview.measureReadingDays) else { return [] }
        return [.warning(.measureWithoutRecentReading, place.file, line: place.line, column: place.column,
                         "The latest reading of measure \(measure.id) is for \(latest.date.long), more than 12 months ago. "
                             + "Add the newest figure to \"actuals\".")]
    }

    /// Feedback still "listening" more than 60 days after it was given.
    func unanswered(_ item: Feedback) -> [ReviewFinding] {
        let age = asOf.days(since: item.date)
        guard item.status == .listening, age > IntegrityReview.listeningDays else { return [] }
        let place = item.places["status"] ?? item.places["date"] ?? item.location
        return [.warning(.feedbackStillListening, place.file, line: place.line, column: place.column,
                         "\"You said, we did\" item \(item.id) has been \"listening\" for \(age) days, since \(item.date.long). "
                             + "Say what was done in \"we_did\", or change its status to \"in-progress\".")]
    }

    private func label(_ status: String, _ statuses: StatusScale) -> String {
        "\"" + (statuses.status(status)?.label ?? status) + "\""
    }
}
