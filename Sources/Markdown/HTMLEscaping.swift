/// HTML escaping shared by the whole code base, so every place that writes text into HTML
/// escapes the same five characters the same way.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, making the text safe in element content and in
    /// quoted attribute values alike. Text with nothing to escape is returned as it is,
    /// without copying.
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: needsEscaping) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + utf8.count / 8 + 8)
        out.append(contentsOf: utf8[..<first])
        for byte in utf8[first...] {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: amp)
            case UInt8(ascii: "<"): out.append(contentsOf: lt)
            case UInt8(ascii: ">"): out.append(contentsOf: gt)
            case UInt8(ascii: "\""): out.append(contentsOf: quot)
            case UInt8(ascii: "'"): out.append(contentsOf: apos)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)
}
