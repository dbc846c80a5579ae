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
