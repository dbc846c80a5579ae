/// The project's one HTML escaper. Every place that writes text into HTML (rendered Markdown,
/// templates, charts, the review site, the preview's error page) escapes the same five
/// characters the same way.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, making the text safe in element content and in
    /// quoted attribute values alike. Text with nothing to escape is returned as it is,
    /// without copying.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8 + 8)
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `escape`, appended to a UTF-8 buffer. The five characters are ASCII, and UTF-8 never
    /// uses ASCII bytes inside a longer character, so working on bytes is exact.
    public static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            for (i, byte) in bytes.enumerated() where needsEscaping(byte) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: replacement(byte))
                copied = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
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

    private static func replacement(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "&"): return amp
        case UInt8(ascii: "<"): return lt
        case UInt8(ascii: ">"): return gt
        case UInt8(ascii: "\""): return quot
        default: return apos
        }
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)
}
