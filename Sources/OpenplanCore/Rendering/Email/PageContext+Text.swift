import Markdown

extension PageContext {
    /// The `text-` templates' Markdown is read with raw HTML withheld, whatever the site allows:
    /// the templates write text, and their values are escaped (`MarkdownContentType`).
    static let templateMarkdown = MarkdownRenderer(collectsProse: false)

    /// An editor's Markdown as plain text, for the plain-text email: links absolute, glossary
    /// marks off, and each embed's `text-` template written in its place.
    func writeText(_ source: MarkdownSource, into writer: inout PlainTextWriter) {
        guard !source.text.isEmpty else { return }
        site.markdown.renderText(source.text, into: &writer, rewriteLink: { rewrite($0) }, embed: { call, writer in
            Self.templateMarkdown.renderText(embed(call), into: &writer, fromTemplate: true)
        })
    }
}
