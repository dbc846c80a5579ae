import Foundation
import Markdown
import Testing
@testable import OpenplanCore

@Suite("Review report")
struct ReviewReportTests {
    typealias F = ReviewFixtures

    static let hard = "The authority shall determine, having regard to representations received, whether the educational "
        + "provision specified is appropriate, notwithstanding alternative arrangements that may subsequently be proposed "
        + "by organisations representing the interests of families."

    private func page(title: String = "About us", file: String = "Content/pages/about.md", url: String = "about/",
                      text: String = hard) -> PageReadability {
        PlainEnglishReview(glossary: [], wordsToAvoid: WordsToAvoid(), readingAgeTarget: 12)
            .review(title: title, file: file, url: url, firstLine: 4, prose: [F.paragraph(text)])
    }

    private func report(extra: [ReviewFinding] = [], pages: [PageReadability]? = nil) -> ReviewReport {
        let plan = F.plan(actions: [F.action("1.2", due: "2026-01-31", updated: "2026-01-15")])
        let integrity = IntegrityReview(asOf: F.day("2026-02-01")).findings(in: plan)
        return ReviewReport(findings: integrity + extra, pages: pages ?? [page()], readingAgeTarget: 12)
    }

    // MARK: Counts and exit status

    @Test func warningsPassUnlessStrictAndErrorsAlwaysFail() {
        let warningsOnly = report()
        #expect(warningsOnly.counts == ReviewReport.Counts(errors: 0, warnings: 4))
        #expect(warningsOnly.exitStatus(strict: false) == 0)
        #expect(warningsOnly.exitStatus(strict: true) == 1)
        let withError = report(extra: [ReviewFinding(.content, .error("Content/site.yml", line: 1, "title is missing."))])
        #expect(withError.counts.errors == 1)
        #expect(withError.exitStatus(strict: false) == 1)
        let clean = ReviewReport(findings: [], pages: [], readingAgeTarget: 12)
        #expect(clean.exitStatus(strict: true) == 0)
        #expect(clean.summaryLine == "No problems found.")
    }

    // MARK: Text

    @Test func textGroupsFindingsByFileWithActionableLines() {
        let text = report().text(colour: false)
        #expect(!text.contains("\u{1B}["))
        #expect(text.contains("Content/actions/1.2.md\nContent/actions/1.2.md:2:1: warning: Action 1.2 was due 31 January 2026"))
        #expect(text.contains("Content/pages/about.md:4:1: warning: This sentence has 31 words"))
        #expect(text.contains("    \u{201C}The authority shall determine,"))
        #expect(text.contains("Reading age of each page (target: 12 or under)"))
        #expect(text.contains("About us (Content/pages/about.md): above target"))
        #expect(text.hasSuffix("0 errors and 4 warnings. 1 of 1 page is above the reading-age target of 12.\n"))
        // Files come in order: actions before pages.
        let actions = text.range(of: "Content/actions/1.2.md\n")!.lowerBound
        let pages = text.range(of: "Content/pages/about.md\n")!.lowerBound
        #expect(actions < pages)
    }

    @Test func colourAddsEmphasisButNeverReplacesTheWords() {
        let plain = report().text(colour: false)
        let coloured = report().text(colour: true)
        #expect(coloured.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33mabove target\u{1B}[0m"))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain)
    }

    // MARK: JSON

    @Test func jsonHasTheDocumentedShape() throws {
        let json = report().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["readingAgeTarget"] as? Int == 12)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 0)
        #expect(summary["warnings"] as? Int == 4)
        #expect(summary["pagesAboveTarget"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 4)
        #expect(Set(findings[0].keys) == ["file", "line", "column", "severity", "rule", "message"])
        #expect(findings.map { $0["rule"] as? String } == ["overdue-action", "reading-age-above-target", "long-sentence",
                                                           "word-to-avoid"])
        let long = try #require(findings.first { $0["rule"] as? String == "long-sentence" })
        #expect((long["quote"] as? String)?.hasPrefix("The authority shall") == true)
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.count == 1)
        #expect(pages[0]["readingAgeYears"] as? Int == Int((pages[0]["readingAge"] as! Double).rounded()))
        #expect(pages[0]["aboveTarget"] as? Bool == true)
        #expect((pages[0]["longSentences"] as? [[String: Any]])?.first?["words"] as? Int == 31)
        let avoided = try #require(pages[0]["wordsToAvoid"] as? [[String: Any]])
        #expect(avoided.map { $0["word"] as? String } == ["subsequently"])
        #expect(avoided.first?["alternative"] as? String == "later, then")
    }

    @Test func jsonKeysComeInTheDocumentedOrder() {
        let json = report().json()
        let order = ["schemaVersion", "readingAgeTarget", "summary", "findings", "pages"].map { "\n  \"\($0)\": " }
        let positions = order.map { json.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
        let pageKeys = ["\"url\"", "\"title\"", "\"words\"", "\"sentences\"", "\"syllables\"", "\"averageSentenceLength\"",
                        "\"fleschReadingEase\"", "\"fleschKincaidGrade\"", "\"readingAge\"", "\"readingAgeYears\"", "\"scored\"",
                        "\"aboveTarget\"", "\"longSentences\"", "\"abbreviationsNotInGlossary\"", "\"termsNotSpelledOut\"",
                        "\"wordsToAvoid\""]
        let pagesStart = json.range(of: "\n  \"pages\": [")!.upperBound
        let tail = json[pagesStart...]
        let pagePositions = pageKeys.map { tail.range(of: $0)!.lowerBound }
        #expect(pagePositions == pagePositions.sorted())
        #expect(json == report().json())
    }

    @Test func jsonEscapesHostileText() throws {
        let hostile = page(title: "Quote \" backslash \\ newline \n tab \t bell \u{7}", text: "Short.")
        let json = ReviewReport(findings: [], pages: [hostile], readingAgeTarget: 12).json()
        #expect(json.contains("\\\" backslash \\\\ newline \\n tab \\t bell \\u0007"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let pages = object?["pages"] as? [[String: Any]]
        #expect(pages?.first?["title"] as? String == hostile.title)
    }

    // MARK: HTML

    @Test func htmlSiteHasAnIndexAndOnePagePerSourcePage() {
        let files = report(pages: [page(), page(title: "Contact", file: "Content/pages/contact.md", url: "contact/",
                                                text: "Ring us on any weekday. We will answer.")])
            .htmlSite(siteTitle: "Test progress")
        #expect(files.map(\.path) == ["index.html", "page-content-pages-about-md.html", "page-content-pages-contact-md.html"])
        let index = files[0].contents
        #expect(index.hasPrefix("<!doctype html>\n<html lang=\"en-GB\">"))
        #expect(index.components(separatedBy: "<h1>").count == 2)
        #expect(index.contains("<caption>"))
        #expect(index.contains("<a class=\"skip\" href=\"#main\">"))
        #expect(index.contains("<main id=\"main\">"))
        #expect(index.contains("<th scope=\"row\"><a href=\"about/\">About us</a></th><td>"))
        #expect(index.contains("<strong>Above target</strong>"))
        #expect(index.contains("Too short to score"))
        #expect(index.contains("<a href=\"page-content-pages-about-md.html\">Review of About us</a>"))
        #expect(index.contains("Action 1.2 was due 31 January 2026"))
        #expect(!index.contains("<script"))
        let about = files[1].contents
        #expect(about.components(separatedBy: "<h1>").count == 2)
        #expect(about.contains("<blockquote><p>The authority shall determine,"))
        #expect(about.contains("Content/pages/about.md:4 \u{2013} 31 words"))
    }

    @Test func htmlSiteEscapesHostileTextAndRefusesScriptLinks() {
        let hostile = page(title: "<script>alert('x')</script> & \"friends\"", file: "Content/pages/<img onerror=x>.md",
                           url: "javascript:alert(1)",
                           text: Self.hard.replacingOccurrences(of: "families", with: "<b onmouseover=\"x\">families</b>"))
        let files = ReviewReport(findings: [], pages: [hostile], readingAgeTarget: 12).htmlSite(siteTitle: "<i>Site</i>")
        for file in files {
            #expect(!file.contents.contains("<script>"))
            #expect(!file.contents.contains("<img"))
            #expect(!file.contents.contains("<b onmouseover"))
            #expect(!file.contents.contains("<i>Site"))
            #expect(!file.contents.contains("javascript:"))
        }
        #expect(files[0].contents.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;"))
        #expect(files[1].path == "page-content-pages-img-onerror-x-md.html")
    }

    @Test func safeLinksAreWebAddressesAndPaths() {
        #expect(HTMLText.isSafe("https://example.org/a/"))
        #expect(HTMLText.isSafe("actions/1-2/"))
        #expect(HTMLText.isSafe("/about/#contact"))
        #expect(!HTMLText.isSafe("javascript:alert(1)"))
        #expect(!HTMLText.isSafe(" JavaScript:alert(1)"))
        #expect(!HTMLText.isSafe("data:text/html,x"))
        #expect(!HTMLText.isSafe(""))
    }
}
