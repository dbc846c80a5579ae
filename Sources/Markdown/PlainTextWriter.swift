import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain text for an email, written from cmark-gfm trees: paragraphs wrapped at 72
/// characters, headings underlined (`=` for level 1, `-` for level 2; lower levels are plain
/// lines), lists with `-` or numbers and nested lists indented, quotes with `> `, code indented
/// four spaces, tables a row a line ("Group: 61%, 58%"), images as `[Image: alt]`, and each
/// link as a numbered reference, `[1]`, whose address `linkList` gives. A link whose text is
/// its own address (or an email address or phone number it calls) is left as it is.
///
/// One writer takes several documents in turn (a frame, a body, the embeds inside it), so they
/// share one list of links and one run of blocks.
public struct PlainTextWriter {
    public static let width = 72

    /// Addresses in the order first linked; a link's number is its place here, from 1.
    public private(set) var links: [String] = []
    /// Finished blocks. Items of the same list or table (`group`) are joined by a line
    /// break; everything else by a blank line.
    private var blocks: [(text: String, group: Int?)] = []
    private var group = 0
    private var inline = ""
    private var headingLevel: Int?
    private var lists: [(ordered: Bool, next: Int)] = []
    private var pendingMarker: String?
    private var itemDepth = 0
    private var quoteDepth = 0
    private var preDepth = 0
    /// Open links: their address, and where their text starts in `inline` (UTF-8 offset).
    private var anchors: [(href: String, textStart: Int)] = []
    private var cellsInRow = 0

    public init() {}

    /// The text so far, blocks joined by blank lines (or single line breaks within a list or table).
    public var text: String {
        var out = ""
        for (i, block) in blocks.enumerated() {
            if i > 0 { out += block.group != nil && block.group == blocks[i - 1].group ? "\n" : "\n\n" }
            out += block.text
        }
        return out
    }

    /// `[1] https://…` lines, or nothing when there are no links.
    public var linkList: String {
        links.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n")
    }

    /// Text underlined with `=` (level 1) or `-` (level 2).
    public static func underline(_ text: String, level: Int) -> String {
        text + "\n" + String(repeating: level == 1 ? "=" : "-", count: min(width, text.count))
    }

    // MARK: - The tree

    /// Writes one document. `embeds` are the paragraphs that stand for an embed, each written
    /// by `embed` in its place; `encodesAddresses` percent-encodes link addresses as cmark-gfm
    /// does in HTML (the editor's Markdown), or keeps them as given (addresses the build made).
    mutating func write(_ root: CmarkNode, embeds: [OpaquePointer: EmbedCall], encodesAddresses: Bool,
                        embed: (EmbedCall, inout PlainTextWriter) -> Void) {
        guard let iterator = cmark_iter_new(root.pointer) else { return }
        defer { cmark_iter_free(iterator) }
        var skipping: CmarkNode?
        var inImage: CmarkNode?
        var alt = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            let node = CmarkNode(cmark_iter_get_node(iterator))
            let entering = event == CMARK_EVENT_ENTER
            if let skip = skipping {
                if !entering, node == skip { skipping = nil }
                continue
            }
            if let image = inImage {
                // An image's text is its `alt`, as cmark writes it: text and code, breaks as spaces.
                if node == image {
                    inImage = nil
                    if !alt.isEmpty { addText("[Image: \(alt)]") }
                } else {
                    switch node.type {
                    case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: alt += node.literal
                    case CMARK_NODE_LINEBREAK, CMARK_NODE_SOFTBREAK: alt += " "
                    default: break
                    }
                }
                continue
            }
            if entering, let call = embeds[node.pointer] {
                skipping = node
                space()
                embed(call, &self)
                space()
                continue
            }
            switch node.type {
            case CMARK_NODE_PARAGRAPH:
                if !Self.isTight(node) {
                    if entering { flush() } else { flush(); space() }
                }
            case CMARK_NODE_HEADING:
                flush()
                if entering { headingLevel = node.headingLevel } else { space() }
            case CMARK_NODE_BLOCK_QUOTE:
                flush()
                quoteDepth = entering ? quoteDepth + 1 : max(0, quoteDepth - 1)
                space()
            case CMARK_NODE_LIST:
                flush()
                if entering {
                    if lists.isEmpty { group += 1 }
                    lists.append((cmark_node_get_list_type(node.pointer) == CMARK_ORDERED_LIST,
                                  Int(cmark_node_get_list_start(node.pointer))))
                } else if !lists.isEmpty {
                    lists.removeLast()
                }
                space()
            case CMARK_NODE_ITEM:
                flush()
                if entering {
                    itemDepth += 1
                    if let last = lists.indices.last {
                        pendingMarker = lists[last].ordered ? "\(lists[last].next). " : "- "
                        lists[last].next += 1
                    } else {
                        pendingMarker = "- "
                    }
                } else {
                    itemDepth = max(0, itemDepth - 1)
                    space()
                }
            case CMARK_NODE_CODE_BLOCK:
                flush()
                preDepth += 1
                inline += node.literal
                flush()
                preDepth -= 1
                space()
            case CMARK_NODE_THEMATIC_BREAK:
                flush()
                blocks.append((String(repeating: "-", count: 20), nil))
                space()
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                addText(node.literal)
            case CMARK_NODE_SOFTBREAK:
                addText("\n")
            case CMARK_NODE_LINEBREAK:
                inline += "\n"
            case CMARK_NODE_LINK:
                if entering {
                    let url = node.url
                    anchors.append((encodesAddresses ? Self.encoded(url) : url, inline.utf8.count))
                } else {
                    closeLink()
                }
            case CMARK_NODE_IMAGE:
                if entering {
                    inImage = node
                    alt = ""
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                // Raw HTML (a site may allow it on the web) has no plain-text form; it is left out.
                break
            default:
                tableNode(node, entering: entering)
            }
        }
    }

    /// GFM tables: a row a line, in one group; cells after the first joined by `: ` and `, `.
    private mutating func tableNode(_ node: CmarkNode, entering: Bool) {
        guard cmark_node_get_syntax_extension(node.pointer) != nil,
              let name = cmark_node_get_type_string(node.pointer).map({ String(cString: $0) }) else { return }
        switch name {
        case "table":
            flush()
            if entering { group += 1 } else { space() }
        case "table_header", "table_row":
            flush()
            if entering {
                itemDepth += 1
                cellsInRow = 0
            } else {
                itemDepth = max(0, itemDepth - 1)
            }
        case "table_cell":
            if entering {
                let isHeader = cmark_gfm_extensions_get_table_row_is_header(node.parent!.pointer) != 0
                if cellsInRow > 0 {
                    // Straight after the cell before, without the space its trailing blank would add.
                    while inline.last == " " { inline.removeLast() }
                    inline += !isHeader && cellsInRow == 1 ? ": " : ", "
                }
                cellsInRow += 1
            }
        default:
            break
        }
    }

    private mutating func closeLink() {
        guard let anchor = anchors.popLast(), !anchor.href.isEmpty else { return }
        let href = anchor.href
        let utf8 = inline.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: min(anchor.textStart, utf8.count))
        let text = Self.trimmingSpaces(inline[start...])
        if text == href || "mailto:" + text == href || "tel:" + text.filter({ $0 != " " }) == href { return }
        if text.isEmpty { inline += href; return }
        let number = (links.firstIndex(of: href) ?? { links.append(href); return links.count - 1 }()) + 1
        inline += " [\(number)]"
    }

    /// A paragraph directly in an item of a tight list has no block of its own.
    private static func isTight(_ paragraph: CmarkNode) -> Bool {
        guard let grandparent = paragraph.parent?.parent, grandparent.type == CMARK_NODE_LIST else { return false }
        return cmark_node_get_list_tight(grandparent.pointer) != 0
    }

    // MARK: - Text

    /// The line break cmark writes between blocks, which reads as one space inside a line.
    private mutating func space() {
        if preDepth == 0 { addText("\n") }
    }

    /// Appends text with runs of spaces and line breaks as one space.
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
        let raw = preDepth > 0 ? inline : Self.trimmingSpaces(inline[...])
        inline = ""
        guard raw.contains(where: { !$0.isWhitespace }) else { return }
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
            text = first + Self.underline(raw.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " "), level: level)
        } else {
            text = Self.wrap(raw, first: first, rest: rest)
        }
        headingLevel = nil
        blocks.append((text, itemDepth > 0 ? group : nil))
    }

    /// Wraps at `width`, keeping hard line breaks; a word longer than a line (an address) stands alone.
    public static func wrap(_ text: String, first: String, rest: String) -> String {
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
        return lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Without leading and trailing spaces and tabs (Unicode White_Space other than line breaks).
    static func trimmingSpaces(_ text: Substring) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace && !(0x0A...0x0D).contains(scalar.value) && scalar.value != 0x85
                && scalar.value != 0x2028 && scalar.value != 0x2029
        }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isSpace(scalars[before]) else { break }
            end = before
        }
        return String(text[start..<end])
    }

    /// An address as cmark-gfm writes it into `href`, read back as text: every byte that is not
    /// a URL character percent-encoded.
    static func encoded(_ url: String) -> String {
        var out: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if byte < 128, StyledHTMLWriter.hrefSafe[Int(byte)] || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "'") {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
