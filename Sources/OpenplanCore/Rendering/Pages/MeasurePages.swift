extension PageContext {
    /// The measure's page and its `data.csv`.
    func measurePage(_ measure: Measure) -> [OutputFile] {
        let text = MeasureText(measure)
        let chart = MeasureChart(measure: measure, idPrefix: uniqueID("chart-" + measure.id.slug),
                                 title: "Chart: \(measure.title)", description: text.trend).svg()
        let comparators = comparatorViews(measure)
        let rows = MeasureData.tableRows(measure).map {
            DataRowView(kind: $0.kind, date: DateView($0.point.date), valueText: text.value($0.point), note: $0.point.note ?? "")
        }
        let priority = measure.priority.flatMap { plan.priorityByID[$0] }
        let actions = plan.actionsByMeasure[measure.id] ?? []
        let late = measure.isLate(asOf: site.asOf)
        let view = MeasurePageView(
            idLabel: "Measure \(measure.id.raw)", title: measure.title, description: measure.description, source: measure.source,
            directionText: text.direction, unitText: text.unitName, latestText: latestText(measure, text),
            targetText: targetText(text), baselineText: baselineText(measure, text), trendText: text.trend,
            hasChart: chart != nil, chartHTML: chart ?? "", hasBaseline: measure.baseline != nil,
            hasReadings: measure.latest != nil, archived: measure.archived,
            nextReadingText: measure.archived || late ? nil : measure.nextReadingDue.map { "The next figure is due by \($0.long)." },
            isLate: late,
            lateText: "The next figure was due by \(measure.nextReadingDue?.long ?? "an earlier date") and has not been published yet.",
            tableCaption: !comparators.isEmpty
                ? "\(measure.title): baseline, targets, readings and figures from elsewhere"
                : "\(measure.title): baseline, targets and readings",
            rows: rows, csvHref: "data.csv",
            priority: priority.map { LinkView(text: "\(site.priorityLabel($0)): \($0.title)", href: href(SitePaths.priority($0.id))) },
            hasActions: !actions.isEmpty, actionsCaption: "Actions working on this measure", actions: actions.map(actionRow),
            hasComparators: !comparators.isEmpty, comparators: comparators, breakdowns: breakdownViews(measure), allDataHref: href(SitePaths.measuresData))
        var latest: Day?
        // Targets are plans, not updates: the page changed when a figure was added.
        let figures = [measure.baseline].compactMap({ $0 }) + measure.actuals + measure.comparators.flatMap(\.values)
            + measure.breakdowns.flatMap { $0.groups.flatMap(\.actuals) }
        for p in figures where p.date.start <= site.asOf {
            if latest.map({ p.date.start > $0 }) ?? true { latest = p.date.start }
        }
        let html = layout(title: measure.title, content: site.theme.render(view, "measure"), description: measure.description,
                          breadcrumbs: crumbs([("Measures", SitePaths.measures)]), lastUpdated: latest ?? site.lastUpdated,
                          kind: "measure")
        return [OutputFile(path: path.file, bytes: html),
                OutputFile(path: SitePaths.measureCSV(measure.id), text: MeasureData.csv(measure))]
    }
}
