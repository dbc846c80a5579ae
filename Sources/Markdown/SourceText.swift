#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Markdown text as cmark-gfm sees it, with an index of line starts so that the byte
/// columns cmark reports can be turned into the character columns an editor shows.
///
/// NUL and U+0001 are replaced by U+FFFD before parsing: NUL would end the C strings, and
/// U+0001 is the sentinel that marks embeds in the rendered HTML (see `SegmentSplitter`).
/// Both are one character, so character columns are unchanged.
struct SourceText {
    let bytes: [UInt8]
    /// Byte offset where each line starts; cmark ends lines at `\n`, `\r\n` and `\r`.
    private let lineStarts: [Int]
    /// False when there is no `<` at all, so no raw HTML can have been parsed.
    let mayContainHTML: Bool
    /// False when there is no `|` at all, so no GFM table can have been parsed.
    let mayContainTable: Bool
    /// Per line: true when it holds only ASCII, so byte and character columns agree.
    private let asciiLines: [Bool]

    init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.contains(where: { $0 <= 1 }) {
            var clean: [UInt8] = []
            clean.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                if byte <= 1 { clean.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { clean.append(byte) }
            }
            bytes = clean
        }
        var starts = [0]
        var ascii: [Bool] = []
        var lineIsASCII = true
        var sawAngle = false
        var sawPipe = false
        // memchr and eight bytes at a time: this runs over every body on every page, and a
        // byte-by-byte loop with a branch per kind of byte cost more than parsing.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            sawAngle = memchr(base, Int32(UInt8(ascii: "<")), count) != nil
            sawPipe = memchr(base, Int32(UInt8(ascii: "|")), count) != nil
            if memchr(base, Int32(UInt8(ascii: "\r")), count) == nil {
                var lineStart = 0
                while let found = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), count - lineStart) {
                    let end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                    ascii.append(Self.isASCII(base + lineStart, end - lineStart))
                    starts.append(end + 1)
                    lineStart = end + 1
                }
                lineIsASCII = Self.isASCII(base + lineStart, count - lineStart)
                return
            }
            var index = 0
            while index < count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\n") {
                    starts.append(index + 1)
                    ascii.append(lineIsASCII)
                    lineIsASCII = true
                } else if byte == UInt8(ascii: "\r") {
                    if index + 1 < count, buffer[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    starts.append(index + 1)
                    ascii.append(lineIsASCII)
                    lineIsASCII = true
                } else if byte >= 0x80 {
                    lineIsASCII = false
                }
                index += 1
            }
        }
        ascii.append(lineIsASCII)
        self.bytes = bytes
        self.lineStarts = starts
        self.asciiLines = ascii
        self.mayContainHTML = sawAngle
        self.mayContainTable = sawPipe
    }

    private static func isASCII(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        var high: UInt64 = 0
        let raw = UnsafeRawPointer(start)
        while i + 8 <= count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < count {
            high |= UInt64(start[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    var lineCount: Int { lineStarts.count }

    /// The byte range of a 1-based line, without its line ending; empty when out of range.
    func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return 0..<0 }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return start..<end
    }

    /// The byte offset of a 1-based line and byte column, clamped to the line.
    func offset(line: Int, byteColumn: Int) -> Int? {
        let range = lineRange(line)
        guard line >= 1, line <= lineStarts.count else { return nil }
        return min(range.lowerBound + max(byteColumn, 1) - 1, range.upperBound)
    }

    /// The byte at a 1-based line and byte column, if there is one.
    func byte(line: Int, byteColumn: Int) -> UInt8? {
        let range = lineRange(line)
        let offset = range.lowerBound + byteColumn - 1
        guard byteColumn >= 1, offset < range.upperBound else { return nil }
        return bytes[offset]
    }

    /// The 1-based line holding a byte offset.
    func line(ofOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Where counting stopped last time on a line with non-ASCII text, so that many positions
    /// on one long line cost one pass over it rather than one pass each.
    struct ColumnCache {
        fileprivate var line = 0
        fileprivate var offset = 0
        fileprivate var characters = 0
    }

    /// Converts cmark's 1-based line and byte column into a line and character column.
    func position(line: Int, byteColumn: Int) -> TextPosition {
        var cache = ColumnCache()
        return position(line: line, byteColumn: byteColumn, cache: &cache)
    }

    func position(line: Int, byteColumn: Int, cache: inout ColumnCache) -> TextPosition {
        guard line >= 1, line <= lineStarts.count else {
            return TextPosition(line: max(line, 1), column: max(byteColumn, 1))
        }
        let range = lineRange(line)
        let end = min(range.lowerBound + max(byteColumn, 1) - 1, range.upperBound)
        if asciiLines[line - 1] { return TextPosition(line: line, column: end - range.lowerBound + 1) }
        var index = range.lowerBound
        var characters = 0
        if cache.line == line, cache.offset <= end {
            index = cache.offset
            characters = cache.characters
        }
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { characters += 1 }
            index += 1
        }
        cache = ColumnCache(line: line, offset: end, characters: characters)
        return TextPosition(line: line, column: characters + 1)
    }

    func position(ofOffset offset: Int, cache: inout ColumnCache) -> TextPosition {
        let line = line(ofOffset: offset)
        return position(line: line, byteColumn: offset - lineStarts[line - 1] + 1, cache: &cache)
    }

    /// Where the text of a paragraph's continuation line starts: after its indentation and
    /// any block quote markers.
    func contentStart(line: Int) -> TextPosition {
        var count = 0
        for index in lineRange(line) {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">") else { break }
            count += 1
        }
        return TextPosition(line: line, column: count + 1)
    }

    /// The first offset at or after `start`, and before `end`, where `needle` occurs.
    func find(_ needle: [UInt8], from start: Int, before end: Int) -> Int? {
        guard let first = needle.first, !needle.isEmpty else { return nil }
        let limit = min(end, bytes.count) - needle.count
        var index = max(start, 0)
        while index <= limit {
            if bytes[index] == first {
                var matched = true
                var k = 1
                while k < needle.count {
                    if bytes[index + k] != needle[k] { matched = false; break }
                    k += 1
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
