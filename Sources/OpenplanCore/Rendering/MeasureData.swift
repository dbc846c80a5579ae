/// A measure's baseline, targets and readings as one list in date order: the page's data
/// table and its `data.csv` show the same rows.
enum MeasureData {
    struct Row {
        /// `baseline`, `actual` or `target`, as written in the CSV.
        var code: String
        /// "Baseline", "Reading", "Target", as shown on the page.
        var kind: String
        var point: DataPoint
        var order: Int
    }

    static func rows(_ m: Measure) -> [Row] {
        var rows: [Row] = []
        if let b = m.baseline { rows.append(Row(code: "baseline", kind: "Baseline", point: b, order: 0)) }
        rows += m.actuals.map { Row(code: "actual", kind: "Reading", point: $0, order: 1) }
        rows += m.targets.map { Row(code: "target", kind: "Target", point: $0, order: 2) }
        // A stable sort: rows on the same date keep baseline, reading, target order.
        return rows.enumerated().sorted { a, b in
            (a.element.point.date.start, a.element.point.date.end, a.element.order, a.offset)
                < (b.element.point.date.start, b.element.point.date.end, b.element.order, b.offset)
        }.map(\.element)
    }

    /// RFC 4180: CRLF line ends, every field that holds a comma, quote or line break quoted,
    /// quotes doubled. Columns: kind,date,value,text,note.
    static func csv(_ m: Measure) -> String {
        var out = "kind,date,value,text,note\r\n"
        for row in rows(m) {
            let fields = [row.code, row.point.date.iso, row.point.value.map(NumberText.plain) ?? "",
                          row.point.text ?? "", row.point.note ?? ""]
            out += fields.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}
