import Testing
@testable import OpenplanCore

/// One bulletin with every embed, its "what changed" period holding each kind of change, as
/// the web page's main content, `email.html` and `email.txt`.
@Test func bulletinWithEveryEmbedMatchesItsGoldenFiles() throws {
    let golden = GoldenSite(name: "bulletin-embeds")
    let built = try golden.build(asOf: Day(iso: "2025-12-31")!)
    #expect(built.diagnostics.filter { $0.severity == .error }.isEmpty, "\(built.diagnostics)")
    let folder = "bulletins/2025-12/"
    let page = try #require(built.files[folder + "index.html"])
    let main = try #require(mainElement(page), "the bulletin page has no <main>")
    let actual = [
        "bulletins/2025-12/main.html": main,
        "bulletins/2025-12/email.html": try #require(built.files[folder + "email.html"]),
        "bulletins/2025-12/email.txt": try #require(built.files[folder + "email.txt"]),
    ]
    for problem in try golden.compare(actual) { Issue.record(Comment(rawValue: problem)) }
}

/// `<main …>` to `</main>`, inclusive: the page's own content without the site's frame.
private func mainElement(_ html: String) -> String? {
    guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return nil }
    return String(html[start.lowerBound..<end.upperBound]) + "\n"
}
