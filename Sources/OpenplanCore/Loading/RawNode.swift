import Markdown

/// A value read from YAML or JSON, before it means anything, with the place it was written.
///
/// Both formats are read into this one tree so validation has a single way to look at keys,
/// lists and text, and so nothing of Yams (which is not `Sendable`) leaves the reading step.
struct RawNode: Sendable {
    enum Value: Sendable {
        /// `null`, `~`, or a key with nothing after it.
        case null
        case scalar(RawScalar)
        case list([RawNode])
        case map(RawMap)
    }

    var value: Value
    /// File line and column (1-based, columns counted in characters).
    var position: TextPosition
    var line: Int { position.line }
    var column: Int { position.column }

    init(value: Value, line: Int, column: Int) {
        self.value = value
        self.position = TextPosition(line: line, column: column)
    }

    var map: RawMap? {
        if case .map(let m) = value { return m }
        return nil
    }

    var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// How the value would be described to a content editor: "a list", "a group of keys"...
    var kindDescription: String {
        switch value {
        case .null: return "empty"
        case .scalar(let s): return s.isQuoted ? "text in quotes" : "\"\(s.text)\""
        case .list: return "a list"
        case .map: return "a group of keys"
        }
    }
}

/// A single value exactly as written: ids stay text (`1.10` is never 1.1).
struct RawScalar: Sendable {
    var text: String
    /// Written in quotes (or as a YAML text block), so certainly text and never a number,
    /// true/false or null.
    var isQuoted: Bool
    /// Where the text's later lines start, for text written over several lines (a `>-` or
    /// `|` block, or plain text that runs on), counted from the text with its leading
    /// spaces trimmed, as it is read.
    var anchors: [TextAnchor] = []
}

struct RawMap: Sendable {
    var entries: [RawEntry]

    subscript(key: String) -> RawEntry? { entries.first { $0.key == key } }
}

struct RawEntry: Sendable {
    var key: String
    /// Where the key was written; the value knows its own place.
    var keyPosition: TextPosition
    var keyLine: Int { keyPosition.line }
    var keyColumn: Int { keyPosition.column }
    var value: RawNode

    init(key: String, keyLine: Int, keyColumn: Int, value: RawNode) {
        self.key = key
        self.keyPosition = TextPosition(line: keyLine, column: keyColumn)
        self.value = value
    }
}
