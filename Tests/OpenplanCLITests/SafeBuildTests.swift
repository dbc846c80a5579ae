import Foundation
import Testing

@Suite(.serialized) struct SafeBuildTests {
    @Test func failedBuildLeavesThePreviousOutputExactlyAsItWas() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let first = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-31"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try site.snapshot("_site")
        #expect(before.count > 10)

        try site.write("Content/actions/1.1.md", "---\ntitle: [unclosed\n---\n")
        let second = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-02-28"])
        #expect(second.status == 1)
        #expect(try site.snapshot("_site") == before)
        // No staging folders are left behind either.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix("._site") }
        #expect(leftovers.isEmpty)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let a = try CLI.run(["build", "--site", site.root.path, "--output", site.root.appendingPathComponent("a").path, "--as-of", "2026-01-31"])
        let b = try CLI.run(["build", "--site", site.root.path, "--output", site.root.appendingPathComponent("b").path, "--as-of", "2026-01-31"])
        #expect(a.status == 0 && b.status == 0)
        let x = try site.snapshot("a"), y = try site.snapshot("b")
        #expect(x.keys.sorted() == y.keys.sorted())
        for key in x.keys.sorted() { #expect(x[key] == y[key], "\(key) differs between two builds") }
    }

    @Test func aStaleInterruptedBuildIsCleanedUpAndOutputRecovered() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        // A build that died mid-swap: the old output is aside, none in place.
        try site.write("._site.previous-999999/index.html", "old site")
        try site.write("._site.previous-999999/.openplan-build", "marker")
        try site.write("._site.building-999999/index.html", "half built")
        try site.write("._site.building-999999/.openplan-build", "marker")
        let r = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-31"])
        #expect(r.status == 0, "\(r.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix("._site") }
        #expect(leftovers.isEmpty)
        #expect(try site.read("_site/index.html").contains("Test progress"))
    }

    /// Only a build's own leftovers are removed: the exact name, a process no longer running,
    /// and the marker every build writes first.
    @Test func foldersThatOnlyLookLikeLeftoversAreLeftAlone() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let running = ProcessInfo.processInfo.processIdentifier
        let keep = [
            "._site.building-999998/notes.txt",              // no marker: not a build's
            "._site.building-99x/.openplan-build",            // not a process id
            "._site.building-999997-copy/.openplan-build",    // more after the number
            "._site.building-\(running)/.openplan-build",     // a build still running
        ]
        for path in keep { try site.write(path, "keep me") }
        try site.write("._site.building-999996/.openplan-build", "marker")
        // Killed just after making its folder, before the marker: empty, so removed too.
        try FileManager.default.createDirectory(atPath: site.root.path + "/._site.building-999995", withIntermediateDirectories: true)
        let r = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-31"])
        #expect(r.status == 0, "\(r.stderr)")
        for path in keep { #expect(try site.read(path) == "keep me", "\(path) was removed") }
        #expect(!FileManager.default.fileExists(atPath: site.root.path + "/._site.building-999996"))
        #expect(!FileManager.default.fileExists(atPath: site.root.path + "/._site.building-999995"))
    }
}
