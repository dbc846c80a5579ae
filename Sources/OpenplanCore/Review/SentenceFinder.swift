import Markdown

/// A sentence of a page, with the place in its source file where it starts.
public struct LocatedSentence: Sendable, Hashable {
    /// With line breaks turned into spaces, ready to quote.
    public var text: String
    public var wordCount: Int
    public var line: Int
    public var column: Int
    public init(text: String, wordCount: Int, line: Int, column: Int) {
        self.text = text
        self.wordCount = wordCount
        self.line = line
        self.column = column
    }
}

/// Finds the sentences of a Markdown body's prose and where each stands in the file, so a
/// long sentence can be reported as `FILE:LINE:COLUMN`.
///
/// Prose blocks are plain text with the Markdown taken out, so a column after inline
/// formatting (a link, bold text) on the same line can be a little to the left of the real
/// one; the line is exact as long as the block keeps its line breaks.
public enum SentenceFinder {
    public static func sentences(in blocks: [ProseBlock], firstLine: Int) -> [LocatedSentence] {
        var found: [LocatedSentence] = []
        for block in blocks {
            for sentence in SentenceSplitter.sentences(in: block.text) {
                let place = position(ofOffset: sentence.offset, in: block, firstLine: firstLine)
                found.append(LocatedSentence(text: singleLine(sentence.text), wordCount: sentence.wordCount,
                                             line: place.line, column: place.column))
            }
        }
        return found
    }

    /// The file line and column of a character offset within a block's text.
    public static func position(ofOffset offset: Int, in block: ProseBlock, firstLine: Int) -> TextPosition {
        var line = firstLine + block.position.line - 1
        var column = block.position.column
        var index = 0
        for character in block.text {
            if index == offset { break }
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return TextPosition(line: line, column: column)
    }

    /// Line breaks and runs of spaces become single spaces.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
