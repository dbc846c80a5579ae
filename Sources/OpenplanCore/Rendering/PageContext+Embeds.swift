import Foundation

import Markdown

/// `{{measure ID}}`, `{{action ID}}`, `{{progress}}`, `{{changes}}`, `{{feedback latest N}}`:
/// live content from the data, placed where an editor wrote the embed line.
///
/// An unknown kind or id is an error pointing at the line in the editor's file, and the
/// embed renders as nothing (the build stops on errors, so nothing half-made is published).
extension PageContext {
    static let embedHelp = "The embeds are {{measure ID}}, {{action ID}}, {{progress}}, {{changes}} and {{feedback latest N}}."

    func embed(_ call: EmbedCall, in source: MarkdownSource) -> String {
        let place = source.location(of: call.position)
        func fail(_ message: String) -> String {
            diagnostics.append(.error(at: place, message))
            return ""
        }
        let argument = Self.unquoted(call.argument)
        switch call.kind.lowercased() {
        case "measure":
            guard !argument.isEmpty else { return fail("{{measure}} needs a measure id, for example {{measure LO-VISITS}}.") }
            guard plan.measureByID[ItemID(argument)] != nil, let measure = embedPlan.measureByID[ItemID(argument)] else {
                if plan.withheldMeasures.contains(ItemID(argument)) { return "" }  // its own problem is reported
                return fail("There is no measure with the id “\(argument)”. Use an id from Content/measures, for example {{measure \(plan.measures.first?.id.raw ?? "LO-VISITS")}}.")
            }
            return flavour.isWeb ? embedMeasure(measure) : embedMeasureWithoutChart(measure)
        case "action":
            guard !argument.isEmpty else { return fail("{{action}} needs an action id, for example {{action 1.2}}.") }
            guard let action = plan.actionByID[ItemID(argument)] else {
                if plan.withheldActions.contains(ItemID(argument)) { return "" }  // its own problem is reported
                return fail("There is no action with the id “\(argument)”. Use an id from Content/actions, for example {{action \(plan.actions.first?.id.raw ?? "1.2")}}.")
            }
            // In a bulletin, an action that was not yet in the plan on its date is shown as it is now.
            return embedAction(embedPlan.actionByID[action.id] ?? action)
        case "progress":
            guard argument.isEmpty else { return fail("{{progress}} takes nothing after the word progress, but “\(argument)” was written.") }
            return embedProgress()
        case "changes":
            guard argument.isEmpty else { return fail("{{changes}} takes nothing after the word changes, but “\(argument)” was written.") }
            return render(changesView(changesLog, fullList: changesList), template("embed-changes"))
        case "feedback":
            guard let count = Self.feedbackCount(argument) else {
                return fail("“{{feedback \(call.argument)}}” is not understood. Write {{feedback latest 3}}, with a number from 1 to 50.")
            }
            let items = embedPlan.feedback.prefix(count).map { feedbackItem($0, detail: false) }
            return render(FeedbackEmbedView(items: Array(items), hasItems: !items.isEmpty, allHref: href(SitePaths.feedback)),
                                     template("embed-feedback"))
        default:
            let written = call.argument.isEmpty ? call.kind : call.kind + " " + call.argument
            return fail("“{{\(written)}}” is not an embed. \(Self.embedHelp)")
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
        guard let day = embedDay else { return site.isPastDue(action) }
        return !site.isComplete(action) && (action.due?.isPast(asOf: day) ?? false)
    }

    /// `latest 3`, `3` or nothing (3 items).
    static func feedbackCount(_ argument: String) -> Int? {
        var words = argument.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.first?.lowercased() == "latest" { words.removeFirst() }
        if words.isEmpty { return 3 }
        guard words.count == 1, let n = Int(words[0]), (1...50).contains(n) else { return nil }
        return n
    }

    static func unquoted(_ text: String) -> String {
        let t = text.trimmedSpaces()
        if t.count >= 2, let f = t.first, let l = t.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
            return String(t.dropFirst().dropLast())
        }
        return t
    }
}
