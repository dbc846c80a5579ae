import Foundation
import Testing
@testable import OpenplanCore

/// The measures page as a dashboard and the bulletin embeds, read from the golden site
/// `measures-dashboard` built on 31 January 2026 (its bulletin is dated 20 January).
@Suite struct RenderDashboardTests {
    static let built: [String: String] = {
        let golden = GoldenSite(name: "measures-dashboard")
        return (try? golden.build(asOf: Day(iso: "2026-01-31")!).files) ?? [:]
    }()

    var dashboard: String { Self.built["measures/index.html"] ?? "" }

    /// Each measure's `data-measure-state`, in page order, by the slug its card links to.
    func states(_ html: String) -> [(String, String)] {
        let pattern = try! NSRegularExpression(pattern: #"data-measure-state="([a-z-]+)">\n<h3 class="measure-card__title"><a href="\.\./measures/([a-z0-9-]+)/""#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { m in
            (String(html[Range(m.range(at: 2), in: html)!]), String(html[Range(m.range(at: 1), in: html)!]))
        }
    }

    @Test func everyMeasureIsMarkedWithWhereItStandsInPriorityOrder() {
        let found = states(dashboard)
        // Priority "b" is ordered first, then "a", then measures without a priority, then archived.
        #expect(found.map(\.0) == ["advice", "attend", "reviews", "survey", "wait", "complaints", "steady", "old-wait"])
        #expect(Dictionary(uniqueKeysWithValues: found) == [
            "advice": "met", "attend": "on-course", "reviews": "late", "survey": "no-data", "wait": "off-course",
            "complaints": "no-data", "steady": "met", "old-wait": "off-course",
        ])
        #expect(Set(found.map(\.1)).isSubset(of: Set(MeasureStanding.allCases.map(\.rawValue))))
    }

    @Test func groupsFollowThePlansOrderAndArchivedComeLastUnderTheirOwnHeading() throws {
        let b = try #require(dashboard.range(of: "Priority b: Children in school")).lowerBound
        let a = try #require(dashboard.range(of: "Priority a: Plans on time")).lowerBound
        let other = try #require(dashboard.range(of: ">Other measures</h2>")).lowerBound
        let archived = try #require(dashboard.range(of: ">No longer collected</h2>")).lowerBound
        #expect(b < a && a < other && other < archived)
        // The archived measure appears once, in its own section only.
        let oldWait = try #require(dashboard.range(of: "measures/old-wait/")).lowerBound
        #expect(oldWait > archived)
        #expect(dashboard.components(separatedBy: "measures/old-wait/\"").count == 2)
    }

    @Test func thePageStatesTheRuleCountsTheStandingsAndLinksEveryFigure() {
        #expect(dashboard.contains("<p class=\"dashboard__rule\">\(StandingText.rule)</p>"))
        #expect(dashboard.contains("We collect 7 measures: 2 have met their target, 1 is on course, 1 is off course, 1 has its figures late, 1 has no figures yet and 1 has no target to measure against. 1 more is no longer collected."))
        #expect(dashboard.contains("<a href=\"../measures/data.csv\">All the figures as a spreadsheet (CSV)</a>"))
    }

    @Test func eachStandingIsWordsAndAShapeNotColourAlone() {
        #expect(dashboard.contains("tag--shape-tick\"><svg class=\"tag__shape\""))
        #expect(dashboard.contains("<span class=\"tag__label\">Target met</span>"))
        #expect(dashboard.contains("<span class=\"tag__label\">On course</span>"))
        #expect(dashboard.contains("tag--shape-cross\"><svg class=\"tag__shape\""))
        #expect(dashboard.contains("<span class=\"tag__label\">Figures late</span>"))
        #expect(dashboard.contains("<span class=\"tag__label\">No target to measure against</span>"))
    }

    @Test func everySparklineIsHiddenBesideItsFiguresInWords() {
        let sparklines = dashboard.components(separatedBy: "<svg class=\"sparkline\"").count - 1
        #expect(sparklines == 7)  // every measure with a figure; SURVEY has none
        #expect(dashboard.components(separatedBy: "<svg class=\"sparkline\" viewBox=\"0 0 120 32\" width=\"120\" height=\"32\" aria-hidden=\"true\"").count - 1 == sparklines)
        #expect(dashboard.components(separatedBy: "<p class=\"visually-hidden\">Figures in the small chart: ").count - 1 == sparklines)
        #expect(dashboard.contains("Figures in the small chart: 101 weeks in September 2025, 97 weeks in December 2025. The dashed line is the target: 94 weeks by March 2026."))
    }

    @Test func aMeasureInABulletinShowsItsComparatorsAndWhereItStandsInAllThreeOutputs() throws {
        let web = try #require(Self.built["bulletins/2026-01/index.html"])
        let html = try #require(Self.built["bulletins/2026-01/email.html"])
        let text = try #require(Self.built["bulletins/2026-01/email.txt"])
        #expect(web.contains("<li>England average: 48.1% in December 2025</li>"))
        #expect(web.contains("<div class=\"embed embed-measure\" data-measure-state=\"on-course\">"))
        #expect(web.contains("<span class=\"tag__label\">On course</span></strong> The latest figure, 54.2% in December 2025"))
        #expect(html.contains(">England average</th><td"))
        #expect(html.contains(">48.1% in December 2025</td>"))
        #expect(html.contains("<span aria-hidden=\"true\">●</span> On course</span>"))
        #expect(text.contains("England average: 48.1% in December 2025\nSimilar areas: 51% in December 2025"))
        #expect(text.contains("Where it stands: On course. The latest figure, 54.2% in December 2025,"))
    }

    @Test func changesListNewReadingsOfTheMeasureAndEachGroupInAllThreeOutputs() throws {
        let web = try #require(Self.built["bulletins/2026-01/index.html"])
        let html = try #require(Self.built["bulletins/2026-01/email.html"])
        let text = try #require(Self.built["bulletins/2026-01/email.txt"])
        #expect(web.contains("<li>Overall — 54.2% <span class=\"changes__detail\">(<time datetime=\"2025-12\">December 2025</time>)</span></li>\n<li>Area: Eden — 61.5% <span"))
        #expect(html.contains("Area: Barrow-in-Furness — 52% in December 2025</span>"))
        #expect(text.contains("  Overall — 54.2% in December 2025\n  Area: Eden — 61.5% in December 2025\n  Area: Barrow-in-Furness — 52% in December 2025\n  Area: Carlisle — 55.1% in December 2025"))
        // Eden's January figure is dated after the bulletin (its month ends on 31 January): not news yet.
        for output in [web, html, text] { #expect(!output.contains("64%")) }
        // A measure with no groups has its figure alone, unlabelled.
        #expect(text.contains("- Average weeks to issue an EHC plan [6]:\n  97 weeks in December 2025"))
    }
}

/// Comparator labels and group names are the editor's words: escaped in every output.
@Test func comparatorAndGroupNamesAreEscapedInEveryOutput() throws {
    let hostile = "<img src=x onerror=alert(1)>"
    let base = RenderFixtures.plan()
    var measures = base.measures
    measures[0].comparators = [Comparator(label: "England \(hostile)", values: [DataPoint(date: PlanDate("2025-09")!, value: 99)])]
    measures[0].breakdowns = [Breakdown(by: "Area \(hostile)", groups: [
        BreakdownGroup(label: "Eden \(hostile)", actuals: [DataPoint(date: PlanDate("2025-10")!, value: 88)])])]
    let plan = Plan(site: base.site, people: base.people, glossary: base.glossary, priorities: base.priorities,
                    actions: base.actions, measures: measures, feedback: base.feedback, bulletins: base.bulletins,
                    pages: base.pages, homeIntro: base.homeIntro)
    let files = try RenderFixtures.render(plan).files
    for name in ["bulletins/b0/index.html", "bulletins/b0/email.html"] {
        let html = try #require(files[name])
        #expect(!html.contains(hostile), "\(name) has the raw markup")
        #expect(html.contains("England &lt;img src=x onerror=alert(1)&gt;: 99 weeks in September 2025")
                || html.contains(">England &lt;img src=x onerror=alert(1)&gt;</th>"), "\(name) lost the comparator")
        #expect(html.contains("Area &lt;img src=x onerror=alert(1)&gt;: Eden &lt;img src=x onerror=alert(1)&gt; — 88 weeks"), "\(name) lost the group")
    }
    // Plain text: the words themselves, as written (lines are wrapped, so spaces are compared loosely).
    let text = try #require(files["bulletins/b0/email.txt"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("England \(hostile): 99 weeks in September 2025"))
    #expect(text.contains("Area \(hostile): Eden \(hostile) — 88 weeks in October 2025"))
}
