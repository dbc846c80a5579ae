import Markdown
import Mustache

/// Escaping for `{{value}}` in the `text-` templates, which write Markdown: a value reads as
/// written, whatever punctuation it holds (see `MarkdownEscaping`).
struct MarkdownContentType: MustacheContentType {
    static let name = "OPENPLAN_MARKDOWN"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
