/// Escaping for XML text and attribute values (feeds and the sitemap).
enum XML {
    /// Works on UTF-8 bytes: every character changed or dropped is ASCII or a whole
    /// three-byte sequence (U+FFFE, U+FFFF), so the result is the same as going character by
    /// character, which cost a tenth of building the feeds.
    static func escape(_ text: String) -> String {
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

extension Day {
    /// RFC 3339 at midnight UTC, for Atom: `2025-11-28T00:00:00Z`.
    var rfc3339: String { iso + "T00:00:00Z" }

    /// RFC 822 at midnight UTC, for RSS: `Fri, 28 Nov 2025 00:00:00 +0000`.
    var rfc822: String {
        // 1970-01-01 was a Thursday.
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let weekday = weekdays[((ordinal % 7) + 7) % 7]
        let month = String(Day.monthNames[month - 1].prefix(3))
        return "\(weekday), \(pad(day, 2)) \(month) \(year) 00:00:00 +0000"
    }
}
