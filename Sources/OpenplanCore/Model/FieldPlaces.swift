import Markdown

/// Where each front-matter or JSON value of an item was written, so findings about a value
/// (a past due date, an old `updated`, a long sentence in a summary) point at its own line
/// rather than at the top of the file.
public struct FieldPlaces: Sendable, Hashable {
    private var places: [String: SourceLocation]
    private var anchors: [String: [TextAnchor]]

    public init(_ places: [String: SourceLocation] = [:], anchors: [String: [TextAnchor]] = [:]) {
        self.places = places
        self.anchors = anchors
    }

    /// The place of the value written for `key`, if the key was written.
    public subscript(key: String) -> SourceLocation? { places[key] }

    /// Where each later line of a text value written over several lines starts; empty for
    /// text on one line.
    public func anchors(_ key: String) -> [TextAnchor] { anchors[key] ?? [] }
}

/// A character of a text value (by its offset in the text as read) and the file line and
/// column it was written at. YAML folds a `>-` block's lines into one, so without these a
/// word on the block's third line would seem to be on its first.
public struct TextAnchor: Sendable, Hashable {
    public var offset: Int
    public var position: TextPosition
    public var line: Int { position.line }
    public var column: Int { position.column }
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.position = TextPosition(line: line, column: column)
    }
}
