/// How a file writes one `{ "date": …, "value": … }` object, read off an existing one: the
/// text between its brace and first key, around each colon, between entries and before its
/// closing brace (spaces, or a line break and indentation), and the order of its keys. A new
/// reading written with it looks like the readings around it.
struct JSONItemStyle {
    var open: String
    var colon: String
    var between: String
    var close: String
    var keyOrder: [String]
    /// The indentation of the line the object starts on: the base its inner lines indent from.
    var baseIndent: String

    /// The keys of a reading, in the order the content format shows them.
    static let readingKeys = ["date", "value", "text", "note"]

    /// `{ "date": "2025-12", "value": 52.0 }`, when the file has no reading or target to copy.
    static let plain = JSONItemStyle(open: " ", colon: ": ", between: ", ", close: " ", keyOrder: readingKeys, baseIndent: "")

    init(open: String, colon: String, between: String, close: String, keyOrder: [String], baseIndent: String) {
        self.open = open
        self.colon = colon
        self.between = between
        self.close = close
        self.keyOrder = keyOrder
        self.baseIndent = baseIndent
    }

    init(item: RawNode, layout: JSONLayout) {
        guard let map = item.map, let first = map.entries.first, let last = map.entries.last else {
            self = .plain
            return
        }
        let range = layout.range(of: item)
        let firstKey = layout.keyRange(of: first)
        let firstValue = layout.range(of: first.value)
        open = layout.text((range.lowerBound + 1)..<firstKey.lowerBound)
        colon = layout.text(firstKey.upperBound..<firstValue.lowerBound)
        between = map.entries.count >= 2
            ? layout.text(firstValue.upperBound..<layout.keyRange(of: map.entries[1]).lowerBound)
            : "," + open
        close = layout.text(layout.range(of: last.value).upperBound..<(range.upperBound - 1))
        keyOrder = map.entries.map(\.key)
        baseIndent = layout.indent(at: range.lowerBound)
    }

    /// The same spacing with no line breaks: for a list inside an object written on one line.
    func onOneLine() -> JSONItemStyle {
        func flat(_ s: String, _ fallback: String) -> String { s.contains("\n") || s.contains("\r") ? fallback : s }
        var copy = self
        copy.open = flat(open, " ")
        copy.colon = flat(colon, ": ")
        copy.between = flat(between, ", ")
        copy.close = flat(close, " ")
        return copy
    }

    /// The same layout with its inner lines indented from `indent` rather than its own base.
    func reindented(to indent: String) -> JSONItemStyle {
        func shift(_ s: String) -> String { s.replacingOccurrences(of: "\n" + baseIndent, with: "\n" + indent) }
        var copy = self
        copy.open = shift(open)
        copy.colon = shift(colon)
        copy.between = shift(between)
        copy.close = shift(close)
        copy.baseIndent = indent
        return copy
    }

    /// The reading as an object in this style. When it replaces `old`, the old object's date
    /// as written, its note (unless the reading brings one) and any other keys it has are kept.
    func render(_ reading: MeasureFileEditor.Reading, replacing old: RawNode?, layout: JSONLayout) -> String {
        var values: [String: String] = [:]
        values["date"] = JSONItemStyle.quoted(reading.date.iso)
        values["value"] = reading.number ?? "null"
        if reading.number == nil, let text = reading.text { values["text"] = JSONItemStyle.quoted(text) }
        if let note = reading.note { values["note"] = JSONItemStyle.quoted(note) }
        var order = keyOrder.filter { Self.readingKeys.contains($0) }
        if let oldMap = old?.map {
            order = oldMap.entries.map(\.key)
            for entry in oldMap.entries where values[entry.key] == nil {
                let kept = entry.key == "date" || entry.key == "note" || !Self.readingKeys.contains(entry.key)
                if kept { values[entry.key] = layout.text(layout.range(of: entry.value)) }
            }
            if let date = oldMap["date"] { values["date"] = layout.text(layout.range(of: date.value)) }
        }
        for key in Self.readingKeys where values[key] != nil && !order.contains(key) { order.append(key) }
        let entries = order.compactMap { key in values[key].map { JSONItemStyle.quoted(key) + colon + $0 } }
        return "{" + open + entries.joined(separator: between) + close + "}"
    }

    /// JSON text in double quotes, escaping only what JSON requires, so the words stay
    /// readable in the file.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
