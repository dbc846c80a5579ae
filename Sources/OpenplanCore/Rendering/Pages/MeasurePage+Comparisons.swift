extension PageContext {
    /// The measure's comparators as the page lists them, in the order written.
    func comparatorViews(_ measure: Measure) -> [ComparatorView] {
        let words = MeasureComparisonText(measure)
        return words.shownComparators.map { ComparatorView(summary: words.summary($0), comparison: words.comparison($0)) }
    }

    /// Each breakdown with at least one group: words, small multiples and a table.
    func breakdownViews(_ measure: Measure) -> [BreakdownView] {
        let words = MeasureComparisonText(measure)
        let text = MeasureText(measure)
        return measure.breakdowns.filter { !$0.groups.isEmpty }.map { b in
            let heading = words.heading(b)
            let chart = BreakdownChart(measure: measure, breakdown: b)
            let panels = b.groups.compactMap { g -> SmallMultipleView? in
                let id = uniqueID("chart-" + measure.id.slug + "-" + Slug.make(b.by) + "-" + Slug.make(g.label))
                guard let svg = chart?.panel(g, idPrefix: id, title: "Chart: \(measure.title), \(g.label)",
                                             description: words.groupSentence(g)) else { return nil }
                return SmallMultipleView(label: g.label, chartHTML: svg)
            }
            // Dates down, groups across; the whole measure's readings first, where it has any on those dates.
            let dates = Array(Set(b.groups.flatMap { $0.actuals.map(\.date) })).sorted()
            func cell(_ points: [DataPoint], _ date: PlanDate) -> String {
                points.last { $0.date == date }.map(text.value) ?? "No figure"
            }
            let hasOverall = measure.actuals.contains { dates.contains($0.date) }
            let columns = (hasOverall ? ["Overall"] : []) + b.groups.map(\.label)
            let rows = dates.map { d in
                BreakdownRowView(date: DateView(d), cells: (hasOverall ? [cell(measure.actuals, d)] : []) + b.groups.map { cell($0.actuals, d) })
            }
            return BreakdownView(
                heading: heading,
                rankingText: words.ranking(b).joined(separator: " "), groupSentences: b.groups.map(words.groupSentence),
                hasPanels: !panels.isEmpty,
                panelsNote: "Each small chart shows one group. They all use the same scale, so their heights can be compared."
                    + (chart?.reference.isEmpty == false ? " The dashed grey line with hollow squares is the overall figure." : ""),
                panels: panels,
                tableCaption: "\(measure.title): readings \(MeasureComparisonText.lowerFirst(heading))",
                columns: columns, rows: rows)
        }
    }
}
