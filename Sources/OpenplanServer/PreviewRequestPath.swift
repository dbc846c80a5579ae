/// The path part of a request, checked and decoded, before it goes anywhere near the disk.
///
/// The preview must serve the built site and nothing else, so this is deliberately strict:
/// anything that could name a file outside the preview folder, or that only an attacker or a
/// confused tool would send, is refused here, and the file system check in `PreviewFileResolver`
/// (which follows symlinks) is a second line of defence rather than the only one.
struct PreviewRequestPath: Sendable, Hashable {
    /// Decoded path segments, none empty, none `.` or `..`.
    var segments: [String]
    /// Whether the request ended with `/`, which asks for a folder's `index.html`.
    var endsWithSlash: Bool

    /// Checks and decodes a raw request path (the part before `?`), or returns nil to refuse it.
    ///
    /// Refused: a path not starting with `/`; a backslash, NUL or other control character, raw or
    /// encoded; an encoded slash (`%2f`) or backslash (`%5c`), which would let one segment act as
    /// two after decoding; malformed percent escapes or bytes that are not UTF-8; an empty segment
    /// (`//`); and `.` or `..` segments, whether written plainly or encoded (`%2e%2e`).
    /// Decoding happens exactly once, so `%252e%252e` stays the literal name `%2e%2e`.
    init?(raw: Substring) {
        guard raw.first == "/" else { return nil }
        let lowered = raw.lowercased()
        for forbidden in ["%2f", "%5c", "%00", "\\"] where lowered.contains(forbidden) {
            return nil
        }
        guard let decoded = Self.percentDecoded(raw) else { return nil }
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return nil
        }
        var parts = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        endsWithSlash = parts.last?.isEmpty ?? true
        if endsWithSlash { parts.removeLast() }
        for part in parts where part.isEmpty || part == "." || part == ".." {
            return nil
        }
        segments = parts.map(String.init)
    }

    /// Decodes `%XX` escapes once; nil for a malformed escape or a result that is not UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
