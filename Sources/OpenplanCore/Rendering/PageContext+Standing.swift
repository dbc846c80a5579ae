import Markdown

/// Where measures stand, their comparators and their new readings, as each flavour shows
/// them: the pieces the measures page, the cards and the bulletin embeds share.
extension PageContext {
    /// A measure's standing on `asOf`, with its tag in this page's flavour.
    func standingView(_ measure: Measure, asOf: Day) -> StandingView {
        let words = StandingText(measure, asOf: asOf)
        return StandingView(state: words.standing.rawValue, label: words.label, reason: words.reason,
                            tagHTML: standingTag(words))
    }

    /// The standing as a status tag: a shape and words on the web, a text character and words
    /// in email (mail programs drop SVG), the words alone in plain text (escaped for Markdown).
    func standingTag(_ words: StandingText) -> String {
        let status = words.status, isMet = words.standing == .met
        switch flavour {
        case .web: return site.theme.render(StatusTagView(status: status, isComplete: isMet), "status-tag")
        case .email: return site.theme.render(EmailStatusView(status: status, isComplete: isMet), "email-status-tag")
        case .text: return MarkdownEscaping.escape(status.label)
        }
    }

    /// "England average: 46.4% in December 2024", for each comparator with a figure.
    func comparatorLines(_ measure: Measure) -> [ComparatorFigureView] {
        let text = MeasureText(measure)
        return measure.comparators.compactMap { c in
            c.latest.map {
                let figure = "\(text.value($0)) \(text.when($0.date))"
                return ComparatorFigureView(label: c.label, figure: figure, text: "\(c.label): \(figure)")
            }
        }
    }

    /// `{{measure ID}}`: figures, standing and comparators; the chart only on the web.
    func measureEmbedView(_ measure: Measure, chartHTML: String?) -> MeasureEmbedView {
        let text = MeasureText(measure)
        let comparators = comparatorLines(measure)
        return MeasureEmbedView(
            title: measure.title, href: href(SitePaths.measure(measure.id)), latestText: latestText(measure, text),
            targetText: targetText(text), baselineText: baselineText(measure, text), trendText: text.trend,
            hasChart: chartHTML != nil, chartHTML: chartHTML ?? "", csvHref: href(SitePaths.measureCSV(measure.id)),
            standing: standingView(measure, asOf: embedDay ?? site.asOf),
            comparators: comparators, hasComparators: !comparators.isEmpty)
    }

    /// New readings for `{{changes}}`, one item per measure in the order its first new reading
    /// came; within a measure, its own readings first, then each breakdown group's, oldest first.
    func readingChanges(_ log: ChangeLog) -> [ReadingChangeView] {
        var order: [ItemID] = []
        var byMeasure: [ItemID: [ChangeLog.Reading]] = [:]
        for r in log.readings {
            if byMeasure[r.measure] == nil { order.append(r.measure) }
            byMeasure[r.measure, default: []].append(r)
        }
        return order.compactMap { id -> ReadingChangeView? in
            guard let m = plan.measureByID[id], let readings = byMeasure[id] else { return nil }
            let text = MeasureText(m)
            // Beside its groups' figures, the measure's own is named, so it is not taken for one of them.
            let hasGroups = readings.contains { $0.group != nil }
            let lines = readings
                .sorted { ($0.groupOrder, $0.point.date.end) < ($1.groupOrder, $1.point.date.end) }
                .map { r in
                    ReadingLineView(group: r.group?.name ?? (hasGroups ? "Overall" : ""), hasGroup: r.group != nil || hasGroups,
                                    valueText: text.value(r.point),
                                    whenText: text.when(r.point.date), date: DateView(r.point.date))
                }
            return ReadingChangeView(title: m.title, href: href(SitePaths.measure(m.id)), lines: lines)
        }
    }
}
