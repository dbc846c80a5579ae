import Foundation
import OpenplanCore
import Testing
@testable import OpenplanServer

/// The real pipeline behind the preview, without the server: which pages a save rebuilds, what
/// a deleted file removes, and that a preview rebuilt save by save ends up exactly like one
/// built from scratch.
@Suite(.serialized)
struct PipelinePreviewBuilderTests {
    static let asOf = Day(iso: PipelineSite.asOf)!

    static func builder(for site: PipelineSite) -> PipelinePreviewBuilder {
        PipelinePreviewBuilder(siteFolder: site.site, asOf: asOf)
    }

    @Test func aWholeBuildWritesEveryPageAndTheTheme() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        let outcome = await builder.buildAll(into: site.output)
        let report = builder.lastBuild
        guard case .built(let count) = outcome else { Issue.record("failed: \(outcome)"); return }
        #expect(report.scope == .whole)
        #expect(report.succeeded)
        #expect(count == report.jobsInSite, "one page per page job, whatever files each writes")
        #expect(report.written.count > count, "theme files, emails and data files are written too")
        #expect(report.jobsRendered == report.jobsInSite)
        #expect(Set(site.snapshot().keys) == Set(report.written), "everything in the folder came from this build")
        for page in ["index.html", "actions/1-1/index.html", "actions/1-2/index.html", "priorities/1/index.html",
                     "measures/wait/index.html", "you-said-we-did/index.html", "bulletins/index.html",
                     "bulletins/2025-11/index.html", "about/index.html", "404.html", "assets/openplan.css"] {
            #expect(report.written.contains(page), "\(page)")
        }
        #expect(site.built("bulletins/2025-11/index.html")?.contains("The forum met twice in November.") == true)
    }

    @Test func editingOneBulletinRebuildsItAndTheListsThatShowIt() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)
        let before = site.snapshot()

        try site.edit("Content/bulletins/2025-11.md", replacing: "met twice", with: "met three times")
        let outcome = await builder.rebuild(changed: ["Content/bulletins/2025-11.md"], into: site.output)
        let report = builder.lastBuild
        guard case .built = outcome else { Issue.record("failed: \(outcome)"); return }
        #expect(report.scope == .partial)
        #expect(report.removed.isEmpty)
        #expect(report.rendered == [
            "bulletins/2025-11/email.html",  // the bulletin itself, and its email
            "bulletins/2025-11/email.txt",
            "bulletins/2025-11/index.html",
            "bulletins/2025-12/email.html",  // its neighbour, which links to it as "older"
            "bulletins/2025-12/email.txt",
            "bulletins/2025-12/index.html",
            "bulletins/index.html",          // the list of bulletins
            "feed.xml",                      // the news feeds
            "index.html",                    // the home page shows the latest news
            "report/index.html",             // the whole-plan report
            "rss.xml",
            "search/index.html",             // search covers every page
            "search/index.json",
            "sitemap.xml",                   // last-modified dates
        ])
        #expect(site.built("feed.xml")?.contains("met three times") == true)
        // Only what came out different is written: the sentence is in the bulletin, its email
        // and the feeds, not in the lists, which show titles and summaries.
        #expect(report.written == [
            "bulletins/2025-11/email.html",
            "bulletins/2025-11/email.txt",
            "bulletins/2025-11/index.html",
            "feed.xml",
            "rss.xml",
        ])
        #expect(site.built("bulletins/2025-11/index.html")?.contains("The forum met three times in November.") == true)
        let after = site.snapshot()
        for (path, bytes) in before where !report.written.contains(path) {
            #expect(after[path] == bytes, "\(path) was not rebuilt, so must be unchanged")
        }
    }

    /// A save parses again only the file it changed; the rest are reused by their bytes, and
    /// the preview still ends up exactly as a fresh whole build would leave it.
    @Test func aSaveParsesOnlyTheFileItChanged() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)
        let whole = builder.lastBuild
        #expect(whole.filesRead > 5)
        #expect(whole.filesParsed == whole.filesRead, "a first build parses everything")

        try site.edit("Content/actions/1.1.md", replacing: "Meet the parent carer forum every month", with: "Meet the forum monthly")
        _ = await builder.rebuild(changed: ["Content/actions/1.1.md"], into: site.output)
        #expect(builder.lastBuild.filesParsed == 1)
        #expect(builder.lastBuild.filesRead == whole.filesRead)
        #expect(site.built("actions/1-1/index.html")?.contains("Meet the forum monthly") == true)

        // The watcher can name the wrong file or none: bytes decide, not the list of changes.
        try site.edit("Content/actions/1.2.md", replacing: "---\n", with: "---\n# a comment\n")
        _ = await builder.rebuild(changed: ["Content/actions/1.1.md"], into: site.output)
        #expect(builder.lastBuild.filesParsed == 1)

        // Saving a file unchanged parses nothing.
        _ = await builder.rebuild(changed: ["Content/actions/1.1.md"], into: site.output)
        #expect(builder.lastBuild.filesParsed == 0)

        let fresh = site.root.appendingPathComponent("fresh")
        _ = await Self.builder(for: site).buildAll(into: fresh)
        #expect(site.snapshot() == PipelineSite.snapshot(of: fresh), "save by save gives what a whole build gives")
    }

    /// After a save the edited action's own page is written and announced first; the pages
    /// that list it follow, and the rebuild ends exactly where a one-step rebuild would.
    @Test func theSavedFilesOwnPageComesFirst() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)

        try site.edit("Content/actions/1.1.md", replacing: "Meet the parent carer forum every month", with: "Meet the forum monthly")
        actor Seen { var pages: [String: Bool] = [:]; var calls = 0
            func note(_ page: String, _ shown: Bool) { pages[page] = shown }
            func call() { calls += 1 } }
        let seen = Seen()
        let outcome = await builder.rebuild(changed: ["Content/actions/1.1.md"], into: site.output, whenOwnPagesAreOut: { first in
            await seen.call()
            if case .built(let count) = first { await seen.note("count is 1", count == 1) }
            for page in ["actions/1-1/index.html", "priorities/1/index.html", "index.html"] {
                await seen.note(page, site.built(page)?.contains("Meet the forum monthly") == true)
            }
        })
        #expect(await seen.calls == 1)
        #expect(await seen.pages == ["count is 1": true, "actions/1-1/index.html": true,
                                     "priorities/1/index.html": false, "index.html": false],
                "only the action's own page is out when the first step is announced")
        guard case .built = outcome else { Issue.record("failed: \(outcome)"); return }
        let report = builder.lastBuild
        #expect(report.succeeded)
        #expect(report.rendered.contains("actions/1-1/index.html") && report.rendered.contains("priorities/1/index.html"))
        for page in ["actions/1-1/index.html", "priorities/1/index.html", "index.html"] {
            #expect(site.built(page)?.contains("Meet the forum monthly") == true, "\(page)")
        }
        let fresh = site.root.appendingPathComponent("fresh")
        _ = await Self.builder(for: site).buildAll(into: fresh)
        #expect(site.snapshot() == PipelineSite.snapshot(of: fresh), "two steps end where a whole build does")
    }

    /// Pages with no date of their own (the glossary, other pages) show the latest date in the
    /// whole plan, which no dependency list names: a save that moves it rebuilds them too.
    @Test func aNewLatestDateReachesEveryPageThatShowsIt() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)
        #expect(site.built("glossary/index.html")?.contains("Last updated: <time datetime=\"2025-12-19\">") == true)

        try site.write("Content/bulletins/2026-01.md",
                       "---\ntitle: January 2026 update\ndate: 2026-01-20\nsummary: New year news.\n---\nPlans are quicker.\n")
        _ = await builder.rebuild(changed: ["Content/bulletins/2026-01.md"], into: site.output)
        #expect(site.built("glossary/index.html")?.contains("Last updated: <time datetime=\"2026-01-20\">") == true)
        #expect(site.built("about/index.html")?.contains("Last updated: <time datetime=\"2026-01-20\">") == true)

        // Edits that leave the latest date alone stay partial.
        try site.edit("Content/bulletins/2026-01.md", replacing: "quicker", with: "much quicker")
        _ = await builder.rebuild(changed: ["Content/bulletins/2026-01.md"], into: site.output)
        #expect(builder.lastBuild.jobsRendered < builder.lastBuild.jobsInSite)
    }

    @Test func editingAnActionRebuildsThePagesThatShowIt() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)

        try site.edit("Content/actions/1.1.md", replacing: "Meet the parent carer forum every month", with: "Meet the forum monthly")
        _ = await builder.rebuild(changed: ["Content/actions/1.1.md"], into: site.output)
        let written = Set(builder.lastBuild.rendered)
        for page in ["actions/1-1/index.html", "priorities/1/index.html", "measures/wait/index.html",
                     "you-said-we-did/index.html", "index.html"] {
            #expect(written.contains(page), "\(page) shows the action")
            #expect(site.built(page)?.contains("Meet the forum monthly") == true, "\(page)")
        }
        for page in ["actions/2-1/index.html", "priorities/2/index.html", "bulletins/2025-11/index.html",
                     "about/index.html", "glossary/index.html", "assets/openplan.css"] {
            #expect(!written.contains(page), "\(page) does not show the action")
        }
        #expect(site.built("priorities/1/index.html")?.contains("Meet the forum monthly") == true)
    }

    @Test func deletingAnActionRemovesItsPageAndItFromTheLists() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)
        #expect(site.built("priorities/1/index.html")?.contains("Publish the meeting notes") == true)

        try site.delete("Content/actions/1.2.md")
        let outcome = await builder.rebuild(changed: ["Content/actions/1.2.md"], into: site.output)
        guard case .built = outcome else { Issue.record("failed: \(outcome)"); return }
        let report = builder.lastBuild
        #expect(report.removed == ["actions/1-2/index.html"])
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("actions/1-2").path),
                "the emptied folder goes too, so the address is not found")
        #expect(report.written.contains("priorities/1/index.html"), "the priority that listed it is rebuilt")
        #expect(site.built("priorities/1/index.html")?.contains("Publish the meeting notes") == false)
        #expect(site.built("actions/1-1/index.html") != nil)
    }

    @Test func aBrokenFileLeavesThePreviewAsItWasAndTheFixBringsEveryChangeIn() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)
        let before = site.snapshot()

        try site.edit("Content/actions/1.1.md", replacing: "status: on-track", with: "status: on-trak")
        let broken = await builder.rebuild(changed: ["Content/actions/1.1.md"], into: site.output)
        guard case .failed(let problems) = broken else { Issue.record("built a broken site"); return }
        let problem = try #require(problems.first)
        #expect(problems.allSatisfy { $0.severity == .error }, "the preview shows errors only")
        #expect((problem.file, problem.line, problem.column) == ("Content/actions/1.1.md", 6, 9))
        #expect(problem.message.contains("on-trak"))
        #expect(site.snapshot() == before, "nothing is written while the content has errors")

        // Saved while the site is broken: published only once the mistake is fixed.
        try site.edit("Content/bulletins/2025-12.md", replacing: "met once", with: "met four times")
        let stillBroken = await builder.rebuild(changed: ["Content/bulletins/2025-12.md"], into: site.output)
        guard case .failed = stillBroken else { Issue.record("built a broken site"); return }
        #expect(site.snapshot() == before)

        try site.edit("Content/actions/1.1.md", replacing: "status: on-trak", with: "status: off-track")
        let fixed = await builder.rebuild(changed: ["Content/actions/1.1.md"], into: site.output)
        guard case .built = fixed else { Issue.record("still failing: \(fixed)"); return }
        #expect(builder.lastBuild.scope == .partial)
        #expect(site.built("bulletins/2025-12/index.html")?.contains("The forum met four times in December.") == true)
        #expect(site.built("actions/1-1/index.html")?.contains("Not on track") == true)
    }

    @Test func publicFilesAreCopiedAndRemovedOnTheirOwn() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)

        try site.write("Public/downloads/plan.txt", "The plan as text.\n")
        _ = await builder.rebuild(changed: ["Public/downloads/plan.txt"], into: site.output)
        #expect(builder.lastBuild.written == ["downloads/plan.txt"])
        #expect(builder.lastBuild.jobsRendered == 0, "no page is rendered for a file copied as it is")
        #expect(site.built("downloads/plan.txt") == "The plan as text.\n")

        try FileManager.default.removeItem(at: site.site.appendingPathComponent("Public/downloads"))
        _ = await builder.rebuild(changed: ["Public/downloads"], into: site.output)
        #expect(builder.lastBuild.removed == ["downloads/plan.txt"], "a removed folder takes its files with it")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("downloads").path))
    }

    @Test func sharedFilesAndTemplatesRebuildEverything() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)
        for changed in ["Content/people.yml", "Content/glossary.yml", "Content/site.yml", "Templates/page.mustache"] {
            _ = await builder.rebuild(changed: [changed], into: site.output)
            #expect(builder.lastBuild.scope == .whole, "\(changed)")
            #expect(builder.lastBuild.jobsRendered == builder.lastBuild.jobsInSite, "\(changed)")
        }
    }

    @Test func theNotFoundPageLinksFromThePreviewRoot() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        _ = await Self.builder(for: site).buildAll(into: site.output)
        let page = try #require(site.built("404.html"))
        #expect(!page.contains("=\"/send-progress/"), "the published sub-path does not exist in the preview")
        #expect(page.contains("href=\"/search/\""), "links start from the preview's root")
        #expect(page.contains("<style>"), "the page carries its own styles, so they load at any address")
        let home = try #require(site.built("actions/1-1/index.html"))
        #expect(home.contains("href=\"../../assets/openplan.css\""), "other pages link relatively, as published")
    }

    /// The strongest check on partial rebuilds: after each save, the preview folder holds
    /// exactly what a build from scratch of the same content would.
    @Test func everySaveEndsWhereAWholeBuildDoes() async throws {
        let site = try PipelineSite()
        defer { site.remove() }
        let builder = Self.builder(for: site)
        _ = await builder.buildAll(into: site.output)
        let saves: [(String, () throws -> Void)] = [
            ("Content/bulletins/2025-11.md", { try site.edit("Content/bulletins/2025-11.md", replacing: "twice", with: "again") }),
            ("Content/actions/1.2.md", { try site.delete("Content/actions/1.2.md") }),
            ("Content/bulletins/2026-01.md", { try site.write("Content/bulletins/2026-01.md",
                "---\ntitle: January 2026 update\ndate: 2026-01-20\nsummary: New year news.\n---\nPlans are quicker.\n") }),
            ("Content/feedback/letters.md", { try site.edit("Content/feedback/letters.md", replacing: "theme: Communication", with: "theme: Letters") }),
            ("Content/measures/wait.json", { try site.edit("Content/measures/wait.json", replacing: "\"value\": 26", with: "\"value\": 24") }),
            ("Content/priorities/2.md", { try site.edit("Content/priorities/2.md", replacing: "title: Plans on time", with: "title: Timely plans") }),
            ("Content/actions/2.1.md", { try site.edit("Content/actions/2.1.md", replacing: "status: off-track", with: "status: complete") }),
            ("Content/actions/1.3.md", { try site.write("Content/actions/1.3.md",
                "---\ntitle: Train school staff\npriority: \"1\"\nleads: [NB]\ndue: 2026-09\nstatus: on-track\nupdated: 2026-01-25\n---\nTraining.\n") }),
            ("Content/bulletins/2025-12.md", { try site.delete("Content/bulletins/2025-12.md") }),
            ("Content/pages/about.md", { try site.delete("Content/pages/about.md") }),
        ]
        for (step, (path, save)) in saves.enumerated() {
            try save()
            let outcome = await builder.rebuild(changed: [path], into: site.output)
            guard case .built = outcome else { Issue.record("\(path): \(outcome)"); return }
            #expect(builder.lastBuild.scope == .partial, "\(path)")

            let fresh = site.root.appendingPathComponent("fresh-\(step)")
            guard case .built = await Self.builder(for: site).buildAll(into: fresh) else {
                Issue.record("the build from scratch failed after \(path)"); return
            }
            let rebuilt = site.snapshot()
            let whole = PipelineSite.snapshot(of: fresh)
            #expect(Set(rebuilt.keys) == Set(whole.keys), "after saving \(path)")
            for file in whole.keys.sorted() where rebuilt[file] != nil && rebuilt[file] != whole[file] {
                Issue.record("after saving \(path), \(file) differs from a build from scratch")
            }
        }
        #expect(site.built("you-said-we-did/theme/letters/index.html") != nil)
        #expect(site.built("you-said-we-did/theme/communication/index.html") == nil)
        #expect(site.built("bulletins/2025-12/index.html") == nil)
    }
}
