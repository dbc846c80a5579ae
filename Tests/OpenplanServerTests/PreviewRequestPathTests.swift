import Testing
@testable import OpenplanServer

struct PreviewRequestPathTests {
    @Test(arguments: [
        ("/", [], true),
        ("/index.html", ["index.html"], false),
        ("/bulletins/2025-11/", ["bulletins", "2025-11"], true),
        ("/bulletins/2025-11", ["bulletins", "2025-11"], false),
        ("/files/Annual%20report.pdf", ["files", "Annual report.pdf"], false),
        ("/%252e%252e/x", ["%2e%2e", "x"], false),
        ("/.well-known/security.txt", [".well-known", "security.txt"], false),
        ("/caf%C3%A9/", ["café"], true),
    ])
    func accepts(raw: String, segments: [String], endsWithSlash: Bool) throws {
        let path = try #require(PreviewRequestPath(raw: Substring(raw)))
        #expect(path.segments == segments)
        #expect(path.endsWithSlash == endsWithSlash)
    }

    @Test(arguments: [
        "", "index.html", "/..", "/../", "/../secret", "/a/../b", "/a/./b", "/.", "/%2e%2e/x", "/%2E%2e/x",
        "/.%2e/x", "/a%2fb", "/a%2Fb", "/..%2f..%2fx", "/a%5cb", "/a\\b", "/a%00b", "/a%0d%0aSet-Cookie:x",
        "//etc/passwd", "/a//b", "/%zz", "/%e", "/%c0%ae%c0%ae/x", "/%ff",
    ])
    func refuses(raw: String) {
        #expect(PreviewRequestPath(raw: Substring(raw)) == nil)
    }

    @Test func decodesEscapesExactlyOnce() {
        #expect(PreviewRequestPath.percentDecoded("%2541") == "%41")
        #expect(PreviewRequestPath.percentDecoded("a%20b%2Bc") == "a b+c")
        #expect(PreviewRequestPath.percentDecoded("%4") == nil)
    }
}
