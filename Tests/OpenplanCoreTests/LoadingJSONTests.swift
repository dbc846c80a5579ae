import Testing
@testable import OpenplanCore

@Suite struct LoadingJSONTests {
    private func read(_ json: String) -> (RawNode?, Diagnostic?) {
        switch JSONReader(file: "m.json").read(json) {
        case .success(let node): return (node, nil)
        case .failure(let d): return (nil, d)
        }
    }

    private func failure(_ json: String) -> (Int, Int, String)? {
        read(json).1.map { ($0.line, $0.column, $0.message) }
    }

    @Test func keepsPositionsAndNumbersAsWritten() throws {
        let root = try #require(read("{\n  \"id\": \"1.10\",\n  \"value\": 1.10, \"big\": 62000\n}").0)
        let map = try #require(root.map)
        let value = try #require(map["value"])
        #expect((value.keyLine, value.keyColumn) == (3, 3))
        #expect((value.value.line, value.value.column) == (3, 12))
        guard case .scalar(let n) = value.value.value, case .scalar(let id)? = map["id"]?.value.value else {
            Issue.record("not scalars"); return
        }
        #expect(n.text == "1.10")
        #expect(!n.isQuoted)
        #expect(id.text == "1.10")
        #expect(id.isQuoted)
    }

    @Test func nullTrueFalseAndEscapes() throws {
        let map = try #require(read(#"{"a": null, "b": true, "c": "x\"\\\/\n\u00e9\ud83d\ude00"}"#).0?.map)
        #expect(map["a"]?.value.isNull == true)
        guard case .scalar(let b)? = map["b"]?.value.value, case .scalar(let c)? = map["c"]?.value.value else {
            Issue.record("not scalars"); return
        }
        #expect(b.text == "true" && !b.isQuoted)
        #expect(c.text == "x\"\\/\né😀")
    }

    @Test func columnsCountCharacters() throws {
        let map = try #require(read("{\"t\": \"é\", \"v\": 1}").0?.map)
        #expect(map["v"]?.value.column == 17)
    }

    @Test func trailingCommaInObjectAndArray() throws {
        let object = try #require(failure("{\n  \"a\": 1,\n}"))
        #expect(object.0 == 3 && object.1 == 1)
        #expect(object.2.contains("comma after the last item"))
        let array = try #require(failure("[1, 2, ]"))
        #expect(array.0 == 1 && array.1 == 8)
    }

    @Test func missingCommaPointsAtTheNextKey() throws {
        let f = try #require(failure("{\n  \"a\": 1\n  \"b\": 2\n}"))
        #expect((f.0, f.1) == (3, 3))
        #expect(f.2.contains("comma"))
    }

    @Test func strictnessProblems() throws {
        #expect(try #require(failure("{'a': 1}")).2.contains("double quotes"))
        #expect(try #require(failure("{\"a\": 'x'}")).2.contains("single quotes"))
        #expect(try #require(failure("{\"a\": 01}")).2.contains("\"01\" is not a number"))
        #expect(try #require(failure("{\"a\": NaN}")).2.contains("\"NaN\" is not a JSON value"))
        #expect(try #require(failure("// note\n{}")).2.contains("comments"))
        #expect(try #require(failure("{\"a\": 1} {}")).2.contains("more after the end"))
        #expect(try #require(failure("{\"a\": \"x\\q\"}")).2.contains("not an escape"))
        let unclosed = try #require(failure("{\"a\": \"abc\n}"))
        #expect((unclosed.0, unclosed.1) == (1, 7))
        let duplicate = try #require(failure("{\"a\": 1,\n \"a\": 2}"))
        #expect((duplicate.0, duplicate.1) == (2, 2))
        #expect(duplicate.2.contains("given twice"))
        let truncated = try #require(failure("{\"a\": [1, 2"))
        #expect(truncated.2.contains("\"]\""))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(failure(deep)?.2.contains("nested too deeply") == true)
    }
}
