#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Trimming and searching without Foundation. On Linux, Foundation's `trimmingCharacters(in:)` and
/// `replacingOccurrences(of:with:)` copy the string into an `NSString` and back, which on a
/// large plan cost more than the work around them; these stay in Swift's own string.
///
/// The sets match Foundation's: `.whitespacesAndNewlines` is Unicode's White_Space property,
/// and `.whitespaces` is the same without line and paragraph separators.
extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmed() -> String { trimmed(where: isWhitespace) }

    /// Without leading and trailing spaces and tabs; line breaks are kept.
    func trimmedSpaces() -> String { trimmed(where: { isWhitespace($0) && !isLineBreak($0) }) }

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

extension StringProtocol {
    /// Whether `needle` occurs, comparing UTF-8 bytes.
    func includes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n -> Bool in
            let found = utf8.withContiguousStorageIfAvailable { ByteSearch.contains($0, n) }
            return found ?? (utf8.firstRange(of: n) != nil)
        }
    }
}

/// Substring search on UTF-8 bytes: `memchr` to each place the first byte occurs, then
/// `memcmp` for the rest.
enum ByteSearch {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let nBase = needle.baseAddress, !needle.isEmpty else { return true }
        guard let hBase = haystack.baseAddress, haystack.count >= needle.count else { return false }
        var at = 0
        let last = haystack.count - needle.count
        while at <= last, let hit = memchr(hBase + at, Int32(nBase[0]), last - at + 1) {
            let offset = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - hBase
            if memcmp(hBase + offset, nBase, needle.count) == 0 { return true }
            at = offset + 1
        }
        return false
    }
}

extension String {
    /// Every `character` replaced by `replacement` (a newline by a space, say).
    func replacingEvery(_ character: Character, with replacement: String) -> String {
        guard contains(character) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self {
            if c == character { out += replacement } else { out.append(c) }
        }
        return out
    }
}

/// ASCII answered without looking up Unicode properties, which is most of the cost otherwise.
private func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20: return true
    case 0..<0x80: return false
    default: return scalar.properties.isWhitespace
    }
}

private func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}
