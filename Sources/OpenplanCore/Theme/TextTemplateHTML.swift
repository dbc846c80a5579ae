/// Finds HTML in a site's own `text-` template. These templates write Markdown for the
/// plain-text email (they were HTML before), and HTML in them is left out of `email.txt`, so a
/// template still written the old way gets a warning rather than a quietly emptier email.
enum TextTemplateHTML {
    private static let tags = ["p", "br", "a", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "strong", "em", "div", "span"]

    /// The line and column (in characters) of the first tag such as `<p>` or `</a>`, and the tag.
    static func first(in text: String) -> (line: Int, column: Int, tag: String)? {
        var line = 1, column = 1
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch == "<", let tag = tag(at: text[text.index(after: index)...]) { return (line, column, tag) }
            if ch == "\n" { line += 1; column = 1 } else { column += 1 }
            index = text.index(after: index)
        }
        return nil
    }

    /// `p` for `p>`, `p class…` or `/p>`, when the name is one of the tags HTML text templates used.
    private static func tag(at rest: Substring) -> String? {
        let name = rest.drop { $0 == "/" }.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }.lowercased()
        guard tags.contains(name) else { return nil }
        let after = rest.drop { $0 == "/" }.dropFirst(name.count).first
        guard after == ">" || after == " " || after == "/" || after == "\n" else { return nil }
        return "<" + (rest.first == "/" ? "/" : "") + name + ">"
    }
}
