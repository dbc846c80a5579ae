import Testing
@testable import OpenplanCore

/// The measures page as a dashboard, and a bulletin showing a measure with comparators and
/// breakdowns: every standing, a priority order that is not the ids' order, an archived
/// measure, and new readings by group.
@Test func measuresDashboardAndItsBulletinMatchTheirGoldenFiles() throws {
    let golden = GoldenSite(name: "measures-dashboard")
    let built = try golden.build(asOf: Day(iso: "2026-01-31")!)
    #expect(built.diagnostics.filter { $0.severity == .error }.isEmpty, "\(built.diagnostics)")
    var actual: [String: String] = [:]
    for page in ["measures/index.html", "bulletins/2026-01/index.html"] {
        let html = try #require(built.files[page])
        actual[page.replacingOccurrences(of: "index.html", with: "main.html")] = try #require(DashboardHTML.main(html))
    }
    for email in ["bulletins/2026-01/email.html", "bulletins/2026-01/email.txt"] {
        actual[email] = try #require(built.files[email])
    }
    for problem in try golden.compare(actual) { Issue.record(Comment(rawValue: problem)) }
}

enum DashboardHTML {
    /// `<main …>` to `</main>`, inclusive: the page's own content without the site's frame.
    static func main(_ html: String) -> String? {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound]) + "\n"
    }
}
