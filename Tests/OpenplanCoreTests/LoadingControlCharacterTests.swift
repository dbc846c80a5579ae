import Testing
@testable import OpenplanCore

/// Control characters in a Markdown body are invisible to the editor and not allowed in HTML:
/// each is reported where it is, and none is published.
@Suite struct LoadingControlCharacterTests {
    @Test func controlCharactersInABodyAreWarnedAboutAndNotPublished() throws {
        let result = TestSite(basics: ["Content/actions/1.1.md":
            "---\ntitle: A\npriority: 1\nstatus: on-track\n---\nBody with \u{1B}[31m colour\nand a bell \u{07}, a NUL \u{0} and \u{85}.\n"]).load()
        #expect(!result.hasErrors, "\(result.listing)")
        #expect(result.matching("Content/actions/1.1.md:6:11", .warning, "control character").count == 1, "\(result.listing)")
        #expect(result.matching("Content/actions/1.1.md:7:12", .warning, "control character").count == 1, "\(result.listing)")
        #expect(result.matching("Content/actions/1.1.md:7:21", .warning, "control character").count == 1, "\(result.listing)")
        #expect(result.matching("Content/actions/1.1.md:7:27", .warning, "control character").count == 1, "\(result.listing)")
        let body = try #require(result.plan?.actionByID["1.1"]?.body.text)
        #expect(!body.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || ($0.value >= 0x7F && $0.value <= 0x9F) })
        #expect(body.hasPrefix("Body with  [31m colour"))
    }

    @Test func aFloodOfControlCharactersGivesAFewWarnings() {
        let flood = String(repeating: "\u{1B}", count: 10_000)
        let result = TestSite(basics: ["Content/actions/1.1.md":
            "---\ntitle: A\npriority: 1\nstatus: on-track\n---\n\(flood)\n"]).load()
        #expect(result.warningCount <= 11, "\(result.warningCount) warnings")
        #expect(result.diagnostics.contains { $0.message.contains("10000 control characters") }, "\(result.listing)")
    }

    @Test func tabsAndLineBreaksAreNotControlCharactersHere() {
        let result = TestSite(basics: ["Content/actions/1.1.md":
            "---\ntitle: A\npriority: 1\nstatus: on-track\n---\n\tIndented\n\nText.\n"]).load()
        #expect(result.diagnostics.isEmpty, "\(result.listing)")
    }
}
