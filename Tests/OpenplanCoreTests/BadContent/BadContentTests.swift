import Testing
@testable import OpenplanCore

/// One broken site: the files that differ from `TestSite.basics`, and every diagnostic it
/// must give, each at an exact FILE:LINE:COLUMN with a fragment of its message.
struct BadCase: Sendable, CustomTestStringConvertible {
    struct Expected: Sendable {
        var place: String
        var severity: Diagnostic.Severity
        var fragment: String

        static func error(_ place: String, _ fragment: String) -> Expected { Expected(place: place, severity: .error, fragment: fragment) }
        static func warning(_ place: String, _ fragment: String) -> Expected { Expected(place: place, severity: .warning, fragment: fragment) }
    }

    var name: String
    var files: [String: String] = [:]
    var bytes: [String: [UInt8]] = [:]
    var removing: [String] = []
    var expected: [Expected]

    var testDescription: String { name }

    func load() -> LoadResult {
        var all = TestSite.basics
        for (path, text) in files { all[path] = text }
        for path in removing { all[path] = nil }
        for path in bytes.keys { all[path] = nil }
        return TestSite(all, bytes: bytes).load()
    }
}

@Suite struct BadContentTests {
    static let cases = BadCase.actionCases + BadCase.referenceCases + BadCase.siteCases
        + BadCase.measureCases + BadCase.fileCases + BadCase.otherCases

    @Test func theBasicSiteIsValid() {
        let result = TestSite(basics: [:]).load()
        #expect(result.diagnostics.isEmpty, "\(result.listing)")
        #expect(result.plan?.actions.count == 1)
    }

    @Test func thereAreAtLeastThirtyDistinctCases() {
        #expect(Self.cases.count >= 30)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }

    /// Every expected diagnostic appears exactly once, and no other error does: a mistake is
    /// reported once, where it was made, not again wherever its effects are felt.
    @Test(arguments: cases)
    func reportsExactlyTheExpectedProblems(_ bad: BadCase) {
        let result = bad.load()
        for expected in bad.expected {
            #expect(result.matching(expected.place, expected.severity, expected.fragment).count == 1,
                    "expected \(expected.place): \(expected.severity): …\(expected.fragment)… in:\n\(result.listing)")
        }
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == bad.expected.filter { $0.severity == .error }.count, "\(result.listing)")
        #expect(result.hasErrors == bad.expected.contains { $0.severity == .error })
        #expect(!result.isUsageProblem)
    }
}
