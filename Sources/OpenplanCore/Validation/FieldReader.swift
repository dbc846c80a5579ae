import Foundation
import Markdown

/// Typed reading of one group of keys (a front matter, a YAML entry, a JSON object), so every
/// validator reports wrong types, missing keys and unknown keys the same way and at the
/// place they were written.
struct FieldReader {
    let map: RawMap
    let file: String
    /// Starts messages about the whole group: "This action", "site.yml", "The baseline".
    let subject: String
    /// Where a missing key is reported.
    let origin: TextPosition
    let isJSON: Bool
    private(set) var diagnostics: [Diagnostic] = []

    /// Warns straight away about keys not in `known`, with a suggestion when one is close.
    /// Where each value was written (a key with no value: where the key was).
    var places: FieldPlaces {
        var out: [String: SourceLocation] = [:]
        var anchors: [String: [TextAnchor]] = [:]
        for entry in map.entries where out[entry.key] == nil {
            let (line, column) = entry.value.isNull ? (entry.keyLine, entry.keyColumn) : (entry.value.line, entry.value.column)
            out[entry.key] = SourceLocation(file: file, line: line, column: column)
            if case .scalar(let scalar) = entry.value.value, !scalar.anchors.isEmpty { anchors[entry.key] = scalar.anchors }
        }
        return FieldPlaces(out, anchors: anchors)
    }

    init(_ map: RawMap, file: String, subject: String, origin: TextPosition,
         known: [String], isJSON: Bool = false) {
        self.map = map
        self.file = file
        self.subject = subject
        self.origin = origin
        self.isJSON = isJSON
        for entry in map.entries where !known.contains(entry.key) {
            let place = "in " + (subject.hasPrefix("This ") || subject.hasPrefix("The ") ? subject.lowercased() : subject)
            let advice = Suggestion.closest(to: entry.key, in: known).map { "Did you mean \"\($0)\"?" }
                ?? "Keys read here: \(Suggestion.list(known, conjunction: "and", limit: 20))."
            diagnostics.append(.warning(file, line: entry.keyLine, column: entry.keyColumn,
                                        "\"\(entry.key)\" is not a key openplan reads \(place), so it is ignored. \(advice)"))
        }
    }

    mutating func error(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(.error(file, line: line, column: column, message))
    }

    /// Takes over the problems a nested reader found.
    mutating func absorb(_ nested: FieldReader) {
        diagnostics += nested.diagnostics
    }

    mutating func absorb(_ more: [Diagnostic]) {
        diagnostics += more
    }

    mutating func warning(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(.warning(file, line: line, column: column, message))
    }

    func entry(_ key: String) -> RawEntry? { map[key] }

    /// The entry's value when it holds something, reporting a required key that is missing or empty.
    mutating func present(_ key: String, required: Bool, hint: String = "") -> RawEntry? {
        guard let entry = map[key] else {
            if required {
                let syntax = isJSON ? "\"\(key)\": …" : "\(key): …"
                error(origin.line, origin.column, "\(subject) has no \"\(key)\". Add \(syntax)\(hint.isEmpty ? "" : " (\(hint))").")
            }
            return nil
        }
        if entry.value.isNull {
            if required { error(entry.keyLine, entry.keyColumn, "\"\(key)\" is empty. Give it a value\(hint.isEmpty ? "" : " (\(hint))").") }
            return nil
        }
        return entry
    }

    /// Single text; a list or group of keys is reported. Empty text counts as missing.
    mutating func text(_ key: String, required: Bool = false, hint: String = "") -> String? {
        located(key, required: required, hint: hint)?.value
    }

    mutating func located(_ key: String, required: Bool = false, hint: String = "") -> Located<String>? {
        guard let entry = present(key, required: required, hint: hint) else { return nil }
        guard case .scalar(let scalar) = entry.value.value else {
            error(entry.value.line, entry.value.column,
                  "\"\(key)\" should be a single piece of text, but here it is \(entry.value.kindDescription).")
            return nil
        }
        let text = scalar.text.trimmed()
        if text.isEmpty {
            if required { error(entry.keyLine, entry.keyColumn, "\"\(key)\" is empty. Give it a value.") }
            return nil
        }
        return Located(value: text, line: entry.value.line, column: entry.value.column)
    }

    /// An id, read exactly as written.
    mutating func id(_ key: String, required: Bool = false) -> Located<ItemID>? {
        located(key, required: required).map { Located(value: ItemID($0.value), line: $0.line, column: $0.column) }
    }

    /// An id that may be left out (the file name stands in), but that is a mistake when the
    /// key is written with nothing in it: `id: ""` is not the file name.
    mutating func optionalID(_ key: String) -> Located<ItemID>? {
        guard let entry = map[key] else { return nil }
        var isEmpty = entry.value.isNull
        if case .scalar(let scalar) = entry.value.value { isEmpty = scalar.text.trimmed().isEmpty }
        guard !isEmpty else {
            let (line, column) = entry.value.isNull ? (entry.keyLine, entry.keyColumn) : (entry.value.line, entry.value.column)
            error(line, column, "\"\(key)\" is empty. Give an id with letters or digits, or remove the line to use the file name.")
            return nil
        }
        return id(key)
    }

    /// One id or a list of them (`priority: "1"` or `priority: ["1", "2"]`).
    mutating func ids(_ key: String, required: Bool = false, hint: String = "") -> [Located<ItemID>] {
        guard let entry = present(key, required: required, hint: hint) else { return [] }
        switch entry.value.value {
        case .scalar:
            return id(key).map { [$0] } ?? []
        case .list(let items):
            var out: [Located<ItemID>] = []
            for item in items {
                guard case .scalar(let scalar) = item.value else {
                    error(item.line, item.column, "Each item in \"\(key)\" should be a single id, but this one is \(item.kindDescription).")
                    continue
                }
                let text = scalar.text.trimmed()
                guard !text.isEmpty else {
                    error(item.line, item.column, "An item in \"\(key)\" is empty.")
                    continue
                }
                out.append(Located(value: ItemID(text), line: item.line, column: item.column))
            }
            if out.isEmpty && required && items.isEmpty {
                error(entry.keyLine, entry.keyColumn, "\"\(key)\" is an empty list. \(hint.isEmpty ? "Give at least one id." : hint).")
            }
            return out
        default:
            error(entry.value.line, entry.value.column,
                  "\"\(key)\" should be an id or a list of ids like [a, b], but here it is \(entry.value.kindDescription).")
            return []
        }
    }

    mutating func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = located(key, required: required, hint: "a day like 2026-03-31") else { return nil }
        if let day = Day(iso: text.value) { return day }
        error(text.line, text.column, DateText.message(text.value, key: key, accepts: .day))
        return nil
    }

    mutating func planDate(_ key: String, required: Bool = false) -> PlanDate? {
        guard let text = located(key, required: required, hint: "a day like 2026-03-31 or a month like 2026-03") else { return nil }
        if let date = PlanDate(text.value) { return date }
        error(text.line, text.column, DateText.message(text.value, key: key, accepts: .dayOrMonth))
        return nil
    }

    mutating func dueDate(_ key: String, required: Bool = false) -> DueDate? {
        guard let text = located(key, required: required) else { return nil }
        if let due = DueDate(text.value) { return due }
        error(text.line, text.column, DateText.message(text.value, key: key, accepts: .dueDate))
        return nil
    }

    /// A whole number within `range`, described to the editor as `what` ("a number of days").
    mutating func int(_ key: String, in range: ClosedRange<Int>, what: String) -> Int? {
        guard let text = located(key) else { return nil }
        guard let value = Int(text.value), range.contains(value) else {
            let bounds = range.upperBound == Int.max ? "from \(range.lowerBound) up" : "from \(range.lowerBound) to \(range.upperBound)"
            error(text.line, text.column, "\"\(key)\" should be \(what): a whole number \(bounds), but it is \"\(text.value)\".")
            return nil
        }
        return value
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let text = located(key) else { return nil }
        switch text.value.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error(text.line, text.column, "\"\(key)\" should be true or false, but it is \"\(text.value)\".")
            return nil
        }
    }

    /// One of an enumeration's raw values, listing them all when the value is not one.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false,
                                                            as type: T.Type) -> T? where T.RawValue == String {
        let accepted = T.allCases.map(\.rawValue)
        guard let text = located(key, required: required, hint: "one of " + Suggestion.list(accepted)) else { return nil }
        if let value = T(rawValue: text.value) ?? T(rawValue: text.value.lowercased()) { return value }
        error(text.line, text.column, "\"\(text.value)\" is not a \(key) openplan knows.\(Suggestion.phrase(for: text.value, in: accepted)) "
              + "Use one of: \(Suggestion.list(accepted)).")
        return nil
    }

    /// A list's items; absent or empty gives [], anything other than a list is reported.
    mutating func list(_ key: String, required: Bool = false, hint: String = "") -> [RawNode] {
        guard let entry = present(key, required: required, hint: hint) else { return [] }
        guard case .list(let items) = entry.value.value else {
            error(entry.value.line, entry.value.column, "\"\(key)\" should be a list, but here it is \(entry.value.kindDescription).")
            return []
        }
        return items
    }

    /// A nested group of keys and where it starts; anything else is reported.
    mutating func group(_ key: String) -> RawNode? {
        guard let entry = present(key, required: false) else { return nil }
        guard case .map = entry.value.value else {
            error(entry.value.line, entry.value.column,
                  "\"\(key)\" should be a group of keys, but here it is \(entry.value.kindDescription).")
            return nil
        }
        return entry.value
    }
}
