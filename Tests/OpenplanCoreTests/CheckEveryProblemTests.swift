import Foundation
import Testing
@testable import OpenplanCore

/// `check` (and a failed build) reports every problem in one run, and each mistake once: an
/// item with a problem still exists for everything that names it.
@Suite struct CheckEveryProblemTests {
    private func check(_ files: [String: String]) -> BuildReport {
        let site = TestSite(basics: files)
        return SiteBuild(siteFolder: site.folder, asOf: Day(iso: "2026-01-15")!).check()
    }

    private func listing(_ report: BuildReport) -> String { report.diagnostics.map(\.description).joined(separator: "\n") }

    private func count(_ report: BuildReport, _ place: String, _ fragment: String) -> Int {
        report.diagnostics.filter { "\($0.file):\($0.line):\($0.column)" == place && $0.message.contains(fragment) }.count
    }

    static let brokenAction = """
        ---
        title: Broken in three ways
        priority: 1
        status: bogus
        ---
        Some text.

        {{nonsense}}

        A [bad link](javascript:alert(1)) here.
        """

    @Test func anActionWithABadStatusStillHasItsBodyChecked() {
        let report = check(["Content/actions/1.2.md": Self.brokenAction])
        #expect(count(report, "Content/actions/1.2.md:4:9", "not one of the plan's statuses") == 1, "\(listing(report))")
        #expect(count(report, "Content/actions/1.2.md:8:1", "is not an embed") == 1, "\(listing(report))")
        #expect(count(report, "Content/actions/1.2.md:10:3", "javascript:") == 1, "\(listing(report))")
        #expect(report.errorCount == 2, "\(listing(report))")
    }

    @Test func namingAnActionWithABadStatusGivesNoFurtherError() {
        let report = check([
            "Content/actions/1.2.md": "---\ntitle: Wrong status\npriority: 1\nstatus: bogus\n---\nText.\n",
            "Content/pages/about.md": "---\ntitle: About\n---\nSee [the action](/actions/1-2/).\n\n{{action 1.2}}\n",
            "Content/feedback/f.md": "---\ndate: 2026-01-01\ntheme: T\nyou_said: Y\nactions: [1.2]\n---\nWe did it.\n",
        ])
        #expect(report.errorCount == 1, "\(listing(report))")
        #expect(report.warningCount == 0, "\(listing(report))")
    }

    @Test func namingAnActionWithNoTitleGivesNoFurtherError() {
        let report = check([
            "Content/actions/1.2.md": "---\npriority: 1\nstatus: on-track\n---\nText.\n",
            "Content/pages/about.md": "---\ntitle: About\n---\n{{action 1.2}}\n",
        ])
        #expect(report.errorCount == 1, "\(listing(report))")
    }

    @Test func embeddingAnActionThatCouldNotBeReadGivesNoFurtherError() {
        let report = check([
            "Content/actions/1.2.md": "---\ntitle: [broken\n---\nText.\n",
            "Content/pages/about.md": "---\ntitle: About\n---\n{{action 1.2}}\n",
        ])
        #expect(report.errorCount == 1, "\(listing(report))")
    }

    @Test func linkingToAnActionThatCouldNotBeReadGivesNoWarning() {
        let report = check([
            "Content/actions/1.2.md": "---\ntitle: [broken\n---\nText.\n",
            "Content/measures/broken.json": "{ \"id\": \"M2\", ",
            "Content/pages/about.md": "---\ntitle: About\n---\nSee [the action](/actions/1-2/) and [the measure](/measures/broken/).\n",
        ])
        #expect(report.errorCount == 2, "\(listing(report))")
        #expect(report.warningCount == 0, "\(listing(report))")
    }

    @Test func aVeryLongIdIsReportedByCheck() {
        let id = String(repeating: "x", count: 300)
        let report = check(["Content/actions/1.2.md": "---\nid: \(id)\ntitle: Long\npriority: 1\nstatus: on-track\n---\n"])
        #expect(count(report, "Content/actions/1.2.md:2:5", "too long") == 1, "\(listing(report))")
    }
}
