/// Where things are in a JSON file's bytes: each value the JSON reader found, as a byte range
/// of the file as saved (byte order mark, CRLF line endings and all). The reader reports
/// lines and columns of the text after those are normalised; this maps them back, so an edit
/// can splice new text into the original bytes and leave every other byte as it was.
struct JSONLayout {
    let bytes: [UInt8]
    let root: RawNode
    /// The byte where each line starts (index 0 is line 1), counting `\n`, `\r\n` and a lone
    /// `\r` as one line break each, as the reader does.
    private let lineStarts: [Int]
    /// "\r\n" when the file's first line break is one, for lines an edit adds.
    let newline: String

    /// Reads the file; a failure is the reader's own located problem.
    init(bytes: [UInt8], file: String) throws {
        self.bytes = bytes
        switch SourceText.decode(bytes, file: file) {
        case .failure(let diagnostic): throw MeasureFileEditor.Problem.unreadable(diagnostic)
        case .success(let text):
            switch JSONReader(file: file).read(text) {
            case .failure(let diagnostic): throw MeasureFileEditor.Problem.unreadable(diagnostic)
            case .success(let node): root = node
            }
        }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var starts = [bom]
        var i = bom
        var firstBreak: String?
        while i < bytes.count {
            if bytes[i] == 10 {
                starts.append(i + 1)
                if firstBreak == nil { firstBreak = "\n" }
            } else if bytes[i] == 13 {
                if i + 1 < bytes.count, bytes[i + 1] == 10 {
                    i += 1
                    if firstBreak == nil { firstBreak = "\r\n" }
                } else if firstBreak == nil {
                    firstBreak = "\r"
                }
                starts.append(i + 1)
            }
            i += 1
        }
        lineStarts = starts
        newline = firstBreak ?? "\n"
    }

    /// The byte offset of a reader's line and column (columns count characters).
    func offset(line: Int, column: Int) -> Int {
        var i = lineStarts[min(max(line, 1), lineStarts.count) - 1]
        var remaining = column - 1
        while remaining > 0, i < bytes.count {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            remaining -= 1
        }
        return i
    }

    func start(of node: RawNode) -> Int { offset(line: node.line, column: node.column) }

    /// The range a value takes: from its first byte to just after its last.
    func range(of node: RawNode) -> Range<Int> {
        let from = start(of: node)
        return from..<end(ofValueAt: from)
    }

    /// The range of an entry's key, quotes included.
    func keyRange(of entry: RawEntry) -> Range<Int> {
        let from = offset(line: entry.keyLine, column: entry.keyColumn)
        return from..<end(ofValueAt: from)
    }

    /// Just after the value that starts at `from`. The file has been read as valid JSON, so
    /// only brackets and quoted text need to be followed.
    func end(ofValueAt from: Int) -> Int {
        guard from < bytes.count else { return from }
        switch bytes[from] {
        case UInt8(ascii: "\""):
            return stringEnd(from)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var i = from
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    i = stringEnd(i)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return bytes.count
        default:
            var i = from
            while i < bytes.count, !Self.endsToken(bytes[i]) { i += 1 }
            return i
        }
    }

    private func stringEnd(_ from: Int) -> Int {
        var i = from + 1
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if bytes[i] == UInt8(ascii: "\"") { return i + 1 }
            i += 1
        }
        return bytes.count
    }

    private static func endsToken(_ b: UInt8) -> Bool {
        b == 32 || b == 9 || b == 10 || b == 13 || b == 44 || b == 93 || b == 125 || b == 58
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The spaces or tabs that start the line holding `offset`.
    func indent(at offset: Int) -> String {
        var start = offset
        while start > 0, bytes[start - 1] != 10, bytes[start - 1] != 13 { start -= 1 }
        var end = start
        while end < bytes.count, bytes[end] == 32 || bytes[end] == 9 { end += 1 }
        return text(start..<end)
    }

    /// True when the value's text runs over more than one line.
    func spansLines(_ range: Range<Int>) -> Bool { bytes[range].contains { $0 == 10 || $0 == 13 } }

    /// One step of indentation as the file writes it: a tab, or the smallest indent of any
    /// line (2 or 4 spaces, usually); two spaces when nothing is indented.
    var indentStep: String {
        var smallest: Int?
        for start in lineStarts where start < bytes.count {
            if bytes[start] == 9 { return "\t" }
            var n = 0
            while start + n < bytes.count, bytes[start + n] == 32 { n += 1 }
            if n > 0, start + n < bytes.count, bytes[start + n] != 10, bytes[start + n] != 13 { smallest = min(smallest ?? n, n) }
        }
        return String(repeating: " ", count: smallest ?? 2)
    }
}
