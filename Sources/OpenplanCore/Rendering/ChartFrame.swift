import Markdown

/// What every chart of a measure shares: the `<svg>` element named by its own title and
/// description, and the grid of value lines with their labels. The measure's chart and the
/// small charts of a breakdown draw their lines inside it.
struct ChartFrame {
    var width: Double
    var height: Double
    /// Extra classes after `chart`: `chart--small`.
    var modifier: String? = nil

    /// `<svg …><title>…</title><desc>…</desc>`, with ids from `idPrefix`.
    func open(idPrefix: String, title: String, description: String) -> String {
        let titleID = idPrefix + "-title", descID = idPrefix + "-desc"
        var s = "<svg class=\"chart\(modifier.map { " " + $0 } ?? "")\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
        s += "aria-labelledby=\"\(titleID) \(descID)\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<title id=\"\(titleID)\">\(HTML.escape(title))</title>"
        s += "<desc id=\"\(descID)\">\(HTML.escape(description))</desc>"
        return s
    }

    /// One grid line and label per tick, from `left` across `plotWidth`; the label sits
    /// `labelGap` to the left of the plot. Opens the axis group, which the chart closes.
    static func valueGrid(ticks: [Double], left: Double, plotWidth: Double, labelGap: Double,
                          y: (Double) -> Double, label: (Double) -> String) -> String {
        var s = "<g class=\"chart-axis\" font-size=\"14\" fill=\"currentColor\">"
        for tick in ticks {
            let at = y(tick)
            s += "<line class=\"chart-grid\" x1=\"\(n(left))\" x2=\"\(n(left + plotWidth))\" y1=\"\(n(at))\" y2=\"\(n(at))\" stroke=\"#949494\" stroke-width=\"1\"/>"
            s += "<text x=\"\(n(left - labelGap))\" y=\"\(n(at + 5))\" text-anchor=\"end\">\(HTML.escape(label(tick)))</text>"
        }
        return s
    }
}
