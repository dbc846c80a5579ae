/// Gives every element of rendered Markdown the inline style an email needs.
///
/// Works on the Markdown renderer's output and the theme's email templates, where text and
/// attribute values never hold a raw `<` or `>`. The style goes straight after the tag name,
/// so attributes already there (`<h2 id="x">`, `<a href="…">`) are kept as they are. Elements
/// that already have a `style` attribute (the email templates' own) are left alone.
enum InlineStyles {
    static func apply(_ html: String, _ s: EmailStyle = .standard) -> String {
        let styles: [String: String] = [
            "p": s.p, "h1": s.h1, "h2": s.h2, "h3": s.h3, "h4": s.h4, "h5": s.h4, "h6": s.h4,
            "ul": s.list, "ol": s.list, "li": s.li, "a": s.a, "blockquote": s.quote,
            "table": s.table, "th": s.th, "td": s.td, "img": s.img, "hr": s.hr, "pre": s.pre, "code": s.code,
        ]
        // On bytes: tags and names are ASCII, and every other byte is copied as it is.
        var html = html
        let out = html.withUTF8 { bytes -> [UInt8] in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 2)
            let count = bytes.count
            var copied = 0
            var i = 0
            while i < count {
                guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
                var close = i + 1
                while close < count, bytes[close] != UInt8(ascii: ">") { close += 1 }
                guard close < count else { break }
                var nameEnd = i + 1
                while nameEnd < close, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<nameEnd]), as: UTF8.self).lowercased()
                if let style = styles[name], !Self.hasStyle(UnsafeBufferPointer(rebasing: bytes[i...close])) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<nameEnd]))
                    out.appendUTF8(" style=\"" + style + "\"")
                    copied = nameEnd
                }
                i = close + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
            return out
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII letters and digits: what a tag name is made of here.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static let styleAttribute = Array(" style=".utf8)

    private static func hasStyle(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        styleAttribute.withUnsafeBufferPointer { ByteSearch.contains(tag, $0) }
    }
}
