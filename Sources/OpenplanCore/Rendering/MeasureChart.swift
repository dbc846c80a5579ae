import Markdown
/// A measure's line chart, drawn at build time as inline SVG.
///
/// Readings, baseline and targets are each labelled directly beside what they mark, never
/// through a colour key, and each uses its own line style and marker shape so the chart reads
/// the same in greyscale. The SVG is `role="img"` and points at its own `<title>` and `<desc>`;
/// the page also shows the same numbers as a table.
///
/// Comparators (figures from elsewhere, such as the England average) are drawn as thinner
/// dashed lines with hollow triangles and labelled with their own name at the right-hand
/// edge, so they cannot be taken for the measure's own solid line and filled circles.
struct MeasureChart {
    static let width = 640.0
    static let height = 320.0
    static let left = 72.0, right = 170.0, top = 24.0, bottom = 44.0
    /// Characters that fit on one line of a label in the right-hand margin.
    static let labelWidth = 18

    let measure: Measure
    /// Unique on the page: the same measure may be embedded twice.
    let idPrefix: String
    let title: String
    let description: String

    /// nil when there is nothing to draw: no baseline, target or reading has a number.
    func svg() -> String? {
        let actuals = measure.actuals.compactMap(Plotted.init)
        let targets = measure.targets.compactMap(Plotted.init)
        let baseline = measure.baseline.flatMap(Plotted.init)
        let comparators = measure.comparators.map { (label: $0.label, points: $0.values.compactMap(Plotted.init)) }
            .filter { !$0.points.isEmpty }
        let own = actuals + targets + (baseline.map { [$0] } ?? [])
        guard !own.isEmpty else { return nil }
        let all = own + comparators.flatMap(\.points)

        let xs = all.map { Double($0.day.ordinal) }
        var xLo = xs.min()!, xHi = xs.max()!
        if xHi - xLo < 1 { xLo -= 15; xHi += 15 }
        // A share drawn from 60% up makes a small change look large: percentages start at zero.
        let scale = ValueScale(values: all.map(\.value), fromZero: measure.unit == .percent)
        let plotW = Self.width - Self.left - Self.right
        let plotH = Self.height - Self.top - Self.bottom
        func px(_ p: Plotted) -> Double { Self.left + (Double(p.day.ordinal) - xLo) / (xHi - xLo) * plotW }
        func py(_ v: Double) -> Double { Self.top + (1 - (v - scale.lo) / (scale.hi - scale.lo)) * plotH }

        var s = ChartFrame(width: Self.width, height: Self.height)
            .open(idPrefix: idPrefix, title: title, description: fullDescription(drawn: comparators.map(\.label)))
        // Grid and value axis.
        s += ChartFrame.valueGrid(ticks: scale.ticks, left: Self.left, plotWidth: plotW, labelGap: 8, y: py, label: axisText)
        // Date axis: the first and last dates, and the readings between when there is room.
        let axisLabels = DateAxis.place(dateTicks(all).map { (x: px($0), text: ChartText.shortDate($0.date)) },
                                        left: Self.left, right: Self.left + plotW)
        for label in axisLabels {
            s += "<text x=\"\(n(label.x))\" y=\"\(n(Self.height - Self.bottom + 24))\" text-anchor=\"\(label.anchor)\">\(HTML.escape(label.text))</text>"
        }
        s += "<line class=\"chart-grid\" x1=\"\(n(Self.left))\" x2=\"\(n(Self.left + plotW))\" y1=\"\(n(Self.top + plotH))\" y2=\"\(n(Self.top + plotH))\" stroke=\"currentColor\" stroke-width=\"1\"/>"
        s += "</g>"

        var labels = LabelPlacer(top: Self.top, bottom: Self.top + plotH)

        if let b = baseline {
            let y = py(b.value)
            s += "<g class=\"chart-baseline\">"
            s += "<line x1=\"\(n(Self.left))\" x2=\"\(n(Self.left + plotW))\" y1=\"\(n(y))\" y2=\"\(n(y))\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"2 4\"/>"
            s += square(px(b), y, "#505a5f")
            s += "</g>"
            labels.add(y: y, text: "Baseline " + NumberText.value(b.value, unit: measure.unit), kind: "baseline")
        }
        if !targets.isEmpty {
            s += "<g class=\"chart-target\">"
            if targets.count > 1 {
                s += "<polyline fill=\"none\" stroke=\"#8a4b00\" stroke-width=\"2\" stroke-dasharray=\"8 5\" points=\"\(targets.map { n(px($0)) + "," + n(py($0.value)) }.joined(separator: " "))\"/>"
            }
            for t in targets { s += diamond(px(t), py(t.value), "#8a4b00") }
            s += "</g>"
            let last = targets.last!
            labels.add(y: py(last.value), text: "Target " + NumberText.value(last.value, unit: measure.unit), kind: "target")
        }
        for (index, comparator) in comparators.enumerated() {
            // Each comparator after the first gets a longer dash, so two can be told apart
            // where their labels are far from the lines.
            let dash = index == 0 ? "6 4" : "12 4 2 4"
            s += "<g class=\"chart-comparator\">"
            if comparator.points.count > 1 {
                s += "<polyline fill=\"none\" stroke=\"#6b4c9a\" stroke-width=\"2\" stroke-dasharray=\"\(dash)\" points=\"\(comparator.points.map { n(px($0)) + "," + n(py($0.value)) }.joined(separator: " "))\"/>"
            }
            for c in comparator.points { s += triangle(px(c), py(c.value), "#6b4c9a") }
            s += "</g>"
            let last = comparator.points.last!
            labels.add(y: py(last.value), lines: ChartText.wrap(comparator.label, width: Self.labelWidth)
                        + [NumberText.value(last.value, unit: measure.unit)], kind: "comparator")
        }
        if !actuals.isEmpty {
            s += "<g class=\"chart-actual\">"
            if actuals.count > 1 {
                s += "<polyline fill=\"none\" stroke=\"#1d5d90\" stroke-width=\"3\" points=\"\(actuals.map { n(px($0)) + "," + n(py($0.value)) }.joined(separator: " "))\"/>"
            }
            for a in actuals { s += "<circle cx=\"\(n(px(a)))\" cy=\"\(n(py(a.value)))\" r=\"5\" fill=\"#1d5d90\"/>" }
            s += "</g>"
            let last = actuals.last!
            labels.add(y: py(last.value), text: "Latest " + NumberText.value(last.value, unit: measure.unit), kind: "actual")
        }
        s += "<g class=\"chart-labels\" font-size=\"14\" fill=\"currentColor\">"
        for label in labels.placed() {
            s += label.svg(x: Self.left + plotW + 10)
        }
        s += "</g></svg>"
        return s
    }

    private func square(_ x: Double, _ y: Double, _ colour: String) -> String {
        "<rect x=\"\(n(x - 5))\" y=\"\(n(y - 5))\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
    }

    /// The caller's description, then each comparator the chart draws and how the measure
    /// stands against it: whoever shows the chart, its text alternative names every line in it.
    private func fullDescription(drawn: [String]) -> String {
        let words = MeasureComparisonText(measure)
        let sentences = measure.comparators.filter { drawn.contains($0.label) }.map { words.summary($0) + ". " + words.comparison($0) }
        return ([description] + sentences).joined(separator: " ")
    }

    /// A hollow triangle: no other series uses one.
    private func triangle(_ x: Double, _ y: Double, _ colour: String) -> String {
        "<path d=\"M\(n(x)) \(n(y - 7))L\(n(x + 7)) \(n(y + 5))L\(n(x - 7)) \(n(y + 5))Z\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
    }

    private func diamond(_ x: Double, _ y: Double, _ colour: String) -> String {
        "<path d=\"M\(n(x)) \(n(y - 7))L\(n(x + 7)) \(n(y))L\(n(x)) \(n(y + 7))L\(n(x - 7)) \(n(y))Z\" fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
    }

    private func axisText(_ v: Double) -> String {
        switch measure.unit {
        case .percent, .money: return NumberText.value(v, unit: measure.unit)
        default: return NumberText.grouped(v)
        }
    }

    /// Up to six dates along the bottom, always including the first and last; `DateAxis`
    /// then drops any whose label would touch another's.
    private func dateTicks(_ points: [Plotted]) -> [Plotted] {
        var seen = Set<Day>()
        let unique = points.sorted { $0.day < $1.day }.filter { seen.insert($0.day).inserted }
        guard unique.count > 6 else { return unique }
        var picked: [Plotted] = []
        for i in 0..<5 { picked.append(unique[i * (unique.count - 1) / 4]) }
        return picked
    }
}

/// The dates under a chart, thinned so no two labels touch. The chart scales as a whole, so
/// labels that are apart in its own units stay apart at phone width; what matters is each
/// label's real extent, which depends on its anchor (the first starts at its date, the last
/// ends at it, the rest are centred).
enum DateAxis {
    struct Label: Equatable {
        var x: Double
        var text: String
        var anchor: String
        /// From the left edge of the text to its right edge, in chart units.
        var from: Double, to: Double
    }

    /// A generous estimate of a label's width at the chart's 14-unit font: wide enough for
    /// digits and capitals in the usual sans-serif fonts, so an estimate never lets two touch.
    static func width(_ text: String) -> Double { Double(text.count) * 14 * 0.62 }
    /// The least space between two labels.
    static let gap = 12.0

    static func label(x: Double, text: String, left: Double, right: Double) -> Label {
        let w = width(text)
        if x - w / 2 < left { return Label(x: x, text: text, anchor: "start", from: x, to: x + w) }
        if x + w / 2 > right { return Label(x: x, text: text, anchor: "end", from: x - w, to: x) }
        return Label(x: x, text: text, anchor: "middle", from: x - w / 2, to: x + w / 2)
    }

    /// Keeps the first date, then the last when it clears the first, then each date between
    /// that clears both the one kept before it and the last.
    static func place(_ dates: [(x: Double, text: String)], left: Double, right: Double) -> [Label] {
        let labels = dates.map { label(x: $0.x, text: $0.text, left: left, right: right) }
        guard let first = labels.first else { return [] }
        func clear(_ a: Label, _ b: Label) -> Bool { b.from - a.to >= gap || a.from - b.to >= gap }
        let last = labels.count > 1 && clear(first, labels[labels.count - 1]) ? labels.last : nil
        var out = [first]
        for l in labels.dropFirst().dropLast() where clear(out[out.count - 1], l) && last.map({ clear(l, $0) }) ?? true {
            out.append(l)
        }
        if let last { out.append(last) }
        return out
    }
}

/// A point that can be drawn: it has a number.
struct Plotted {
    var date: PlanDate
    var day: Day
    var value: Double
    init?(_ p: DataPoint) {
        guard let v = p.value, v.isFinite else { return nil }
        date = p.date
        day = p.date.start
        value = v
    }
}

/// A y axis from round numbers: 0, 25, 50, 75, 100.
struct ValueScale {
    let lo: Double, hi: Double, ticks: [Double]

    /// - Parameter fromZero: start at zero whenever every value is positive (percentages).
    init(values: [Double], fromZero: Bool = false) {
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if lo > 0 && (fromZero || lo < hi * 0.4) { lo = 0 }
        if hi - lo < 1e-9 {
            let pad = Swift.max(abs(hi) * 0.1, 1)
            lo -= pad
            hi += pad
        }
        let step = ValueScale.niceStep((hi - lo) / 4)
        let l = (lo / step).rounded(.down) * step
        let h = (hi / step).rounded(.up) * step
        var ticks: [Double] = []
        var t = l
        var guardCount = 0
        while t <= h + step / 2 && guardCount < 12 {
            ticks.append(abs(t) < step / 1e6 ? 0 : t)
            t += step
            guardCount += 1
        }
        self.lo = l
        self.hi = h > l ? h : l + step
        self.ticks = ticks
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let f = raw / magnitude
        let nice: Double = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10
        return nice * magnitude
    }
}

/// Keeps the labels at the right-hand edge from overlapping each other. A label may run to
/// several lines (a comparator's name, then its figure); its `y` is its first line's.
struct LabelPlacer {
    struct Label {
        var y: Double
        var lines: [String]
        var kind: String
        var text: String { lines.joined(separator: " ") }

        func svg(x: Double) -> String {
            var s = "<text class=\"chart-label-\(kind)\" x=\"\(n(x))\" y=\"\(n(y + 5))\">"
            if lines.count == 1 {
                s += HTML.escape(lines[0])
            } else {
                for (i, line) in lines.enumerated() {
                    s += "<tspan x=\"\(n(x))\" dy=\"\(i == 0 ? "0" : n(LabelPlacer.lineHeight))\">\(HTML.escape(line))</tspan>"
                }
            }
            return s + "</text>"
        }
    }
    static let lineHeight = 17.0
    let top: Double, bottom: Double
    private var labels: [Label] = []

    init(top: Double, bottom: Double) {
        self.top = top
        self.bottom = bottom
    }

    mutating func add(y: Double, text: String, kind: String) { add(y: y, lines: [text], kind: kind) }

    mutating func add(y: Double, lines: [String], kind: String) { labels.append(Label(y: y, lines: lines, kind: kind)) }

    func placed() -> [Label] {
        let gap = 18.0
        func extra(_ l: Label) -> Double { Double(l.lines.count - 1) * Self.lineHeight }
        var sorted = labels.sorted { $0.y < $1.y }
        for i in sorted.indices {
            sorted[i].y = Swift.max(sorted[i].y, top + 4)
            if i > 0 { sorted[i].y = Swift.max(sorted[i].y, sorted[i - 1].y + extra(sorted[i - 1]) + gap) }
        }
        // Push back up from the bottom if the stack ran off the chart.
        for i in sorted.indices.reversed() {
            let limit = i == sorted.count - 1 ? bottom - extra(sorted[i]) : sorted[i + 1].y - gap - extra(sorted[i])
            sorted[i].y = Swift.min(sorted[i].y, limit)
        }
        return sorted
    }
}

/// Short forms used inside charts, where space is tight.
enum ChartText {
    static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// Words into lines of at most `width` characters (a longer word keeps a line to itself).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty { line = String(word) }
            else if line.count + 1 + word.count <= width { line += " " + word }
            else { lines.append(line); line = String(word) }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? [text] : lines
    }

    static func shortDate(_ date: PlanDate) -> String {
        switch date {
        case .day(let d): return "\(d.day) \(shortMonths[d.month - 1]) \(d.year)"
        case .month(let y, let m): return "\(shortMonths[m - 1]) \(y)"
        }
    }
}

/// A coordinate with at most one decimal place, never `-0` and never NaN.
func n(_ v: Double) -> String {
    guard v.isFinite else { return "0" }
    let tenths = Int((v * 10).rounded())
    if tenths % 10 == 0 { return String(tenths / 10) }
    let sign = tenths < 0 ? "-" : ""
    let a = abs(tenths)
    return "\(sign)\(a / 10).\(a % 10)"
}
