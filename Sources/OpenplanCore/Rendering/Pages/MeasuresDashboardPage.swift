extension PageContext {
    /// `measures/`: every measure still collected, grouped by priority in the plan's order
    /// (then those without a priority), each with where it stands; a count of the standings
    /// at the top; the archived measures last, in a section of their own.
    func measuresPage() -> [UInt8] {
        let collected = plan.measures.filter { !$0.archived }
        var groups = plan.priorities.compactMap { p -> MeasureGroupView? in
            let ms = (plan.measuresByPriority[p.id] ?? []).filter { !$0.archived }
            guard !ms.isEmpty else { return nil }
            return MeasureGroupView(heading: "\(site.priorityLabel(p)): \(p.title)", headingHref: href(SitePaths.priority(p.id)),
                                    measures: ms.map(measureCard))
        }
        let others = site.measuresWithoutPriority.filter { !$0.archived }
        if !others.isEmpty {
            groups.append(MeasureGroupView(heading: groups.isEmpty ? "All measures" : "Other measures", headingHref: nil,
                                           measures: others.map(measureCard)))
        }
        let archived = plan.measures.filter(\.archived)
        let view = MeasuresPageView(
            hasMeasures: !plan.measures.isEmpty,
            summary: Self.standingSummary(collected.map { StandingText($0, asOf: site.asOf) }, archived: archived.count),
            ruleText: StandingText.rule, csvHref: href(SitePaths.measuresData),
            groups: groups, hasArchived: !archived.isEmpty, archived: archived.map(measureCard))
        return layout(title: "Measures", content: site.theme.render(view, "measures"), breadcrumbs: crumbs([]),
                      lastUpdated: site.lastUpdated, kind: "measures")
    }

    /// "We collect 12 measures: 3 have met their target, 2 are on course, 4 are off course
    /// and 3 have no figures yet. 2 more are no longer collected." Standings are counted as
    /// the cards name them, in the order of the rule, and only those some measure has.
    static func standingSummary(_ standings: [StandingText], archived: Int) -> String {
        var tally: [Int: (one: String, many: String, count: Int)] = [:]
        for s in standings {
            let p = s.countPhrase
            tally[p.order, default: (p.one, p.many, 0)].count += 1
        }
        let counts = tally.keys.sorted().map { key -> String in
            let t = tally[key]!
            return "\(NumberText.group(t.count)) \(t.count == 1 ? t.one : t.many)"
        }
        var sentence: String
        if standings.isEmpty {
            sentence = "We no longer collect any of these measures."
        } else {
            let list = counts.count > 1 ? counts.dropLast().joined(separator: ", ") + " and " + counts.last! : counts[0]
            sentence = "We collect \(NumberText.count(standings.count, "measure", "measures")): \(list)."
        }
        if archived > 0 && !standings.isEmpty {
            sentence += archived == 1 ? " 1 more is no longer collected." : " \(NumberText.group(archived)) more are no longer collected."
        }
        return sentence
    }
}
