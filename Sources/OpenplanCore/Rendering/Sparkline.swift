import Markdown
/// A tiny trend line for lists of measures: readings only, with the latest marked.
///
/// It is an image with its own text alternative (the trend in words), so nothing is lost for
/// someone who cannot see it.
enum Sparkline {
    static let width = 120.0, height = 32.0

    /// nil when fewer than one reading has a number.
    static func svg(_ measure: Measure, label: String) -> String? {
        let points = measure.actuals.compactMap(Plotted.init)
        guard let last = points.last else { return nil }
        var values = points.map(\.value)
        if let t = measure.targets.compactMap(Plotted.init).first(where: { $0.day >= last.day }) ?? measure.targets.compactMap(Plotted.init).last {
            values.append(t.value)
        }
        var lo = values.min()!, hi = values.max()!
        if hi - lo < 1e-9 { lo -= 1; hi += 1 }
        let first = points.first!.day.ordinal
        let span = Double(max(1, last.day.ordinal - first))
        let pad = 4.0
        func x(_ p: Plotted) -> Double { points.count == 1 ? width / 2 : pad + Double(p.day.ordinal - first) / span * (width - 2 * pad) }
        func y(_ v: Double) -> Double { pad + (1 - (v - lo) / (hi - lo)) * (height - 2 * pad) }
        var s = "<svg class=\"sparkline\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\" xmlns=\"http://www.w3.org/2000/svg\">"
        if points.count > 1 {
            s += "<polyline fill=\"none\" stroke=\"#1d5d90\" stroke-width=\"2\" points=\"\(points.map { n(x($0)) + "," + n(y($0.value)) }.joined(separator: " "))\"/>"
        }
        s += "<circle cx=\"\(n(x(last)))\" cy=\"\(n(y(last.value)))\" r=\"3.5\" fill=\"#1d5d90\"/>"
        s += "</svg>"
        return s
    }
}
