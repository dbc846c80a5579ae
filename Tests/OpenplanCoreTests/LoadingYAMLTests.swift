import Testing
@testable import OpenplanCore

@Suite struct LoadingYAMLTests {
    private func read(_ yaml: String, firstLine: Int = 1) -> YAMLReader.Output {
        YAMLReader(file: "Content/x.md", firstLine: firstLine).read(yaml)
    }

    private func scalar(_ node: RawNode?) -> RawScalar? {
        if case .scalar(let s)? = node?.value { return s }
        return nil
    }

    @Test func idsAndDatesStayExactlyAsWritten() throws {
        let map = try #require(read("a: 1.10\nb: 1.1\nc: 2\nd: \"2\"\ne: 2026-03-31\nf: 007\ng: 1e3").root?.map)
        #expect(scalar(map["a"]?.value)?.text == "1.10")
        #expect(scalar(map["b"]?.value)?.text == "1.1")
        #expect(scalar(map["c"]?.value)?.text == "2")
        #expect(scalar(map["d"]?.value)?.text == "2")
        #expect(scalar(map["d"]?.value)?.isQuoted == true)
        #expect(scalar(map["c"]?.value)?.isQuoted == false)
        #expect(scalar(map["e"]?.value)?.text == "2026-03-31")
        #expect(scalar(map["f"]?.value)?.text == "007")
        #expect(scalar(map["g"]?.value)?.text == "1e3")
    }

    @Test func nullsAreNullUnlessQuoted() throws {
        let map = try #require(read("a:\nb: ~\nc: null\nd: \"null\"\ne: ''").root?.map)
        #expect(map["a"]?.value.isNull == true)
        #expect(map["b"]?.value.isNull == true)
        #expect(map["c"]?.value.isNull == true)
        #expect(map["d"]?.value.isNull == false)
        #expect(scalar(map["e"]?.value)?.text == "")
    }

    @Test func positionsAreFileLinesAfterTheOffset() throws {
        let map = try #require(read("title: A\nleads: [NB, CB]", firstLine: 2).root?.map)
        let leads = try #require(map["leads"])
        #expect((leads.keyLine, leads.keyColumn) == (3, 1))
        guard case .list(let items) = leads.value.value else { Issue.record("not a list"); return }
        #expect((items[1].line, items[1].column) == (3, 13))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let map = try #require(read("é: ü\nb: x").root?.map)
        #expect(map["é"]?.value.column == 4)
    }

    @Test func commaInsideFlowMappingTextIsKept() throws {
        let root = try #require(read("- { id: complete, meaning: Action completed, monitoring impact, label: Done }").root)
        guard case .list(let items) = root.value, let map = items.first?.map else { Issue.record("shape"); return }
        #expect(scalar(map["meaning"]?.value)?.text == "Action completed, monitoring impact")
        #expect(map["monitoring impact"] == nil)
        #expect(scalar(map["label"]?.value)?.text == "Done")
        #expect(map.entries.count == 3)
    }

    @Test func aKeyWithAnEmptyValueInAFlowMappingIsNotJoined() throws {
        let map = try #require(read("{ a: x, b: }").root?.map)
        #expect(map.entries.map(\.key) == ["a", "b"])
        #expect(map["b"]?.value.isNull == true)
    }

    @Test func syntaxErrorsPointAtTheFileLine() throws {
        let output = read("title: x\n  status: y", firstLine: 2)
        let d = try #require(output.diagnostics.first)
        #expect(output.root == nil)
        #expect((d.line, d.column) == (3, 9))
        #expect(d.message.contains("indentation"))
    }

    @Test func unclosedQuoteAtEndPointsAtTheLastLine() throws {
        let d = try #require(read("title: 'unclosed\n", firstLine: 2).diagnostics.first)
        #expect(d.line == 2)
        #expect(d.message.contains("never closed"))
    }

    @Test func duplicateKeyPointsAtTheSecondOne() throws {
        let d = try #require(read("title: a\nstatus: b\ntitle: c", firstLine: 2).diagnostics.first)
        #expect((d.line, d.column) == (4, 1))
        #expect(d.message.contains("\"title\" is given twice"))
    }

    @Test func emptyDocumentHasNoRoot() {
        let output = read("")
        #expect(output.root == nil)
        #expect(output.diagnostics.isEmpty)
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let deep = "a: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let d = try #require(read(deep).diagnostics.first)
        #expect(d.message.contains("nested too deeply"))
    }

    @Test func aliasesThatExplodeAreRefused() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (previous, next) in zip("abcdefg", "bcdefgh") {
            yaml += "\(next): &\(next) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let output = read(yaml)
        #expect(output.root == nil)
        #expect(output.diagnostics.first?.message.contains("too big to read") == true)
    }

    @Test func smallAliasesAreExpanded() throws {
        let map = try #require(read("a: &lead NB\nb: *lead").root?.map)
        #expect(scalar(map["b"]?.value)?.text == "NB")
    }
}
