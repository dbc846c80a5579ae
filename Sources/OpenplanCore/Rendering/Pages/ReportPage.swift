extension PageContext {
    /// The whole plan on one page, for print and board papers: no navigation, every priority
    /// with its actions and measures, headings nested so the outline reads as a document.
    func reportPage() -> [UInt8] {
        var seenActions = Set<ItemID>()
        func actionView(_ a: Action) -> ReportActionView {
            let first = seenActions.insert(a.id).inserted
            if first { site.sharedBodies.prepare(a.id, render: renderActionPage) }
            let milestones = a.milestones.map {
                MilestoneView(text: $0.text, due: DueView($0.due), statusTagHTML: site.tagHTML($0.status),
                              isComplete: plan.site.statuses.isComplete($0.status))
            }
            let updated = a.updated ?? a.history.last?.date
            return ReportActionView(idLabel: site.actionLabel(a), title: a.title, actionAnchor: first ? "action-" + a.id.slug : nil,
                                    statusTagHTML: site.tagHTML(a.status), due: DueView(a.due), isPastDue: site.isPastDue(a),
                                    leadsText: site.leadsText(a), updatedText: updated?.long ?? "Not recorded",
                                    milestones: milestones, hasMilestones: !milestones.isEmpty,
                                    bodyHTML: first ? body(a.body, topLevel: 4, idPrefix: "action-" + a.id.slug, sharing: .take(ReportPage.placement(a))) : "")
        }
        var priorities = plan.priorities.map { p -> ReportPriorityView in
            let actions = plan.actionsByPriority[p.id] ?? []
            let measures = plan.measuresByPriority[p.id] ?? []
            return ReportPriorityView(heading: "\(site.priorityLabel(p)): \(p.title)", title: p.title, anchor: "priority-" + p.id.slug,
                                      summary: p.summary, bodyHTML: body(p.body, topLevel: 3, idPrefix: "priority-" + p.id.slug),
                                      progressText: progress(actions, caption: "").sentence,
                                      actions: actions.map(actionView), hasActions: !actions.isEmpty,
                                      measures: measures.map(measureCard), hasMeasures: !measures.isEmpty)
        }
        if !site.actionsWithoutPriority.isEmpty {
            let actions = site.actionsWithoutPriority
            priorities.append(ReportPriorityView(heading: "Other actions", title: "Other actions", anchor: "other-actions", summary: nil,
                                                 bodyHTML: "", progressText: progress(actions, caption: "").sentence,
                                                 actions: actions.map(actionView), hasActions: true, measures: [], hasMeasures: false))
        }
        let others = site.measuresWithoutPriority.map(measureCard)
        let view = ReportView(title: plan.site.title, partnership: plan.site.partnership, asOf: DateView(site.asOf),
                              progress: progress(plan.actions, caption: "All actions by status"), priorities: priorities,
                              otherMeasures: others, hasOtherMeasures: !others.isEmpty, statusKey: site.statusKey,
                              siteURL: plan.site.baseURL)
        return layout(title: "Whole plan", content: site.theme.render(view, "report"), lastUpdated: site.lastUpdated,
                      kind: "report", showNavigation: false)
    }
}

enum ReportPage {
    /// Where an action's body goes on the whole-plan page, for the action's own page to
    /// prepare it (`PageContext.BodySharing`). Must match the `body` call above.
    static func placement(_ action: Action) -> PageContext.BodyPlacement {
        PageContext.BodyPlacement(rootPath: PagePath(folder: SitePaths.report).rootPath, topLevel: 4,
                                  idPrefix: "action-" + action.id.slug)
    }
}
