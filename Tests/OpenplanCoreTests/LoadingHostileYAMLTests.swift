import Testing
@testable import OpenplanCore

/// YAML that is broken in ways a copy and paste can cause: invisible control characters and
/// keys given more than once. Each problem is reported at its own place.
@Suite struct LoadingHostileYAMLTests {
    private func read(_ yaml: String, firstLine: Int = 2) -> YAMLReader.Output {
        YAMLReader(file: "Content/actions/1.2.md", firstLine: firstLine).read(yaml)
    }

    /// NUL, BEL, ESC, DEL: `title:` on file line 3, the character in column 11.
    @Test(arguments: [0x00, 0x07, 0x1B, 0x7F] as [UInt32])
    func controlCharacterIsReportedWhereItIs(_ code: UInt32) throws {
        let control = String(Character(Unicode.Scalar(code)!))
        let output = read("id: \"1.2\"\ntitle: Abc\(control)def\nstatus: on-track\n")
        #expect(output.root == nil)
        let d = try #require(output.diagnostics.first)
        #expect((d.line, d.column) == (3, 11), "\(d)")
        #expect(d.message.contains("control character"), "\(d)")
    }

    @Test func controlCharacterAfterWideCharactersCountsCharacters() throws {
        let d = try #require(read("title: Über 日本\u{1B}\n", firstLine: 1).diagnostics.first)
        #expect((d.line, d.column) == (1, 15), "\(d)")
    }

    @Test func everyDuplicateOfAKeyIsReported() {
        let output = read("title: a\ntitle: b\nstatus: x\ntitle: c\n")
        let places = output.diagnostics.map { "\($0.line):\($0.column)" }
        #expect(places == ["3:1", "5:1"], "\(output.diagnostics)")
        #expect(output.diagnostics.allSatisfy { $0.message.contains("\"title\" is given 3 times") })
    }

    @Test func everyDuplicatedKeyIsReported() {
        let output = read("a: 1\nb: 2\na: 3\nb: 4\n", firstLine: 1)
        let places = output.diagnostics.map { "\($0.line):\($0.column)" }
        #expect(places == ["3:1", "4:1"], "\(output.diagnostics)")
    }

    @Test func duplicatesInsideAListItemAreFound() {
        let output = read("milestones:\n  - due: 2026-01\n    text: a\n    text: b\n    text: c\n  - due: 2026-02\n    text: d\n", firstLine: 1)
        let places = output.diagnostics.map { "\($0.line):\($0.column)" }
        #expect(places == ["4:5", "5:5"], "\(output.diagnostics)")
    }
}
