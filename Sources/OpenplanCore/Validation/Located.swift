import Markdown

/// A value read from content together with where it was written.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var position: TextPosition
    var line: Int { position.line }
    var column: Int { position.column }

    init(value: Value, line: Int, column: Int) {
        self.value = value
        self.position = TextPosition(line: line, column: column)
    }
}

extension Located: Equatable where Value: Equatable {}
