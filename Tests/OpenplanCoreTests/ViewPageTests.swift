import Testing
import Markdown
@testable import OpenplanCore

/// Every page rendered from a fully populated plan. The template engine renders a missing key
/// as nothing, so these look for the text each key should have produced.
private func site() throws -> [String: String] { try RenderFixtures.render(RenderFixtures.plan()).files }

private func main(_ html: String) -> String {
    guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
    return String(html[start.lowerBound..<end.upperBound])
}

@Test func everyPageHasTheSameAccessibleFrame() throws {
    let files = try site()
    // Bulletin emails are built for mail programs, not as site pages: EmailPartsTests checks them.
    for (path, html) in files where path.hasSuffix(".html") && !path.hasSuffix("/email.html") {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"), "\(path)")
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), "\(path)")
        #expect(html.contains("<a href=\"#main-content\" class=\"skip-link\">Skip to main content</a>"), "\(path)")
        #expect(html.contains("<header class=\"site-header\">") && html.contains("<footer class=\"site-footer\">"), "\(path)")
        #expect(html.contains("<main id=\"main-content\""), "\(path)")
        #expect(html.components(separatedBy: "<h1").count == 2, "one h1 in \(path)")
        #expect(html.contains("Information correct as of <time datetime=\"2025-12-01\">1 December 2025</time>."), "\(path)")
        #expect(html.contains(" – Example SEND progress</title>") || path == "index.html", "\(path)")
        for tag in ["{{#", "{{/", "{{^", "{{>", "{{{", "}}}"] { #expect(!html.contains(tag), "unrendered \(tag) in \(path)") }
        if path != "report/index.html" {
            #expect(html.contains("<nav class=\"site-nav\" aria-label=\"Main\">"), "\(path)")
        }
    }
    #expect(files["index.html"]?.contains("<title>Example SEND progress</title>") == true)
    #expect(files["report/index.html"]?.contains("aria-label=\"Main\"") == false)
}

@Test func homePageStatesProgressHonestly() throws {
    let home = main(try #require(try site()["index.html"]))
    #expect(home.contains("Welcome to our <strong>progress</strong> site."))
    #expect(home.contains("1 of 3 actions (33%) is complete."))
    #expect(home.contains("1 action is past its due date and not yet complete."))
    #expect(home.contains("<span class=\"caption\">Priority 1</span> Working together and building trust"))
    #expect(home.contains("Families and services plan together."))
    #expect(home.contains("0 of 2 actions (0%) are complete. 1 action is past its due date and not yet complete."))
    #expect(home.contains("href=\"./bulletins/b0/\">Bulletin number 0</a>"))
    #expect(home.contains("We could not tell whether health advice was included."))
    #expect(home.contains("What changed recently"))
    #expect(home.contains("What the statuses mean"))
    #expect(home.contains("Action completed, monitoring impact"))
}

@Test func actionPageShowsEverythingAboutTheAction() throws {
    let files = try site()
    let page = main(try #require(files["actions/1-2/index.html"]))
    #expect(page.contains("<span class=\"caption\">Action 1.2</span> Track whether health advice arrives on time"))
    #expect(page.contains("<span class=\"tag__label\">On track</span>"))
    #expect(page.contains("Action on target for delivery"))
    #expect(page.contains("<time datetime=\"2026-03\">March 2026</time>"))
    #expect(page.contains("<li>SEND Transformation Lead, Example Council</li>"))
    #expect(page.contains("href=\"../../priorities/1/\">Priority 1: Working together and building trust</a>"))
    #expect(page.contains("<time datetime=\"2025-11-20\">20 November 2025</time>"))
    #expect(page.contains("Baseline agreed") && page.contains("Every quarter"))
    #expect(page.contains("How the status has changed"))
    #expect(page.contains("Average weeks to issue an EHC plan"))
    #expect(page.contains("We added a health section."))
    #expect(!page.contains("Past its due date"))
    let overdue = main(try #require(files["actions/1-10/index.html"]))
    #expect(overdue.contains("<p class=\"notification-banner__heading\" id=\"banner-past-due\">Past its due date</p>"))
    #expect(overdue.contains("This action was due by 31 October 2025 and is not yet complete."))
    #expect(overdue.contains("Not updated for 183 days"))
    let recurring = main(try #require(files["actions/2-1/index.html"]))
    #expect(recurring.contains("Every month") && !recurring.contains("Past its due date"))
}

@Test func priorityPageListsItsActionsAndMeasures() throws {
    let files = try site()
    let one = main(try #require(files["priorities/1/index.html"]))
    #expect(one.contains("<caption class=\"table__caption\">Actions for Priority 1</caption>"))
    #expect(one.contains("href=\"../../actions/1-10/\">1.10: Run parent carer forum sessions</a>"))
    #expect(one.contains("<strong class=\"overdue\">Past due</strong>"))
    #expect(one.contains("SEND Transformation Lead (Example Council)"))
    #expect(one.contains("No measures are linked to this priority yet."))
    let two = main(try #require(files["priorities/2/index.html"]))
    #expect(two.contains("Average weeks to issue an EHC plan"))
    #expect(two.contains("Plans should be finished within 20 weeks."))
}

@Test func measurePagesShowChartTableAndPlainStatements() throws {
    let files = try site()
    let list = main(try #require(files["measures/index.html"]))
    #expect(list.contains("Priority 2: Timely EHC plans"))
    #expect(list.contains("Other measures"))
    #expect(list.contains("Lower is better."))
    #expect(list.contains("<svg class=\"sparkline\""))
    let page = main(try #require(files["measures/ehcp-weeks/index.html"]))
    #expect(page.contains("<span class=\"caption\">Measure EHCP-WEEKS</span> Average weeks to issue an EHC plan"))
    #expect(page.contains("How long families wait."))
    #expect(page.contains("Case management system"))
    #expect(page.contains("Down from 104 weeks in September 2024 to 97 weeks in November 2025, an improvement."))
    #expect(page.contains("<svg class=\"chart\""))
    #expect(page.contains("<caption class=\"table__caption\">Average weeks to issue an EHC plan: baseline, targets and readings</caption>"))
    #expect(page.contains("<td>Target</td><td class=\"table__num\">Target to be reviewed</td>"))
    #expect(page.contains("Includes, &quot;complex&quot; cases"))
    #expect(page.contains("href=\"data.csv\" download"))
    #expect(page.contains("Actions working on this measure"))
    let empty = main(try #require(files["measures/lo-visits/index.html"]))
    #expect(empty.contains("No readings yet."))
    #expect(empty.contains("No baseline yet"))
    #expect(!empty.contains("<svg class=\"chart\""))
}

@Test func youSaidWeDidIsGroupedAndFilterableWithoutScript() throws {
    let files = try site()
    let all = main(try #require(files["you-said-we-did/index.html"]))
    #expect(all.contains("<h2 class=\"heading-l\">Communication</h2>"))
    #expect(all.contains("<h2 class=\"heading-l\">EHC plans</h2>"))
    #expect(all.range(of: ">Communication</h2>")!.lowerBound < all.range(of: ">EHC plans</h2>")!.lowerBound)
    #expect(all.contains("href=\"../you-said-we-did/theme/ehc-plans/\">EHC plans (1)</a>"))
    #expect(all.contains("href=\"../you-said-we-did/status/listening/\">We&#39;re listening (1)</a>"))
    #expect(all.contains("id=\"feedback-survey-2025-11\""))
    #expect(all.contains("More detail here."))
    #expect(all.contains("Parent carer survey"))
    let theme = main(try #require(files["you-said-we-did/theme/ehc-plans/index.html"]))
    #expect(theme.contains("Showing 1 item about EHC plans."))
    #expect(theme.contains("aria-current=\"page\">EHC plans (1)</a>"))
    #expect(!theme.contains("Letters are hard to read."))
    let status = main(try #require(files["you-said-we-did/status/in-progress/index.html"]))
    #expect(status.contains("There is nothing to show here yet."))
}

@Test func glossarySearchReportAndOtherPagesAreComplete() throws {
    let files = try site()
    let glossary = main(try #require(files["glossary/index.html"]))
    #expect(glossary.contains("<a class=\"az-nav__link\" href=\"#letter-e\">E</a>"))
    #expect(glossary.contains("<span class=\"az-nav__empty\">A</span>"))
    #expect(glossary.contains("<h2 class=\"heading-l az-letter\" id=\"letter-s\">S</h2>"))
    #expect(glossary.contains("<dt class=\"glossary__term\" id=\"ehcp\">EHCP <span class=\"glossary__expansion\">(Education, Health and Care plan)</span></dt>"))
    let search = main(try #require(files["search/index.html"]))
    #expect(search.contains("data-index=\"index.json\" data-root=\"../\" hidden"))
    #expect(search.contains("role=\"status\""))
    #expect(search.contains("href=\"../actions/1-2/\">Action 1.2: Track whether health advice arrives on time</a>"))
    #expect(files["search/index.html"]?.contains("<script src=\"../assets/search.js\" defer></script>") == true)
    let report = main(try #require(files["report/index.html"]))
    #expect(report.contains("<h2 class=\"heading-l\" id=\"priority-1\">Priority 1: Working together and building trust</h2>"))
    #expect(report.contains("<h3 class=\"heading-m\" id=\"action-1-2\">Action 1.2: Track whether health advice arrives on time</h3>"))
    #expect(report.contains("Measures for this priority"))
    #expect(report.contains("Read it online at https://example.org/send-progress/"))
    let bulletin = main(try #require(files["bulletins/b1/index.html"]))
    #expect(bulletin.contains("Published <time datetime=\"2025-10-29\">29 October 2025</time>"))
    #expect(bulletin.contains("Summary 1") && bulletin.contains("Older news."))
    #expect(bulletin.contains("Newer bulletin</span><span class=\"visually-hidden\">:</span> <span class=\"pagination__link-label\">Bulletin number 0</span>"))
    let about = main(try #require(files["about/index.html"]))
    #expect(about.contains("About this plan") && about.contains("Who we are."))
    let notFound = try #require(files["404.html"])
    // Shown at any address, so it carries its own styles and icon; its links start from base_url.
    #expect(!notFound.contains("assets/openplan.css"))
    #expect(notFound.contains("<style>") && notFound.contains(".notification-banner {"))
    #expect(notFound.contains("<link rel=\"icon\" href=\"data:image/svg+xml;base64,"))
    #expect(notFound.contains("href=\"/send-progress/search/\""))
    #expect(notFound.contains("Page not found"))
    // Every other page links to the stylesheet.
    #expect(try #require(files["about/index.html"]).contains("href=\"../assets/openplan.css\""))
}

@Test func sitemapAndRobotsNeedABaseURL() throws {
    let files = try site()
    let sitemap = try #require(files["sitemap.xml"])
    #expect(sitemap.contains("<url><loc>https://example.org/send-progress/actions/1-2/</loc><lastmod>2025-11-20</lastmod></url>"))
    #expect(sitemap.contains("<loc>https://example.org/send-progress/</loc>"))
    #expect(!sitemap.contains("404"))
    #expect(files["robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/send-progress/sitemap.xml\n")
    let local = try RenderFixtures.render(RenderFixtures.plan(baseURL: nil)).files
    #expect(local["sitemap.xml"] == nil && local["robots.txt"] == nil)
    #expect(local["404.html"]?.contains("<style>") == true)
    #expect(local["index.html"]?.contains("feed.xml") == false)
}

@Test func navigationMarksTheCurrentPageAndSection() throws {
    let files = try site()
    #expect(files["measures/index.html"]?.contains("href=\"../measures/\" aria-current=\"page\">Measures</a>") == true)
    #expect(files["measures/ehcp-weeks/index.html"]?.contains("href=\"../../measures/\" aria-current=\"true\">Measures</a>") == true)
    #expect(files["index.html"]?.contains("href=\"./\" aria-current=\"page\">Home</a>") == true)
    #expect(files["actions/1-2/index.html"]?.contains("aria-current") == false)
}

@Test func staleAndOverdueFollowTheAsOfDate() throws {
    let plan = RenderFixtures.plan()
    let renderer = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    let site = renderer.site
    var action = plan.actions[1]
    action.updated = RenderFixtures.asOf.adding(days: -90)
    #expect(site.staleDays(action) == nil)
    action.updated = RenderFixtures.asOf.adding(days: -91)
    #expect(site.staleDays(action) == 91)
    action.status = "complete"
    #expect(site.staleDays(action) == nil)
    #expect(!site.isPastDue(action))
    action.status = "issues"
    action.due = .date(PlanDate("2025-11")!)
    #expect(!SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: Day(iso: "2025-11-30")!).site.isPastDue(action))
    #expect(site.isPastDue(action))
}

@Test func feedsAreLinkedOnlyWhenTheBuildPublishesThem() throws {
    let plan = RenderFixtures.plan()
    let without = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf, linksFeeds: false)
    let with = SiteRenderer(plan: plan, theme: try Theme.builtIn(), asOf: RenderFixtures.asOf)
    // Without them, no feed or email is written either.
    let box = FileBox()
    try without.render { box.add($0) }
    let written = box.files.keys.filter { $0.hasSuffix(".xml") || $0.contains("email.") }.sorted()
    #expect(written == ["sitemap.xml"])
    let a = PageContext(site: without.site, path: .home), b = PageContext(site: with.site, path: .home)
    let pageA = String(decoding: a.layout(title: "t", content: "", lastUpdated: nil, kind: "x"), as: UTF8.self)
    let pageB = String(decoding: b.layout(title: "t", content: "", lastUpdated: nil, kind: "x"), as: UTF8.self)
    #expect(!pageA.contains("application/atom+xml"))
    #expect(pageB.contains("href=\"./feed.xml\""))
    let source = MarkdownSource(text: "", file: "f.md", firstLine: 1)
    var factsA = PlanResolution.BodyFacts(), factsB = PlanResolution.BodyFacts()
    factsA.checkLinks([("/feed.xml", TextPosition(line: 1, column: 1))], in: source,
                      outline: PlanResolution.outline(plan, assetPaths: [], asOf: RenderFixtures.asOf, linksFeeds: false))
    factsB.checkLinks([("/feed.xml", TextPosition(line: 1, column: 1))], in: source,
                      outline: PlanResolution.outline(plan, assetPaths: [], asOf: RenderFixtures.asOf))
    #expect(factsA.diagnostics.count == 1 && factsB.diagnostics.isEmpty)
}

@Test func aStylesheetCannotCloseTheNotFoundPagesStyleElement() {
    let css = PageContext.styleElementText(Array("a::after { content: \"</style><b>\"; }".utf8))
    #expect(!css.contains("</"))
    #expect(css.contains("<\\/style>"))
}
