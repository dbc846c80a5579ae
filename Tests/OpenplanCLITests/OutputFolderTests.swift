import Foundation
import Testing

/// `--output` may only replace a folder that is missing, empty, or a previous Openplan build.
/// Anything else is refused with status 2 and left exactly as it was.
@Suite(.serialized) struct OutputFolderTests {
    static let marker = ".openplan-build"

    private func build(_ site: ScratchSite, output: String) throws -> CLI.Result {
        try CLI.run(["build", "--site", site.root.path, "--output", output, "--as-of", "2026-01-31"])
    }

    /// Builds into `output` and expects a refusal that leaves `site` byte for byte as it was.
    private func expectRefused(_ site: ScratchSite, output: String, saying words: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try site.snapshot("")
        let r = try build(site, output: output)
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(words), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(!r.stderr.contains("NSCocoaErrorDomain"), sourceLocation: sourceLocation)
        #expect(try site.snapshot("") == before, "the refused build changed files", sourceLocation: sourceLocation)
    }

    @Test func theSiteFolderItselfIsRefused() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        try expectRefused(site, output: site.root.path, saying: "site folder")
        try expectRefused(site, output: site.root.path + "/Content/..", saying: "site folder")
    }

    @Test func theSitesOwnFoldersAndAnythingInsideThemAreRefused() throws {
        var files = ScratchSite.minimal
        files["Templates/extra-note.mustache"] = "Hello\n"
        files["Public/logo.svg"] = "<svg/>"
        let site = try ScratchSite(files)
        defer { site.remove() }
        for folder in ["Content", "Templates", "Public"] {
            try expectRefused(site, output: site.root.path + "/" + folder, saying: folder)
            try expectRefused(site, output: site.root.path + "/" + folder + "/site", saying: folder)
        }
    }

    @Test func aFolderThatHoldsTheSiteIsRefused() throws {
        let holder = try ScratchSite(["notes.txt": "my own notes"])
        defer { holder.remove() }
        for (path, text) in ScratchSite.minimal { try holder.write("plan/" + path, text) }
        let before = try holder.snapshot("")
        let r = try CLI.run(["build", "--site", holder.root.path + "/plan", "--output", holder.root.path, "--as-of", "2026-01-31"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("holds the site"), "\(r.stderr)")
        #expect(try holder.snapshot("") == before)
    }

    @Test func anExistingFileIsRefused() throws {
        let site = try ScratchSite(ScratchSite.minimal.merging(["report.docx": "my report"]) { a, _ in a })
        defer { site.remove() }
        try expectRefused(site, output: site.root.path + "/report.docx", saying: "is a file")
    }

    @Test func aFolderOfSomeoneElsesFilesIsRefused() throws {
        let site = try ScratchSite(ScratchSite.minimal.merging([
            "Documents/letter.txt": "Dear parent",
            // A hand-made website: an index and a 404 page, but not made by Openplan.
            "www/index.html": "<!DOCTYPE html><title>Our own site</title>",
            "www/404.html": "<!DOCTYPE html><title>Not found</title>",
        ]) { a, _ in a })
        defer { site.remove() }
        try expectRefused(site, output: site.root.path + "/Documents", saying: "not made by Openplan")
        try expectRefused(site, output: site.root.path + "/www", saying: "not made by Openplan")
    }

    @Test func aMissingOrEmptyFolderIsBuiltIntoAndMarked() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for name in ["new/deeper", "empty"] {
            let r = try build(site, output: site.root.path + "/" + name)
            #expect(r.status == 0, "\(r.stderr)")
            let marker = try site.read(name + "/" + Self.marker)
            #expect(marker.contains("Openplan"))
            // Built again: the marker says the folder is a build, so it is replaced.
            let again = try build(site, output: site.root.path + "/" + name)
            #expect(again.status == 0, "\(again.stderr)")
        }
    }

    @Test func theMarkerIsNeitherLinkedNorListed() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        #expect(try build(site, output: site.root.path + "/_site").status == 0)
        for (path, bytes) in try site.snapshot("_site") where path != Self.marker {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(Self.marker), "\(path) mentions the marker")
        }
    }

    /// Builds made before the marker existed are recognised by their shape, once.
    @Test func aBuildFromBeforeTheMarkerIsReplacedAndMarked() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        #expect(try build(site, output: site.root.path + "/_site").status == 0)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("_site/" + Self.marker))
        try site.write("_site/old-page.html", "left over from an old build")
        let r = try build(site, output: site.root.path + "/_site")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("was built by an earlier version of Openplan"), "\(r.stdout)")
        #expect(try site.snapshot("_site")[Self.marker] != nil)
        #expect(!(try build(site, output: site.root.path + "/_site")).stdout.contains("earlier version"), "said only once")
        #expect(try site.snapshot("_site")["old-page.html"] == nil)

        // An old build that holds a content folder is not recognised: it is someone's site.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("_site/" + Self.marker))
        try site.write("_site/Content/site.yml", "title: x\n")
        try expectRefused(site, output: site.root.path + "/_site", saying: "not made by Openplan")
    }

    @Test func aLinkAsTheOutputIsRefused() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        #expect(try build(site, output: site.root.path + "/real").status == 0)
        try FileManager.default.createSymbolicLink(atPath: site.root.path + "/link", withDestinationPath: site.root.path + "/real")
        try expectRefused(site, output: site.root.path + "/link", saying: "is a link")
    }

    /// `check --html` writes its review under the same rule: it used to write its pages into any
    /// folder, over files of the same name (`--html .` replaced the site folder's own index.html).
    @Test func theReviewFolderFollowsTheSameRule() throws {
        let site = try ScratchSite(ScratchSite.minimal.merging(["mine/index.html": "my own page"]) { a, _ in a })
        defer { site.remove() }
        for folder in ["mine", "Content", "Public", "."] {
            let before = try site.snapshot("")
            let r = try CLI.run(["check", "--site", site.root.path, "--as-of", "2026-01-31", "--html", site.root.path + "/" + folder])
            #expect(r.status == 2, "\(folder): \(r.stderr)")
            #expect(try site.snapshot("") == before, "--html \(folder) changed files")
        }
        for _ in 1...2 {
            let r = try CLI.run(["check", "--site", site.root.path, "--as-of", "2026-01-31", "--html", site.root.path + "/review"])
            #expect(r.status != 2, "\(r.stderr)")
            #expect(try site.snapshot("review")["index.html"] != nil)
        }
    }
}
