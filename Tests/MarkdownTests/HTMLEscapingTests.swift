import Testing
import Markdown

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(HTML.escape("<a href=\"x\">Tom & Jerry's</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test func leavesOtherTextAlone() {
        #expect(HTML.escape("Parent carers’ forum — 2026") == "Parent carers’ forum — 2026")
        #expect(HTML.escape("") == "")
        #expect(HTML.escape("é & ü") == "é &amp; ü")
    }

    @Test func rendererHelperMatches() {
        #expect(MarkdownRenderer.escapeHTML("<'>") == "&lt;&#39;&gt;")
    }
}
