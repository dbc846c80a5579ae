import Foundation

import Markdown

/// `{{measure ID}}`, `{{action ID}}`, `{{progress}}`, `{{changes}}`, `{{feedback latest N}}`:
/// live content from the data, placed where an editor wrote the embed line.
///
/// An embed that cannot be filled in (an unknown kind or id) is reported before rendering
/// (`EmbedCheck`, through `PlanResolution`), and renders as nothing here: the build stops on
/// errors, so nothing half-made is published.
extension PageContext {
    func embed(_ call: EmbedCall) -> String {
        guard EmbedCheck.problem(call, in: plan) == nil else { return "" }
        let argument = EmbedCheck.unquoted(call.argument)
        switch call.kind.lowercased() {
        case "measure":
            // Nothing for a measure left out for a problem of its own, which is reported.
            guard let measure = embedPlan.measureByID[ItemID(argument)] else { return "" }
            return flavour.isWeb ? embedMeasure(measure) : embedMeasureWithoutChart(measure)
        case "action":
            guard let action = plan.actionByID[ItemID(argument)] else { return "" }
            // In a bulletin, an action that was not yet in the plan on its date is shown as it is now.
            return embedAction(embedPlan.actionByID[action.id] ?? action)
        case "progress":
            return embedProgress()
        case "changes":
            return render(changesView(changesLog, fullList: changesList), template("embed-changes"))
        case "feedback":
            guard let count = EmbedCheck.feedbackCount(argument) else { return "" }
            let items = embedPlan.feedback.prefix(count).map { feedbackItem($0, detail: false) }
            return render(FeedbackEmbedView(items: Array(items), hasItems: !items.isEmpty, allHref: href(SitePaths.feedback)),
                                     template("embed-feedback"))
        default:
            return ""
        }
    }

    func embedMeasure(_ measure: Measure) -> String {
        let text = MeasureText(measure)
        let chart = MeasureChart(measure: measure, idPrefix: uniqueID("chart-" + measure.id.slug),
                                 title: "Chart: \(measure.title)", description: text.trend).svg()
        return site.theme.render(measureEmbedView(measure, chartHTML: chart), "embed-measure")
    }

    func embedAction(_ action: Action) -> String {
        let view = ActionEmbedView(idLabel: action.id.raw, title: action.title, href: href(SitePaths.action(action.id)),
                                   statusTagHTML: tag(action.status), due: DueView(action.due),
                                   isPastDue: isPastDue(action), leadsText: site.leadsText(action))
        return render(view, template("embed-action"))
    }

    func embedProgress() -> String {
        let plan = embedPlan
        let rows = priorityRows(plan)
        let on = embedDay.map { " on \($0.long)" } ?? ""
        let view = ProgressEmbedView(overall: progress(plan.actions, caption: "All actions by status" + on),
                                     tableCaption: "Actions by priority and status" + on, statusHeadings: site.statusKey,
                                     priorities: rows)
        return render(view, template("embed-progress"))
    }

    /// Each priority's actions counted by status, in the order of the status scale.
    func priorityRows(_ plan: Plan) -> [PriorityProgressRowView] {
        let scale = plan.site.statuses
        return plan.priorities.map { p -> PriorityProgressRowView in
            let actions = plan.actionsByPriority[p.id] ?? []
            var counts = [Int](repeating: 0, count: scale.statuses.count)
            for k in actions.indices { if let i = scale.position(of: actions[k].status) { counts[i] += 1 } }
            return PriorityProgressRowView(title: "\(site.priorityLabel(p)): \(p.title)", href: href(SitePaths.priority(p.id)),
                                           sentence: progress(actions, caption: "").sentence, counts: counts, total: actions.count)
        }
    }

    /// Past due on the day the embeds describe (a bulletin's date), or now.
    func isPastDue(_ action: Action) -> Bool {
        plan.isPastDue(action, asOf: embedDay ?? site.asOf)
    }
}
