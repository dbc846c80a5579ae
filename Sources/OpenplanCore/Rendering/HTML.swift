/// Escaping for text placed in HTML, XML and JSON that the renderer builds itself.
///
/// Templates escape `{{x}}` on their own; these are for the few strings assembled in Swift
/// (charts, tags, sitemaps, the search index) so that nothing written by an editor can reach
/// the output as markup.
enum HTML {
    /// Escapes `& < > " '` so the result is safe in text and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39 {
            needs = true
            break
        }
        guard needs else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `escape`, appended to a UTF-8 buffer. The five characters are ASCII, and UTF-8 never
    /// uses ASCII bytes inside a longer character, so working on bytes gives the same result.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            for (i, byte) in bytes.enumerated() {
                let replacement: StaticString
                switch byte {
                case 38: replacement = "&amp;"
                case 60: replacement = "&lt;"
                case 62: replacement = "&gt;"
                case 34: replacement = "&quot;"
                case 39: replacement = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                copied = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }

    /// The template library's own HTML escaping, which compares whole characters: a `"` with a
    /// combining mark after it is one character, not `"`, and is left alone.
    static func appendEscapedCharacters(_ text: String, to out: inout [UInt8]) {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else {
            out += text.utf8
            return
        }
        for c in text {
            switch c {
            case "&": out += "&amp;".utf8
            case "<": out += "&lt;".utf8
            case ">": out += "&gt;".utf8
            case "\"": out += "&quot;".utf8
            case "'": out += "&#39;".utf8
            default: out += c.utf8
            }
        }
    }

    /// A `<time>` element for a date shown to readers.
    static func time(iso: String, text: String) -> String {
        "<time datetime=\"\(escape(iso))\">\(escape(text))</time>"
    }
}

/// JSON string literals, written by hand so output is byte-for-byte stable.
enum JSON {
    static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // Keeps the index safe to inline in a page and free of raw markup characters.
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }
}
