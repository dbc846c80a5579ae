import Testing
@testable import OpenplanCore
import Markdown

/// Every editor-written string in the fixture carries this; none of it may reach a page as markup.
private let hostile = "<script>alert(1)</script>\"'&"

@Test func hostileTextNeverReachesOutputAsMarkup() throws {
    let (files, _) = try RenderFixtures.render(RenderFixtures.plan(hostile: hostile))
    #expect(files.count > 20)
    // The CSV and the plain-text email are not HTML: their text is kept as written.
    for (path, text) in files where !path.hasSuffix(".csv") && !path.hasSuffix(".txt") {
        #expect(!text.contains("<script>alert"), "unescaped in \(path)")
        #expect(!text.contains("alert(1)</script>"), "unescaped in \(path)")
    }
    let action = try #require(files["actions/1-2/index.html"])
    #expect(action.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp; Track whether health advice"))
    let json = try #require(files["search/index.json"])
    #expect(json.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\\"'\\u0026"))
    // The CSV is data, not HTML: its text is kept exactly, quoted as CSV requires.
    let csv = try #require(files["measures/ehcp-weeks/data.csv"])
    #expect(csv.contains("\"<script>alert(1)</script>\"\"'& Target to be reviewed\""))
}

@Test func htmlEscapeCoversQuotesAndAmpersands() {
    #expect(HTML.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
    #expect(HTML.escape("plain") == "plain")
    #expect(JSON.string("a\"b\\c\n<\u{1}") == "\"a\\\"b\\\\c\\n\\u003c\\u0001\"")
}
