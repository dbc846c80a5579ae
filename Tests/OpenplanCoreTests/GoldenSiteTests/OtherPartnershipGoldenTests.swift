import Foundation
import Testing
@testable import OpenplanCore

/// A whole site written as another partnership would write it: its own status scale and
/// colours, a byte-order mark and CRLF line endings, recurring due dates, a null baseline, a
/// text target, and hostile text in titles and bodies. Every file the build publishes is
/// compared with `expected/`, except the theme's own assets (tested in ThemeTests).
@Suite struct OtherPartnershipGoldenTests {
    let golden = GoldenSite(name: "other-partnership")
    let asOf = Day(iso: "2026-01-31")!

    @Test func everyPublishedFileMatchesTheGoldenCopy() throws {
        let (files, diagnostics) = try golden.build(asOf: asOf)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        let assets = Set(try Theme.load(siteFolder: golden.input).assets.keys)
        var published = files.filter { !assets.contains($0.key) }
        // What the build told the editor is part of the contract too.
        published["diagnostics.txt"] = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        let problems = try golden.compare(published)
        #expect(problems.isEmpty, Comment(rawValue: problems.joined(separator: "\n\n")))
    }

    @Test func hostileTextNeverReachesTheOutputUnescaped() throws {
        let (files, _) = try golden.build(asOf: asOf)
        // Plain text (email.txt) and CSV are never read as HTML: there the words stay as written.
        let markup = files.filter { [".html", ".xml", ".json", ".svg"].contains(where: $0.key.hasSuffix) }
        #expect(markup.count > 20)
        for (path, text) in markup {
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("<script>x"), "\(path)")
            #expect(!text.contains("<img src=x"), "\(path)")
            #expect(!text.contains("<b>services"), "\(path)")
            #expect(!text.contains("javascript:"), "\(path)")
            #expect(!text.contains("<em>us"), "\(path)")
        }
        #expect(files["bulletins/2026-01/email.txt"]?.contains("Riverside <script>alert(\"site\")</script> SEND progress") == true)
        // Escaped, the words are still there for readers.
        #expect(files["index.html"]?.contains("Riverside &lt;script&gt;alert(&quot;site&quot;)&lt;/script&gt; SEND progress") == true)
    }

    @Test func theByteOrderMarkAndCRLFFilesReadLikeAnyOther() throws {
        let loaded = ContentLoader(siteFolder: golden.input).load()
        let plan = try #require(loaded.plan)
        #expect(plan.site.statuses.statuses.map(\.id) == ["done", "good", "worry", "stuck"])
        #expect(plan.site.baseURL == "https://example.org/riverside/send/")
        let action = try #require(plan.actionByID["A.1"])
        #expect(action.location.file == "Content/actions/A.1.md")
        #expect(action.milestones.count == 2)
        #expect(plan.actionByID["A.2"]?.due == .recurring(.quarterly))
        #expect(plan.measureByID["SENCO-TRAINED"]?.baseline == nil)
    }
}
