/// Turns the simple HTML of a plain-text email (Markdown output and the theme's `text-`
/// embed templates) into text for `email.txt`: paragraphs wrapped at 72 characters,
/// headings underlined, lists with `-` or numbers, and each link as a numbered reference,
/// `[1]`, listed at the end with its full address.
///
/// It reads the HTML the renderer itself writes, where text and attribute values never hold
/// a raw `<` or `>`; it is not a general HTML parser.
struct PlainText {
    static let width = 72

    /// Addresses in the order first linked; a link's number is its place here, from 1.
    private(set) var links: [String] = []
    /// Finished blocks. Items of the same list, table or definition list (`group`) are
    /// joined by a line break; everything else by a blank line.
    private var blocks: [(text: String, group: Int?)] = []
    private var group = 0
    private var inline = ""
    private var headingLevel: Int?
    private var lists: [(ordered: Bool, next: Int)] = []
    private var pendingMarker: String?
    private var itemDepth = 0
    private var quoteDepth = 0
    private var preDepth = 0
    private var skipDepth = 0
    private var anchors: [(href: String?, textStart: String.Index)] = []
    private var cellsInRow = 0

    /// Converts one fragment, keeping the link numbers given so far so that several fragments
    /// (header, body, footer) share one list.
    mutating func convert(_ html: String) -> String {
        blocks = []
        inline = ""
        for token in HTMLTokens(html) {
            switch token {
            case .text(let t): if skipDepth == 0 { addText(PlainText.decode(t)) }
            case .open(let name, let attributes): open(name, attributes)
            case .close(let name): close(name)
            }
        }
        flush()
        var out = ""
        for (i, block) in blocks.enumerated() {
            if i > 0 { out += block.group != nil && block.group == blocks[i - 1].group ? "\n" : "\n\n" }
            out += block.text
        }
        return out
    }

    /// `[1] https://…` lines, or nothing when there are no links.
    var linkList: String {
        links.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n")
    }

    /// Text underlined with `=` (level 1) or `-` (level 2); lower headings stand as plain lines.
    static func underline(_ text: String, level: Int) -> String {
        text + "\n" + String(repeating: level == 1 ? "=" : "-", count: min(width, text.count))
    }

    // MARK: - Elements

    private mutating func open(_ name: String, _ attributes: [String: String]) {
        guard skipDepth == 0 else {
            if name == "svg" { skipDepth += 1 }
            return
        }
        switch name {
        case "svg", "script", "style", "head", "title": skipDepth += 1
        case "dl", "table":
            flush()
            group += 1
        case "p", "div", "figure", "thead", "tbody", "tfoot", "caption": flush()
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            headingLevel = Int(String(name.last!))
        case "ul", "ol":
            flush()
            if lists.isEmpty { group += 1 }
            lists.append((name == "ol", Int(attributes["start"] ?? "") ?? 1))
        case "li":
            flush()
            itemDepth += 1
            if let last = lists.indices.last {
                pendingMarker = lists[last].ordered ? "\(lists[last].next). " : "- "
                lists[last].next += 1
            } else {
                pendingMarker = "- "
            }
        case "dt", "dd", "tr":
            flush()
            itemDepth += 1
            cellsInRow = 0
        case "th", "td":
            if cellsInRow > 0 { inline += name == "td" && cellsInRow == 1 ? ": " : ", " }
            cellsInRow += 1
        case "blockquote":
            flush()
            quoteDepth += 1
        case "pre":
            flush()
            preDepth += 1
        case "br": inline += "\n"
        case "hr":
            flush()
            blocks.append((String(repeating: "-", count: 20), nil))
        case "img":
            let alt = PlainText.decode(attributes["alt"] ?? "")
            if !alt.isEmpty { addText("[Image: \(alt)]") }
        case "a":
            anchors.append((attributes["href"].map(PlainText.decode), inline.endIndex))
        default: break
        }
    }

    private mutating func close(_ name: String) {
        if skipDepth > 0 {
            if ["svg", "script", "style", "head", "title"].contains(name) { skipDepth -= 1 }
            return
        }
        switch name {
        case "p", "div", "figure", "dl", "table", "caption": flush()
        case "h1", "h2", "h3", "h4", "h5", "h6": flush()
        case "ul", "ol":
            flush()
            if !lists.isEmpty { lists.removeLast() }
        case "li", "dt", "dd", "tr":
            flush()
            itemDepth = max(0, itemDepth - 1)
        case "blockquote":
            flush()
            quoteDepth = max(0, quoteDepth - 1)
        case "pre":
            flush()
            preDepth = max(0, preDepth - 1)
        case "a":
            guard let anchor = anchors.popLast(), let href = anchor.href, !href.isEmpty else { return }
            let text = inline[anchor.textStart...].trimmedSpaces()
            if text == href || "mailto:" + text == href || "tel:" + text.replacingEvery(" ", with: "") == href { return }
            if text.isEmpty { inline += href; return }
            let number = (links.firstIndex(of: href) ?? { links.append(href); return links.count - 1 }()) + 1
            inline += " [\(number)]"
        default: break
        }
    }

    // MARK: - Text

    private mutating func addText(_ text: String) {
        if preDepth > 0 { inline += text; return }
        var collapsed = ""
        var lastSpace = inline.last.map { $0 == " " || $0 == "\n" } ?? true
        for ch in text {
            if ch == " " || ch == "\n" || ch == "\t" || ch == "\r" {
                if !lastSpace { collapsed.append(" ") }
                lastSpace = true
            } else {
                collapsed.append(ch)
                lastSpace = false
            }
        }
        inline += collapsed
    }

    /// Ends the current block: wraps it with the list and quote prefixes in force.
    private mutating func flush() {
        let raw = preDepth > 0 ? inline : inline.trimmedSpaces()
        inline = ""
        guard !raw.trimmed().isEmpty else { return }
        let quote = String(repeating: "> ", count: quoteDepth)
        let indent = String(repeating: "  ", count: max(0, lists.count - 1))
        var first = quote + indent, rest = quote + indent
        if itemDepth > 0 && !lists.isEmpty {
            let marker = pendingMarker ?? ""
            first += marker
            rest += String(repeating: " ", count: marker.count > 0 ? marker.count : 2)
            if pendingMarker == nil { first = rest }
            pendingMarker = nil
        }
        var text: String
        if preDepth > 0 {
            text = raw.split(separator: "\n", omittingEmptySubsequences: false).map { quote + "    " + $0 }.joined(separator: "\n")
        } else if let level = headingLevel, level <= 2 {
            text = first + PlainText.underline(raw.replacingEvery("\n", with: " "), level: level)
        } else {
            text = PlainText.wrap(raw, first: first, rest: rest)
        }
        headingLevel = nil
        blocks.append((text, itemDepth > 0 ? group : nil))
    }

    /// Wraps at `width`, keeping hard line breaks; a word longer than a line (an address) stands alone.
    static func wrap(_ text: String, first: String, rest: String) -> String {
        var lines: [String] = []
        var line = first
        // The line's length in characters, kept as words are added rather than counted again
        // for every word (a bulletin's list of changes has thousands of words).
        var length = first.count
        let restLength = rest.count
        var lineHasWord = false
        for (n, hard) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n > 0 {
                lines.append(line)
                line = rest
                length = restLength
                lineHasWord = false
            }
            for word in hard.split(separator: " ") {
                let wordLength = word.count
                if lineHasWord && length + 1 + wordLength > width {
                    lines.append(line)
                    line = rest
                    length = restLength
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                if let lead = word.utf8.first, lead >= 0x80 {
                    // A word that starts with a combining mark joins the character before it.
                    length = line.count
                } else {
                    length += (lineHasWord ? 1 : 0) + wordLength
                }
                lineHasWord = true
            }
        }
        lines.append(line)
        return lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n")
    }

    /// Decodes the character references the renderer and templates write.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(38) else { return text }  // no `&`
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = after[..<semi]
                if let decoded = entity(String(name)) {
                    out += decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{00A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
