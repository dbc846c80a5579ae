import Foundation
import Testing
@testable import OpenplanCore

/// Set OPENPLAN_DUMP to a folder to keep the rendered fixture site there, for looking at it in
/// a browser or a validator; OPENPLAN_DUMP_HOSTILE=1 renders the markup-filled variant.
@Test func rendersEveryPublishedPath() throws {
    let env = ProcessInfo.processInfo.environment
    if let folder = env["OPENPLAN_DUMP"] {
        let plan = RenderFixtures.plan(hostile: env["OPENPLAN_DUMP_HOSTILE"] != nil ? "<script>alert(1)</script>\"'&" : nil, bulletinCount: 25)
        for (path, text) in try RenderFixtures.render(plan).files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }
    let (files, diagnostics) = try RenderFixtures.render(RenderFixtures.plan())
    let expected = [
        "index.html", "priorities/1/index.html", "priorities/2/index.html", "actions/1-2/index.html", "actions/1-10/index.html",
        "actions/2-1/index.html", "measures/index.html", "measures/data.csv", "measures/ehcp-weeks/index.html", "measures/ehcp-weeks/data.csv",
        "measures/lo-visits/index.html", "measures/lo-visits/data.csv", "you-said-we-did/index.html",
        "you-said-we-did/theme/ehc-plans/index.html", "you-said-we-did/theme/communication/index.html",
        "you-said-we-did/status/listening/index.html", "you-said-we-did/status/in-progress/index.html",
        "you-said-we-did/status/done/index.html", "bulletins/index.html", "bulletins/b0/index.html", "bulletins/b1/index.html",
        "glossary/index.html", "search/index.html", "search/index.json", "report/index.html", "about/index.html",
        "accessibility/index.html", "404.html", "sitemap.xml", "robots.txt",
        "bulletins/b0/email.html", "bulletins/b0/email.txt", "bulletins/b1/email.html", "bulletins/b1/email.txt",
        "feed.xml", "rss.xml", "you-said-we-did/feed.xml",
    ]
    #expect(Set(files.keys) == Set(expected))
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
}
