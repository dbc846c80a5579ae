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

    /// Expects text already normalised to `\n` line endings (see `SourceText`). Only the front
    /// matter's lines are looked at; the body is sliced off whole, however long it is.
    static func split(_ text: String) -> FrontMatter {
        let utf8 = text.utf8
        guard let firstEnd = lineEnd(in: utf8, from: utf8.startIndex),
              isDelimiter(text[utf8.startIndex..<firstEnd.end]) else {
            return FrontMatter(shape: .absent, yaml: "", yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        var lineNumber = 1
        var next = firstEnd.next
        let yamlStart = next ?? utf8.endIndex
        while let start = next, let line = lineEnd(in: utf8, from: start) {
            lineNumber += 1
            if isDelimiter(text[start..<line.end]) {
                // The YAML runs up to the newline before the closing line.
                let yamlEnd = start > yamlStart ? utf8.index(before: start) : yamlStart
                return FrontMatter(shape: .closed, yaml: String(text[yamlStart..<yamlEnd]), yamlFirstLine: 2,
                                   body: String(text[(line.next ?? utf8.endIndex)...]), bodyFirstLine: lineNumber + 1)
            }
            next = line.next
        }
        return FrontMatter(shape: .unclosed, yaml: String(text[yamlStart...]), yamlFirstLine: 2,
                           body: "", bodyFirstLine: lineNumber + 1)
    }

    /// The end of the line starting at `start`, and where the following line starts (nil at the end of the text).
    private static func lineEnd(in utf8: String.UTF8View, from start: String.Index) -> (end: String.Index, next: String.Index?)? {
        guard start < utf8.endIndex else { return nil }
        guard let newline = utf8[start...].firstIndex(of: 10) else { return (utf8.endIndex, nil) }
        return (newline, utf8.index(after: newline))
    }

    /// A line holding only `---`, allowing trailing spaces an editor may have left.
    private static func isDelimiter(_ line: Substring) -> Bool {
        guard line.hasPrefix("---") else { return false }
        return line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
