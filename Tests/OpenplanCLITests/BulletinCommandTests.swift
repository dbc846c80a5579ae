import Foundation
import Testing

@Suite(.serialized) struct BulletinCommandTests {
    @Test func newBulletinStartsNextMonthWithEmbedsAndTheSiteStillBuilds() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let r = try CLI.run(["new", "bulletin", "--site", site.root.path, "--as-of", "2026-01-20"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Content/bulletins/2026-01.md"))
        #expect(r.stdout.contains("Started the January 2026 bulletin: "), "\(r.stdout)")
        let text = try site.read("Content/bulletins/2026-01.md")
        #expect(text.contains("title: January 2026 update"))
        #expect(text.contains("date: 2026-01-20"))
        #expect(text.contains("summary: "))
        #expect(text.contains("\n{{progress}}\n") && text.contains("\n{{changes}}\n"))
        let build = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-20", "--output", site.root.appendingPathComponent("out").path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("out/bulletins/2026-01/email.html").path))
    }

    @Test func newNeverReplacesAFile() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let r = try CLI.run(["new", "bulletin", "2025-12", "--site", site.root.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Content/bulletins/2025-12.md is already there"))
        #expect(try site.read("Content/bulletins/2025-12.md").contains("December 2025 update"))
        let bad = try CLI.run(["new", "bulletin", "2026-13", "--site", site.root.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("\"2026-13\" is not a month"))
    }

    @Test func newActionAndFeedbackChooseTheNextFreeID() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let action = try CLI.run(["new", "action", "--priority", "1", "--site", site.root.path, "--as-of", "2026-01-20"])
        #expect(action.status == 0, "\(action.stderr)")
        #expect(try site.read("Content/actions/1.2.md").contains("priority: \"1\""))
        let unknown = try CLI.run(["new", "action", "--priority", "7", "--site", site.root.path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("there is no priority \"7\""))
        let feedback = try CLI.run(["new", "feedback", "--theme", "Short breaks", "--site", site.root.path, "--as-of", "2026-01-20"])
        #expect(feedback.status == 0, "\(feedback.stderr)")
        #expect(try site.read("Content/feedback/short-breaks-2026-01-20.md").contains("status: listening"))
        let again = try CLI.run(["new", "feedback", "--theme", "Short breaks", "--site", site.root.path, "--as-of", "2026-01-20"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("short-breaks-2026-01-20-2.md"))
        let check = try CLI.run(["build", "--site", site.root.path, "--as-of", "2026-01-20", "--output", site.root.appendingPathComponent("out").path])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func bulletinWritesADraftWithBothParts() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let eml = site.root.appendingPathComponent("december.eml")
        let r = try CLI.run(["bulletin", "2025-12", "--site", site.root.path, "--as-of", "2026-01-20", "--output", eml.path])
        #expect(r.status == 0, "\(r.stderr)")
        let text = String(decoding: try Data(contentsOf: eml), as: UTF8.self)
        // The minimal site has no contact email, so there is no From line to fill in.
        #expect(!text.contains("\r\nFrom:") && !text.hasPrefix("From:"))
        #expect(text.contains("Subject: December 2025 update\r\n"))
        #expect(text.contains("Content-Type: multipart/alternative;"))
        #expect(text.contains("Content-Type: text/plain; charset=utf-8") && text.contains("Content-Type: text/html; charset=utf-8"))
    }

    @Test func bulletinForAMissingMonthListsTheMonthsThatExist() throws {
        let site = try ScratchSite(ScratchSite.minimal)
        defer { site.remove() }
        let r = try CLI.run(["bulletin", "2026-03", "--site", site.root.path], in: site.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("there is no bulletin for 2026-03. Bulletins exist for 2025-12."))
        let bad = try CLI.run(["bulletin", "March", "--site", site.root.path], in: site.root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("\"March\" is not a month"))
    }

    @Test func bulletinNeedsABaseURL() throws {
        var files = ScratchSite.minimal
        files["Content/site.yml"] = "title: Test progress\npartnership: Test Partnership\n"
        let site = try ScratchSite(files)
        defer { site.remove() }
        let r = try CLI.run(["bulletin", "2025-12", "--site", site.root.path], in: site.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("no base_url"))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("2025-12.eml").path))
    }

    /// `--output` names a draft email: it may replace an earlier draft, never any other file.
    @Test func theDraftNeverReplacesAFileThatIsNotADraft() throws {
        let site = try ScratchSite(ScratchSite.minimal.merging(["notes.txt": "my notes"]) { a, _ in a })
        defer { site.remove() }
        for target in ["Content/site.yml", "notes.txt", "Content"] {
            let before = try site.snapshot("")
            let r = try CLI.run(["bulletin", "2025-12", "--site", site.root.path, "--as-of", "2026-01-20",
                                 "--output", site.root.path + "/" + target])
            #expect(r.status == 2, "\(target): \(r.stderr)")
            #expect(r.stderr.contains(target), "\(r.stderr)")
            #expect(try site.snapshot("") == before, "\(target) was changed")
        }
        let draft = site.root.path + "/december.eml"
        #expect(try CLI.run(["bulletin", "2025-12", "--site", site.root.path, "--output", draft]).status == 0)
        let again = try CLI.run(["bulletin", "2025-12", "--site", site.root.path, "--output", draft])
        #expect(again.status == 0, "an earlier draft may be replaced: \(again.stderr)")
    }
}
