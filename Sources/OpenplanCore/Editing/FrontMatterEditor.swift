import Yams

/// Changes a few top-level keys of a Markdown file's YAML front matter, and appends entries to
/// a list such as `history`, by splicing text at the places Yams reports, so everything else
/// (the body, comments, the order, quoting and layout of every other key, CRLF line endings, a
/// byte order mark) stays byte for byte as the editor wrote it. Reformatting the whole front
/// matter through a YAML writer would lose comments and churn every file an import touches.
///
/// Each edit parses the front matter again: files are small, and it keeps every splice based
/// on the text as it now is.
public struct FrontMatterEditor: Sendable {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        /// The file does not start with a `---` line, or no `---` line closes the front matter.
        case noFrontMatter
        /// Yams could not read the front matter: where (a line of the file) and why.
        case unreadable(line: Int, reason: String)
        /// The front matter is not a group of keys.
        case notAGroupOfKeys
        /// `key` should be a list (to append to) but is something else.
        case notAList(key: String, line: Int)

        public var description: String {
            switch self {
            case .noFrontMatter:
                return "the file has no front matter: it should start with a line \"---\", the keys, then another \"---\" line"
            case .unreadable(let line, let reason):
                return "line \(line): the front matter could not be read (\(reason))"
            case .notAGroupOfKeys:
                return "the front matter should be a group of keys like \"status: on-track\""
            case .notAList(let key, let line):
                return "line \(line): \"\(key)\" should be a list, so nothing can be added to it"
            }
        }
    }

    /// The file as it now is.
    public private(set) var bytes: [UInt8]

    public init(bytes: [UInt8]) throws {
        self.bytes = bytes
        _ = try Layout(bytes)
    }

    public init(text: String) throws {
        try self.init(bytes: Array(text.utf8))
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Sets a top-level key to a single value, written plain or quoted as YAML needs (see
    /// `YAMLText.scalar`). A key that is missing is added after the key `after` when that is
    /// present, otherwise at the end of the front matter. A trailing comment on the key's
    /// line is kept.
    public mutating func set(_ key: String, to value: String, after: String? = nil) throws {
        let layout = try Layout(bytes)
        let written = YAMLText.scalar(value)
        guard let index = layout.index(of: key) else {
            let line = Array((YAMLText.scalar(key) + ": " + written).utf8)
            insertEntry(line, layout: layout, after: after)
            return
        }
        let entry = layout.entries[index]
        let region = layout.region(of: index)
        let valueStart = entry.value.mark.map(layout.offset) ?? layout.afterColon(of: entry.key)
        if case .scalar(let scalar) = entry.value, scalar.style == .plain, scalar.string.isEmpty, region.onlyKeyLine {
            // `key:` with nothing after it (or only a comment): write the value after the colon.
            let colon = layout.afterColon(of: entry.key)
            splice(colon..<colon, with: Array((" " + written).utf8))
            return
        }
        if case .scalar(let scalar) = entry.value, scalar.mark?.line == entry.key.mark?.line {
            if region.onlyKeyLine, let end = layout.scalarEnd(from: valueStart, style: scalar.style) {
                splice(valueStart..<end, with: Array(written.utf8))
                return
            }
        }
        // A value over several lines, or not a single value: replace all of it.
        let start = entry.value.mark?.line == entry.key.mark?.line ? valueStart : layout.afterColon(of: entry.key)
        let lead = start == valueStart ? "" : " "
        splice(start..<max(start, region.contentEnd), with: Array((lead + written).utf8))
    }

    /// Appends an entry to the list under the top-level `key` (like `history`), its values in
    /// the order given. It matches the list's own style: a flow list (`[a, b]`) gets `, { … }`;
    /// a block list gets a `- ` line at the same indent, written `{ k: v, … }` when the last
    /// item is, otherwise as indented `k: v` lines. A missing or empty list becomes a block
    /// list of `{ … }` items, the style the content format shows. Values are written as
    /// `YAMLText.scalar` does, and those under the keys in `quoted` always in double quotes
    /// (free text like a note reads more safely so).
    public mutating func append(to key: String, entry values: [(key: String, value: String)],
                                quoted: Set<String> = [], after: String? = nil) throws {
        let layout = try Layout(bytes)
        let newline = layout.newline
        let pairs = values.map { "\(YAMLText.scalar($0.key)): \(quoted.contains($0.key) ? YAMLText.quoted($0.value) : YAMLText.scalar($0.value))" }
        func flowItem(spaced: Bool) -> String {
            let inner = pairs.joined(separator: ", ")
            return spaced ? "{ " + inner + " }" : "{" + inner + "}"
        }
        guard let index = layout.index(of: key) else {
            let text = YAMLText.scalar(key) + ":" + newline + "  - " + flowItem(spaced: true)
            insertEntry(Array(text.utf8), layout: layout, after: after)
            return
        }
        let entry = layout.entries[index]
        let region = layout.region(of: index)
        switch entry.value {
        case .scalar(let s) where s.style == .plain && YAMLText.nullWords.contains(s.string):
            // `history:` with nothing yet.
            let start = layout.afterColon(of: entry.key)
            let text = newline + "  - " + flowItem(spaced: true)
            splice(start..<max(start, region.contentEnd), with: Array(text.utf8))
        // Yams does not report a list's style, so it is read off the text: `[` starts a flow list.
        case .sequence(let list) where layout.startsWith(list.mark, "["):
            let open = list.mark.map(layout.offset) ?? layout.afterColon(of: entry.key)
            guard let close = layout.closingBracket(from: open) else {
                throw Problem.notAList(key: key, line: layout.fileLine(entry.key))
            }
            if list.isEmpty {
                // `history: []`: no item to copy a style from.
                let start = layout.afterColon(of: entry.key)
                splice(start..<(close + 1), with: Array((newline + "  - " + flowItem(spaced: true)).utf8))
            } else {
                var last = close
                while last > open, Layout.isSpace(bytes[last - 1]) { last -= 1 }
                let spaced = layout.firstFlowItemIsSpaced(list)
                splice(last..<last, with: Array((", " + flowItem(spaced: spaced)).utf8))
            }
        case .sequence(let list):
            guard let lastItem = list.last, let itemMark = lastItem.mark else {
                throw Problem.notAList(key: key, line: layout.fileLine(entry.key))
            }
            let itemStart = layout.offset(itemMark)
            let lineStart = layout.lineStarts[itemMark.line]
            // The dash before the item, and what comes before and after it on its line.
            var dash = itemStart
            while dash > lineStart, bytes[dash - 1] != UInt8(ascii: "-") { dash -= 1 }
            dash = max(lineStart, dash - 1)
            let indent = String(decoding: bytes[lineStart..<dash], as: UTF8.self)
            let gap = String(decoding: bytes[(dash + 1)..<itemStart], as: UTF8.self)
            let text: String
            if case .mapping = lastItem, !layout.startsWith(itemMark, "{") {
                let inner = String(repeating: " ", count: indent.count + 1 + gap.count)
                text = newline + indent + "-" + gap
                    + pairs.joined(separator: newline + inner)
            } else {
                let spaced = bytes.count > itemStart + 1 && bytes[itemStart + 1] == UInt8(ascii: " ")
                text = newline + indent + "-" + gap + flowItem(spaced: spaced)
            }
            splice(region.contentEnd..<region.contentEnd, with: Array(text.utf8))
        default:
            throw Problem.notAList(key: key, line: layout.fileLine(entry.key))
        }
    }

    /// The text of a top-level key's single value, as YAML reads it now; nil when the key is
    /// missing or holds a list or group. Lets a caller check an edit reads back as meant.
    public func scalar(_ key: String) throws -> String? {
        let layout = try Layout(bytes)
        guard let index = layout.index(of: key), case .scalar(let s) = layout.entries[index].value else { return nil }
        return s.string
    }

    /// The last entry of the list under a top-level key, as YAML reads it now: each key's text.
    public func lastEntry(of key: String) throws -> [String: String]? {
        let layout = try Layout(bytes)
        guard let index = layout.index(of: key), case .sequence(let list) = layout.entries[index].value,
              case .mapping(let map)? = list.last else { return nil }
        var out: [String: String] = [:]
        for (k, v) in map { if let name = k.string, let text = v.string { out[name] = text } }
        return out
    }

    private mutating func splice(_ range: Range<Int>, with replacement: [UInt8]) {
        bytes.replaceSubrange(range, with: replacement)
    }

    /// A new top-level entry (one or more lines, without the final line break): after the
    /// entry `after` when present, otherwise just before the closing `---`.
    private mutating func insertEntry(_ text: [UInt8], layout: Layout, after: String?) {
        let newline = Array(layout.newline.utf8)
        if let after, let index = layout.index(of: after) {
            let end = layout.region(of: index).contentEnd
            splice(end..<end, with: newline + text)
        } else {
            let end = layout.lineStarts[layout.closingLine]
            splice(end..<end, with: text + newline)
        }
    }
}

/// Where things are in the file: each line's first byte, the front matter's lines, and the
/// top-level entries as Yams read them.
private struct Layout {
    let bytes: [UInt8]
    /// The byte where each line starts; index 0 is the file's first line (the opening `---`).
    let lineStarts: [Int]
    /// Index in `lineStarts` of the closing `---` line.
    let closingLine: Int
    /// "\r\n" when the opening line ends so, for lines the editor adds.
    let newline: String
    let entries: [(key: Node, value: Node)]

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 10 { starts.append(i + 1) }
        if starts.last == bytes.count { starts.removeLast() }
        lineStarts = starts
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func isDelimiter(_ line: Int, from start: Int) -> Bool {
            let end = line + 1 < starts.count ? starts[line + 1] : bytes.count
            var content = Array(bytes[start..<end])
            while let last = content.last, last == 10 || last == 13 || last == 32 || last == 9 { content.removeLast() }
            return content == Array("---".utf8)
        }
        guard !starts.isEmpty, isDelimiter(0, from: bom),
              let close = (1..<max(1, starts.count)).first(where: { isDelimiter($0, from: starts[$0]) }) else {
            throw FrontMatterEditor.Problem.noFrontMatter
        }
        closingLine = close
        let firstLineEnd = starts.count > 1 ? starts[1] : bytes.count
        newline = firstLineEnd >= 2 && bytes[firstLineEnd - 2] == 13 ? "\r\n" : "\n"
        let yaml = String(decoding: bytes[starts[1]..<starts[close]], as: UTF8.self)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw FrontMatterEditor.Problem.unreadable(line: Layout.line(of: error) + 1, reason: "\(error)")
        } catch {
            throw FrontMatterEditor.Problem.unreadable(line: 2, reason: "\(error)")
        }
        switch root {
        case nil: entries = []
        case .mapping(let map)?: entries = Array(map)
        case .scalar(let s)? where s.string.isEmpty: entries = []
        default: throw FrontMatterEditor.Problem.notAGroupOfKeys
        }
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }

    func index(of key: String) -> Int? {
        entries.firstIndex { if case .scalar(let s) = $0.key { return s.string == key } else { return false } }
    }

    /// A mark inside the YAML as a byte offset in the file: YAML line 1 is the file's line 2.
    func offset(_ mark: Mark) -> Int {
        let start = lineStarts[min(mark.line, lineStarts.count - 1)]
        var i = start
        var column = 1
        // libyaml counts columns in Unicode scalars: skip UTF-8 continuation bytes.
        while column < mark.column, i < bytes.count, bytes[i] != 10 {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            column += 1
        }
        return i
    }

    /// Whether the text at a mark starts with `character`.
    func startsWith(_ mark: Mark?, _ character: Character) -> Bool {
        guard let mark, let ascii = character.asciiValue else { return false }
        let at = offset(mark)
        return at < bytes.count && bytes[at] == ascii
    }

    /// The line of the file (counting from 1) where a node was written.
    func fileLine(_ node: Node) -> Int { (node.mark?.line ?? 0) + 1 }

    /// The end of a line's text, before any `\r\n` or `\n`.
    func lineEnd(_ line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if end > lineStarts[line], bytes[end - 1] == 10 { end -= 1 }
        if end > lineStarts[line], bytes[end - 1] == 13 { end -= 1 }
        return end
    }

    /// True for a line of spaces, or only a comment.
    func isBlankOrComment(_ line: Int) -> Bool {
        var i = lineStarts[line]
        let end = lineEnd(line)
        while i < end, Layout.isSpace(bytes[i]) { i += 1 }
        return i == end || bytes[i] == UInt8(ascii: "#")
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }

    struct Region {
        /// The end of the entry's last line that holds more than spaces or a comment.
        var contentEnd: Int
        /// True when every later line of the entry is blank or a comment.
        var onlyKeyLine: Bool
    }

    /// From the entry's key line up to the next top-level key (or the closing `---`).
    func region(of index: Int) -> Region {
        let keyLine = entries[index].key.mark?.line ?? 1
        let nextLine = index + 1 < entries.count ? (entries[index + 1].key.mark?.line ?? closingLine) : closingLine
        var last = keyLine
        for line in (keyLine + 1)..<max(keyLine + 1, nextLine) where !isBlankOrComment(line) { last = line }
        return Region(contentEnd: lineEnd(last), onlyKeyLine: last == keyLine)
    }

    /// Just after the `:` that follows a key.
    func afterColon(of key: Node) -> Int {
        var i = key.mark.map(offset) ?? 0
        if case .scalar(let s) = key, s.style == .doubleQuoted || s.style == .singleQuoted {
            i = scalarEnd(from: i, style: s.style) ?? i
        }
        while i < bytes.count, bytes[i] != UInt8(ascii: ":"), bytes[i] != 10 { i += 1 }
        return i < bytes.count && bytes[i] == UInt8(ascii: ":") ? i + 1 : i
    }

    /// Where a one-line scalar starting at `start` ends, or nil when it runs past its line.
    func scalarEnd(from start: Int, style: Node.Scalar.Style) -> Int? {
        var i = start
        let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
        switch style {
        case .doubleQuoted:
            i += 1
            while i < end {
                if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
                if bytes[i] == UInt8(ascii: "\"") { return i + 1 }
                i += 1
            }
            return nil
        case .singleQuoted:
            i += 1
            while i < end {
                if bytes[i] == UInt8(ascii: "'") {
                    if i + 1 < end, bytes[i + 1] == UInt8(ascii: "'") { i += 2; continue }
                    return i + 1
                }
                i += 1
            }
            return nil
        case .plain, .any:
            // A plain scalar runs to a ` #` comment or the end of the line, less trailing spaces.
            while i < end {
                if bytes[i] == UInt8(ascii: "#"), i > start, bytes[i - 1] == 32 || bytes[i - 1] == 9 { break }
                i += 1
            }
            while i > start, Layout.isSpace(bytes[i - 1]) { i -= 1 }
            return i
        default:
            return nil
        }
    }

    /// The `]` closing the flow list whose `[` is at `open`, skipping quoted text and comments.
    func closingBracket(from open: Int) -> Int? {
        var depth = 0
        var i = open
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return i }
            case UInt8(ascii: "\""):
                guard let end = scalarEnd(from: i, style: .doubleQuoted) else { return nil }
                i = end - 1
            case UInt8(ascii: "'"):
                guard let end = scalarEnd(from: i, style: .singleQuoted) else { return nil }
                i = end - 1
            case UInt8(ascii: "#") where i > 0 && Layout.isSpace(bytes[i - 1]):
                while i < bytes.count, bytes[i] != 10 { i += 1 }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// Whether the list's first `{ … }` item has a space after its brace.
    func firstFlowItemIsSpaced(_ list: Node.Sequence) -> Bool {
        guard let first = list.first, case .mapping = first, let mark = first.mark else { return true }
        let at = offset(mark)
        return at + 1 < bytes.count && bytes[at + 1] == UInt8(ascii: " ")
    }
}
