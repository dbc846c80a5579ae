import Foundation
import Testing

@Suite(.serialized) struct ExitStatusTests {
    @Test func helpIsReadableAndSucceeds() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("build"))
        #expect(r.stdout.contains("check"))
        let b = try CLI.run(["build", "--help"])
        #expect(b.status == 0)
        #expect(b.stdout.contains("--as-of"))
        // Help is wrapped to the terminal width, so compare with the white space folded.
        let folded = b.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains("the previous website is left exactly as it was"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let r = try CLI.run(["build", "--colour", "red"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--colour"))
    }

    @Test func badAsOfDateIsAUsageError() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let r = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-02-30"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("2026-02-30"))
    }

    @Test func missingSiteFolderIsAUsageError() throws {
        let r = try CLI.run(["build", "--site", "/nonexistent/openplan-site"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/openplan-site"))
    }

    @Test func folderWithoutContentIsAUsageError() throws {
        let site = try ScratchSite(["README.txt": "nothing here"])
        defer { site.remove() }
        let r = try CLI.run(["build", "--site", site.root.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Content"))
    }

    @Test func goodContentBuildsWithStatusZero() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let r = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-31"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Built"))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("_site/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("_site/actions/1-1/index.html").path))
    }

    @Test func contentErrorsGiveStatusOneWithLocations() throws {
        var files = ScratchSite.minimal
        files["Content/actions/1.1.md"] = files["Content/actions/1.1.md"]!.replacingOccurrences(of: "status: on-track", with: "status: ontrack")
        let site = try ScratchSite(files)
        defer { site.remove() }
        let r = try CLI.run(["build", "--site", site.root.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("Content/actions/1.1.md:6:9: error:"), "\(r.stderr)")
        #expect(r.stderr.contains("ontrack"))
        #expect(r.stderr.contains("Nothing was published"))
    }

    @Test func checkWritesNothingAndStrictFailsOnWarnings() throws {
        var files = ScratchSite.minimal
        // Due long before the as-of date and not complete: a warning from check.
        files["Content/actions/1.1.md"] = files["Content/actions/1.1.md"]!.replacingOccurrences(of: "due: 2026-03", with: "due: 2025-01")
        let site = try ScratchSite(files)
        defer { site.remove() }
        let plain = try CLI.run(["check", "--site", site.root.path, "--as-of", "2026-01-31"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("_site").path))
        let strict = try CLI.run(["check", "--site", site.root.path, "--as-of", "2026-01-31", "--strict"])
        #expect(strict.status == 1)
    }
}
