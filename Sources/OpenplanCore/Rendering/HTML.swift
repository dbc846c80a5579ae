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
            out.appendUTF8(text)
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
    /// Works on UTF-8 bytes: every character changed is ASCII or a whole three-byte sequence
    /// (U+2028, U+2029), so the result is the same as going character by character, at a
    /// fraction of the cost on a search index of every page.
    static func string(_ text: String) -> String {
        let body = ByteRewrite.apply(text) { bytes, i in
            switch bytes[i] {
            case 34: return (1, "\\\"")
            case 92: return (1, "\\\\")
            case 10: return (1, "\\n")
            case 13: return (1, "\\r")
            case 9: return (1, "\\t")
            // Keeps the index safe to inline in a page and free of raw markup characters.
            case 60: return (1, "\\u003c")
            case 62: return (1, "\\u003e")
            case 38: return (1, "\\u0026")
            case let byte where byte < 0x20:
                let hex = String(byte, radix: 16)
                return (1, "\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                return (3, bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
            default:
                return nil
            }
        }
        return "\"" + body + "\""
    }
}

extension Array where Element == UInt8 {
    /// Appends a string's UTF-8 in one copy. `+= text.utf8` goes through the generic
    /// sequence path, which was a tenth of rendering a page from its template.
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}

/// Copies a string's UTF-8, replacing the pieces `replacement` picks out: for each byte
/// position it gives nil (keep the byte) or how many bytes to replace and with what. For
/// escapers whose every change is an ASCII character or a whole multi-byte sequence, so the
/// result is the same as going character by character, at a fraction of the cost.
enum ByteRewrite {
    static func apply(_ text: String,
                      _ replacement: (UnsafeBufferPointer<UInt8>, Int) -> (length: Int, with: String)?) -> String {
        var text = text
        let out = text.withUTF8 { bytes -> [UInt8]? in
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            while i < bytes.count {
                guard let (length, with) = replacement(bytes, i) else { i += 1; continue }
                if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.appendUTF8(with)
                i += length
                copied = i
            }
            if copied == 0 { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return out
        }
        return out.map { String(decoding: $0, as: UTF8.self) } ?? text
    }
}
