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
}
