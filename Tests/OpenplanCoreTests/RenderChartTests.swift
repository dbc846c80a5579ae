import Testing
@testable import OpenplanCore

private func measure(baseline: DataPoint?, targets: [DataPoint], actuals: [DataPoint], unit: MeasureUnit = .weeks) -> Measure {
    Measure(id: "EHCP-WEEKS", title: "Weeks", unit: unit, direction: .decrease, baseline: baseline, targets: targets,
            actuals: actuals, location: SourceLocation(file: "m.json", line: 1))
}
private func p(_ d: String, _ v: Double?, text: String? = nil) -> DataPoint { DataPoint(date: PlanDate(d)!, value: v, text: text) }

@Test func chartDrawsEveryPointWithDirectLabelsAndTextAlternative() throws {
    let m = measure(baseline: p("2024-09", 104), targets: [p("2026-03", 94)], actuals: [p("2025-03", 101), p("2025-11", 97)])
    let svg = try #require(MeasureChart(measure: m, idPrefix: "chart-x-1", title: "Chart: Weeks", description: "Down <fast>").svg())
    #expect(svg.hasPrefix("<svg class=\"chart\""))
    #expect(svg.contains("role=\"img\" aria-labelledby=\"chart-x-1-title chart-x-1-desc\""))
    #expect(svg.contains("<title id=\"chart-x-1-title\">Chart: Weeks</title>"))
    #expect(svg.contains("<desc id=\"chart-x-1-desc\">Down &lt;fast&gt;</desc>"))
    #expect(svg.contains(">Baseline 104 weeks</text>"))
    #expect(svg.contains(">Target 94 weeks</text>"))
    #expect(svg.contains(">Latest 97 weeks</text>"))
    #expect(svg.components(separatedBy: "<circle").count - 1 == 2)
    #expect(svg.contains("<polyline"))
    #expect(!svg.contains("NaN") && !svg.contains("inf"))
    #expect(svg.contains(">Sep 2024</text>") && svg.contains(">Mar 2026</text>"))
}

@Test func chartWithOneReadingAndNoBaselineStillDraws() throws {
    let m = measure(baseline: nil, targets: [], actuals: [p("2025-11", 97)])
    let svg = try #require(MeasureChart(measure: m, idPrefix: "c", title: "t", description: "d").svg())
    #expect(!svg.contains("NaN"))
    #expect(!svg.contains("Baseline"))
    #expect(!svg.contains("<polyline"))
    #expect(svg.contains("<circle"))
    #expect(svg.contains(">Latest 97 weeks</text>"))
}

@Test func chartWithNoReadingsShowsBaselineAndTargetsOnly() throws {
    let m = measure(baseline: p("2024-09", 104), targets: [p("2026-03", 94), p("2026-09", nil, text: "To be reviewed")], actuals: [])
    let svg = try #require(MeasureChart(measure: m, idPrefix: "c", title: "t", description: "d").svg())
    #expect(!svg.contains("<circle"))
    #expect(svg.contains(">Target 94 weeks</text>"))
    #expect(!svg.contains("NaN"))
}

@Test func chartWithNothingToDrawIsNil() {
    let m = measure(baseline: nil, targets: [p("2026-09", nil, text: "Later")], actuals: [])
    #expect(MeasureChart(measure: m, idPrefix: "c", title: "t", description: "d").svg() == nil)
    #expect(Sparkline.svg(m) == nil)
    #expect(Sparkline.text(m) == "")
}

@Test func chartWithEqualValuesHasARangeAndNoNaN() throws {
    let m = measure(baseline: p("2025-01", 50), targets: [], actuals: [p("2025-01", 50)], unit: .percent)
    let svg = try #require(MeasureChart(measure: m, idPrefix: "c", title: "t", description: "d").svg())
    #expect(!svg.contains("NaN"))
    #expect(svg.contains("%</text>"))
}

@Test func valueScaleUsesRoundTicks() {
    let scale = ValueScale(values: [62000, 102000])
    #expect(scale.ticks == [60000, 70000, 80000, 90000, 100000, 110000])
    #expect(scale.lo <= 62000 && scale.hi >= 102000)
    // Small values far from zero start the axis at zero, so changes are not exaggerated.
    #expect(ValueScale(values: [3, 10]).lo == 0)
    #expect(ValueScale.niceStep(0.7) == 1)
    #expect(ValueScale.niceStep(23) == 25)
}

@Test func sparklineIsHiddenBesideItsFiguresInWords() throws {
    let m = measure(baseline: nil, targets: [p("2026-03", 94)], actuals: [p("2025-03", 101), p("2025-11", 97)])
    let svg = try #require(Sparkline.svg(m))
    // The picture is hidden from screen readers; the same figures are given in words beside it.
    #expect(svg.contains("aria-hidden=\"true\""))
    #expect(!svg.contains("role=\"img\""))
    #expect(svg.contains("<polyline"))
    #expect(svg.contains("class=\"sparkline__target\""))
    #expect(!svg.contains("NaN"))
    #expect(Sparkline.text(m) == "Figures in the small chart: 101 weeks in March 2025, 97 weeks in November 2025. The dashed line is the target: 94 weeks by March 2026.")
}

@Test func coordinatesAreShortAndNeverNegativeZero() {
    #expect(n(1.04) == "1")
    #expect(n(1.06) == "1.1")
    #expect(n(-0.01) == "0")
    #expect(n(-2.25) == "-2.3" || n(-2.25) == "-2.2")
    #expect(n(.nan) == "0")
}

@Test func trendIsStatedInWords() {
    let m = measure(baseline: p("2024-09", 104), targets: [p("2026-03", 94)], actuals: [p("2025-11", 97)])
    #expect(MeasureText(m).trend == "Down from 104 weeks in September 2024 to 97 weeks in November 2025, an improvement. The target is 94 weeks by March 2026.")
    let none = measure(baseline: nil, targets: [], actuals: [])
    #expect(MeasureText(none).trend == "No readings yet. No baseline yet.")
    let baselineOnly = measure(baseline: p("2024-09", 104), targets: [], actuals: [])
    #expect(MeasureText(baselineOnly).trend == "No readings yet. The baseline is 104 weeks in September 2024.")
    let worse = measure(baseline: p("2024-09", 90), targets: [], actuals: [p("2025-01-15", 97)])
    #expect(MeasureText(worse).trend == "Up from 90 weeks in September 2024 to 97 weeks on 15 January 2025, worse than the starting point.")
}

@Test func percentageAxesStartAtZero() throws {
    #expect(ValueScale(values: [62, 78], fromZero: true).lo == 0)
    #expect(ValueScale(values: [62, 78]).lo > 0)   // other units may zoom in
    let m = measure(baseline: p("2024-09", 62), targets: [p("2026-03", 80)], actuals: [p("2025-03", 66), p("2025-11", 71)],
                    unit: .percent)
    let svg = try #require(MeasureChart(measure: m, idPrefix: "c", title: "t", description: "d").svg())
    #expect(svg.contains("text-anchor=\"end\">0%</text>"))
}

/// The date labels of a chart as drawn: x, anchor and text, read back from the SVG.
private func dateLabels(_ svg: String) -> [DateAxis.Label] {
    let pattern = /<text x="([0-9.]+)" y="300" text-anchor="(start|middle|end)">([^<]+)<\/text>/
    return svg.matches(of: pattern).map { m in
        let x = Double(m.output.1)!, text = String(m.output.3), w = DateAxis.width(text)
        switch m.output.2 {
        case "start": return DateAxis.Label(x: x, text: text, anchor: "start", from: x, to: x + w)
        case "end": return DateAxis.Label(x: x, text: text, anchor: "end", from: x - w, to: x)
        default: return DateAxis.Label(x: x, text: text, anchor: "middle", from: x - w / 2, to: x + w / 2)
        }
    }
}

@Test func dateLabelsNeverTouch() throws {
    // "Mar 2026" anchored at its start and "Jun 2026" centred 90 units on used to touch.
    let placed = DateAxis.place([(x: 72, text: "Mar 2026"), (x: 162, text: "Jun 2026"), (x: 470, text: "Mar 2028")],
                                left: 72, right: 470)
    #expect(placed.map(\.text) == ["Mar 2026", "Mar 2028"])
    // Quarterly readings over two years, and monthly ones with day dates: every kept pair is apart.
    let quarters = ["2024-03", "2024-06", "2024-09", "2024-12", "2025-03", "2025-06", "2025-09", "2025-12", "2026-03"]
    let quarterly: [DataPoint] = quarters.enumerated().map { i, d in p(d, Double(40 + i)) }
    let months = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]
    let days: [DataPoint] = months.enumerated().map { i, m in p("2025-" + m + "-15", Double(i)) }
    let pair: [DataPoint] = [p("2026-03", 1), p("2026-06", 2)]
    for actuals in [quarterly, days, pair] {
        let m = measure(baseline: nil, targets: [], actuals: actuals, unit: .percent)
        let svg = try #require(MeasureChart(measure: m, idPrefix: "c", title: "t", description: "d").svg())
        let labels = dateLabels(svg)
        #expect(labels.count >= 1)
        #expect(labels.first?.text == ChartText.shortDate(actuals[0].date))
        for (a, b) in zip(labels, labels.dropFirst()) {
            let space: Double = b.from - a.to
            #expect(space >= DateAxis.gap, "\(a.text) and \(b.text) are \(space) apart")
        }
        let plotRight: Double = MeasureChart.width - MeasureChart.right
        for label in labels {
            #expect(label.from >= MeasureChart.left - 0.01 && label.to <= plotRight + 0.01, "\(label.text)")
        }
    }
}
