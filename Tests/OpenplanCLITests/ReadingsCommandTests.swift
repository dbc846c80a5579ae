import Foundation
import Testing

/// `openplan import readings`, run as a user runs it.
@Suite(.serialized) struct ReadingsCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("OpenplanImportTests/Fixtures")

    /// The import tests' readings site, copied into a scratch folder.
    private func site() throws -> ScratchSite {
        let site = try ScratchSite([:])
        try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("readings-site/Content"),
                                         to: site.root.appendingPathComponent("Content"))
        return site
    }

    private func file(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    @Test func dryRunThenImportThenTheSameFileAgain() throws {
        let site = try site()
        defer { site.remove() }
        let before = try site.snapshot("Content")
        let dry = try CLI.run(["import", "readings", file("readings-quarterly.csv"), "--site", site.root.path, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Dry run: would add 7 new readings in 3 files. Nothing was written."))
        #expect(try site.snapshot("Content") == before)
        let r = try CLI.run(["import", "readings", file("readings-quarterly.csv"), "--site", site.root.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("EHCP-20 (Content/measures/ehcp-20.json): 1 new reading (December 2025)"))
        #expect(r.stdout.contains("SEND-SUPPORT (Content/measures/areas.json):\n  its own figures: 1 new reading (December 2025)\n"
                                  + "  Area: Barrow-in-Furness: 1 new reading (December 2025)\n  Area: Eden: 1 new reading (December 2025)"))
        #expect(r.stdout.contains("1 reading already in the measures, so left alone."))
        #expect(r.stderr.contains("readings-quarterly.csv:1:2: warning: the columns \"Measure name\" and \"Source\" are not read."))
        let once = try site.snapshot("Content")
        #expect(once != before)
        let again = try CLI.run(["import", "readings", file("readings-quarterly.csv"), "--site", site.root.path])
        #expect(again.status == 0 && again.stdout.contains("Nothing to change."), "\(again.stderr)")
        #expect(try site.snapshot("Content") == once)
        let build = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-15", "--output", site.root.appendingPathComponent("out").path])
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test func badRowsAreListedWithTheirPlacesAndNothingIsWritten() throws {
        let site = try site()
        defer { site.remove() }
        let before = try site.snapshot("Content")
        let r = try CLI.run(["import", "readings", file("readings-bad.csv"), "--site", site.root.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("readings-bad.csv:4:1: error: there is no measure \"EHCP20\" in the site. Did you mean \"EHCP-20\"?"))
        #expect(r.stderr.contains("13 problems in readings-bad.csv. Nothing was written"))
        #expect(try site.snapshot("Content") == before)
    }

    @Test func theWrongKindOfFileOrFolder() throws {
        let site = try site()
        defer { site.remove() }
        let pdf = try CLI.run(["import", "readings", "figures.pdf", "--site", site.root.path])
        #expect(pdf.status == 2 && pdf.stderr.contains("should be a CSV file"))
        let missing = try CLI.run(["import", "readings", file("nothing-here.csv"), "--site", site.root.path])
        #expect(missing.status == 2 && missing.stderr.contains("could not be opened"))
        let noSite = try CLI.run(["import", "readings", file("readings-quarterly.csv"), "--site", site.root.appendingPathComponent("nope").path])
        #expect(noSite.status == 2)
    }
}
