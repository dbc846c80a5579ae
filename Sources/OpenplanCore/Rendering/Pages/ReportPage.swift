extension PageContext {
    /// The whole plan, for print and board papers: no navigation, every priority with its
    /// actions and measures, headings nested so the outline reads as a document. A long plan is
    /// split into numbered pages (`ReportPages`); this is page `number`.
    func reportPage(_ number: Int = 1) -> [UInt8] {
        let layout = site.reportPages
        let parts = layout.pages[number - 1]
        let split = layout.count > 1
        // An action under two priorities is shown twice; its anchor and body go with the first.
        var seenActions = Set<ItemID>()
        func actionView(_ a: Action) -> ReportActionView {
            let first = layout.pageOfAction[a.id] == number && seenActions.insert(a.id).inserted
            let milestones = a.milestones.map {
                MilestoneView(text: $0.text, due: DueView($0.due), statusTagHTML: site.tagHTML($0.status),
                              isComplete: plan.site.statuses.isComplete($0.status))
            }
            let updated = a.updated ?? a.history.last?.date
            return ReportActionView(idLabel: site.actionLabel(a), title: a.title, actionAnchor: first ? "action-" + a.id.slug : nil,
                                    statusTagHTML: site.tagHTML(a.status), due: DueView(a.due), isPastDue: site.isPastDue(a),
                                    leadsText: site.leadsText(a), updatedText: updated?.long ?? "Not recorded",
                                    milestones: milestones, hasMilestones: !milestones.isEmpty,
                                    bodyHTML: first ? body(a.body, at: .actionInPlan(a.id)) : "")
        }
        var priorities: [ReportPriorityView] = []
        for part in parts {
            switch part.group {
            case .priority(let index):
                let p = plan.priorities[index]
                let actions = plan.actionsByPriority[p.id] ?? []
                let measures = part.isEnd ? plan.measuresByPriority[p.id] ?? [] : []
                let heading = "\(site.priorityLabel(p)): \(p.title)"
                priorities.append(ReportPriorityView(
                    heading: part.isStart ? heading : heading + " (continued)", title: p.title,
                    anchor: "priority-" + p.id.slug + (part.isStart ? "" : "-continued"),
                    summary: p.summary, bodyHTML: part.isStart ? body(p.body, at: .priorityInPlan(p.id)) : "",
                    progressText: progress(actions, caption: "").sentence, isContinued: !part.isStart,
                    actions: actions[part.actions].map(actionView), hasActions: !part.actions.isEmpty,
                    measures: measures.map(measureCard), hasMeasures: !measures.isEmpty))
            case .other:
                let actions = site.actionsWithoutPriority
                priorities.append(ReportPriorityView(
                    heading: part.isStart ? "Other actions" : "Other actions (continued)", title: "Other actions",
                    anchor: part.isStart ? "other-actions" : "other-actions-continued", summary: nil,
                    bodyHTML: "", progressText: progress(actions, caption: "").sentence, isContinued: !part.isStart,
                    actions: actions[part.actions].map(actionView), hasActions: true, measures: [], hasMeasures: false))
            }
        }
        let isLast = number == layout.count
        let others = isLast ? site.measuresWithoutPriority.map(measureCard) : []
        let view = ReportView(title: plan.site.title, pageSuffix: split ? " (page \(number) of \(layout.count))" : nil,
                              partnership: plan.site.partnership, asOf: DateView(site.asOf),
                              pageNote: split ? pageNote(number, parts: parts) : nil,
                              pagination: pagination(current: number, count: layout.count, navLabel: "Pages of the whole plan",
                                                     folder: SitePaths.reportPage),
                              contents: reportContents(number),
                              isFirstPage: number == 1,
                              progress: progress(plan.actions, caption: "All actions by status"), priorities: priorities,
                              otherMeasures: others, hasOtherMeasures: !others.isEmpty, statusKey: site.statusKey,
                              siteURL: plan.site.baseURL)
        return self.layout(title: split ? "Whole plan (page \(number) of \(layout.count))" : "Whole plan",
                           content: site.theme.render(view, "report"), lastUpdated: site.lastUpdated,
                           kind: "report", showNavigation: false)
    }

    /// Every section of the whole plan, linked on whichever page it is.
    private func reportContents(_ number: Int) -> [LinkView] {
        let layout = site.reportPages
        func link(_ text: String, page: Int, anchor: String) -> LinkView {
            LinkView(text: text, href: (page == number ? "" : href(SitePaths.reportPage(page))) + "#" + anchor)
        }
        var links = [link("Progress so far", page: 1, anchor: "plan-progress")]
        for (index, p) in plan.priorities.enumerated() {
            links.append(link("\(site.priorityLabel(p)): \(p.title)", page: layout.pageOfGroup[.priority(index)] ?? 1,
                              anchor: "priority-" + p.id.slug))
        }
        if !site.actionsWithoutPriority.isEmpty {
            links.append(link("Other actions", page: layout.pageOfGroup[.other] ?? 1, anchor: "other-actions"))
        }
        if !site.measuresWithoutPriority.isEmpty {
            links.append(link("Other measures", page: layout.count, anchor: "other-measures"))
        }
        return links
    }

    /// What a page of a split plan holds, and on the first page how the plan is split.
    private func pageNote(_ number: Int, parts: [ReportPages.Part]) -> String {
        func name(_ group: ReportPages.Group) -> String {
            switch group {
            case .priority(let i): return site.priorityLabel(plan.priorities[i])
            case .other: return "other actions"
            }
        }
        let first = parts.first.map { name($0.group) } ?? ""
        let last = parts.last.map { name($0.group) } ?? ""
        let range = first == last ? first : "\(first) to \(last)"
        let count = site.reportPages.count
        if number == 1 {
            return "The plan is long, so it is split into \(count) pages of up to \(ReportPages.actionsPerPage) actions each. "
                + "This page has the progress so far, what the statuses mean and \(range). "
                + "The contents below links to every part of the plan. To print the whole plan, print each page."
        }
        return "Page \(number) of \(count): \(range). The contents below links to every part of the plan."
    }
}

enum ReportPage {
    /// Where an action's body goes on the whole-plan page, for `RenderedBodies` to prepare it
    /// there. Must match the `body` call above.
    static func placement(_ action: Action, site: SiteContext) -> PageContext.BodyPlacement {
        let page = site.reportPages.pageOfAction[action.id] ?? 1
        return PageContext.BodyPlacement(rootPath: PagePath(folder: SitePaths.reportPage(page)).rootPath,
                                         placement: .actionInPlan(action.id))
    }
}
