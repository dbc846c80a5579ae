/// Model → view pieces shared by several pages, with links relative to this page.
extension PageContext {
    func actionRow(_ action: Action) -> ActionRowView {
        ActionRowView(idLabel: action.id.raw, title: action.title, href: href(SitePaths.action(action.id)),
                      statusTagHTML: tag(action.status), due: DueView(action.due),
                      isPastDue: site.isPastDue(action), leadsText: site.leadsText(action))
    }

    func measureCard(_ measure: Measure) -> MeasureCardView {
        let text = MeasureText(measure)
        return MeasureCardView(
            idLabel: measure.id.raw, title: measure.title, href: href(SitePaths.measure(measure.id)),
            latestText: latestText(measure, text), targetText: targetText(text), baselineText: baselineText(measure, text),
            directionText: text.direction, trendText: text.trend,
            sparklineHTML: Sparkline.svg(measure),
            archivedText: measure.archived ? "No longer collected: kept for the record." : nil,
            standing: standingView(measure, asOf: site.asOf), sparklineText: Sparkline.text(measure))
    }

    func latestText(_ measure: Measure, _ text: MeasureText) -> String {
        guard let latest = measure.latest else { return "No readings yet" }
        return "\(text.value(latest)) (\(latest.date.long))"
    }

    func targetText(_ text: MeasureText) -> String {
        guard let t = text.nextTarget else { return "No target set" }
        return "\(text.value(t)) by \(t.date.long)"
    }

    func baselineText(_ measure: Measure, _ text: MeasureText) -> String {
        guard let b = measure.baseline else { return "No baseline yet" }
        return "\(text.value(b)) (\(b.date.long))"
    }

    /// A "You said, we did" item. `detail` renders its Markdown body too (the full list);
    /// shorter lists leave it out.
    func feedbackItem(_ item: Feedback, detail: Bool) -> FeedbackItemView {
        let actions = item.actions.compactMap { plan.actionByID[$0] }.map {
            LinkView(text: "\(site.actionLabel($0)): \($0.title)", href: href(SitePaths.action($0.id)))
        }
        return FeedbackItemView(
            hasAnchor: detail, anchor: "feedback-" + item.id.slug, youSaid: item.youSaid, weDid: item.weDid,
            statusLabel: item.status.label, statusClass: "feedback-status--" + item.status.rawValue,
            theme: item.theme, date: DateView(item.date), feedbackSource: item.source,
            detailHTML: detail ? body(item.body, at: .feedbackInList(item.id)) : "", relatedActions: actions,
            hasRelatedActions: !actions.isEmpty)
    }

    /// Counts by status, in display order, with every status listed even at zero.
    func progress(_ actions: [Action], caption: String) -> ProgressView {
        let scale = plan.site.statuses
        var counts = [Int](repeating: 0, count: scale.statuses.count)
        var overdue = 0
        // By index: `for a in actions` would copy each action (a dozen reference counts) on a
        // page that counts the whole plan.
        for k in actions.indices {
            if let i = scale.position(of: actions[k].status) { counts[i] += 1 }
            if isPastDue(actions[k]) { overdue += 1 }
        }
        let total = actions.count
        let complete = scale.position(of: scale.completeID).map { counts[$0] } ?? 0
        let rows = scale.statuses.enumerated().map { i, s in
            ProgressRowView(statusTagHTML: tag(s.id), label: s.label, count: counts[i],
                            percentText: "\(NumberText.percent(counts[i], of: total))%")
        }
        let sentence: String
        if total == 0 {
            sentence = "There are no actions yet."
        } else {
            // "1 of 3 actions is", "0 of 1 action is", "2 of 3 actions are".
            let verb = complete == 1 || total == 1 ? "is" : "are"
            sentence = "\(NumberText.group(complete)) of \(NumberText.count(total, "action", "actions")) (\(NumberText.percent(complete, of: total))%) \(verb) complete."
        }
        let overdueSentence: String?
        switch overdue {
        case 0: overdueSentence = total == 0 ? nil : "No actions are past their due date."
        case 1: overdueSentence = "1 action is past its due date and not yet complete."
        default: overdueSentence = "\(NumberText.group(overdue)) actions are past their due date and not yet complete."
        }
        return ProgressView(sentence: sentence, overdueSentence: overdueSentence, hasOverdue: overdue > 0, caption: caption, rows: rows,
                            totalText: NumberText.group(total), hasActions: total > 0)
    }

    func statusCounts(_ actions: [Action]) -> [StatusCountView] {
        let scale = plan.site.statuses
        var counts = [Int](repeating: 0, count: scale.statuses.count)
        for k in actions.indices { if let i = scale.position(of: actions[k].status) { counts[i] += 1 } }
        return scale.statuses.enumerated().compactMap { i, s in
            counts[i] > 0 ? StatusCountView(statusTagHTML: tag(s.id), count: counts[i]) : nil
        }
    }

    /// A changes log as the `embed-changes` template shows it: summarised, with a link to the
    /// full list `list`, when it is too long to show in full (`ChangesSummary`).
    func changesView(_ log: ChangeLog, fullList list: ChangesSummary.List?) -> ChangesView {
        let view = changesView(log)
        guard let list, ChangesSummary.isSummarised(log) else { return view }
        return ChangesSummary.summarise(view, allHref: href(ChangesSummary.folder(list)), total: log.count)
    }

    /// A changes log as the `embed-changes` template shows it, every change listed.
    func changesView(_ log: ChangeLog) -> ChangesView {
        func actionItem(_ id: ItemID, _ date: Day, _ detail: String, _ status: String, note: String? = nil) -> ChangeItemView? {
            guard let a = plan.actionByID[id] else { return nil }
            return ChangeItemView(title: "\(site.actionLabel(a)): \(a.title)", href: href(SitePaths.action(id)),
                                  date: DateView(date), detail: detail, statusTagHTML: tag(status),
                                  isPastDue: isPastDue(a), note: note ?? "", hasNote: note != nil)
        }
        let completed = log.completed.compactMap { actionItem($0.action, $0.date, "Completed", $0.to, note: $0.note) }
        let changes = log.statusChanges.compactMap { c in
            c.from.flatMap { actionItem(c.action, c.date, "Changed from \(site.statusLabel($0)) to \(site.statusLabel(c.to))", c.to, note: c.note) }
        }
        let added = log.statusChanges.compactMap { c in
            c.from == nil ? actionItem(c.action, c.date, "Added to the plan as \(site.statusLabel(c.to))", c.to, note: c.note) : nil
        }
        let updates = log.updates.compactMap { u in
            actionItem(u.action, u.date, "Status unchanged: \(site.statusLabel(u.status))", u.status, note: u.note)
        }
        let passed = log.passedDue.compactMap { p in
            actionItem(p.action, p.due.end.adding(days: 1), "Was due by \(p.due.long) and is not yet complete", p.status)
        }
        let feedback = log.feedback.compactMap { id -> ChangeItemView? in
            guard let f = plan.feedbackByID[id] else { return nil }
            return ChangeItemView(title: f.youSaid, href: href(SitePaths.feedback) + "#feedback-" + f.id.slug,
                                  date: DateView(f.date), detail: "\(f.theme), \(f.status.label.lowercased())", statusTagHTML: "")
        }
        let readings = readingChanges(log)
        let from = log.period.firstDay, through = log.period.through
        return ChangesView(
            periodText: "Between \(from.long) and \(through.long)", from: DateView(from), through: DateView(through),
            isEmpty: log.isEmpty, completed: completed, hasCompleted: !completed.isEmpty,
            statusChanges: changes, hasStatusChanges: !changes.isEmpty,
            added: added, hasAdded: !added.isEmpty,
            addedSentence: added.count == 1 ? "1 action was added to the plan." : "\(NumberText.group(added.count)) actions were added to the plan.",
            addedFolded: added.count > 5, passedDue: passed, hasPassedDue: !passed.isEmpty,
            updates: updates, hasUpdates: !updates.isEmpty,
            feedback: feedback, hasFeedback: !feedback.isEmpty, readings: readings, hasReadings: !readings.isEmpty)
    }

    func bulletinSummary(_ b: Bulletin) -> BulletinSummaryView {
        BulletinSummaryView(title: b.title, href: href(SitePaths.bulletin(b.id)), date: DateView(b.date), bulletinSummary: b.summary)
    }
}
