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
