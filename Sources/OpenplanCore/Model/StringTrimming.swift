/// Trimming without Foundation. On Linux, Foundation's `trimmingCharacters(in:)` and
/// `replacingOccurrences(of:with:)` copy the string into an `NSString` and back, which on a
/// large plan cost more than the work around them; these stay in Swift's own string.
///
/// The sets match Foundation's: `.whitespacesAndNewlines` is Unicode's White_Space property,
/// and `.whitespaces` is the same without line and paragraph separators.
extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmed() -> String { trimmed(where: { $0.properties.isWhitespace }) }

    /// Without leading and trailing spaces and tabs; line breaks are kept.
    func trimmedSpaces() -> String { trimmed(where: { $0.properties.isWhitespace && !isLineBreak($0) }) }

    private func trimmed(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isTrimmed(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }
}

extension String {
    /// Every `character` replaced by `replacement` (a newline by a space, say).
    func replacing(_ character: Character, with replacement: String) -> String {
        guard contains(character) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            if c == character { out += replacement } else { out.append(c) }
        }
        return out
    }
}

private func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}
