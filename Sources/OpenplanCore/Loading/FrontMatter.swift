/// A Markdown file split into its YAML front matter and its body, remembering on which line
/// of the file each part starts so problems in either point at the right place.
struct FrontMatter: Sendable, Equatable {
    enum Shape: Sendable, Equatable {
        /// The file does not start with a `---` line.
        case absent
        /// `---`, the YAML, `---`, then the body.
        case closed
        /// A `---` line opens the front matter but none closes it.
        case unclosed
    }

    var shape: Shape
    /// The YAML between the two `---` lines; empty when absent.
    var yaml: String
    /// The file line holding the YAML's first line (2, straight after the opening `---`).
    var yamlFirstLine: Int
    var body: String
    /// The file line holding the body's first line.
    var bodyFirstLine: Int

    /// Expects text already normalised to `\n` line endings (see `SourceText`).
    static func split(_ text: String) -> FrontMatter {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isDelimiter(first) else {
            return FrontMatter(shape: .absent, yaml: "", yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        guard let closing = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) }) else {
            return FrontMatter(shape: .unclosed, yaml: lines.dropFirst().joined(separator: "\n"),
                               yamlFirstLine: 2, body: "", bodyFirstLine: lines.count + 1)
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        lines.removeFirst(closing + 1)
        return FrontMatter(shape: .closed, yaml: yaml, yamlFirstLine: 2,
                           body: lines.joined(separator: "\n"), bodyFirstLine: closing + 2)
    }

    /// A line holding only `---`, allowing trailing spaces an editor may have left.
    private static func isDelimiter(_ line: Substring) -> Bool {
        guard line.hasPrefix("---") else { return false }
        return line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
