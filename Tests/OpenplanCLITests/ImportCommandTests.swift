import Foundation
import Testing

/// `openplan import`, run as a user would: its exit statuses, its report, and that a failed or
/// dry run leaves the folder as it was.
@Suite(.serialized) struct ImportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("OpenplanImportTests/Fixtures")

    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    func emptyFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("openplan-cli-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func contents(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func importThenBuildMakesAWebsite() throws {
        let folder = try emptyFolder()
        let r = try CLI.run(["import", fixture("cumberland-plan.docx"), "--site", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Read 7 actions"))
        #expect(r.stdout.contains("new     Content/actions/2a.3.md"))
        #expect(r.stdout.contains("New leads added to Content/people.yml"))
        let b = try CLI.run(["build", "--site", folder.path, "--as-of", "2026-12-01"])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/actions/2a-3/index.html").path))
        let again = try CLI.run(["import", "plan", fixture("cumberland-plan.docx"), "--site", folder.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Nothing to change"))
    }

    @Test func dryRunWritesNothing() throws {
        let folder = try emptyFolder()
        let r = try CLI.run(["import", fixture("tracker.xlsx"), "--site", folder.path, "--dry-run"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Would write"))
        #expect(contents(folder).isEmpty)
    }

    @Test func badCellsExitOneWithEveryPlaceAndWriteNothing() throws {
        let folder = try emptyFolder()
        let r = try CLI.run(["import", fixture("bad-tracker.xlsx"), "--site", folder.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad-tracker.xlsx:Section 1!D7: error: \"Sparkly\" is not a status"))
        #expect(r.stderr.contains("bad-tracker.xlsx:Section 1!E7: error: \"31/13/2026\" is not a date that exists"))
        #expect(r.stderr.contains("Nothing was written"))
        #expect(contents(folder).isEmpty)
    }

    @Test func unreadableFilesAndBadOptionsExitTwo() throws {
        let folder = try emptyFolder()
        let notZip = try CLI.run(["import", fixture("not-a-zip.docx"), "--site", folder.path])
        #expect(notZip.status == 2)
        #expect(notZip.stderr.contains("is not a real Word document"))
        let column = try CLI.run(["import", fixture("tracker.xlsx"), "--site", folder.path, "--column", "Notes"])
        #expect(column.status == 2)
        #expect(column.stderr.contains("--column wants HEADER=field"))
        let sheet = try CLI.run(["import", fixture("tracker.xlsx"), "--site", folder.path, "--sheet", "Nope"])
        #expect(sheet.status == 2)
        #expect(sheet.stderr.contains("its sheets are \"Section 1\", \"Section 2\""))
        #expect(contents(folder).isEmpty)
    }
}
