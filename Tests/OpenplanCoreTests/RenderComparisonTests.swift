import Testing
@testable import OpenplanCore

private func p(_ d: String, _ v: Double?, text: String? = nil) -> DataPoint { DataPoint(date: PlanDate(d)!, value: v, text: text) }

private func measure(unit: MeasureUnit = .percent, direction: Direction = .increase, actuals: [DataPoint] = [p("2025-06", 50), p("2025-12", 55)],
                     comparators: [Comparator] = [], breakdowns: [Breakdown] = []) -> Measure {
    var m = Measure(id: "ON-TIME", title: "Plans on time", unit: unit, direction: direction, baseline: p("2025-03", 41),
                    targets: [p("2026-03", 60)], actuals: actuals, location: SourceLocation(file: "m.json", line: 1))
    m.comparators = comparators
    m.breakdowns = breakdowns
    return m
}

private let england = Comparator(label: "England average", values: [p("2023-12", 50.3), p("2024-12", 46.4)])
private let areas = Breakdown(by: "Area", groups: [
    BreakdownGroup(label: "Barrow-in-Furness", actuals: [p("2025-06", 47), p("2025-12", 48.7)]),
    BreakdownGroup(label: "Eden", actuals: [p("2025-06", 52), p("2025-12", 61.5)]),
    BreakdownGroup(label: "Carlisle", actuals: [p("2025-06", 50), p("2025-12", 56)]),
])

// MARK: Chart

@Test func comparatorIsDrawnDashedWithTrianglesAndLabelledByName() throws {
    let m = measure(comparators: [england])
    let svg = try #require(MeasureChart(measure: m, idPrefix: "c", title: "t", description: "d").svg())
    let start = try #require(svg.range(of: "<g class=\"chart-comparator\">"))
    let comparator = String(svg[start.lowerBound..<svg[start.upperBound...].range(of: "</g>")!.upperBound])
    // Distinct from the measure's own line: dashed, and triangles instead of filled circles.
    #expect(comparator.contains("stroke-dasharray=\"6 4\""))
    #expect(comparator.contains("<polyline"))
    #expect(comparator.components(separatedBy: "<path d=\"M").count - 1 == 2)
    #expect(!comparator.contains("<circle"))
    let actual = String(svg[svg.range(of: "<g class=\"chart-actual\">")!.lowerBound...])
    #expect(!actual.prefix(upTo: actual.range(of: "</g>")!.lowerBound).contains("stroke-dasharray"))
    // Labelled directly, with its name and latest figure, never as "Latest".
    #expect(svg.contains("<text class=\"chart-label-comparator\""))
    #expect(svg.contains(">England average</tspan>") && svg.contains(">46.4%</tspan>"))
    #expect(svg.contains(">Latest 55%</text>"))
    // Its text alternative names it too, whoever passes the description.
    #expect(svg.contains("<desc id=\"c-desc\">d England average: 46.4% in December 2024. Our latest figure, 55% in December 2025, "
                         + "is 8.6 points above the England average (46.4% in December 2024). That is better than the England average.</desc>"))
    // The dates reach back to the comparator's first figure.
    #expect(svg.contains(">Dec 2023</text>"))
}

@Test func measureWithoutOwnFiguresIsNotChartedForItsComparatorAlone() {
    var m = measure(actuals: [], comparators: [england])
    m.baseline = nil
    m.targets = []
    #expect(MeasureChart(measure: m, idPrefix: "c", title: "t", description: "d").svg() == nil)
}

@Test func longComparatorLabelsWrapInsideTheChart() {
    #expect(ChartText.wrap("Statistical neighbours average", width: 18) == ["Statistical", "neighbours average"])
    #expect(ChartText.wrap("England", width: 18) == ["England"])
    var placer = LabelPlacer(top: 0, bottom: 100)
    placer.add(y: 50, lines: ["A", "B", "C"], kind: "comparator")
    placer.add(y: 52, text: "Latest", kind: "actual")
    let placed = placer.placed()
    // The one-line label is pushed below all three lines of the first.
    #expect(placed[1].y - placed[0].y >= 2 * LabelPlacer.lineHeight + 18)
}

/// The y-axis tick labels of one small chart, in order.
private func yTicks(_ svg: String) -> [String] {
    svg.components(separatedBy: "text-anchor=\"end\">").dropFirst().compactMap { part in
        let text = String(part.prefix { $0 != "<" })
        return text.hasSuffix("%") ? text : nil
    }
}

@Test func smallMultiplesShareOneScaleAndDrawTheOverallFigure() throws {
    let m = measure(breakdowns: [areas])
    let chart = try #require(BreakdownChart(measure: m, breakdown: areas))
    // The scale covers every group and the whole measure.
    #expect(chart.scale.lo <= 47 && chart.scale.hi >= 61.5)
    let panels = try areas.groups.map { try #require(chart.panel($0, idPrefix: "p-\($0.label)", title: $0.label, description: "d")) }
    let ticks = panels.map(yTicks)
    #expect(ticks[0].count >= 3)
    #expect(ticks.allSatisfy { $0 == ticks[0] })
    for (panel, group) in zip(panels, areas.groups) {
        #expect(panel.contains("role=\"img\" aria-labelledby=\"p-\(group.label)-title p-\(group.label)-desc\""))
        #expect(panel.contains("<g class=\"chart-reference\">"))
        #expect(panel.contains(">Overall</tspan>") && panel.contains(">55%</tspan>"))
        #expect(panel.contains(">Jun 2025</text>") && panel.contains(">Dec 2025</text>"))
    }
    // The same group drawn alone would get a narrower scale: sharing is what widens it.
    let alone = Breakdown(by: "Area", groups: [areas.groups[0]])
    let narrow = try #require(BreakdownChart(measure: measure(actuals: []), breakdown: alone))
    #expect(narrow.reference.isEmpty)
    #expect(narrow.scale.hi < chart.scale.hi)
}

@Test func smallMultiplesDrawTheOverallOnlyOnTheGroupsDates() throws {
    let m = measure(actuals: [p("2025-03", 40), p("2025-12", 55)], breakdowns: [areas])
    let chart = try #require(BreakdownChart(measure: m, breakdown: areas))
    #expect(chart.reference.map(\.date) == [PlanDate("2025-12")!])
    let empty = Breakdown(by: "Area", groups: [BreakdownGroup(label: "Eden", actuals: [p("2025-12", nil, text: "Not published")])])
    #expect(BreakdownChart(measure: m, breakdown: empty) == nil)
}

// MARK: Words

@Test func comparatorSummaryAndComparisonInWords() {
    let words = MeasureComparisonText(measure(comparators: [england]))
    #expect(words.summary(england) == "England average: 46.4% in December 2024")
    #expect(words.comparison(england) == "Our latest figure, 55% in December 2025, is 8.6 points above the England average "
            + "(46.4% in December 2024). That is better than the England average.")
}

@Test func comparisonWordsFollowTheDirection() {
    let lower = MeasureComparisonText(measure(direction: .decrease, comparators: [england]))
    #expect(lower.comparison(england).hasSuffix("That is worse than the England average."))
    let steady = MeasureComparisonText(measure(direction: .maintain, comparators: [england]))
    #expect(!steady.comparison(england).contains("better") && !steady.comparison(england).contains("worse"))
    #expect(steady.comparison(england).contains("8.6 points above"))
}

@Test func differencesAreInTheMeasuresUnit() {
    #expect(MeasureComparisonText(measure(unit: .percent)).relation(55, to: 46.4) == "8.6 points above")
    #expect(MeasureComparisonText(measure(unit: .percent)).relation(45, to: 46) == "1 point below")
    #expect(MeasureComparisonText(measure(unit: .weeks)).relation(17, to: 20) == "3 weeks less than")
    #expect(MeasureComparisonText(measure(unit: .days)).relation(11, to: 10) == "1 day more than")
    #expect(MeasureComparisonText(measure(unit: .money)).relation(1200.5, to: 1000) == "£200.50 more than")
    #expect(MeasureComparisonText(measure(unit: .count)).relation(620, to: 500) == "120 more than")
    #expect(MeasureComparisonText(measure(unit: .count)).relation(500, to: 620) == "120 fewer than")
    #expect(MeasureComparisonText(measure(unit: .score)).relation(-1.5, to: 0) == "1.5 points below")
    // Differences too small to show are "the same", and then nothing is better or worse.
    let pct = MeasureComparisonText(measure(unit: .percent))
    #expect(pct.relation(13.6, to: 13.62) == "the same as")
    #expect(pct.verdict(13.6, against: 13.62) == nil)
}

@Test func comparisonWithoutFiguresSaysSoHonestly() {
    let none = MeasureComparisonText(measure(actuals: [], comparators: [england]))
    #expect(none.comparison(england) == "We have no figures of our own yet to compare with the England average (46.4% in December 2024).")
    let textOnly = Comparator(label: "England average", values: [p("2024-12", nil, text: "Not published yet")])
    let words = MeasureComparisonText(measure(comparators: [textOnly]))
    #expect(words.summary(textOnly) == "England average: Not published yet in December 2024")
    #expect(words.comparison(textOnly) == "There is no figure for the England average to compare with yet.")
}

@Test func breakdownWordsNameHighestAndLowestAndCompareWithTheWholeOnTheSameDate() {
    let words = MeasureComparisonText(measure(breakdowns: [areas]))
    #expect(words.heading(areas) == "By area")
    #expect(words.ranking(areas) == ["In December 2025, Eden was the highest of the three areas, at 61.5%.",
                                     "Barrow-in-Furness was the lowest, at 48.7%."])
    #expect(words.groupSentence(areas.groups[0]) == "Barrow-in-Furness was 48.7% in December 2025, 6.3 points below the overall figure of 55%.")
    #expect(words.groupSentence(areas.groups[1]) == "Eden was 61.5% in December 2025, 6.5 points above the overall figure of 55%.")
}

@Test func groupIsNeverComparedWithTheWholeOnAnotherDate() {
    let words = MeasureComparisonText(measure(actuals: [p("2025-09", 52)], breakdowns: [areas]))
    #expect(words.groupSentence(areas.groups[1])
            == "Eden was 61.5% in December 2025. There is no overall figure for December 2025 to compare it with.")
}

@Test func groupsWithoutAFigureOnTheLatestDateAreNamedNotRanked() {
    var late = areas
    late.groups[2].actuals = [p("2025-06", 70)]
    let words = MeasureComparisonText(measure(breakdowns: [late]))
    #expect(words.ranking(late) == ["In December 2025, Eden was higher than Barrow-in-Furness: 61.5% against 48.7%.",
                                    "Carlisle has no figure for December 2025."])
    let tied = Breakdown(by: "SEND status", groups: [BreakdownGroup(label: "EHCP", actuals: [p("2025-12", 50)]),
                                                     BreakdownGroup(label: "SEN Support", actuals: [p("2025-12", 50)])])
    #expect(MeasureComparisonText(measure(breakdowns: [tied])).ranking(tied)
            == ["In December 2025, both groups by SEND status had the same figure: 50%."])
    // One group a quarter ahead of the rest does not hide how the others compare.
    var ahead = areas
    ahead.groups[1].actuals.append(p("2026-03", 63))
    #expect(MeasureComparisonText(measure(breakdowns: [ahead])).ranking(ahead)
            == ["In December 2025, Eden was the highest of the three areas, at 61.5%.",
                "Barrow-in-Furness was the lowest, at 48.7%.",
                "Eden already has a newer figure, for March 2026."])
    var alone = areas
    alone.groups = [BreakdownGroup(label: "Eden", actuals: [p("2026-03", 63)]), BreakdownGroup(label: "Carlisle", actuals: [])]
    #expect(MeasureComparisonText(measure(breakdowns: [alone])).ranking(alone) == ["Only Eden has a figure for March 2026."])
    let none = Breakdown(by: "Phase", groups: [BreakdownGroup(label: "Primary", actuals: [])])
    #expect(MeasureComparisonText(measure(breakdowns: [none])).ranking(none) == ["There are no figures by phase yet."])
    #expect(MeasureComparisonText(measure(breakdowns: [none])).groupSentence(none.groups[0]) == "Primary has no figures yet.")
}

@Test func countsSplitIntoGroupsAreShownOutOfTheWhole() {
    let m = measure(unit: .count, actuals: [p("2025-12", 1020)])
    let group = BreakdownGroup(label: "Eden", actuals: [p("2025-12", 120)])
    #expect(MeasureComparisonText(m).groupSentence(group) == "Eden was 120 in December 2025, out of 1,020 overall.")
}

@Test func dimensionNamesBecomePlainPlurals() {
    let words = MeasureComparisonText(measure())
    #expect(words.groupsPhrase(Breakdown(by: "Locality", groups: []), count: 4) == "the four localities")
    #expect(words.groupsPhrase(Breakdown(by: "Age", groups: []), count: 12) == "the 12 ages")
    #expect(words.groupsPhrase(Breakdown(by: "Phase of education", groups: []), count: 3) == "the three groups by phase of education")
    #expect(MeasureComparisonText.list(["A", "B", "C"]) == "A, B and C")
}

// MARK: The page

@Test func measurePageShowsComparatorAndEachBreakdownInWordsChartsAndATable() throws {
    let (files, _) = try GoldenSite(name: "other-partnership").build(asOf: Day(iso: "2026-01-31")!)
    let page = try #require(files["measures/on-time/index.html"])
    #expect(page.contains("<h2 class=\"heading-l\">Compared with elsewhere</h2>"))
    #expect(page.contains("<li>England average: 46.4% in December 2024</li>"))
    #expect(page.contains("<td>England average</td><td class=\"table__num\">46.4%</td>"))
    #expect(page.contains("<h2 class=\"heading-l\">By area</h2>"))
    #expect(page.contains("Northbank was the highest of the three areas, at 61.5%. Southbank was the lowest, at 48.7%."))
    // One small chart per group, each an image with its own title and description.
    #expect(page.components(separatedBy: "<svg class=\"chart chart--small\"").count - 1 == 3)
    #expect(page.contains("<figcaption class=\"small-multiple__label\">Old Town &amp; Quay</figcaption>"))
    #expect(page.contains("<caption class=\"table__caption\">New EHCPs issued within 20 weeks: readings by area</caption>"))
    #expect(page.contains("<th scope=\"col\" class=\"table__num table__name\">Overall</th><th scope=\"col\" class=\"table__num table__name\">Northbank</th>"))
    // A measure without comparators or breakdowns shows neither section.
    let plain = try #require(files["measures/weeks/index.html"])
    #expect(!plain.contains("Compared with elsewhere") && !plain.contains("small-multiples"))
}
