import Testing
@testable import OpenplanCore

@Suite struct LoadingSourceTextTests {
    private func decode(_ bytes: [UInt8]) -> String? {
        if case .success(let text) = SourceText.decode(bytes, file: "f") { return text }
        return nil
    }

    private func failure(_ bytes: [UInt8]) -> Diagnostic? {
        if case .failure(let d) = SourceText.decode(bytes, file: "f") { return d }
        return nil
    }

    @Test func stripsByteOrderMark() {
        #expect(decode([0xEF, 0xBB, 0xBF] + Array("title: A".utf8)) == "title: A")
    }

    @Test func normalisesWindowsAndOldMacLineEndings() {
        #expect(decode(Array("a\r\nb\r\n\r\nc".utf8)) == "a\nb\n\nc")
        #expect(decode(Array("a\rb".utf8)) == "a\nb")
        #expect(decode(Array("a\r\r\nb".utf8)) == "a\n\nb")
    }

    @Test func keepsMultiByteText() {
        #expect(decode(Array("café – ünïcode 👍".utf8)) == "café – ünïcode 👍")
    }

    @Test func pointsAtFirstByteThatIsNotUTF8() throws {
        // "ab\ncafé" saved as Latin-1: é is the single byte 0xE9, the 4th character of line 2.
        let d = try #require(failure(Array("ab\ncaf".utf8) + [0xE9] + Array("\n".utf8)))
        #expect(d.line == 2)
        #expect(d.column == 4)
        #expect(d.message.contains("0xE9"))
        #expect(d.message.contains("UTF-8"))
    }

    @Test func countsColumnsInCharactersAndCRLFAsOneBreak() throws {
        let d = try #require(failure(Array("x\r\nü€".utf8) + [0xFF]))
        #expect(d.line == 2)
        #expect(d.column == 3)
    }

    @Test func rejectsOverlongAndSurrogateEncodings() {
        #expect(SourceText.firstInvalidByte([0x61, 0xC0, 0xAF][...]) == 1)
        #expect(SourceText.firstInvalidByte([0xED, 0xA0, 0x80][...]) == 0)
        #expect(SourceText.firstInvalidByte([0xE2, 0x82][...]) == 0)
        #expect(SourceText.firstInvalidByte(Array("€😀".utf8)[...]) == 7)
    }
}
