import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif

/// Safe Markdown → HTML through cmark-gfm, with GFM tables, strikethrough, autolinks, task
/// lists and the tag filter.
public struct MarkdownRenderer: Sendable {
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// - Parameters:
    ///   - rewriteLink: maps each link and image destination as written to the one published
    ///     (site-root links such as `/actions/1-2/` become relative to the page).
    ///   - glossary: terms to mark on first use, skipping those in `alreadyMarked`.
    public func render(_ text: String, rewriteLink: (String) -> String = { $0 },
                       glossary: [GlossaryMark] = [], alreadyMarked: Set<String> = []) -> RenderedMarkdown {
        // Placeholder until the full renderer lands: plain cmark-gfm output.
        let html = text.withCString { ptr -> String in
            guard let out = cmark_markdown_to_html(ptr, strlen(ptr), CMARK_OPT_DEFAULT) else { return "" }
            defer { free(out) }
            return String(cString: out)
        }
        return RenderedMarkdown(segments: [.html(html)])
    }
}
