import Foundation
import Testing
@testable import OpenplanCore

/// Files straight from `openplan new`, loaded as a site: every untouched placeholder is a
/// warning at its own line (so both `check` and `build` report it), and filled-in files are quiet.
@Suite struct PlaceholderTests {
    static let asOf = Day(iso: "2026-01-15")!

    private func newFiles() throws -> [String: String] {
        let plan = try #require(TestSite(basics: [:]).load().plan)
        let made = [try NewContent.action(priority: nil, plan: plan, asOf: Self.asOf),
                    try NewContent.bulletin(month: "2026-01", plan: plan, asOf: Self.asOf),
                    NewContent.feedback(theme: nil, plan: plan, asOf: Self.asOf)]
        return Dictionary(uniqueKeysWithValues: made.map { ($0.path, $0.text) })
    }

    @Test func untouchedPlaceholdersAreLocatedWarnings() throws {
        let files = try newFiles()
        let result = TestSite(basics: files).load()
        #expect(!result.hasErrors, "\(result.listing)")
        let found = result.diagnostics.filter { $0.message.contains("openplan new wrote") }
        let places = Set(found.map { "\($0.file):\($0.line)" })
        let action = try #require(files.keys.first { $0.hasPrefix("Content/actions/") })
        let feedback = try #require(files.keys.first { $0.hasPrefix("Content/feedback/") })
        #expect(places == [
            "\(action):3",                                  // title
            "Content/bulletins/2026-01.md:4",               // summary: goes into the feeds and email
            "Content/bulletins/2026-01.md:6",               // the body's first paragraph
            "\(feedback):3", "\(feedback):4", "\(feedback):5",  // theme, source, you_said
        ])
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(found.contains { $0.message.contains("feeds and the email") })
    }

    @Test func filledInFilesAreQuiet() throws {
        var files = try newFiles()
        for (path, text) in files {
            files[path] = text
                .replacingOccurrences(of: PlaceholderText.actionTitle, with: "Train SENCos in the new forms")
                .replacingOccurrences(of: PlaceholderText.bulletinSummary, with: "Plans are arriving faster.")
                .replacingOccurrences(of: PlaceholderText.bulletinBody, with: "This month we trained staff.")
                .replacingOccurrences(of: PlaceholderText.feedbackTheme, with: "Letters")
                .replacingOccurrences(of: PlaceholderText.feedbackSource, with: "A parent carer survey")
                .replacingOccurrences(of: PlaceholderText.feedbackYouSaid, with: "Letters are hard to read.")
        }
        let result = TestSite(basics: files).load()
        #expect(!result.diagnostics.contains { $0.message.contains("openplan new wrote") }, "\(result.listing)")
    }
}
