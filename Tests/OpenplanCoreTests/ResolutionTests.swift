import Foundation
import Testing
@testable import OpenplanCore

/// The resolving stage finds every problem in the Markdown (links, anchors, embeds, what is
/// withheld) from the plan alone, and knows the ids on each page without rendering it.
@Suite struct ResolutionTests {
    static let asOf = Day(iso: "2026-01-15")!

    /// A site with every kind of problem the stage finds, in every kind of body.
    static let everyProblem: [String: String] = [
        "Content/glossary.yml": "- { term: EHCP, stands_for: Education, Health and Care Plan, meaning: A plan. }\n",
        "Content/priorities/1.md": """
            ---
            title: Working together
            ---
            ## What we do

            See [our aim](#what-we-do), [a missing part](#nowhere) and [an action](/actions/1-1/#what-we-will-do).

            {{progress now}}
            """,
        "Content/actions/1.1.md": """
            ---
            title: First action
            priority: 1
            leads: [NB]
            due: 2025-12
            status: on-track
            updated: 2025-10-01
            ---
            ## What we will do

            {{nonsense}}

            {{measure}}

            {{measure NOPE}}

            {{action 9.9}}

            A [bad link](javascript:alert(1)) and <b>raw HTML</b>, with {{progress}} inside a sentence.

            Links: [to us](#what-we-will-do), [to a gap](#gap), [the plan](/report/#action-1-1), [its gap](/report/#gap),
            [the glossary](/glossary/#ehcp), [a letter](/glossary/#letter-e), [no term](/glossary/#iep),
            [a banner](/actions/1-1/#banner-past-due), [top](/#top), [nowhere](/nowhere/), ![a picture](/missing.png),
            [a file](/measures/lo-visits/data.csv), [the feed](/feed.xml#x), [search](/search/#every-page).
            """,
        "Content/feedback/f.md": """
            ---
            date: 2026-01-01
            theme: Communication
            you_said: Tell us more.
            actions: [1.1]
            ---
            ## Done

            We did [this](#done), not [that](#not-here). {{feedback latest 99}} is inline.

            {{feedback latest 99}}
            """,
        "Content/bulletins/2026-01.md": """
            ---
            title: January
            date: 2026-01-10
            ---
            {{changes please}}

            {{measure LO-VISITS}}

            See [the feedback](/you-said-we-did/#feedback-f) and [its heading](/you-said-we-did/#feedback-f-done),
            [a wrong one](/you-said-we-did/#f-done) and [a theme](/you-said-we-did/theme/communication/#feedback-f).
            """,
        "Content/pages/about.md": """
            ---
            title: About
            ---
            <div id="own">Raw</div>

            [Mine](#own) and [the measure](/measures/lo-visits/#banner-late).
            """,
        "Content/pages/index.md": "---\ntitle: Home\n---\nWelcome. [Overdue](#banner-overdue) and [late](/measures/#x).\n",
    ]

    private static func prepared(_ files: [String: String]) throws -> (SiteBuild.Prepared, TestSite) {
        let site = TestSite(basics: files)
        let prepared = SiteBuild(siteFolder: site.folder, asOf: asOf).prepare()
        _ = try #require(prepared.plan)
        return (prepared, site)
    }

    private static func resolved(_ prepared: SiteBuild.Prepared) throws -> ResolvedPlan {
        PlanResolution.resolve(try #require(prepared.plan), assetPaths: prepared.assets.keys, asOf: asOf)
    }

    private static func listing(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(\.description).joined(separator: "\n")
    }

    /// Every problem in `everyProblem`, as `openplan check` lists it. (Until the resolving
    /// stage, rendering every page found exactly these.)
    static let expected = """
        Content/actions/1.1.md:11:1: error: “{{nonsense}}” is not an embed. The embeds are {{measure ID}}, {{action ID}}, {{progress}}, {{changes}} and {{feedback latest N}}.
        Content/actions/1.1.md:13:1: error: {{measure}} needs a measure id, for example {{measure LO-VISITS}}.
        Content/actions/1.1.md:15:1: error: There is no measure with the id “NOPE”. Use an id from Content/measures, for example {{measure LO-VISITS}}.
        Content/actions/1.1.md:17:1: error: There is no action with the id “9.9”. Use an id from Content/actions, for example {{action 1.1}}.
        Content/actions/1.1.md:19:3: warning: The link to "javascript:alert(1)" is not published, because addresses like this can run code or open files on the reader's computer. Link to a web page (https://…), an email address (mailto:…) or a page of this site.
        Content/actions/1.1.md:19:39: warning: This HTML is not published, because the site does not allow HTML in its text. Write it in Markdown instead, or set allow_raw_html: true in Content/site.yml if you trust everyone who edits the site.
        Content/actions/1.1.md:19:50: warning: This HTML is not published, because the site does not allow HTML in its text. Write it in Markdown instead, or set allow_raw_html: true in Content/site.yml if you trust everyone who edits the site.
        Content/actions/1.1.md:19:61: warning: {{progress}} is shown as text, because an embed is only filled in when it is on a line of its own. Put it on its own line, with a blank line before and after.
        Content/actions/1.1.md:21:35: warning: The link “#gap” points to a section “#action-1-1-gap” that is not on that page. Check the heading it should point to.
        Content/actions/1.1.md:21:35: warning: The link “#gap” points to a section “#gap” that is not on that page. Check the heading it should point to.
        Content/actions/1.1.md:21:86: warning: The link “/report/#gap” points to a section “#gap” that is not on that page. Check the heading it should point to.
        Content/actions/1.1.md:22:67: warning: The link “/glossary/#iep” points to a section “#iep” that is not on that page. Check the heading it should point to.
        Content/actions/1.1.md:23:58: warning: The link “/nowhere/” does not go to any page of this site. Links to other pages start with / and use the page's address, for example /actions/1-2/ or /measures/.
        Content/actions/1.1.md:23:80: warning: The link “/missing.png” does not go to any page of this site. Links to other pages start with / and use the page's address, for example /actions/1-2/ or /measures/.
        Content/bulletins/2026-01.md:5:1: error: {{changes}} takes nothing after the word changes, but “please” was written.
        Content/bulletins/2026-01.md:10:1: warning: The link “/you-said-we-did/#f-done” points to a section “#f-done” that is not on that page. Check the heading it should point to.
        Content/feedback/f.md:9:27: warning: The link “#not-here” points to a section “#feedback-f-not-here” that is not on that page. Check the heading it should point to.
        Content/feedback/f.md:9:46: warning: {{feedback latest 99}} is shown as text, because an embed is only filled in when it is on a line of its own. Put it on its own line, with a blank line before and after.
        Content/feedback/f.md:11:1: error: “{{feedback latest 99}}” is not understood. Write {{feedback latest 3}}, with a number from 1 to 50.
        Content/pages/about.md:4:1: warning: This HTML is not published, because the site does not allow HTML in its text. Write it in Markdown instead, or set allow_raw_html: true in Content/site.yml if you trust everyone who edits the site.
        Content/pages/about.md:6:1: warning: The link “#own” points to a section “#own” that is not on that page. Check the heading it should point to.
        Content/pages/about.md:6:18: warning: The link “/measures/lo-visits/#banner-late” points to a section “#banner-late” that is not on that page. Check the heading it should point to.
        Content/pages/index.md:4:41: warning: The link “/measures/#x” points to a section “#x” that is not on that page. Check the heading it should point to.
        Content/priorities/1.md:6:29: warning: The link “#nowhere” points to a section “#nowhere” that is not on that page. Check the heading it should point to.
        Content/priorities/1.md:6:29: warning: The link “#nowhere” points to a section “#priority-1-nowhere” that is not on that page. Check the heading it should point to.
        Content/priorities/1.md:8:1: error: {{progress}} takes nothing after the word progress, but “now” was written.
        """

    @Test func findsEveryProblemWithoutRendering() throws {
        let (prepared, site) = try Self.prepared(Self.everyProblem)
        defer { _ = site }
        let resolved = try Self.resolved(prepared)
        #expect(Self.listing(resolved.diagnostics) == Self.expected)
        // A build's check also keeps the action bodies rendered; what it finds is the same.
        let building = PlanResolution.resolve(try #require(prepared.plan), assetPaths: prepared.assets.keys, asOf: Self.asOf,
                                              rendersBodies: true)
        #expect(Self.listing(building.diagnostics) == Self.expected)
        // Every body, rendered in the same parse for the pages.
        let plan = try #require(prepared.plan)
        let own = plan.actions.map(\.body) + plan.priorities.map(\.body) + plan.bulletins.map(\.body)
            + plan.pages.map(\.body) + (plan.homeIntro.map { [$0.body] } ?? []) + plan.feedback.map(\.body)
        let shareable = Set(own.filter { !$0.text.isEmpty && PlaceholderRoot.isSafe($0.text) }.map(\.file))
        #expect(shareable.count > plan.actions.count)
        #expect(building.bodies.count == shareable.count)
        #expect(resolved.bodies.count == 0)
    }

    /// The live preview checks the whole plan after every save, parsing again only the bodies
    /// whose text changed: what it finds must be what a fresh check finds, never a stale copy.
    @Test func aCheckReusingEarlierFindingsFindsWhatAFreshOneFinds() throws {
        let (before, site) = try Self.prepared(Self.everyProblem)
        defer { _ = site }
        let first = PlanResolution.resolve(try #require(before.plan), assetPaths: before.assets.keys, asOf: Self.asOf,
                                           reusing: ParsedBodies())
        #expect(Self.listing(first.diagnostics) == Self.expected)
        var edited = Self.everyProblem
        edited["Content/priorities/1.md"] = try #require(edited["Content/priorities/1.md"])
            .replacingOccurrences(of: "{{progress now}}", with: "{{progress}}")
        let (after, site2) = try Self.prepared(edited)
        defer { _ = site2 }
        let plan = try #require(after.plan)
        let reused = PlanResolution.resolve(plan, assetPaths: after.assets.keys, asOf: Self.asOf, reusing: first.parsedBodies)
        let fresh = PlanResolution.resolve(plan, assetPaths: after.assets.keys, asOf: Self.asOf)
        #expect(reused.diagnostics == fresh.diagnostics)
        #expect(!Self.listing(reused.diagnostics).contains("{{progress}} takes nothing after the word progress"))
        #expect(reused.diagnostics.count == first.diagnostics.count - 1)
    }

    /// `openplan check`, `openplan bulletin` and a build that stops on errors get them here.
    @Test func aCheckAndABuildReportWhatResolvingFinds() throws {
        let site = TestSite(basics: Self.everyProblem)
        let build = SiteBuild(siteFolder: site.folder, asOf: Self.asOf)
        let checked = build.check().diagnostics
        let prepared = build.prepare()
        #expect(checked == (prepared.diagnostics + (try Self.resolved(prepared)).diagnostics).sorted())
        #expect(Self.listing(checked).contains(Self.expected))
        // A build stops on the errors, writing nothing.
        let report = try build.run()
        #expect(!report.published && report.filesWritten == 0)
        #expect(report.diagnostics == checked)
        #expect(!FileManager.default.fileExists(atPath: build.outputFolder.path))
    }

    /// Where the site allows HTML, ids written in it are places to link to.
    @Test func idsInRawHTMLAreKnownWhereTheSiteAllowsIt() throws {
        var files = Self.everyProblem
        files["Content/site.yml"] = TestSite.siteYML + "\nallow_raw_html: true\n"
        let (prepared, site) = try Self.prepared(files)
        defer { _ = site }
        let resolved = try Self.resolved(prepared)
        #expect(resolved.anchors["about/"]?.contains("own") == true)
        #expect(!resolved.diagnostics.contains { $0.message.contains("#own") })
        #expect(!resolved.diagnostics.contains { $0.message.contains("HTML is not published") })
        try Self.expectSameAnchors(resolved.plan, theme: try Theme.builtIn())
    }

    /// The known limit: an id that only a site's own template writes is not known, so a link
    /// to it is reported (a warning; the site is still published). Ids from the built-in
    /// templates and from Markdown are known whatever the site overrides.
    @Test func idsOnlyASitesOwnTemplateWritesAreNotKnown() throws {
        var files = Self.everyProblem
        files["Templates/page.mustache"] = "<h1 id=\"own-title\">{{title}}</h1>\n{{{bodyHTML}}}\n"
        files["Content/pages/about.md"] = "---\ntitle: About\n---\n## Who we are\n\n[Title](/about/#own-title), [us](#who-we-are).\n"
        let (prepared, site) = try Self.prepared(files)
        defer { _ = site }
        let about = try Self.resolved(prepared).diagnostics.filter { $0.file == "Content/pages/about.md" }
        #expect(about.map(\.message) == [
            "The link “/about/#own-title” points to a section “#own-title” that is not on that page. Check the heading it should point to.",
        ])
        // Though the page, once rendered, has it.
        let box = FileBox()
        try #require(prepared.renderer).render { box.add($0) }
        #expect(box.files["about/index.html"]?.contains("<h1 id=\"own-title\">") == true)
    }

    @Test func theExampleSiteHasNoBrokenLinks() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let prepared = SiteBuild(siteFolder: root, asOf: Self.asOf).prepare()
        let resolved = try Self.resolved(prepared)
        #expect(resolved.diagnostics.isEmpty, "\(Self.listing(resolved.diagnostics))")
        try Self.expectSameAnchors(resolved.plan, theme: try Theme.builtIn())
    }

    /// The stage may not use the renderer: no file in `Resolution/` names a type declared in
    /// `Rendering/` or `Publishing/` (`scripts/check-layers` keeps the same rule for every stage).
    @Test func resolvingNeverRenders() throws {
        let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/OpenplanCore")
        func sources(_ folder: String) throws -> [(String, String)] {
            let url = core.appendingPathComponent(folder)
            let names = try #require(FileManager.default.enumerator(atPath: url.path)).compactMap { $0 as? String }
            return try names.filter { $0.hasSuffix(".swift") }.sorted().map {
                ($0, try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8))
            }
        }
        var later = Set<String>()
        for (_, text) in try sources("Rendering") + sources("Publishing") {
            // Top-level declarations, as `scripts/check-layers` reads them.
            for line in text.split(separator: "\n") where line.first?.isLetter == true {
                let words = line.split(separator: " ").map(String.init)
                if let k = words.firstIndex(where: { ["struct", "enum", "class", "protocol", "typealias", "actor"].contains($0) }),
                   k + 1 < words.count, words[..<k].allSatisfy({ ["public", "final", "private", "fileprivate", "internal", "package", "indirect"].contains($0) }) {
                    later.insert(String(words[k + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
                }
            }
        }
        #expect(later.contains("SiteRenderer") && later.contains("PageContext") && later.contains("SiteBuild"))
        let code = try sources("Resolution")
        #expect(!code.isEmpty)
        for (name, text) in code {
            let lines = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            let words = Set(lines.joined(separator: "\n").split { !$0.isLetter && !$0.isNumber && $0 != "_" }.map(String.init))
            #expect(words.isDisjoint(with: later), "\(name) uses \(words.intersection(later).sorted())")
        }
    }

    /// The ids resolving knows on each page are the ids rendering writes there: every page,
    /// every id, except the ids inside charts (`chart-…`), which are no place to link to.
    private static func expectSameAnchors(_ plan: Plan, theme: Theme, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let renderer = SiteRenderer(plan: plan, theme: theme, asOf: asOf)
        let box = FileBox()
        try renderer.render { box.add($0) }
        var written: [String: Set<String>] = [:]
        for (path, bytes) in box.bytes where path.hasSuffix("index.html") {
            written[String(path.dropLast("index.html".count)), default: []].formUnion(PageIDs.scan(bytes))
        }
        let resolved = PlanResolution.resolve(plan, assetPaths: theme.assets.keys, asOf: asOf)
        #expect(Set(resolved.anchors.keys) == Set(written.keys), sourceLocation: sourceLocation)
        for (folder, ids) in written {
            let known = resolved.anchors[folder] ?? []
            #expect(known.subtracting(ids).isEmpty, "\(folder): known but not written: \(known.subtracting(ids).sorted())",
                    sourceLocation: sourceLocation)
            let unknown = ids.subtracting(known).filter { !$0.contains("chart-") }
            #expect(unknown.isEmpty, "\(folder): written but not known: \(unknown.sorted())", sourceLocation: sourceLocation)
        }
    }

    @Test func knowsTheIDsOnEveryPage() throws {
        let (prepared, site) = try Self.prepared(Self.everyProblem)
        defer { _ = site }
        try Self.expectSameAnchors(try #require(prepared.plan), theme: try Theme.builtIn())
        try Self.expectSameAnchors(RenderFixtures.plan(), theme: try Theme.builtIn())
        try Self.expectSameAnchors(RenderFixtures.plan(baseURL: nil), theme: try Theme.builtIn())
    }

    @Test func knowsTheIDsOnEveryPageOfALongPlan() throws {
        // Long enough for the whole plan and the lists of changes to be split into pages.
        try Self.expectSameAnchors(RenderLargePlanTests.largePlan(actions: 600), theme: try Theme.builtIn())
    }
}

/// The `id` attributes in a rendered page: the test's own reading, not the stage's.
enum PageIDs {
    static func scan(_ bytes: [UInt8]) -> Set<String> {
        let html = String(decoding: bytes, as: UTF8.self)
        var ids = Set<String>()
        var rest = html[...]
        while let r = rest.range(of: " id=\"") {
            let after = rest[r.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            ids.insert(String(after[..<end]))
            rest = after[end...]
        }
        return ids
    }
}
