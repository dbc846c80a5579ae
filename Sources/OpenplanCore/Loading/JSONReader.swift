/// A strict JSON reader (RFC 8259) that keeps the line and column of every value, so a
/// measure's problems point at the exact place, and numbers keep the text they were written as.
///
/// Written here rather than using JSONSerialization because that gives no positions on
/// success and only a byte offset (on some platforms) on failure, and it turns numbers into
/// doubles before we can see how they were written.
struct JSONReader {
    let file: String

    func read(_ text: String) -> Outcome<RawNode> {
        var parser = JSONParser(bytes: Array(text.utf8))
        do {
            parser.skipWhitespace()
            let root = try parser.value(depth: 0)
            parser.skipWhitespace()
            if !parser.atEnd {
                throw parser.failure("There is more after the end of the JSON here, starting with \(parser.describeCurrent()). "
                                     + "A measures file holds one { } object or one [ ] list of them.")
            }
            return .success(root)
        } catch let failure as JSONParser.Failure {
            return .failure(.error(file, line: failure.line, column: failure.column, failure.message))
        } catch {
            return .failure(.error(file, "This JSON could not be read."))
        }
    }
}

struct JSONParser {
    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private static let maxDepth = 200

    init(bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }
    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 10 {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    func failure(_ message: String) -> Failure { Failure(line: line, column: column, message: message) }

    mutating func skipWhitespace() {
        while let b = current, b == 32 || b == 9 || b == 10 || b == 13 { advance() }
    }

    /// What is at the current position, as a content editor would name it.
    func describeCurrent() -> String {
        guard let byte = current else { return "the end of the file" }
        if byte == UInt8(ascii: "\"") { return "a quote (\")" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "\"" + String(decoding: bytes[index..<end], as: UTF8.self) + "\""
    }

    mutating func value(depth: Int) throws -> RawNode {
        guard depth < Self.maxDepth else { throw failure("The JSON is nested too deeply here.") }
        let (startLine, startColumn) = (line, column)
        guard let b = current else {
            throw failure("The file ends where a value was expected: a closing } or ] may be missing.")
        }
        switch b {
        case UInt8(ascii: "{"):
            return RawNode(value: .map(try object(depth: depth)), line: startLine, column: startColumn)
        case UInt8(ascii: "["):
            return RawNode(value: .list(try array(depth: depth)), line: startLine, column: startColumn)
        case UInt8(ascii: "\""):
            return RawNode(value: .scalar(RawScalar(text: try string(), isQuoted: true)), line: startLine, column: startColumn)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return RawNode(value: .scalar(RawScalar(text: try number(), isQuoted: false)), line: startLine, column: startColumn)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            let word = try literal()
            let value: RawNode.Value = word == "null" ? .null : .scalar(RawScalar(text: word, isQuoted: false))
            return RawNode(value: value, line: startLine, column: startColumn)
        case UInt8(ascii: "'"):
            throw failure("JSON text must be in double quotes (\"), not single quotes (').")
        case UInt8(ascii: "/"):
            throw failure("JSON does not allow comments.")
        default:
            throw failure("Expected a value here (text in double quotes, a number, true, false, null, { or [), "
                          + "but found \(describeCurrent()).")
        }
    }

    private mutating func object(depth: Int) throws -> RawMap {
        advance() // {
        var entries: [RawEntry] = []
        var seen: Set<String> = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return RawMap(entries: entries) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") {
                    throw failure("There is a comma after the last item, just before this \"}\". JSON does not allow that: remove that comma.")
                }
                throw failure("Expected a key in double quotes here, like \"title\", but found \(describeCurrent()).")
            }
            let (keyLine, keyColumn) = (line, column)
            let key = try string()
            guard seen.insert(key).inserted else {
                throw Failure(line: keyLine, column: keyColumn, message: "The key \"\(key)\" is given twice in this object. Keep only one of them.")
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw failure("Expected a colon (:) after the key \"\(key)\", but found \(describeCurrent()).")
            }
            advance()
            skipWhitespace()
            let value = try self.value(depth: depth + 1)
            entries.append(RawEntry(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "}") { advance(); return RawMap(entries: entries) }
            throw failure("Expected a comma or \"}\" here, but found \(describeCurrent()). "
                          + "Is a comma missing after the value before it?")
        }
    }

    private mutating func array(depth: Int) throws -> [RawNode] {
        advance() // [
        var items: [RawNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return items }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                throw failure("There is a comma after the last item, just before this \"]\". JSON does not allow that: remove that comma.")
            }
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "]") { advance(); return items }
            throw failure("Expected a comma or \"]\" here, but found \(describeCurrent()). "
                          + "Is a comma missing after the value before it?")
        }
    }

    private mutating func string() throws -> String {
        let (openLine, openColumn) = (line, column)
        advance() // "
        var out: [UInt8] = []
        while true {
            guard let b = current else {
                throw Failure(line: openLine, column: openColumn, message: "This text in quotes is never closed: add the closing \".")
            }
            switch b {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                advance()
                try escape(into: &out)
            case 10, 13:
                throw Failure(line: openLine, column: openColumn,
                              message: "This text in quotes is not closed on its line: add the closing \", or write \\n for a line break.")
            case 0..<32:
                throw failure("A tab or control character cannot appear inside JSON text; write \\t for a tab.")
            default:
                out.append(b)
                advance()
            }
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws {
        guard let e = current else { throw failure("The file ends inside text in quotes.") }
        let simple: [UInt8: UInt8] = [34: 34, 92: 92, 47: 47, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9]
        if let mapped = simple[e] {
            out.append(mapped)
            advance()
            return
        }
        guard e == UInt8(ascii: "u") else {
            throw failure("\"\\\(Character(Unicode.Scalar(e)))\" is not an escape JSON knows. Write \\\\ for a backslash.")
        }
        advance()
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
            // A surrogate pair: the second half must follow straight away.
            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                throw failure("This \\u escape is half of a character: the second \\u escape is missing.")
            }
            advance(); advance()
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure("This \\u escape is not a valid second half of a character.") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("This \\u escape is not a valid character.") }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let b = current, let digit = Self.hexValue(b) else {
                throw failure("A \\u escape needs four hexadecimal digits, like \\u00e9.")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 48...57: return UInt32(b - 48)
        case 65...70: return UInt32(b - 55)
        case 97...102: return UInt32(b - 87)
        default: return nil
        }
    }

    /// A number as written; its grammar is checked here, its size later by whoever reads it.
    private mutating func number() throws -> String {
        let start = index
        let (startLine, startColumn) = (line, column)
        func digits() -> Int {
            var n = 0
            while let b = current, (48...57).contains(b) { advance(); n += 1 }
            return n
        }
        if current == UInt8(ascii: "-") { advance() }
        let intStart = index
        let intDigits = digits()
        var valid = intDigits > 0 && !(intDigits > 1 && bytes[intStart] == 48)
        if valid, current == UInt8(ascii: ".") {
            advance()
            valid = digits() > 0
        }
        if valid, let b = current, b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            advance()
            if let s = current, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { advance() }
            valid = digits() > 0
        }
        // Swallow the rest of a mistyped word (01, 1.5.2, 12abc) so the message can show it whole.
        while let b = current, !Self.endsToken(b) { advance(); valid = false }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard valid else {
            throw Failure(line: startLine, column: startColumn,
                          message: "\"\(text)\" is not a number JSON accepts. Write numbers like 62000, 85.5 or -3, "
                          + "with no leading zeros, spaces or commas inside.")
        }
        return text
    }

    private mutating func literal() throws -> String {
        let start = index
        let (startLine, startColumn) = (line, column)
        while let b = current, !Self.endsToken(b) { advance() }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        guard word == "true" || word == "false" || word == "null" else {
            throw Failure(line: startLine, column: startColumn,
                          message: "\"\(word)\" is not a JSON value. Text must be in double quotes; "
                          + "the only words allowed without quotes are true, false and null.")
        }
        return word
    }

    private static func endsToken(_ b: UInt8) -> Bool {
        b == 32 || b == 9 || b == 10 || b == 13 || b == 44 || b == 93 || b == 125 || b == 58
    }
}
