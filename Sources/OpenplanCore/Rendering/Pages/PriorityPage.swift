extension PageContext {
    func priorityPage(_ priority: Priority) -> [UInt8] {
        let actions = plan.actionsByPriority[priority.id] ?? []
        let measures = plan.measuresByPriority[priority.id] ?? []
        let label = site.priorityLabel(priority)
        let view = PriorityPageView(
            idLabel: label, title: priority.title, summary: priority.summary, bodyHTML: body(priority.body),
            progress: progress(actions, caption: "Actions for this priority by status"),
            hasActions: !actions.isEmpty, actionsCaption: "Actions for \(label)", actions: actions.map(actionRow),
            hasMeasures: !measures.isEmpty, measures: measures.map(measureCard))
        var latest: Day?
        for a in actions { if let d = a.updated ?? a.history.last?.date, latest.map({ d > $0 }) ?? true { latest = d } }
        return layout(title: "\(label): \(priority.title)", content: site.theme.render(view, "priority"),
                      description: priority.summary, breadcrumbs: crumbs([]), lastUpdated: latest ?? site.lastUpdated,
                      kind: "priority")
    }
}
