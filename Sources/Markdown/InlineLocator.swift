/// Finds where inline nodes (links, images, raw HTML) start in the source.
///
/// cmark-gfm's inline columns are right on the first line of a paragraph but drift on later
/// lines (it counts from the line with its indentation and container markers removed, or not,
/// for lazy lines), and the autolink extension gives bare URLs no position at all. So each
/// reported column is checked against the character the node must start with, trying the
/// likely corrections in turn, and unknown positions are found by searching for the URL text.
struct InlineLocator {
    private let source: SourceText
    private var blockLine = 0
    private var blockColumn = 1
    private var blockEndLine = 0
    /// Offset of the last node located in the current block, where a search resumes.
    private var lastOffset: Int?
    private var columns = SourceText.ColumnCache()

    init(source: SourceText) {
        self.source = source
    }

    /// Call on entering each block, so that inline nodes are measured from their own block.
    mutating func enterBlock(_ node: CmarkNode) {
        blockLine = node.startLine
        blockColumn = max(node.startColumn, 1)
        blockEndLine = node.endLine
        lastOffset = nil
    }

    /// - Parameters:
    ///   - openers: bytes the node's source can start with (`[`, `!`, `<`…).
    ///   - needle: text the node's source holds near its start, such as an autolink's URL.
    mutating func locate(_ node: CmarkNode, openers: [UInt8], needle: [UInt8]?) -> TextPosition {
        let offset = findOffset(line: node.startLine, column: node.startColumn, openers: openers, needle: needle)
        lastOffset = offset
        return source.position(ofOffset: offset, cache: &columns)
    }

    private func findOffset(line: Int, column: Int, openers: [UInt8], needle: [UInt8]?) -> Int {
        let blockStart = source.offset(line: blockLine, byteColumn: blockColumn) ?? 0
        guard line >= 1, line <= source.lineCount else {
            let from = lastOffset.map { $0 + 1 } ?? blockStart
            let lastLine = blockEndLine >= blockLine ? blockEndLine : source.lineCount
            let until = source.lineRange(min(max(lastLine, 1), source.lineCount)).upperBound
            if let needle, let found = source.find(needle, from: from, before: until) { return found }
            return lastOffset ?? blockStart
        }
        var candidates = [column]
        if line > blockLine {
            let indent = leadingMarkers(line: line)
            candidates = [column - (blockColumn - 1) + indent, column - (blockColumn - 1), column]
        }
        for candidate in candidates {
            if let byte = source.byte(line: line, byteColumn: candidate), openers.contains(byte) {
                return source.offset(line: line, byteColumn: candidate)!
            }
        }
        let range = source.lineRange(line)
        var from = range.lowerBound
        if let lastOffset, range.contains(lastOffset) { from = lastOffset + 1 }
        if let needle, let found = source.find(needle, from: from, before: range.upperBound) {
            return found
        }
        return source.offset(line: line, byteColumn: max(candidates[0], 1)) ?? blockStart
    }

    /// Spaces, tabs and `>` at the start of a line: indentation and block quote markers, which
    /// a paragraph's continuation line can never begin with.
    private func leadingMarkers(line: Int) -> Int {
        var count = 0
        for index in source.lineRange(line) {
            let byte = source.bytes[index]
            guard byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">") else { break }
            count += 1
        }
        return count
    }
}
