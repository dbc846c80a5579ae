import Testing
@testable import Markdown

@Test func rendersParagraph() {
    let r = MarkdownRenderer().render("Hello *world*")
    #expect(r.html(embedding: { _ in "" }).contains("<em>world</em>"))
}
