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

    @Test func appendingToBytesMatchesEscape() {
        var out = Array("x".utf8)
        HTML.appendEscaped("<'> & é", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x" + HTML.escape("<'> & é"))
    }

    /// A quote followed by a combining mark is one Swift `Character`, but a browser still ends
    /// the attribute at the quote: it must be escaped all the same.
    @Test func escapesAQuoteEvenWithACombiningMarkAfterIt() {
        #expect(HTML.escape("a\"\u{301}b") == "a&quot;\u{301}b")
    }
}
