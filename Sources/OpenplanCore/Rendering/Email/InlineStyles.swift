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
        var out = ""
        out.reserveCapacity(html.utf8.count + html.utf8.count / 2)
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let tag = rest[open...close]
            let nameStart = tag.index(after: tag.startIndex)
            let nameEnd = tag[nameStart...].firstIndex { !($0.isASCII && ($0.isLetter || $0.isNumber)) } ?? tag.endIndex
            let name = tag[nameStart..<nameEnd].lowercased()
            if let style = styles[name], !tag.includes(" style=") {
                out += tag[..<nameEnd]
                out += " style=\"" + style + "\""
                out += tag[nameEnd...]
            } else {
                out += tag
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
