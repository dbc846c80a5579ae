import Foundation
import Testing

/// What a build reads: never a file outside the site through a link, and never an unreadable
/// folder taken for an empty one.
@Suite(.serialized) struct SiteFolderTests {
    private func link(_ site: ScratchSite, _ path: String, to target: String) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    /// Every published byte, as text, to search for what must not be there.
    private func published(_ site: ScratchSite) throws -> String {
        try site.snapshot("_site").values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    }

    @Test func linksToPlacesOutsideTheSiteAreNeitherReadNorPublished() throws {
        let outside = try ScratchSite([
            "secret.txt": "SECRET-PASSWORD-FILE",
            "secrets/key.txt": "SECRET-KEY-FILE",
            "leak.md": "---\ntitle: SECRET-PAGE-TITLE\n---\nSECRET-PAGE-BODY\n",
            "layout.mustache": "SECRET-TEMPLATE {{{body}}}",
        ])
        defer { outside.remove() }
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        try link(site, "Public/x.txt", to: outside.root.path + "/secret.txt")
        try link(site, "Public/keys", to: outside.root.path + "/secrets")
        try link(site, "Public/relative.txt", to: "../../" + outside.root.lastPathComponent + "/secret.txt")
        try link(site, "Templates/layout.mustache", to: outside.root.path + "/layout.mustache")
        try link(site, "Content/pages/leak.md", to: outside.root.path + "/leak.md")

        let r = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-31"])
        #expect(r.status == 0, "\(r.stderr)")
        for path in ["Public/x.txt", "Public/keys", "Public/relative.txt", "Templates/layout.mustache", "Content/pages/leak.md"] {
            #expect(r.stderr.contains("\(path): warning: This is a link to a place outside the site folder"), "\(path): \(r.stderr)")
        }
        let text = try published(site)
        #expect(!text.contains("SECRET"), "a file from outside the site was published")
        #expect(try site.snapshot("_site")["x.txt"] == nil)
    }

    @Test func aContentFolderThatIsALinkOutOfTheSiteIsNotRead() throws {
        let outside = try ScratchSite(ScratchSite.minimal)
        defer { outside.remove() }
        let site = try ScratchSite(["README.txt": "a site whose Content is elsewhere"])
        defer { site.remove() }
        try link(site, "Content", to: outside.root.path + "/Content")
        let r = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-31"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("Content: warning: This is a link to a place outside the site folder"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.root.path + "/_site"))
    }

    @Test func linksInsideTheSiteAreFollowedButNotToHiddenFiles() throws {
        var files = ScratchSite.minimal
        files["branding/logo.svg"] = "<svg>OUR-LOGO</svg>"
        files[".git/config"] = "url = https://token:SECRET-TOKEN@example.org/repo"
        let site = try ScratchSite(files)
        defer { site.remove() }
        try link(site, "Public/logo.svg", to: "../branding/logo.svg")
        try link(site, "Public/config.txt", to: "../.git/config")
        // A link back up the tree must not make the build go round for ever.
        try link(site, "Public/loop", to: ".")

        let r = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-31"], timeout: 60)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try site.read("_site/logo.svg") == "<svg>OUR-LOGO</svg>")
        #expect(r.stderr.contains("Public/config.txt: warning: This is a link to a hidden file"), "\(r.stderr)")
        #expect(!(try published(site)).contains("SECRET"))
    }

    @Test func aPipeInPublicIsSkippedNotWaitedFor() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("Public"), withIntermediateDirectories: true)
        #expect(mkfifo(site.root.path + "/Public/pipe.txt", 0o644) == 0)
        let r = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-31"], timeout: 30)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Public/pipe.txt: warning: This is neither a file nor a folder"), "\(r.stderr)")
    }

    // MARK: unreadable files and folders

    /// A site that a user without root rights may read and build into, with `unreadable` locked.
    private func lockedSite(_ unreadable: String, extra: [String: String] = [:]) throws -> ScratchSite {
        let site = try ScratchSite(ScratchSite.minimal.merging(extra) { a, _ in a })
        #expect(chmod(site.root.path, 0o777) == 0)
        #expect(chmod(site.root.path + "/" + unreadable, 0) == 0)
        return site
    }

    private func expectStopped(_ r: CLI.Result, naming path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains("\(path): error: This") && r.stderr.contains("could not be read (permission denied"),
                "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(!r.stderr.contains("NSCocoaErrorDomain"), sourceLocation: sourceLocation)
    }

    @Test func anUnreadablePagesFolderIsAnErrorNotAnEmptyFolder() throws {
        let site = try lockedSite("Content/pages")
        defer { site.remove() }
        let r = try CLI.runWithoutRootRights(["build", "--site", site.root.path, "--as-of", "2026-01-31"])
        expectStopped(r, naming: "Content/pages")
        #expect(!FileManager.default.fileExists(atPath: site.root.path + "/_site"), "a site was published without its pages")
    }

    @Test func anUnreadableActionsFolderGivesOneErrorNotOneForEveryLink() throws {
        let site = try lockedSite("Content/actions")
        defer { site.remove() }
        let r = try CLI.runWithoutRootRights(["check", "--site", site.root.path, "--as-of", "2026-01-31"])
        expectStopped(r, naming: "Content/actions")
        #expect(r.stderr.components(separatedBy: ": error: ").count == 2, "\(r.stderr)")
        #expect(!r.stderr.contains("no action with the id"))
    }

    @Test func anUnreadableContentFileOrThemeFileIsAnErrorThatNamesIt() throws {
        for path in ["Content/actions/1.1.md", "Content/site.yml", "Public/style.css", "Templates/extra-note.mustache", "Public/images"] {
            let site = try lockedSite(path, extra: [
                "Public/style.css": "body {}", "Templates/extra-note.mustache": "{{{body}}}", "Public/images/a.svg": "<svg/>",
            ])
            defer { site.remove() }
            let r = try CLI.runWithoutRootRights(["build", "--site", site.root.path, "--as-of", "2026-01-31"])
            expectStopped(r, naming: path)
        }
    }

    @Test func aReadOnlyOutputFolderIsSaidInPlainWords() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("locked"), withIntermediateDirectories: true)
        #expect(chmod(site.root.path + "/locked", 0o555) == 0)
        let r = try CLI.runWithoutRootRights(["build", "--site", site.root.path, "--output", site.root.path + "/locked/site", "--as-of", "2026-01-31"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(site.root.path + "/locked") && r.stderr.contains("permission denied"), "\(r.stderr)")
        #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("Code="), "\(r.stderr)")
    }
}
