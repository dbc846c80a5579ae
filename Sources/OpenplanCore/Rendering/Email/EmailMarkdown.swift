import Markdown

extension EmailStyle {
    /// The styles the Markdown renderer writes on the editor's own elements in an email.
    /// Headings below `h4` look like `h4`; both kinds of list look the same.
    var markdown: ElementStyles {
        ElementStyles(paragraph: p, headings: [h1, h2, h3, h4, h4, h4], bulletList: list, orderedList: list, listItem: li,
                      link: a, blockQuote: quote, table: table, headerCell: th, cell: td, image: img, thematicBreak: hr,
                      codeBlock: pre, code: code)
    }

    static let standardMarkdown = EmailStyle.standard.markdown
}

extension PageContext {
    /// The site's Markdown renderer; in a bulletin's HTML email, one that writes each
    /// element's inline style as it writes the element.
    var markdownRenderer: MarkdownRenderer {
        guard let elementStyles else { return site.markdown }
        var renderer = site.markdown
        renderer.styles = elementStyles
        return renderer
    }
}
