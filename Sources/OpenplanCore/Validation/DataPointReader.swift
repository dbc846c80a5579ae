import Foundation

/// Reads a measure's baseline, targets and readings: `{ "date": …, "value": … }` where a null
/// value must say why in `"text"`.
struct DataPointReader {
    let file: String
    /// The measure's unit when it could be read, for the checks that depend on it.
    var unit: MeasureUnit? = nil
    /// Beyond this a value is a slip (or an attempt to break the charts), not a figure: no
    /// local-area measure, not even a budget in pounds, comes near a thousand million million.
    static let largestValue = 1e15
    /// A percentage far above 100 is a mistake; a little above it may be growth ("150% of last year").
    static let largestPercent = 1000.0
    static let known = ["date", "value", "text", "note"]

    /// `baseline` may be missing or null: the baseline is not set yet.
    func baseline(_ fields: inout FieldReader) -> DataPoint? {
        guard let node = fields.group("baseline"), let map = node.map else { return nil }
        return point(map, at: node, subject: "The baseline", &fields)
    }

    func list(_ key: String, _ fields: inout FieldReader, noun: String) -> [DataPoint] {
        var points: [DataPoint] = []
        for node in fields.list(key) {
            guard let map = node.map else {
                fields.error(node.line, node.column, "Each \(noun) in \"\(key)\" should be an object like "
                             + "{ \"date\": \"2026-03\", \"value\": 85 }, but this one is \(node.kindDescription).")
                continue
            }
            if let point = point(map, at: node, subject: "This \(noun)", &fields) { points.append(point) }
        }
        return points
    }

    private func point(_ map: RawMap, at node: RawNode, subject: String, _ fields: inout FieldReader) -> DataPoint? {
        var reader = FieldReader(map, file: file, subject: subject, origin: node.position,
                                 known: Self.known, isJSON: true)
        let date = reader.planDate("date", required: true)
        let text = reader.text("text")
        let note = reader.text("note")
        let value = number(&reader)
        if case .missing(let line, let column) = value, text == nil {
            reader.error(line, column, "\(subject) has no number, so it needs \"text\" saying why, "
                         + "like \"text\": \"Target to be reviewed\". Or give a number in \"value\".")
        }
        fields.absorb(reader)
        guard let date else { return nil }
        switch value {
        case .number(let n): return DataPoint(date: date, value: n, text: text, note: note)
        case .missing: return text == nil ? nil : DataPoint(date: date, value: nil, text: text, note: note)
        case .invalid: return nil
        }
    }

    private enum Value {
        case number(Double)
        /// Absent or null, with where to point.
        case missing(Int, Int)
        case invalid
    }

    private func number(_ reader: inout FieldReader) -> Value {
        guard let entry = reader.entry("value") else { return .missing(reader.origin.line, reader.origin.column) }
        let node = entry.value
        switch node.value {
        case .null:
            return .missing(node.line, node.column)
        case .scalar(let scalar) where !scalar.isQuoted:
            guard let n = Double(scalar.text) else { break }
            guard n.isFinite, abs(n) <= Self.largestValue else {
                reader.error(node.line, node.column, "The value \(scalar.text) is too large to be a measure's value.")
                return .invalid
            }
            if unit == .percent {
                if n < 0 {
                    reader.error(node.line, node.column, "The value \(scalar.text) is a percentage below 0, which cannot be. "
                                 + "Write a percentage as a number from 0 to 100, like 83.4.")
                    return .invalid
                }
                if n > Self.largestPercent {
                    reader.error(node.line, node.column, "The value \(scalar.text) is far above 100 for a percentage. "
                                 + "Write a percentage as a number from 0 to 100, like 83.4, not as a count.")
                    return .invalid
                }
                if n > 100 {
                    reader.warning(node.line, node.column, "The value \(scalar.text) is above 100 for a percentage. "
                                   + "That is right only for growth beyond the whole (\"150% of last year\"); check it.")
                }
            }
            return .number(n)
        case .scalar(let scalar):
            let hint = Double(scalar.text.replacingOccurrences(of: ",", with: "")) != nil
                ? " Remove the quotes (and any commas) so it reads as a number."
                : " For words, use null here and put them in \"text\"."
            reader.error(node.line, node.column, "\"value\" should be a number like 62000, but here it is text in quotes (\"\(scalar.text)\").\(hint)")
            return .invalid
        default:
            break
        }
        reader.error(node.line, node.column, "\"value\" should be a number like 62000 or null, but here it is \(node.kindDescription).")
        return .invalid
    }

    /// Oldest first; points on the same date keep the order written.
    static func sorted(_ points: [DataPoint]) -> [DataPoint] {
        points.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
