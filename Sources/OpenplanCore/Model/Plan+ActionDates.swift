/// Whether an action is past its due date or has gone unreviewed for too long: the rules
/// behind the "Important" banner, the home page's overdue count and the embeds, in one place.
extension Plan {
    /// Not complete, and the last day of its due date is before `day`. Recurring work and
    /// "not set yet" are never past due.
    public func isPastDue(_ action: Action, asOf day: Day) -> Bool {
        !site.statuses.isComplete(action.status) && (action.due?.isPast(asOf: day) ?? false)
    }

    /// Days since the action was last reviewed, when that is more than `stale_after_days`
    /// (exactly that many is not yet stale). Completed actions are never stale.
    public func staleDays(_ action: Action, asOf day: Day) -> Int? {
        guard !site.statuses.isComplete(action.status), let updated = action.updated ?? action.history.last?.date else { return nil }
        let days = day.days(since: updated)
        return days > site.staleAfterDays ? days : nil
    }
}
