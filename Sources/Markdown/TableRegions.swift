import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wraps each GFM table in a labelled region that can scroll sideways and take keyboard
/// focus. A wide table on a phone must scroll rather than widen the page (WCAG reflow), and a
/// scrolling area must be reachable by keyboard; the label, from the table's column headings,
/// tells screen reader users what the region holds.
enum TableRegions {
    static func wrap(in root: CmarkNode) {
        var tables: [CmarkNode] = []
        let iterator = cmark_iter_new(root.pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if let name = cmark_node_get_type_string(node), strcmp(name, "table") == 0 {
                tables.append(CmarkNode(node))
            }
        }
        // Changed after the walk: moving nodes during it would upset the iterator.
        for table in tables {
            let open = "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTML.escape(label(table)))\">"
            let wrapper = CmarkNode.customHTML(block: true, html: open)
            cmark_node_set_on_exit(wrapper.pointer, "</div>")
            // Put the wrapper where the table is, then move the table inside it. If cmark
            // refuses either step, the table is left exactly as it was.
            guard table.insertBefore(wrapper) else { continue }
            if cmark_node_append_child(wrapper.pointer, table.pointer) != 1 {
                wrapper.free()
            }
        }
    }

    /// "Table: Group, Share of pupils, Target" from the header row, shortened when long.
    static func label(_ table: CmarkNode) -> String {
        var headers: [String] = []
        if let row = table.firstChild {
            var cell = row.firstChild
            while let c = cell {
                let text = plainText(c).trimmingCharacters()
                if !text.isEmpty { headers.append(text) }
                cell = c.next
            }
        }
        var label = "Table"
        if !headers.isEmpty {
            label += ": " + headers.prefix(4).joined(separator: ", ")
            if headers.count > 4 { label += " and more" }
        }
        return label.count > 120 ? String(label.prefix(119)) + "…" : label
    }

    private static func plainText(_ node: CmarkNode) -> String {
        var out = ""
        var child = node.firstChild
        while let c = child {
            if c.type == CMARK_NODE_TEXT || c.type == CMARK_NODE_CODE {
                out += c.literal
            } else if c.type == CMARK_NODE_SOFTBREAK || c.type == CMARK_NODE_LINEBREAK {
                out += " "
            } else {
                out += plainText(c)
            }
            child = c.next
        }
        return out
    }
}

private extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
