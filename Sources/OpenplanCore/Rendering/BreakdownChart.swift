import Markdown
/// One breakdown of a measure (by area, phase, age or SEND status) as small multiples: a small
/// chart per group, every one on the same value scale and the same dates, so the heights of
/// lines can be compared from one chart to the next.
///
/// Each panel draws the group's readings like the measure's own (solid line, filled circles)
/// and, as a reference, the whole measure's readings on the dates the groups have figures for
/// (thin dashed grey line, hollow squares), labelled "Overall" at the right-hand edge. Each
/// panel is `role="img"` with its own `<title>` and `<desc>`; the page also gives the figures
/// as a table and the comparison in words.
struct BreakdownChart {
    static let width = 320.0
    static let height = 200.0
    static let left = 60.0, right = 84.0, top = 16.0, bottom = 36.0

    let measure: Measure
    let breakdown: Breakdown
    /// Shared by every panel.
    let scale: ValueScale
    let firstDay: Double, lastDay: Double
    /// The whole measure's readings on dates some group also has: drawn in every panel.
    let reference: [Plotted]

    /// nil when no group has a reading with a number.
    init?(measure: Measure, breakdown: Breakdown) {
        let points = breakdown.groups.flatMap { $0.actuals.compactMap(Plotted.init) }
        guard !points.isEmpty else { return nil }
        let dates = Set(points.map(\.date))
        reference = measure.actuals.compactMap(Plotted.init).filter { dates.contains($0.date) }
        let all = points + reference
        var lo = Double(all.map(\.day.ordinal).min()!), hi = Double(all.map(\.day.ordinal).max()!)
        if hi - lo < 1 { lo -= 15; hi += 15 }
        firstDay = lo
        lastDay = hi
        scale = ValueScale(values: all.map(\.value), fromZero: measure.unit == .percent)
        self.measure = measure
        self.breakdown = breakdown
    }

    /// The panel for one group; nil when the group has no reading with a number.
    func panel(_ group: BreakdownGroup, idPrefix: String, title: String, description: String) -> String? {
        let points = group.actuals.compactMap(Plotted.init)
        guard let last = points.last else { return nil }
        let plotW = Self.width - Self.left - Self.right
        let plotH = Self.height - Self.top - Self.bottom
        func px(_ p: Plotted) -> Double { Self.left + (Double(p.day.ordinal) - firstDay) / (lastDay - firstDay) * plotW }
        func py(_ v: Double) -> Double { Self.top + (1 - (v - scale.lo) / (scale.hi - scale.lo)) * plotH }

        var s = ChartFrame(width: Self.width, height: Self.height, modifier: "chart--small")
            .open(idPrefix: idPrefix, title: title, description: description)
        s += ChartFrame.valueGrid(ticks: scale.ticks, left: Self.left, plotWidth: plotW, labelGap: 6, y: py, label: axisText)
        // The first and last dates of the whole breakdown, the same under every panel.
        let ends = [firstDay, lastDay].map { Self.left + ($0 - firstDay) / (lastDay - firstDay) * plotW }
        let dated = (breakdown.groups.flatMap { $0.actuals.compactMap(Plotted.init) } + reference).sorted { $0.day < $1.day }
        var axisDates: [(x: Double, text: String)] = []
        if let first = dated.first { axisDates.append((x: px(first), text: ChartText.shortDate(first.date))) }
        if let final = dated.last, final.date != dated.first?.date { axisDates.append((x: px(final), text: ChartText.shortDate(final.date))) }
        for label in DateAxis.place(axisDates, left: ends[0], right: ends[1]) {
            s += "<text x=\"\(n(label.x))\" y=\"\(n(Self.height - Self.bottom + 24))\" text-anchor=\"\(label.anchor)\">\(HTML.escape(label.text))</text>"
        }
        s += "<line class=\"chart-grid\" x1=\"\(n(Self.left))\" x2=\"\(n(Self.left + plotW))\" y1=\"\(n(Self.top + plotH))\" y2=\"\(n(Self.top + plotH))\" stroke=\"currentColor\" stroke-width=\"1\"/>"
        s += "</g>"

        var labels = LabelPlacer(top: Self.top, bottom: Self.top + plotH)
        if let whole = reference.last {
            s += "<g class=\"chart-reference\">"
            if reference.count > 1 {
                s += "<polyline fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1.5\" stroke-dasharray=\"3 3\" points=\"\(reference.map { n(px($0)) + "," + n(py($0.value)) }.joined(separator: " "))\"/>"
            }
            for r in reference {
                s += "<rect x=\"\(n(px(r) - 4))\" y=\"\(n(py(r.value) - 4))\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"1.5\"/>"
            }
            s += "</g>"
            labels.add(y: py(whole.value), lines: ["Overall", NumberText.value(whole.value, unit: measure.unit)], kind: "reference")
        }
        s += "<g class=\"chart-actual\">"
        if points.count > 1 {
            s += "<polyline fill=\"none\" stroke=\"#1d5d90\" stroke-width=\"3\" points=\"\(points.map { n(px($0)) + "," + n(py($0.value)) }.joined(separator: " "))\"/>"
        }
        for p in points { s += "<circle cx=\"\(n(px(p)))\" cy=\"\(n(py(p.value)))\" r=\"4.5\" fill=\"#1d5d90\"/>" }
        s += "</g>"
        // The panel's caption names the group; the label says which line is its own.
        labels.add(y: py(last.value), lines: ["Latest", NumberText.value(last.value, unit: measure.unit)], kind: "actual")
        s += "<g class=\"chart-labels\" font-size=\"14\" fill=\"currentColor\">"
        for label in labels.placed() { s += label.svg(x: Self.left + plotW + 8) }
        s += "</g></svg>"
        return s
    }

    private func axisText(_ v: Double) -> String {
        switch measure.unit {
        case .percent, .money: return NumberText.value(v, unit: measure.unit)
        default: return NumberText.grouped(v)
        }
    }
}
