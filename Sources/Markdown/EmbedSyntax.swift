/// Reads `{{kind}}` and `{{kind argument}}`: the whole text of a paragraph that calls for
/// live content in place of prose.
enum EmbedSyntax {
    /// The kind and argument when `text` is exactly one embed call (spaces allowed around it
    /// and inside the braces). The kind is letters and hyphens, starting with a letter; the
    /// argument is the rest, trimmed, and may not hold braces pairs of its own.
    static func parse<Bytes: Collection>(_ text: Bytes) -> (kind: String, argument: String)? where Bytes.Element == UInt8 {
        let bytes = Array(text)
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard end - start >= 5,
              bytes[start] == open, bytes[start + 1] == open,
              bytes[end - 1] == close, bytes[end - 2] == close else { return nil }
        start += 2
        end -= 2
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        var kindEnd = start
        while kindEnd < end, isKindByte(bytes[kindEnd]) { kindEnd += 1 }
        guard kindEnd > start, isLetter(bytes[start]) else { return nil }
        guard kindEnd == end || isSpace(bytes[kindEnd]) else { return nil }
        var argumentStart = kindEnd
        while argumentStart < end, isSpace(bytes[argumentStart]) { argumentStart += 1 }
        let argument = bytes[argumentStart..<end]
        for index in argument.indices.dropLast() {
            let pair = (argument[index], argument[index + 1])
            if pair == (open, open) || pair == (close, close) { return nil }
        }
        return (String(decoding: bytes[start..<kindEnd], as: UTF8.self), String(decoding: argument, as: UTF8.self))
    }

    private static let open = UInt8(ascii: "{")
    private static let close = UInt8(ascii: "}")

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
    private static func isKindByte(_ byte: UInt8) -> Bool { isLetter(byte) || byte == UInt8(ascii: "-") }
}
