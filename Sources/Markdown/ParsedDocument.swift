import CCmarkGFM
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One parse: the parser (whose extension list rendering needs) and the document it made.
/// Freed together when the render call that owns it ends; never shared between threads.
final class ParsedDocument {
    let parser: OpaquePointer
    let root: CmarkNode

    /// Parses `source` with the GFM extensions. The whole parse runs under `GFMExtensions.lock`
    /// because cmark-gfm 0.29 switches extension characters on and off in a process-wide table
    /// during every parse; two parses at once can miss each other's strikethrough or autolinks.
    init(source: SourceText, options: Int32) {
        CmarkArena.begin()
        let extensions = GFMExtensions.shared
        let (parser, root) = GFMExtensions.lock.withLock { _ -> (OpaquePointer, OpaquePointer) in
            let parser = cmark_parser_new_with_mem(options, CmarkArena.memory)!
            for ext in extensions.pointers {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
            source.bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress {
                        cmark_parser_feed(parser, base, chars.count)
                    }
                }
            }
            return (parser, cmark_parser_finish(parser)!)
        }
        self.parser = parser
        self.root = CmarkNode(root)
    }

    deinit {
        cmark_node_free(root.pointer)
        cmark_parser_free(parser)
        CmarkArena.end()
    }

    /// Frees what cmark rendered, which comes from the document's allocator.
    private func release(_ pointer: UnsafeMutablePointer<CChar>) {
        CmarkArena.memory.pointee.free(pointer)
    }

    /// Renders `node` (the document or one block) to HTML with the parser's extensions.
    func html(of node: CmarkNode, options: Int32) -> String {
        guard let out = cmark_render_html(node.pointer, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { release(out) }
        return String(cString: out)
    }

    /// The document as plain text, without wrapping lines.
    func plainText() -> String {
        guard let out = cmark_render_plaintext(root.pointer, CMARK_OPT_VALIDATE_UTF8, 0) else { return "" }
        defer { release(out) }
        return String(cString: out)
    }

    /// Renders the document and hands the raw bytes to `body` before freeing them, so the
    /// caller can split them without an intermediate copy.
    func withHTMLBytes<T>(options: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let out = cmark_render_html(root.pointer, options, cmark_parser_get_syntax_extensions(parser)) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        defer { release(out) }
        let count = strlen(out)
        return UnsafeRawPointer(out).withMemoryRebound(to: UInt8.self, capacity: count) {
            body(UnsafeBufferPointer(start: $0, count: count))
        }
    }
}

/// The GFM extensions, registered once per process: `cmark_gfm_core_extensions_ensure_registered`
/// is not itself thread-safe, and a Swift static `let` runs its initializer exactly once.
struct GFMExtensions: @unchecked Sendable {
    static let shared = GFMExtensions()

    static let names = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// Registered extensions live as long as the process and are only read after registration.
    let pointers: [OpaquePointer]
    /// cmark-gfm 0.29 switches extension characters on and off in a process-wide table during
    /// every parse, so parses take turns.
    static let lock = Mutex(())
    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        pointers = Self.names.map { name in
            guard let ext = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm has no '\(name)' extension; is libcmark-gfm-extensions installed?")
            }
            return ext
        }
    }
}

