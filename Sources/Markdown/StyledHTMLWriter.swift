import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a cmark-gfm tree as HTML with an inline style on each element, for email.
///
/// Everything else is written byte for byte as cmark-gfm 0.29's own renderer writes it with
/// the options and extensions we use (html.c, and the table, strikethrough, task list and tag
/// filter extensions): the same tags in the same order, the same line breaks, text escaped the
/// same way (`&`, `<`, `>`, `"`) and addresses percent-encoded the same way. A test renders
/// every kind of node both ways with no styles and compares the bytes.
///
/// The styles are written while the tags are written, so nothing reads the HTML afterwards.
struct StyledHTMLWriter {
    let styles: ElementStyles
    /// Raw HTML is published (the site allows it); otherwise cmark writes a comment in its
    /// place (our renderer has taken such nodes out before this runs).
    let rawHTMLKept: Bool
    private(set) var out: [UInt8] = []
    /// Inside an image: only its text is written, as the `alt` attribute.
    private var plainUntil: CmarkNode?
    private var tableBodyOpen = false
    private var inTableHeader = false

    init(styles: ElementStyles, rawHTMLKept: Bool) {
        self.styles = styles
        self.rawHTMLKept = rawHTMLKept
    }

    /// Writes `root` and everything under it; a heading's `id` goes after its style.
    mutating func write(_ root: CmarkNode, headingID: String? = nil) {
        guard let iterator = cmark_iter_new(root.pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            let node = CmarkNode(cmark_iter_get_node(iterator))
            render(node, entering: event == CMARK_EVENT_ENTER, headingID: node == root ? headingID : nil)
        }
    }

    var html: String { String(decoding: out, as: UTF8.self) }

    // MARK: - Nodes

    private mutating func render(_ node: CmarkNode, entering: Bool, headingID: String?) {
        if plainUntil == node { plainUntil = nil }
        let type = node.type
        if plainUntil != nil {
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: escape(node.literalBytes)
            case CMARK_NODE_LINEBREAK, CMARK_NODE_SOFTBREAK: put(" ")
            default: break
            }
            return
        }
        if cmark_node_get_syntax_extension(node.pointer) != nil, let name = cmark_node_get_type_string(node.pointer) {
            if renderExtension(node, String(cString: name), entering: entering) { return }
        }
        switch type {
        case CMARK_NODE_DOCUMENT:
            break
        case CMARK_NODE_BLOCK_QUOTE:
            cr()
            if entering {
                open("<blockquote", styles.blockQuote)
                put(">\n")
            } else {
                put("</blockquote>\n")
            }
        case CMARK_NODE_LIST:
            let bullet = cmark_node_get_list_type(node.pointer) == CMARK_BULLET_LIST
            if entering {
                cr()
                let start = Int(cmark_node_get_list_start(node.pointer))
                if bullet {
                    open("<ul", styles.bulletList)
                } else {
                    open("<ol", styles.orderedList)
                    if start != 1 { put(" start=\"\(start)\"") }
                }
                put(">\n")
            } else {
                put(bullet ? "</ul>\n" : "</ol>\n")
            }
        case CMARK_NODE_ITEM:
            if entering {
                cr()
                open("<li", styles.listItem)
                put(">")
            } else {
                put("</li>\n")
            }
        case CMARK_NODE_HEADING:
            let level = node.headingLevel
            if entering {
                cr()
                open("<h\(level)", styles.heading(level))
                if let headingID {
                    put(" id=\"")
                    HTML.appendEscaped(headingID, to: &out)
                    put("\"")
                }
                put(">")
            } else {
                put("</h\(level)>\n")
            }
        case CMARK_NODE_CODE_BLOCK:
            cr()
            open("<pre", styles.codeBlock)
            put(">")
            open("<code", styles.code)
            let info = cString(cmark_node_get_fence_info(node.pointer))
            if !info.isEmpty {
                let firstWord = info.prefix { !Self.isSpace($0) }
                put(" class=\"language-")
                escape(firstWord)
                put("\"")
            }
            put(">")
            escape(node.literalBytes)
            put("</code></pre>\n")
        case CMARK_NODE_HTML_BLOCK:
            cr()
            if rawHTMLKept { filterHTMLBlock(node.literalBytes) } else { put("<!-- raw HTML omitted -->") }
            cr()
        case CMARK_NODE_CUSTOM_BLOCK:
            cr()
            putCString(entering ? cmark_node_get_on_enter(node.pointer) : cmark_node_get_on_exit(node.pointer))
            cr()
        case CMARK_NODE_THEMATIC_BREAK:
            cr()
            open("<hr", styles.thematicBreak)
            put(" />\n")
        case CMARK_NODE_PARAGRAPH:
            if Self.isTight(node) { break }
            if entering {
                cr()
                open("<p", styles.paragraph)
                put(">")
            } else {
                put("</p>\n")
            }
        case CMARK_NODE_TEXT:
            escape(node.literalBytes)
        case CMARK_NODE_LINEBREAK:
            put("<br />\n")
        case CMARK_NODE_SOFTBREAK:
            put("\n")
        case CMARK_NODE_CODE:
            open("<code", styles.code)
            put(">")
            escape(node.literalBytes)
            put("</code>")
        case CMARK_NODE_HTML_INLINE:
            guard rawHTMLKept else { put("<!-- raw HTML omitted -->"); break }
            let literal = node.literalBytes
            if Self.isFilteredTag(literal) {
                put("&lt;")
                out.append(contentsOf: literal.dropFirst())
            } else {
                out.append(contentsOf: literal)
            }
        case CMARK_NODE_CUSTOM_INLINE:
            putCString(entering ? cmark_node_get_on_enter(node.pointer) : cmark_node_get_on_exit(node.pointer))
        case CMARK_NODE_STRONG:
            put(entering ? "<strong>" : "</strong>")
        case CMARK_NODE_EMPH:
            put(entering ? "<em>" : "</em>")
        case CMARK_NODE_LINK:
            if entering {
                open("<a", styles.link)
                put(" href=\"")
                escapeHref(cmark_node_get_url(node.pointer))
                let title = cString(cmark_node_get_title(node.pointer))
                if !title.isEmpty {
                    put("\" title=\"")
                    escape(title)
                }
                put("\">")
            } else {
                put("</a>")
            }
        case CMARK_NODE_IMAGE:
            if entering {
                open("<img", styles.image)
                put(" src=\"")
                escapeHref(cmark_node_get_url(node.pointer))
                put("\" alt=\"")
                plainUntil = node
            } else {
                let title = cString(cmark_node_get_title(node.pointer))
                if !title.isEmpty {
                    put("\" title=\"")
                    escape(title)
                }
                put("\" />")
            }
        default:
            // Footnotes are not switched on; any other node has nothing to write.
            break
        }
    }

    /// The GFM extensions' nodes; false for a node the extension leaves to the core renderer.
    private mutating func renderExtension(_ node: CmarkNode, _ name: String, entering: Bool) -> Bool {
        switch name {
        case "table":
            if entering {
                cr()
                open("<table", styles.table)
                put(">")
                tableBodyOpen = false
            } else {
                if tableBodyOpen {
                    cr()
                    put("</tbody>")
                    cr()
                }
                tableBodyOpen = false
                cr()
                put("</table>")
                cr()
            }
        case "table_header", "table_row":
            let isHeader = name == "table_header"
            if entering {
                cr()
                if isHeader {
                    inTableHeader = true
                    put("<thead>")
                    cr()
                } else if !tableBodyOpen {
                    put("<tbody>")
                    cr()
                    tableBodyOpen = true
                }
                put("<tr>")
            } else {
                cr()
                put("</tr>")
                if isHeader {
                    cr()
                    put("</thead>")
                    inTableHeader = false
                }
            }
        case "table_cell":
            if entering {
                cr()
                open(inTableHeader ? "<th" : "<td", inTableHeader ? styles.headerCell : styles.cell)
                switch Self.alignment(of: node) {
                case UInt8(ascii: "l"): put(" align=\"left\"")
                case UInt8(ascii: "c"): put(" align=\"center\"")
                case UInt8(ascii: "r"): put(" align=\"right\"")
                default: break
                }
                put(">")
            } else {
                put(inTableHeader ? "</th>" : "</td>")
            }
        case "strikethrough":
            put(entering ? "<del>" : "</del>")
        case "tasklist":
            if entering {
                cr()
                open("<li", styles.listItem)
                put(">")
                put(cmark_gfm_extensions_get_tasklist_item_checked(node.pointer)
                    ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> " : "<input type=\"checkbox\" disabled=\"\" /> ")
            } else {
                put("</li>\n")
            }
        default:
            return false
        }
        return true
    }

    /// A cell's column alignment: `l`, `c`, `r`, or 0 for none.
    private static func alignment(of cell: CmarkNode) -> UInt8 {
        guard let row = cell.parent, let table = row.parent,
              let alignments = cmark_gfm_extensions_get_table_alignments(table.pointer) else { return 0 }
        let columns = Int(cmark_gfm_extensions_get_table_columns(table.pointer))
        var index = 0
        var sibling = row.firstChild
        while let s = sibling, s != cell {
            index += 1
            sibling = s.next
        }
        return index < columns ? alignments[index] : 0
    }

    /// A paragraph directly in an item of a tight list is written without `<p>`.
    private static func isTight(_ paragraph: CmarkNode) -> Bool {
        guard let grandparent = paragraph.parent?.parent, grandparent.type == CMARK_NODE_LIST else { return false }
        return cmark_node_get_list_tight(grandparent.pointer) != 0
    }

    // MARK: - Output

    private mutating func put(_ text: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func put(_ text: String) {
        out.append(contentsOf: text.utf8)
    }

    /// `<p` and, when there is one, ` style="…"`.
    private mutating func open(_ tag: String, _ style: String?) {
        put(tag)
        guard let style, !style.isEmpty else { return }
        put(" style=\"")
        HTML.appendEscaped(style, to: &out)
        put("\"")
    }

    private mutating func putCString(_ text: UnsafePointer<CChar>?) {
        guard let text else { return }
        out.append(contentsOf: UnsafeRawBufferPointer(start: text, count: strlen(text)))
    }

    /// A line break unless the output is empty or already ends with one.
    private mutating func cr() {
        if let last = out.last, last != 10 { out.append(10) }
    }

    private func cString(_ text: UnsafePointer<CChar>?) -> UnsafeRawBufferPointer {
        guard let text else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: text, count: strlen(text))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13
    }

    // MARK: - Escaping, as cmark-gfm's houdini does it

    /// `&`, `<`, `>` and `"`; cmark leaves `'` as it is.
    private mutating func escape<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): put("&amp;")
            case UInt8(ascii: "<"): put("&lt;")
            case UInt8(ascii: ">"): put("&gt;")
            case UInt8(ascii: "\""): put("&quot;")
            default: out.append(byte)
            }
        }
    }

    /// An address: URL characters kept, `&` and `'` as entities, every other byte as `%XX`.
    private mutating func escapeHref(_ url: UnsafePointer<CChar>?) {
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in cString(url) {
            if byte < 128, Self.hrefSafe[Int(byte)] {
                out.append(byte)
            } else if byte == UInt8(ascii: "&") {
                put("&amp;")
            } else if byte == UInt8(ascii: "'") {
                put("&#x27;")
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
    }

    /// Letters, digits and `-_.+!*(),%#@?=;:/$~`.
    static let hrefSafe: [Bool] = (0..<128).map { byte in
        let c = UInt8(byte)
        if (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) { return true }
        return "-_.+!*(),%#@?=;:/$~".utf8.contains(c)
    }

    // MARK: - The tag filter extension

    /// Raw HTML with every `<` that opens a tag on the GFM tag filter's list written `&lt;`.
    private mutating func filterHTMLBlock(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let rest = UnsafeBufferPointer(rebasing: bytes[index...])
            if bytes[index] == UInt8(ascii: "<") && Self.isFilteredTag(rest) {
                put("&lt;")
            } else {
                out.append(bytes[index])
            }
            index += 1
        }
    }

    private static let filteredTags = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        .map { Array($0.utf8) }

    /// True when the text starts with an opening or closing tag the filter withholds.
    static func isFilteredTag<Bytes: Collection>(_ tag: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        filteredTags.contains { isTag(tag, $0) }
    }

    private static func isTag<Bytes: Collection>(_ tag: Bytes, _ name: [UInt8]) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        let size = tag.count
        let base = tag.startIndex
        guard size >= 3, tag[base] == UInt8(ascii: "<") else { return false }
        var i = 1
        if tag[base + i] == UInt8(ascii: "/") { i += 1 }
        for letter in name {
            guard i < size else { return false }
            var byte = tag[base + i]
            if byte >= 65 && byte <= 90 { byte |= 0x20 }
            guard byte == letter else { return false }
            i += 1
        }
        guard i < size else { return false }
        let next = tag[base + i]
        if isSpace(next) || next == UInt8(ascii: ">") { return true }
        return next == UInt8(ascii: "/") && size >= i + 2 && tag[base + i + 1] == UInt8(ascii: ">")
    }
}
