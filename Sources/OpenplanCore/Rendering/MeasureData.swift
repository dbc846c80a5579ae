/// A measure's figures as rows: the page's data table, its `data.csv`, and the site-wide
/// `measures/data.csv` show the same rows.
enum MeasureData {
    struct Row {
        /// `baseline`, `actual`, `target`, `comparator` or `breakdown`, as written in the CSV.
        var code: String
        /// "Baseline", "Reading", "Target", or the comparator's label, as shown on the page.
        var kind: String
        var point: DataPoint
        var order: Int
        /// A breakdown's `by` ("Area"); empty for the measure's own figures and comparators.
        var dimension = ""
        /// The comparator's label or the breakdown group's ("Eden"); empty for the measure's own.
        var group = ""
    }

    /// The measure's own baseline, readings and targets.
    static func rows(_ m: Measure) -> [Row] {
        var rows: [Row] = []
        if let b = m.baseline { rows.append(Row(code: "baseline", kind: "Baseline", point: b, order: 0)) }
        rows += m.actuals.map { Row(code: "actual", kind: "Reading", point: $0, order: 1) }
        rows += m.targets.map { Row(code: "target", kind: "Target", point: $0, order: 2) }
        return sorted(rows)
    }

    /// Figures from elsewhere, comparator by comparator in the order written, each by date.
    static func comparatorRows(_ m: Measure) -> [Row] {
        m.comparators.flatMap { c in
            c.values.map { Row(code: "comparator", kind: c.label, point: $0, order: 3, group: c.label) }
        }
    }

    /// Breakdown readings: breakdown by breakdown, group by group, in the order written, each by date.
    static func breakdownRows(_ m: Measure) -> [Row] {
        m.breakdowns.flatMap { b in
            b.groups.flatMap { g in
                g.actuals.map { Row(code: "breakdown", kind: g.label, point: $0, order: 4, dimension: b.by, group: g.label) }
            }
        }
    }

    /// The page's data table: the measure's own figures and its comparators, in date order
    /// (on the same date: baseline, reading, target, then comparators as written).
    static func tableRows(_ m: Measure) -> [Row] { sorted(rows(m) + comparatorRows(m)) }

    /// Every figure of the measure, as both CSV files list them: its own first (so a file
    /// read by position before comparators existed still starts the same), then comparators,
    /// then breakdowns.
    static func allRows(_ m: Measure) -> [Row] { rows(m) + comparatorRows(m) + breakdownRows(m) }

    /// A stable sort by date: rows on the same date keep their kind's order, then the order given.
    static func sorted(_ rows: [Row]) -> [Row] {
        rows.enumerated().sorted { a, b in
            (a.element.point.date.start, a.element.point.date.end, a.element.order, a.offset)
                < (b.element.point.date.start, b.element.point.date.end, b.element.order, b.offset)
        }.map(\.element)
    }

    /// RFC 4180: CRLF line ends, every field that holds a comma, quote or line break quoted,
    /// quotes doubled. Columns: kind,date,value,text,note, then (added with comparators and
    /// breakdowns, at the end so older readers of the file keep working) dimension,group.
    static func csv(_ m: Measure) -> String {
        var out = "kind,date,value,text,note,dimension,group\r\n"
        for row in allRows(m) {
            let fields = [row.code, row.point.date.iso, row.point.value.map(NumberText.plain) ?? "",
                          words(row.point.text), words(row.point.note), words(row.dimension), words(row.group)]
            out += fields.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The site-wide `measures/data.csv`: every figure of every measure, one per row, measures
    /// in the plan's order and each measure's rows as in its own `data.csv`.
    static let siteHeader = "measure,title,date,value,kind,dimension,group,unit,text,note"

    static func siteCSV(_ measures: [Measure]) -> String {
        var out = siteHeader + "\r\n"
        for m in measures {
            for row in allRows(m) {
                let fields = [words(m.id.raw), words(m.title), row.point.date.iso, row.point.value.map(NumberText.plain) ?? "",
                              row.code, words(row.dimension), words(row.group), m.unit.rawValue, words(row.point.text), words(row.point.note)]
                out += fields.map(field).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }

    /// Words an editor wrote, made safe to open in a spreadsheet: text starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return would be run as a formula by Excel or LibreOffice
    /// ("=HYPERLINK(…)"), so it gets a leading apostrophe, which shows it as text. Numbers
    /// (a value of -0.81) are written by the value column, never through here.
    static func words(_ text: String?) -> String {
        guard let text, let first = text.unicodeScalars.first else { return "" }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}
