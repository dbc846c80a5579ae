/// Escaping for XML text and attribute values (feeds and the sitemap).
public enum XML {
    /// Works on UTF-8 bytes: every character changed or dropped is ASCII or a whole
    /// three-byte sequence (U+FFFE, U+FFFF), so the result is the same as going character by
    /// character, which cost a tenth of building the feeds.
    public static func escape(_ text: String) -> String {
        var text = text
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        text.withUTF8 { bytes in
            let count = bytes.count
            var copied = 0
            var i = 0
            func replace(_ length: Int, with escape: String) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: escape.utf8)
                i += length
                copied = i
            }
            while i < count {
                let byte = bytes[i]
                switch byte {
                case 38: replace(1, with: "&amp;")
                case 60: replace(1, with: "&lt;")
                case 62: replace(1, with: "&gt;")
                case 34: replace(1, with: "&quot;")
                case 39: replace(1, with: "&apos;")
                // Characters XML 1.0 forbids (most C0 controls) are dropped rather than breaking the feed.
                case 9, 10, 13: i += 1
                case 0..<0x20: replace(1, with: "")
                case 0xEF where i + 2 < count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                    replace(3, with: "")
                default:
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        }
        return String(decoding: out, as: UTF8.self)
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
