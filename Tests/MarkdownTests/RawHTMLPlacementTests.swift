import Testing
@testable import Markdown

// An editor's raw HTML (where the site allows it), placed beside other bodies or below
// other headings: its tags are the only HTML the renderer looks at, as written.

@Test func headingsInEditorsMarkdownAreMovedBelowThePageHeading() {
    #expect(HeadingShift.shift("<h1>A</h1><h2 id=\"x\">B</h2><hr>", by: 1) == "<h2>A</h2><h3 id=\"x\">B</h3><hr>")
    #expect(HeadingShift.shift("<h5>A</h5><header>", by: 3) == "<h6>A</h6><header>")
    #expect(HeadingShift.shift("<p>h1</p>", by: 2) == "<p>h1</p>")
}

@Test func bodiesSharingAPageGetPrefixedIDs() {
    let html = "<h2 id=\"what\">W</h2><p><a href=\"#what\">up</a> <a href=\"../x/#y\">out</a></p>"
    #expect(IDPrefix.apply(html, prefix: "action-1-2") == "<h2 id=\"action-1-2-what\">W</h2><p><a href=\"#action-1-2-what\">up</a> <a href=\"../x/#y\">out</a></p>")
    #expect(IDPrefix.apply("<p>no ids</p>", prefix: "p") == "<p>no ids</p>")
}

@Test func prefixedIDsKeepTheirReferencesInStep() {
    let html = ##"<h2 id="a">A</h2><a href="#a">x</a><svg role="img" aria-labelledby="t d"><title id="t">T</title><desc id="d">D</desc></svg><p aria-describedby="d">y</p>"##
    let out = IDPrefix.apply(html, prefix: "action-1-2")
    #expect(out == ##"<h2 id="action-1-2-a">A</h2><a href="#action-1-2-a">x</a><svg role="img" aria-labelledby="action-1-2-t action-1-2-d"><title id="action-1-2-t">T</title><desc id="action-1-2-d">D</desc></svg><p aria-describedby="action-1-2-d">y</p>"##)
}

@Test func htmlWithoutIDsIsReturnedUnchanged() {
    #expect(IDPrefix.apply("<p>No ids here</p>", prefix: "x") == "<p>No ids here</p>")
}
