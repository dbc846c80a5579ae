import Foundation
import Testing

/// `openplan export updates` and `openplan import updates`, run as a user runs them.
@Suite(.serialized) struct UpdatesCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("OpenplanImportTests/Fixtures")

    /// The import tests' fixture site, copied into a scratch folder.
    private func site() throws -> ScratchSite {
        let site = try ScratchSite([:])
        try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("updates-site/Content"),
                                         to: site.root.appendingPathComponent("Content"))
        return site
    }

    private func sheet(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    @Test func exportWritesTheSheetAndNeverReplacesOne() throws {
        let site = try site()
        defer { site.remove() }
        let out = site.root.appendingPathComponent("sent.xlsx").path
        let r = try CLI.run(["export", "updates", "--site", site.root.path, "--as-of", "2026-02-01", "--output", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("(4 actions)"))
        // The same plan and day give the same bytes.
        let second = site.root.appendingPathComponent("second.xlsx").path
        #expect(try CLI.run(["export", "updates", "--site", site.root.path, "--as-of", "2026-02-01", "--output", second]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data(contentsOf: URL(fileURLWithPath: second)))
        let again = try CLI.run(["export", "updates", "--site", site.root.path, "--output", out])
        #expect(again.status == 2 && again.stderr.contains("is already there"))
        let lead = try CLI.run(["export", "updates", "--site", site.root.path, "--lead", "SL", "--as-of", "2026-02-01"], in: site.root)
        #expect(lead.status == 0 && lead.stdout.contains("updates-2026-02-01-sl.xlsx (2 actions)"), "\(lead.stderr)")
        let unknown = try CLI.run(["export", "updates", "--site", site.root.path, "--lead", "ZZ", "-o", site.root.appendingPathComponent("z.csv").path])
        #expect(unknown.status == 2 && unknown.stderr.contains("there is no lead \"ZZ\""))
        let badExt = try CLI.run(["export", "updates", "--site", site.root.path, "-o", "x.pdf"])
        #expect(badExt.status == 2)
    }

    @Test func aBadSheetIsReportedCellByCellAndNothingIsWritten() throws {
        let site = try site()
        defer { site.remove() }
        let before = try site.snapshot("Content")
        let r = try CLI.run(["import", "updates", sheet("updates-bad.xlsx"), "--site", site.root.path, "--date", "2026-02-10"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("updates-bad.xlsx:Updates!H2: error: \"Amberish\" is not a status of this plan"))
        #expect(r.stderr.contains("updates-bad.xlsx:Updates!I3: error:"))
        #expect(r.stderr.contains("updates-bad.xlsx:Updates!A6: error: there is no action \"9.9\""))
        #expect(r.stderr.contains("Nothing was written"))
        #expect(try site.snapshot("Content") == before)
    }

    @Test func importThenImportAgainChangesNothingTheSecondTime() throws {
        let site = try site()
        defer { site.remove() }
        let before = try site.snapshot("Content")
        let dry = try CLI.run(["import", "updates", sheet("updates-filled.xlsx"), "--site", site.root.path, "--date", "2026-02-10", "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("3 files would change"), "\(dry.stderr)")
        #expect(try site.snapshot("Content") == before)
        let r = try CLI.run(["import", "updates", sheet("updates-filled.xlsx"), "--site", site.root.path, "--date", "2026-02-10"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Action 1.1 (Content/actions/1.1.md): On track → Some issues; update noted"))
        #expect(r.stdout.contains("Updated 3 files from 3 rows."))
        let once = try site.snapshot("Content")
        #expect(once != before)
        let again = try CLI.run(["import", "updates", sheet("updates-filled.csv"), "--site", site.root.path, "--date", "2026-02-10"])
        #expect(again.status == 0 && again.stdout.contains("Nothing to change."), "\(again.stderr)")
        #expect(try site.snapshot("Content") == once)
        let build = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-02-27", "--output", site.root.appendingPathComponent("out").path])
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test func notAnUpdateSheet() throws {
        let site = try site()
        defer { site.remove() }
        let r = try CLI.run(["import", "updates", sheet("not-a-zip.docx"), "--site", site.root.path])
        #expect(r.status == 2)
        let missing = try CLI.run(["import", "updates", sheet("nothing-here.xlsx"), "--site", site.root.path])
        #expect(missing.status == 2 && missing.stderr.contains("could not be opened"))
    }
}
