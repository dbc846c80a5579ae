import Foundation
import Testing
@testable import OpenplanCore

/// A plan far larger than any real one: pages that would list every action (or every change)
/// are summarised or split, so none grows with the plan, and every action can still be
/// reached by following links.
@Suite struct RenderLargePlanTests {
    /// The fixture plan with `count` more actions spread over 30 priorities, each added to the
    /// plan on a day inside the latest bulletin's period (so each is a change to list).
    static func largePlan(actions count: Int) -> Plan {
        let base = RenderFixtures.plan()
        let priorities = base.priorities + (3...30).map { (p: Int) -> Priority in
            Priority(id: ItemID("\(p)"), title: "Priority number \(p)", order: p, summary: nil,
                     body: RenderFixtures.body("About priority \(p).", "Content/priorities/\(p).md"),
                     location: RenderFixtures.at("Content/priorities/\(p).md"))
        }
        let statuses = ["not-started", "on-track", "issues", "off-track", "complete"]
        var actions = base.actions
        for i in 1...count {
            let id = ItemID("\(i % 30 + 1).\(1000 + i)")
            let file = "Content/actions/\(id.raw).md"
            actions.append(Action(id: id, title: "Generated action \(i)", priorities: [ItemID("\(i % 30 + 1)")], leads: ["NB"],
                                  due: .date(RenderFixtures.date("2026-06")), status: statuses[i % statuses.count],
                                  updated: RenderFixtures.day("2025-11-20"),
                                  history: [HistoryEntry(date: RenderFixtures.day("2025-11-10"), status: "not-started")],
                                  body: RenderFixtures.body("Some text about action \(i).", file), location: RenderFixtures.at(file)))
        }
        return Plan(site: base.site, people: base.people, glossary: base.glossary, priorities: priorities, actions: actions,
                    measures: base.measures, feedback: base.feedback, bulletins: base.bulletins, pages: base.pages,
                    homeIntro: base.homeIntro)
    }

    /// The pages that used to list every action or every change, and their sizes.
    static let listPages = ["index.html", "search/index.html", "bulletins/b0/index.html", "bulletins/b0/email.html",
                            "bulletins/b0/email.txt", "report/index.html", "report/changes/index.html"]

    @Test func listPagesDoNotGrowWithThePlan() throws {
        let smaller = try RenderFixtures.render(Self.largePlan(actions: 1_000))
        let larger = try RenderFixtures.render(Self.largePlan(actions: 2_000))
        // No link to a new page is reported as broken: the findings are the small plan's own.
        let small = try RenderFixtures.render(RenderFixtures.plan()).diagnostics
        #expect(smaller.diagnostics == small)
        #expect(larger.diagnostics == small)
        for path in Self.listPages {
            let a = try #require(smaller.files[path], "\(path) missing").utf8.count
            let b = try #require(larger.files[path], "\(path) missing").utf8.count
            // Twice the actions: at most a few per cent more bytes (longer numbers), never twice.
            #expect(Double(b) < Double(a) * 1.1, "\(path) grew from \(a) to \(b) bytes")
        }
        // Every page of the whole plan holds at most a page's worth of actions.
        for (path, html) in larger.files where path.hasPrefix("report/") && !path.hasPrefix("report/changes/") {
            #expect(html.components(separatedBy: "class=\"report-action\"").count - 1 <= ReportPages.actionsPerPage, "\(path)")
        }
    }

    @Test func everyActionIsReachableByLinksFromTheHomePage() throws {
        let plan = Self.largePlan(actions: 1_000)
        let files = try RenderFixtures.render(plan).files
        let reached = Self.crawl(files, from: "index.html")
        let missing = plan.actions.map { SitePaths.action($0.id) + "index.html" }.filter { !reached.contains($0) }
        #expect(missing.isEmpty, "not reached: \(missing.prefix(5))")
        // And from the first page of the whole plan alone, every action's anchor is on one of its pages.
        let report = Self.crawl(files, from: "report/index.html", within: "report/")
        let anchors = Set(report.flatMap { path in
            (files[path] ?? "").components(separatedBy: "id=\"action-").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        })
        let withoutAnchor = plan.actions.filter { !anchors.contains($0.id.slug) }.map(\.id.raw)
        #expect(withoutAnchor.isEmpty, "no anchor in the whole plan: \(withoutAnchor.prefix(5))")
        // Every change of the period is on a page of the full list.
        let changes = Self.crawl(files, from: "report/changes/index.html", within: "report/changes/")
        let listed = changes.reduce(0) { $0 + (files[$1] ?? "").components(separatedBy: "class=\"changes__item\"").count - 1 }
        #expect(listed == ChangeLog(plan: plan, period: .days31(endingOn: RenderFixtures.asOf)).count)
    }

    @Test func pagesOfTheWholePlanLinkToEachOther() throws {
        let plan = Self.largePlan(actions: 2_000)
        let files = try RenderFixtures.render(plan).files
        let count = (plan.actions.count + ReportPages.actionsPerPage - 1) / ReportPages.actionsPerPage
        let pages = files.keys.filter { $0.hasPrefix("report/") && !$0.hasPrefix("report/changes/") }
        #expect(pages.count == count)
        for n in 1...count {
            let path = SitePaths.reportPage(n) + "index.html"
            let html = try #require(files[path], "\(path) missing")
            let links = Self.links(in: html, from: path)
            #expect(html.contains("aria-label=\"Pages of the whole plan\""))
            #expect(html.contains("aria-label=\"Page \(n) of \(count)\" aria-current=\"page\""), "\(path)")
            #expect(links.contains("report/index.html"), "\(path) does not link to the first page")
            #expect(links.contains(SitePaths.reportPage(count) + "index.html"), "\(path) does not link to the last page")
            #expect(html.contains("rel=\"prev\"") == (n > 1), "\(path)")
            #expect(html.contains("rel=\"next\"") == (n < count), "\(path)")
            if n > 1 { #expect(links.contains(SitePaths.reportPage(n - 1) + "index.html"), "\(path)") }
            if n < count { #expect(links.contains(SitePaths.reportPage(n + 1) + "index.html"), "\(path)") }
            // More pages than fit in the navigation: a gap is shown, not a link to every page.
            #expect(html.contains("pagination__item--ellipsis") == (count > 7), "\(path)")
            #expect(html.contains("Whole plan (page \(n) of \(count))"), "\(path)")
        }
        #expect(files["report/index.html"]!.contains("The plan is long, so it is split into \(count) pages"))
        // Nothing calls it "one page" any more.
        #expect(!files["index.html"]!.contains("on one page"))
        #expect(!files["search/index.json"]!.contains("on one page"))
        // Published pages are in the sitemap.
        let sitemap = try #require(files["sitemap.xml"])
        #expect(sitemap.contains("<loc>https://example.org/send-progress/report/page/\(count)/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/send-progress/report/changes/</loc>"))
    }

    @Test func aSmallPlanIsOnePageWithEveryChangeListed() throws {
        let files = try RenderFixtures.render(RenderFixtures.plan()).files
        #expect(!files.keys.contains { $0.hasPrefix("report/page/") || $0.contains("/changes/") })
        #expect(!files["report/index.html"]!.contains("class=\"pagination\""))
        #expect(!files["index.html"]!.contains("changes__all"))
        #expect(files["index.html"]!.contains("Read the whole plan on one page"))
    }

    /// Every file reached from `start` by following links (within `prefix`, if given).
    static func crawl(_ files: [String: String], from start: String, within prefix: String = "") -> Set<String> {
        var seen: Set<String> = [start]
        var queue = [start]
        while let path = queue.popLast() {
            guard let html = files[path], path.hasSuffix(".html") else { continue }
            for target in links(in: html, from: path) where target.hasPrefix(prefix) && files[target] != nil && !seen.contains(target) {
                seen.insert(target)
                queue.append(target)
            }
        }
        return seen
    }

    /// The files a page links to, relative to the site root (`actions/1-2/index.html`).
    static func links(in html: String, from path: String) -> Set<String> {
        var out = Set<String>()
        for piece in html.components(separatedBy: "href=\"").dropFirst() {
            var href = String(piece.prefix { $0 != "\"" })
            if let cut = href.firstIndex(where: { $0 == "#" || $0 == "?" }) { href = String(href[..<cut]) }
            if href.isEmpty || href.contains(":") { continue }
            var parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
            for part in href.split(separator: "/", omittingEmptySubsequences: false) {
                switch part {
                case ".", "": continue
                case "..": if !parts.isEmpty { parts.removeLast() }
                default: parts.append(String(part))
                }
            }
            let joined = parts.joined(separator: "/")
            out.insert(href.hasSuffix("/") || joined.isEmpty ? (joined.isEmpty ? "" : joined + "/") + "index.html" : joined)
        }
        return out
    }
}
