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
