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

    /// What rendering every page finds, for comparing with what resolving finds without it.
    private static func rendered(_ prepared: SiteBuild.Prepared) throws -> [Diagnostic] {
        let renderer = try #require(prepared.renderer)
        return try renderer.render { _ in }
    }

    @Test func findsWhatRenderingFinds() throws {
        let (prepared, site) = try Self.prepared(Self.everyProblem)
        defer { _ = site }
        let resolved = try Self.resolved(prepared)
        let byRendering = try Self.rendered(prepared)
        #expect(resolved.diagnostics == byRendering,
                "resolved:\n\(Self.listing(resolved.diagnostics))\nrendered:\n\(Self.listing(byRendering))")
        #expect(resolved.diagnostics.contains { $0.severity == .error } && resolved.diagnostics.count > 20)
    }

    /// Where the site allows HTML, ids written in it are places to link to.
    @Test func findsWhatRenderingFindsWithRawHTML() throws {
        var files = Self.everyProblem
        files["Content/site.yml"] = TestSite.siteYML + "\nallow_raw_html: true\n"
        let (prepared, site) = try Self.prepared(files)
        defer { _ = site }
        let resolved = try Self.resolved(prepared)
        #expect(resolved.diagnostics == (try Self.rendered(prepared)))
        #expect(resolved.anchors["about/"]?.contains("own") == true)
        #expect(!resolved.diagnostics.contains { $0.message.contains("#own") })
    }

    @Test func findsWhatRenderingFindsInTheExampleSite() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let prepared = SiteBuild(siteFolder: root, asOf: Self.asOf).prepare()
        let resolved = try Self.resolved(prepared)
        #expect(resolved.diagnostics == (try Self.rendered(prepared)))
    }

    /// The ids resolving knows on each page are the ids rendering writes there: every page,
    /// every id, except the ids inside charts (`chart-…`), which are no place to link to.
    private static func expectSameAnchors(_ plan: Plan, theme: Theme, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let renderer = SiteRenderer(plan: plan, theme: theme, asOf: asOf)
        let box = FileBox()
        _ = try renderer.render { box.add($0) }
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
