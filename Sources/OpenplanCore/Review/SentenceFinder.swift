import Markdown

/// A sentence of a page, with the place in its source file where it starts.
public struct LocatedSentence: Sendable, Hashable {
    /// With line breaks turned into spaces, ready to quote.
    public var text: String
    public var wordCount: Int
    public var position: TextPosition
    public init(text: String, wordCount: Int, position: TextPosition) {
        self.text = text
        self.wordCount = wordCount
        self.position = position
    }
}

/// Finds the sentences of a Markdown body's prose and where each stands in the file, so a
/// long sentence can be reported as `FILE:LINE:COLUMN`.
///
/// Prose blocks are plain text with the Markdown taken out, so a column after inline
/// formatting (a link, bold text) on the same line can be a little to the left of the real
/// one; the line is exact, from the block's line breaks or its anchors (where each source
/// line of a wrapped paragraph or folded YAML text starts).
public enum SentenceFinder {
    public static func sentences(in blocks: [ProseBlock], firstLine: Int) -> [LocatedSentence] {
        var found: [LocatedSentence] = []
        for block in blocks {
            let lines = BlockLines(block)
            for sentence in SentenceSplitter.sentences(in: block.text) {
                let place = lines.position(ofOffset: sentence.offset, firstLine: firstLine)
                found.append(LocatedSentence(text: singleLine(sentence.text), wordCount: sentence.wordCount, position: place))
            }
        }
        return found
    }

    /// The file line and column of a character offset within a block's text. Looking up many
    /// places in one block? Make a `BlockLines` once instead: this reads the block each time.
    public static func position(ofOffset offset: Int, in block: ProseBlock, firstLine: Int) -> TextPosition {
        BlockLines(block).position(ofOffset: offset, firstLine: firstLine)
    }

    /// Line breaks and runs of spaces become single spaces.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Where each line of a prose block starts, so the place of any character offset is found
/// by a binary search. Walking the text from its start for every place reported made the
/// review quadratic: a page written as one long line took seconds per megabyte.
struct BlockLines {
    let block: ProseBlock
    /// Character offsets at which each line of the block starts; the first is 0.
    private let starts: [Int]

    init(_ block: ProseBlock) {
        self.block = block
        var starts = [0]
        var offset = 0
        for character in block.text {
            offset += 1
            if character.isNewline { starts.append(offset) }
        }
        self.starts = starts
    }

    func position(ofOffset offset: Int, firstLine: Int) -> TextPosition {
        let anchors = block.anchors
        if !anchors.isEmpty {
            // The last anchor at or before the offset, by the same binary search.
            var low = -1, high = anchors.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if anchors[middle].offset <= offset { low = middle } else { high = middle - 1 }
            }
            if low >= 0 {
                let anchor = anchors[low]
                return TextPosition(line: firstLine + anchor.position.line - 1,
                                    column: anchor.position.column + offset - anchor.offset)
            }
        }
        // The last line starting at or before the offset.
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let line = firstLine + block.position.line - 1 + low
        let column = low == 0 ? block.position.column + offset : offset - starts[low] + 1
        return TextPosition(line: line, column: column)
    }
}
