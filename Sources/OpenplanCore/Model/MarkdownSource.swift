import Markdown

/// A Markdown body and where it starts in its file, so problems found inside it (an unknown
/// embed, a broken link) are reported at the right line of the original file.
public struct MarkdownSource: Sendable, Hashable {
    public var text: String
    public var file: String
    /// The file line on which the body's first line stands (1-based).
    public var firstLine: Int
    public init(text: String, file: String, firstLine: Int) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
    }
    public static func empty(file: String) -> MarkdownSource { MarkdownSource(text: "", file: file, firstLine: 1) }

    /// Where a place inside the body (its line 1 is the body's first line) is in the file: the
    /// one conversion from a body's positions to the editor's.
    public func location(of position: TextPosition) -> SourceLocation {
        SourceLocation(file: file, line: firstLine + position.line - 1, column: position.column)
    }
}
