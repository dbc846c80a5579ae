import Testing
import Markdown
@testable import OpenplanCore

private func home(intro: String) throws -> String {
    var plan = RenderFixtures.plan()
    plan.homeIntro = Page(slug: "index", title: "Home", body: RenderFixtures.body(intro, "Content/pages/index.md"),
                          location: RenderFixtures.at("Content/pages/index.md"))
    let html = try #require(try RenderFixtures.render(plan).files["index.html"])
    return html
}

private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

@Test func homePageShowsTheProgressOnceWhenTheIntroductionEmbedsIt() throws {
    let embedded = try home(intro: "Welcome.\n\n{{progress}}\n\nMore words.")
    #expect(count("1 of 3 actions (33%) is complete.", in: embedded) == 1)
    #expect(count("<caption class=\"table__caption\">All actions by status</caption>", in: embedded) == 1)
    #expect(!embedded.contains("Progress so far"))
    // The status key and the links to the whole plan stay.
    #expect(embedded.contains("What the statuses mean") && embedded.contains("Read the whole plan on one page"))

    let plain = try home(intro: "Welcome. Nothing embedded here, not even `{{progress}}` in code.")
    #expect(plain.contains("Progress so far"))
    #expect(count("1 of 3 actions (33%) is complete.", in: plain) == 1)
}
