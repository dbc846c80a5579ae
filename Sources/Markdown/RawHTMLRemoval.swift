import CCmarkGFM

/// Takes raw HTML out of the tree when the site has not opted in to it.
///
/// cmark-gfm's safe mode would leave `<!-- raw HTML omitted -->` in the page; removing the
/// nodes leaves nothing, and lets us say where each one was so `openplan check` can tell the
/// editor. The text between inline tags stays: `<b>Note</b>` publishes as `Note`.
enum RawHTMLRemoval {
    /// Removes every HTML block and inline HTML node, then any paragraph left with nothing
    /// to show, and returns where each removed node started.
    static func remove(from root: CmarkNode, source: SourceText) -> [TextPosition] {
        var found: [(node: CmarkNode, position: TextPosition)] = []
        var locator = InlineLocator(source: source)
        guard let iterator = cmark_iter_new(root.pointer) else { return [] }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard event == CMARK_EVENT_ENTER else { continue }
            let node = CmarkNode(cmark_iter_get_node(iterator))
            let type = node.type
            if type == CMARK_NODE_HTML_BLOCK {
                found.append((node, source.position(line: node.startLine, byteColumn: node.startColumn)))
            } else if type == CMARK_NODE_HTML_INLINE {
                found.append((node, locator.locate(node, openers: [UInt8(ascii: "<")], needle: nil)))
            } else if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                locator.enterBlock(node)
            }
        }
        cmark_iter_free(iterator)
        var emptied: [CmarkNode] = []
        for (node, _) in found {
            if let parent = node.parent, parent.type == CMARK_NODE_PARAGRAPH, emptied.last != parent {
                emptied.append(parent)
            }
            node.free()
        }
        for paragraph in emptied where isBlank(paragraph) {
            paragraph.free()
        }
        return found.map(\.position)
    }

    /// True when a paragraph holds nothing but line breaks and spaces.
    private static func isBlank(_ paragraph: CmarkNode) -> Bool {
        var child = paragraph.firstChild
        while let node = child {
            switch node.type {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                break
            case CMARK_NODE_TEXT:
                if node.literalBytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) { return false }
            default:
                return false
            }
            child = node.next
        }
        return true
    }
}
