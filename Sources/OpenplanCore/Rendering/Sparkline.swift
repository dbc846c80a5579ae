import Markdown
/// A tiny trend line for lists of measures: the readings, the latest marked, and the target
/// they are working towards as a dashed line.
///
/// The picture is hidden from assistive technology and `text` says the same in words beside
/// it (the page shows that text to screen readers only): a list of figures read out is more
/// use than an image's one-line label, and the two are made here together so they agree.
enum Sparkline {
    static let width = 120.0, height = 32.0

    /// A reading or target with a number, placed at the start of its date.
    private struct Point {
        var day: Day
        var value: Double
        init?(_ p: DataPoint) {
            guard let v = p.value, v.isFinite else { return nil }
            day = p.date.start
            value = v
        }
    }

    /// The numbered target the readings are working towards: the first not yet past at the
    /// latest reading, else the last.
    static func target(_ measure: Measure) -> DataPoint? {
        let numbered = measure.targets.filter { $0.value?.isFinite == true }
        guard let latest = measure.latest else { return numbered.first }
        return numbered.first { $0.date.end >= latest.date.start } ?? numbered.last
    }

    /// nil when no reading has a number.
    static func svg(_ measure: Measure) -> String? {
        let points = measure.actuals.compactMap(Point.init)
        guard let first = points.first, let last = points.last else { return nil }
        let target = self.target(measure).flatMap(Point.init)
        let values = points.map(\.value) + (target.map { [$0.value] } ?? [])
        var lo = values.min()!, hi = values.max()!
        if hi - lo < 1e-9 { lo -= 1; hi += 1 }
        let span = Double(max(1, last.day.ordinal - first.day.ordinal))
        let pad = 4.0
        func x(_ p: Point) -> Double { points.count == 1 ? width / 2 : pad + Double(p.day.ordinal - first.day.ordinal) / span * (width - 2 * pad) }
        func y(_ v: Double) -> Double { pad + (1 - (v - lo) / (hi - lo)) * (height - 2 * pad) }
        var s = "<svg class=\"sparkline\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">"
        if let target {
            s += "<line class=\"sparkline__target\" x1=\"0\" x2=\"\(n(width))\" y1=\"\(n(y(target.value)))\" y2=\"\(n(y(target.value)))\" stroke=\"#8a4b00\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
        }
        if points.count > 1 {
            s += "<polyline fill=\"none\" stroke=\"#1d5d90\" stroke-width=\"2\" points=\"\(points.map { n(x($0)) + "," + n(y($0.value)) }.joined(separator: " "))\"/>"
        }
        s += "<circle cx=\"\(n(x(last)))\" cy=\"\(n(y(last.value)))\" r=\"3.5\" fill=\"#1d5d90\"/>"
        s += "</svg>"
        return s
    }

    /// What the sparkline shows, in words: "Figures in the small chart: 101 weeks in March
    /// 2025, 97 weeks in November 2025. The dashed line is the target: 94 weeks by March 2026."
    /// Empty when there is no sparkline.
    static func text(_ measure: Measure) -> String {
        let words = MeasureText(measure)
        let figures = measure.actuals.filter { $0.value?.isFinite == true }.map { "\(words.value($0)) \(words.when($0.date))" }
        guard !figures.isEmpty else { return "" }
        var s = "Figures in the small chart: " + figures.joined(separator: ", ") + "."
        if let t = target(measure) { s += " The dashed line is the target: \(words.value(t)) by \(t.date.long)." }
        return s
    }
}
