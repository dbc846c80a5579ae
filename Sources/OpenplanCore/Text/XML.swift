/// Escaping for XML text and attribute values (feeds and the sitemap).
public enum XML {
    /// Works on UTF-8 bytes: every character changed or dropped is ASCII or a whole
    /// three-byte sequence (U+FFFE, U+FFFF), so the result is the same as going character by
    /// character, which cost a tenth of building the feeds.
    public static func escape(_ text: String) -> String {
        ByteRewrite.apply(text) { bytes, i in
            switch bytes[i] {
            case 38: return (1, "&amp;")
            case 60: return (1, "&lt;")
            case 62: return (1, "&gt;")
            case 34: return (1, "&quot;")
            case 39: return (1, "&apos;")
            // Characters XML 1.0 forbids (most C0 controls) are dropped rather than breaking the feed.
            case 9, 10, 13: return nil
            case let byte where byte < 0x20: return (1, "")
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                return (3, "")
            default: return nil
            }
        }
    }
}
