import OpenplanCore
import Testing
@testable import OpenplanServer

struct PreviewPagesTests {
    @Test func theScriptGoesBeforeTheLastClosingBodyTag() {
        let page = "<html><body><p>&lt;/body&gt;</p></BODY></html>"
        let result = LiveReloadScript.inject(into: page, generation: 7)
        #expect(result.hasPrefix("<html><body><p>&lt;/body&gt;</p><script>"))
        #expect(result.hasSuffix("</script>\n</BODY></html>"))
        #expect(result.contains("var served = 7;"))
    }

    @Test func aPageWithoutABodyTagGetsTheScriptAtTheEnd() {
        let result = LiveReloadScript.inject(into: "<p>fragment</p>", generation: 1)
        #expect(result.hasPrefix("<p>fragment</p><script>"))
        #expect(result.hasSuffix("</script>"))
    }

    @Test func theProblemsPageNamesEachPlaceAndEscapesMessages() {
        let html = PreviewErrorPage.html(for: [
            .error("Content/b.md", line: 2, column: 9, "Unknown status \"<late>\"; use one of on-track, issues."),
            .error("Content/a.md", line: 10, column: 1, "Missing title."),
        ])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.contains("<title>Content problem – Openplan preview</title>"))
        #expect(html.contains("<h1>This preview cannot show the site yet</h1>"))
        #expect(html.contains("because of 2 problems"))
        #expect(html.contains("Unknown status &quot;&lt;late&gt;&quot;; use one of on-track, issues."))
        let first = html.range(of: "Content/a.md:10:1")
        let second = html.range(of: "Content/b.md:2:9")
        #expect(first != nil && second != nil && first!.lowerBound < second!.lowerBound, "sorted by file")
        #expect(PreviewErrorPage.terminalText(for: [.error("Content/a.md", line: 3, column: 4, "Bad.")])
            == "Content/a.md:3:4: error: Bad.")
        // Lower case, as the terminal, check and build write it.
        #expect(html.contains("<strong>error:</strong>") && !html.contains("Error:"))
        // A problem with a whole folder has no line and column.
        let folder = PreviewErrorPage.html(for: [.about(.error, "Content", "There is no Content folder.")])
        #expect(folder.contains("<code>Content</code>: <strong>error:</strong>") && !folder.contains("Content:"))
    }

    @Test func onlySiteSettingsTemplatesAndWholeFoldersNeedAFullBuild() {
        #expect(PreviewChangeScope.needsFullBuild(["Content/site.yml"]))
        #expect(PreviewChangeScope.needsFullBuild(["Templates/bulletin.mustache", "Content/a.md"]))
        #expect(PreviewChangeScope.needsFullBuild(["Templates"]))
        #expect(PreviewChangeScope.needsFullBuild(["Content"]))
        #expect(!PreviewChangeScope.needsFullBuild(["Content/bulletins/2025-11.md"]))
        #expect(!PreviewChangeScope.needsFullBuild(["Public/logo.png", "Content/people.yml"]))
        #expect(!PreviewChangeScope.needsFullBuild(["Content/pages/site.yml"]))
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("feed.xml", "application/atom+xml; charset=utf-8"),
        ("you-said-we-did/feed.xml", "application/atom+xml; charset=utf-8"),
        ("rss.xml", "application/rss+xml; charset=utf-8"),
        ("sitemap.xml", "application/xml; charset=utf-8"),
        ("search/index.json", "application/json; charset=utf-8"),
        ("bulletins/2025-11/email.txt", "text/plain; charset=utf-8"),
        ("CHART.SVG", "image/svg+xml; charset=utf-8"),
        ("photo.JPG", "image/jpeg"),
        ("data.csv", "text/csv; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"),
        ("Makefile", "application/octet-stream"),
        ("archive.unknown", "application/octet-stream"),
    ])
    func contentTypes(file: String, type: String) {
        #expect(PreviewContentType.forFile(named: file) == type)
    }
}
