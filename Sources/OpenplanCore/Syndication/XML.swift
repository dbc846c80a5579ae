/// Escaping for XML text and attribute values (feeds and the sitemap).
enum XML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 forbids (most C0 controls) are dropped rather than breaking the feed.
                let v = scalar.value
                if v < 0x20 && v != 0x9 && v != 0xA && v != 0xD { continue }
                if v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
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
