import Testing
import Yams
@testable import OpenplanCore

/// The editor changes only what it is asked to: each test compares the bytes before and after.
@Suite struct FrontMatterEditorTests {
    static let action = """
        ---
        id: 1.2                    # optional; default: file name
        title: 'Track whether health advice arrives: on time'
        priority: "1"
        leads: [NB, CB]            # people ids
        due: 2026-03
        status: on-track           # a status id from site.yml
        updated: 2025-11-20
        history:                   # oldest first
          - { date: 2025-10-01, status: not-started }
          # - { date: 2025-10-15, status: issues }   (kept as a comment)
        ---
        Markdown body: with a colon, "quotes" and # not a comment.

        ---
        A rule in the body, not front matter.

        """

    /// What was taken out of `old` and put into `new`: the bytes between their common start and end.
    private func change(_ old: String, _ new: String) -> (removed: String, added: String) {
        let a = Array(old.utf8), b = Array(new.utf8)
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var end = 0
        while end < a.count - start, end < b.count - start, a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        return (String(decoding: a[start..<(a.count - end)], as: UTF8.self), String(decoding: b[start..<(b.count - end)], as: UTF8.self))
    }

    private func frontMatter(_ text: String) throws -> Node.Mapping {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        let close = try #require(lines.dropFirst().firstIndex(of: "---"))
        let yaml = lines[1..<close].joined(separator: "\n")
        return try #require(try Yams.compose(yaml: yaml)?.mapping)
    }

    @Test func setChangesOnlyTheValue() throws {
        var editor = try FrontMatterEditor(text: Self.action)
        try editor.set("status", to: "issues")
        let c = change(Self.action, editor.text)
        #expect(c.removed == "on-track" && c.added == "issues")
        #expect(editor.text.contains("status: issues           # a status id from site.yml\n"))
    }

    @Test func setKeepsQuotedStylesAndCommentsElsewhere() throws {
        var editor = try FrontMatterEditor(text: Self.action)
        try editor.set("due", to: "2026-06")
        try editor.set("updated", to: "2026-02-10")
        #expect(editor.text == Self.action.replacingOccurrences(of: "due: 2026-03", with: "due: 2026-06")
            .replacingOccurrences(of: "updated: 2025-11-20", with: "updated: 2026-02-10"))
    }

    @Test func setReplacesQuotedValuesAndKeepsTheirComment() throws {
        let text = "---\ntitle: T\nstatus: \"on # track\"   # why\nnext: 1\n---\nBody\n"
        var editor = try FrontMatterEditor(text: text)
        try editor.set("status", to: "complete")
        #expect(editor.text == "---\ntitle: T\nstatus: complete   # why\nnext: 1\n---\nBody\n")
    }

    @Test func setFillsAnEmptyValueAndReplacesAMultiLineOne() throws {
        var editor = try FrontMatterEditor(text: "---\ndue:   # to agree\nstatus: >\n  on-track\n  still\n# end\n---\nB\n")
        try editor.set("due", to: "tbc")
        try editor.set("status", to: "issues")
        #expect(editor.text == "---\ndue: tbc   # to agree\nstatus: issues\n# end\n---\nB\n")
    }

    @Test func setAddsAMissingKeyAfterAnother() throws {
        let text = "---\ntitle: T\nstatus: on-track # now\nhistory:\n  - { date: 2025-10-01, status: on-track }\n---\nBody\n"
        var editor = try FrontMatterEditor(text: text)
        try editor.set("updated", to: "2026-02-10", after: "status")
        #expect(editor.text == "---\ntitle: T\nstatus: on-track # now\nupdated: 2026-02-10\nhistory:\n  - { date: 2025-10-01, status: on-track }\n---\nBody\n")
        try editor.set("due", to: "tbc")
        #expect(editor.text.hasSuffix("  - { date: 2025-10-01, status: on-track }\ndue: tbc\n---\nBody\n"))
    }

    @Test func appendMatchesTheListsFlowItemsAndKeepsTheCommentAfterThem() throws {
        var editor = try FrontMatterEditor(text: Self.action)
        try editor.append(to: "history", entry: [("date", "2026-02-10"), ("status", "issues"), ("note", "Recruitment slipped.")],
                          quoted: ["note"])
        #expect(editor.text == Self.action.replacingOccurrences(of: "not-started }\n", with:
            "not-started }\n  - { date: 2026-02-10, status: issues, note: \"Recruitment slipped.\" }\n"))
        #expect(editor.text.contains("not-started }\n  - { date: 2026-02-10, status: issues, note: \"Recruitment slipped.\" }\n  # - { date: 2025-10-15"))
    }

    @Test func appendMatchesBlockItems() throws {
        let text = "---\nhistory:\n    -   date: 2025-10-01\n        status: on-track\nstatus: on-track\n---\n"
        var editor = try FrontMatterEditor(text: text)
        try editor.append(to: "history", entry: [("date", "2026-02-10"), ("status", "issues")])
        #expect(editor.text == "---\nhistory:\n    -   date: 2025-10-01\n        status: on-track\n    -   date: 2026-02-10\n        status: issues\nstatus: on-track\n---\n")
    }

    @Test func appendToAFlowList() throws {
        let text = "---\nhistory: [{date: 2025-10-01, status: on-track}]  # short\n---\n"
        var editor = try FrontMatterEditor(text: text)
        try editor.append(to: "history", entry: [("date", "2026-02-10"), ("status", "issues")])
        #expect(editor.text == "---\nhistory: [{date: 2025-10-01, status: on-track}, {date: 2026-02-10, status: issues}]  # short\n---\n")
    }

    @Test func appendStartsAMissingOrEmptyListInBlockStyle() throws {
        var missing = try FrontMatterEditor(text: "---\ntitle: T\n---\nBody\n")
        try missing.append(to: "history", entry: [("date", "2026-02-10"), ("status", "issues")])
        #expect(missing.text == "---\ntitle: T\nhistory:\n  - { date: 2026-02-10, status: issues }\n---\nBody\n")
        var empty = try FrontMatterEditor(text: "---\nhistory: []   # none yet\ntitle: T\n---\nBody\n")
        try empty.append(to: "history", entry: [("date", "2026-02-10"), ("status", "issues")])
        #expect(empty.text == "---\nhistory:\n  - { date: 2026-02-10, status: issues }   # none yet\ntitle: T\n---\nBody\n")
        var null = try FrontMatterEditor(text: "---\nhistory:\ntitle: T\n---\n")
        try null.append(to: "history", entry: [("date", "2026-02-10"), ("status", "issues")])
        #expect(null.text == "---\nhistory:\n  - { date: 2026-02-10, status: issues }\ntitle: T\n---\n")
    }

    @Test func crlfStaysCRLFAndTheBodyIsUntouched() throws {
        let text = Self.action.replacingOccurrences(of: "\n", with: "\r\n")
        var editor = try FrontMatterEditor(text: text)
        try editor.set("status", to: "issues")
        try editor.set("owner", to: "NB", after: "leads")
        try editor.append(to: "history", entry: [("date", "2026-02-10"), ("status", "issues"), ("note", "Two\nlines")], quoted: ["note"])
        let bytes = editor.bytes
        for (i, b) in bytes.enumerated() where b == 10 { #expect(i > 0 && bytes[i - 1] == 13, "bare LF at byte \(i)") }
        let body = "---\r\nMarkdown body: with a colon"
        #expect(editor.text.components(separatedBy: body).last == text.components(separatedBy: body).last)
        #expect(editor.text.contains("leads: [NB, CB]            # people ids\r\nowner: NB\r\ndue: 2026-03\r\n"))
        #expect(try frontMatter(editor.text)["history"]?.sequence?.last?.mapping?["note"]?.string == "Two\nlines")
    }

    @Test func aByteOrderMarkIsKept() throws {
        let text = "\u{FEFF}---\ntitle: T\nstatus: on-track\n---\nBody\n"
        var editor = try FrontMatterEditor(text: text)
        try editor.set("status", to: "issues")
        #expect(Array(editor.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(editor.text == "\u{FEFF}---\ntitle: T\nstatus: issues\n---\nBody\n")
    }

    @Test(arguments: [
        "Slipped: now due in spring",
        "He said \"soon\" and 'later'",
        "# not a comment",
        "- not a list",
        "Done. # really",
        "back\\slash and tab\there",
        "Line one\nLine two",
        "{ braces }, [brackets] & *stars* ! | > % @ `",
        "null",
        "  spaces around  ",
        "Café – naïve 😀 \u{2028} end",
    ])
    func notesRoundTripThroughYams(note: String) throws {
        var editor = try FrontMatterEditor(text: Self.action)
        try editor.append(to: "history", entry: [("date", "2026-02-10"), ("status", "issues"), ("note", note)], quoted: ["note"])
        try editor.set("status", to: note)   // a value written plain or quoted as it needs
        let map = try frontMatter(editor.text)
        #expect(map["history"]?.sequence?.last?.mapping?["note"]?.string == note)
        #expect(map["status"]?.string == note)
        #expect(map["title"]?.string == "Track whether health advice arrives: on time")
    }

    @Test func plainWhereSafeQuotedOtherwise() {
        #expect(YAMLText.scalar("on-track") == "on-track")
        #expect(YAMLText.scalar("2026-02-10") == "2026-02-10")
        #expect(YAMLText.scalar("tbc") == "tbc")
        #expect(YAMLText.scalar("yes") == "\"yes\"")
        #expect(YAMLText.scalar("") == "\"\"")
        #expect(YAMLText.scalar("a, b") == "\"a, b\"")
    }

    @Test func refusesFilesItCannotEditSafely() {
        #expect(throws: FrontMatterEditor.Problem.noFrontMatter) { try FrontMatterEditor(text: "No front matter\n") }
        #expect(throws: FrontMatterEditor.Problem.noFrontMatter) { try FrontMatterEditor(text: "---\ntitle: T\n") }
        #expect(throws: FrontMatterEditor.Problem.notAGroupOfKeys) { try FrontMatterEditor(text: "---\n- a\n---\n") }
        var editor = try? FrontMatterEditor(text: "---\nhistory: none\n---\n")
        #expect(throws: FrontMatterEditor.Problem.notAList(key: "history", line: 2)) {
            try editor?.append(to: "history", entry: [("date", "2026-02-10")])
        }
        #expect(throws: FrontMatterEditor.Problem.self) { try FrontMatterEditor(text: "---\ntitle: [unclosed\n---\n") }
    }
}
