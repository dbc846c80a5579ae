@testable import Markdown

/// Renders with the default (safe) settings and returns the HTML with embeds shown as
/// `[[kind argument]]`, so tests can see where they fell.
func renderHTML(_ markdown: String, renderer: MarkdownRenderer = MarkdownRenderer()) -> String {
    renderer.render(markdown).html(embedding: { "[[\($0.kind) \($0.argument)]]" })
}

func position(_ line: Int, _ column: Int) -> TextPosition {
    TextPosition(line: line, column: column)
}
