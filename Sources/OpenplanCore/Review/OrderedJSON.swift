import Foundation

/// A JSON value whose objects keep their keys in the order written, so `check --format json`
/// prints the same bytes for the same content and reads in the documented order.
public indirect enum OrderedJSON: Sendable, Hashable {
    case string(String)
    case int(Int)
    /// A number printed with a fixed number of decimal places.
    case number(Double, decimals: Int)
    case bool(Bool)
    case null
    case array([OrderedJSON])
    case object([(String, OrderedJSON)])

    public static func == (a: OrderedJSON, b: OrderedJSON) -> Bool { a.rendered() == b.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// Two-space indented, with a space after each colon; `[]` and `{}` when empty.
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .string(let s): return OrderedJSON.quote(s)
        case .int(let i): return String(i)
        case .number(let d, let decimals):
            guard d.isFinite else { return "null" }
            let text = String(format: "%.\(decimals)f", d)
            return text == "-0" || text.hasPrefix("-0.") && Double(text) == 0 ? String(text.dropFirst()) : text
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { inner + OrderedJSON.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + pad + "}"
        }
    }

    /// A JSON string literal, from the project's one JSON escaper.
    public static func quote(_ s: String) -> String { JSON.string(s) }
}

extension ReadabilityScore {
    /// The figures as `openplan readability` prints them, after the file name.
    public func jsonMembers() -> [(String, OrderedJSON)] {
        [
            ("words", .int(words)),
            ("sentences", .int(sentences)),
            ("syllables", .int(syllables)),
            ("fleschReadingEase", .number(fleschReadingEase, decimals: 2)),
            ("fleschKincaidGrade", .number(fleschKincaidGrade, decimals: 2)),
            ("readingAge", .number(readingAge, decimals: 2)),
        ]
    }
}
