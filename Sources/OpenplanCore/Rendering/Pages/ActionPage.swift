extension PageContext {
    func actionPage(_ action: Action) -> [UInt8] {
        let site = self.site
        let tag = site.statusViews[action.status] ?? StatusTagView(
            status: Status(id: action.status, label: action.status, colour: .grey, meaning: ""), isComplete: false)
        let priorities = action.priorities.compactMap { plan.priorityByID[$0] }
        let stale = site.staleDays(action)
        let updated = action.updated ?? action.history.last?.date
        let milestones = action.milestones.map {
            MilestoneView(text: $0.text, due: DueView($0.due), statusTagHTML: site.tagHTML($0.status),
                          isComplete: plan.site.statuses.isComplete($0.status))
        }
        let history = action.timeline.reversed().map { HistoryRowView(statusTagHTML: site.tagHTML($0.status), from: DateView($0.date)) }
        let updates = action.updates.map {
            UpdateView(date: DateView($0.date), statusTagHTML: site.tagHTML($0.status), note: $0.note ?? "")
        }
        let measures = action.measures.compactMap { plan.measureByID[$0] }
        let feedback = (plan.feedbackByAction[action.id] ?? []).map { feedbackItem($0, detail: false) }
        let leads = site.leads(action)
        let dueText = DueView(action.due).text
        let view = ActionPageView(
            idLabel: site.actionLabel(action), title: action.title, status: tag, statusTagHTML: site.tagHTML(action.status),
            due: DueView(action.due), isPastDue: site.isPastDue(action), hasImportant: site.isPastDue(action) || stale != nil,
            pastDueText: "This action was due by \(dueText) and is not yet complete.",
            isStale: stale != nil, staleTitle: "Not updated for \(stale ?? 0) days",
            staleText: "This action was last reviewed on \(updated?.long ?? "an unknown date"), more than \(plan.site.staleAfterDays) days ago. Its status may be out of date.",
            leads: leads, hasLeads: !leads.isEmpty,
            priorities: priorities.map { LinkView(text: "\(site.priorityLabel($0)): \($0.title)", href: href(SitePaths.priority($0.id))) },
            hasUpdated: updated != nil, updated: DateView(updated ?? site.asOf),
            hasLatestUpdate: !updates.isEmpty, latestUpdate: Array(updates.prefix(1)),
            hasEarlierUpdates: updates.count > 1, earlierUpdates: Array(updates.dropFirst()),
            hasMilestones: !milestones.isEmpty, milestones: milestones, bodyHTML: body(action.body),
            hasHistory: history.count > 1, history: history,
            hasMeasures: !measures.isEmpty, measures: measures.map(measureCard),
            hasFeedback: !feedback.isEmpty, feedback: feedback, statusKeyHTML: site.statusKeyHTML)
        let trail = priorities.first.map { [("\(site.priorityLabel($0)): \($0.title)", SitePaths.priority($0.id))] } ?? []
        return layout(title: "\(site.actionLabel(action)): \(action.title)", content: site.theme.render(view, "action"),
                      breadcrumbs: crumbs(trail), lastUpdated: updated, kind: "action")
    }
}
