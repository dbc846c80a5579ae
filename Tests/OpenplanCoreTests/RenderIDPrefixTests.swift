import Testing
@testable import OpenplanCore

@Test func prefixedIDsKeepTheirReferencesInStep() {
    let html = ##"<h2 id="a">A</h2><a href="#a">x</a><svg role="img" aria-labelledby="t d"><title id="t">T</title><desc id="d">D</desc></svg><p aria-describedby="d">y</p>"##
    let out = IDPrefix.apply(html, prefix: "action-1-2")
    #expect(out == ##"<h2 id="action-1-2-a">A</h2><a href="#action-1-2-a">x</a><svg role="img" aria-labelledby="action-1-2-t action-1-2-d"><title id="action-1-2-t">T</title><desc id="action-1-2-d">D</desc></svg><p aria-describedby="action-1-2-d">y</p>"##)
}

@Test func htmlWithoutIDsIsReturnedUnchanged() {
    #expect(IDPrefix.apply("<p>No ids here</p>", prefix: "x") == "<p>No ids here</p>")
}
