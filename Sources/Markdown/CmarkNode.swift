import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A borrowed pointer to a node in a cmark-gfm tree. It owns nothing: the tree is freed as a
/// whole by `ParsedDocument`, and a node taken out of the tree is freed with `free()`.
struct CmarkNode: Equatable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// A new node holding HTML that the renderer writes out as it is.
    static func customHTML(block: Bool, html: String) -> CmarkNode {
        let node = CmarkNode(cmark_node_new_with_mem(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE,
                                                      CmarkArena.memory))
        cmark_node_set_on_enter(node.pointer, html)
        return node
    }

    static func text(_ literal: String) -> CmarkNode {
        let node = CmarkNode(cmark_node_new_with_mem(CMARK_NODE_TEXT, CmarkArena.memory))
        cmark_node_set_literal(node.pointer, literal)
        return node
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }
    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// The literal as UTF-8 bytes, without going through `String`.
    var literalBytes: UnsafeBufferPointer<UInt8> {
        guard let literal = cmark_node_get_literal(pointer) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeRawPointer(literal).withMemoryRebound(to: UInt8.self, capacity: strlen(literal)) {
            UnsafeBufferPointer(start: $0, count: strlen(literal))
        }
    }

    var literal: String {
        cmark_node_get_literal(pointer).map { String(cString: $0) } ?? ""
    }

    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    func setLiteral(_ literal: String) {
        cmark_node_set_literal(pointer, literal)
    }

    /// The HTML a custom node (`customHTML`) writes.
    func setOnEnter(_ html: String) {
        cmark_node_set_on_enter(pointer, html)
    }

    func setHeadingLevel(_ level: Int) {
        cmark_node_set_heading_level(pointer, Int32(level))
    }

    /// Puts `node` just before this one. A node that cmark refuses here (it checks what each
    /// kind of node may contain) is freed, so nothing leaks.
    @discardableResult
    func insertBefore(_ node: CmarkNode) -> Bool {
        if cmark_node_insert_before(pointer, node.pointer) == 1 { return true }
        if node.parent == nil { node.free() }
        return false
    }

    /// Takes the node and everything under it out of the tree and frees it.
    func free() {
        cmark_node_free(pointer)
    }

    /// Puts `replacement` where this node was, then frees this node. When cmark refuses the
    /// replacement, the replacement is freed and this node stays.
    @discardableResult
    func replace(with replacement: CmarkNode) -> Bool {
        if cmark_node_replace(pointer, replacement.pointer) == 1 {
            cmark_node_free(pointer)
            return true
        }
        replacement.free()
        return false
    }

    /// Replaces the node by its own children: a link that may not be published keeps its text.
    func unwrap() {
        while let child = firstChild {
            guard cmark_node_insert_before(pointer, child.pointer) == 1 else { break }
        }
        free()
    }
}
