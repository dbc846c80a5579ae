/// Cuts rendered HTML at the embed markers into `.html` and `.embed` segments.
///
/// Each embed paragraph is replaced before rendering by a custom block whose HTML is
/// `U+0001 index U+0001`. U+0001 cannot come from anywhere else: `SourceText` replaces it in
/// the Markdown, URLs are percent-encoded by cmark, and glossary HTML has it removed.
enum SegmentSplitter {
    static func marker(_ index: Int) -> String {
        "\u{1}\(index)\u{1}"
    }

    static func split(_ html: UnsafeBufferPointer<UInt8>, embeds: [EmbedCall]) -> [RenderedMarkdown.Segment] {
        var segments: [RenderedMarkdown.Segment] = []
        var segmentStart = 0
        var index = 0
        let count = html.count
        func flush(upTo end: Int) {
            if end > segmentStart {
                segments.append(.html(String(decoding: UnsafeBufferPointer(rebasing: html[segmentStart..<end]), as: UTF8.self)))
            }
        }
        while index < count {
            guard html[index] == 1 else { index += 1; continue }
            var cursor = index + 1
            var number = 0
            while cursor < count, html[cursor] >= UInt8(ascii: "0"), html[cursor] <= UInt8(ascii: "9") {
                number = number &* 10 &+ Int(html[cursor] - UInt8(ascii: "0"))
                cursor += 1
            }
            guard cursor < count, html[cursor] == 1, cursor > index + 1, number < embeds.count else {
                index += 1
                continue
            }
            flush(upTo: index)
            segments.append(.embed(embeds[number]))
            cursor += 1
            if cursor < count, html[cursor] == UInt8(ascii: "\n") { cursor += 1 }
            segmentStart = cursor
            index = cursor
        }
        flush(upTo: count)
        return segments
    }
}
