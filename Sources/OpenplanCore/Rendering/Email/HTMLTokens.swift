/// Splits the renderer's own HTML into start tags, end tags and text, for `PlainText`.
/// Comments and doctypes are dropped. Attribute values are returned still escaped.
struct HTMLTokens: Sequence, IteratorProtocol {
    enum Token: Equatable {
        case text(String)
        case open(String, [String: String])
        case close(String)
    }

    private var rest: Substring

    init(_ html: String) { rest = html[...] }

    mutating func next() -> Token? {
        while !rest.isEmpty {
            guard rest.first == "<" else {
                let end = rest.firstIndex(of: "<") ?? rest.endIndex
                defer { rest = rest[end...] }
                return .text(String(rest[..<end]))
            }
            if rest.hasPrefix("<!--") {
                let end = rest.range(of: "-->")?.upperBound ?? rest.endIndex
                rest = rest[end...]
                continue
            }
            guard let close = rest.firstIndex(of: ">") else {
                defer { rest = "" }
                return .text(String(rest))
            }
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            if inner.hasPrefix("!") || inner.hasPrefix("?") { continue }
            if inner.hasPrefix("/") {
                return .close(inner.dropFirst().trimmedSpaces().lowercased())
            }
            return Self.start(inner)
        }
        return nil
    }

    private static func start(_ inner: Substring) -> Token {
        var body = inner
        if body.hasSuffix("/") { body = body.dropLast() }
        let nameEnd = body.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" } ?? body.endIndex
        let name = body[..<nameEnd].lowercased()
        var attributes: [String: String] = [:]
        var s = body[nameEnd...]
        while true {
            s = s.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
            guard !s.isEmpty else { break }
            let keyEnd = s.firstIndex { $0 == "=" || $0 == " " || $0 == "\n" || $0 == "\t" } ?? s.endIndex
            let key = s[..<keyEnd].lowercased()
            s = s[keyEnd...]
            guard s.first == "=" else {
                attributes[key] = ""
                continue
            }
            s = s.dropFirst()
            if let quote = s.first, quote == "\"" || quote == "'" {
                let valueStart = s.index(after: s.startIndex)
                let valueEnd = s[valueStart...].firstIndex(of: quote) ?? s.endIndex
                attributes[key] = String(s[valueStart..<valueEnd])
                s = valueEnd < s.endIndex ? s[s.index(after: valueEnd)...] : ""
            } else {
                let valueEnd = s.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" } ?? s.endIndex
                attributes[key] = String(s[..<valueEnd])
                s = s[valueEnd...]
            }
        }
        return .open(name, attributes)
    }
}
