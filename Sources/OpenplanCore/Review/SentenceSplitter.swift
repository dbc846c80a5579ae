/// Finds where sentences end in a block of prose.
///
/// A full stop, question mark or exclamation mark ends a sentence when a space follows it
/// and the next word does not start with a small letter, or the block ends. So a decimal
/// (`12.5`), a web address, `e.g. the` and `"Ready?" she asked` do not end one, and neither
/// does a title or common abbreviation before a name or number (`Dr. Patel`, `No. 5`).
public enum SentenceSplitter {
    public struct Sentence: Sendable, Hashable {
        /// Trimmed, with inner line breaks kept.
        public var text: String
        /// Offset in characters of the sentence's first character within the block.
        public var offset: Int
        public var wordCount: Int
    }

    public static func sentences(in text: String) -> [Sentence] {
        let chars = Array(text)
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            guard let first = chars[start..<end].firstIndex(where: { !$0.isWhitespace }) else { return }
            let last = chars[start..<end].lastIndex(where: { !$0.isWhitespace })!
            let body = String(chars[first...last])
            let count = WordTokenizer.words(in: body).count
            if count > 0 { sentences.append(Sentence(text: body, offset: first, wordCount: count)) }
        }
        while i < chars.count {
            guard isTerminator(chars[i]) else { i += 1; continue }
            var j = i
            while j < chars.count && isTerminator(chars[j]) { j += 1 }
            let single = j - i == 1 && chars[i] == "."
            while j < chars.count && isCloser(chars[j]) { j += 1 }
            if endsSentence(chars, terminator: i, after: j, singleStop: single) {
                emit(j)
                start = j
            }
            i = j
        }
        emit(chars.count)
        return sentences
    }

    private static func endsSentence(_ chars: [Character], terminator: Int, after j: Int, singleStop: Bool) -> Bool {
        if j == chars.count { return true }
        guard chars[j].isWhitespace else { return false }
        guard let k = chars[j...].firstIndex(where: { !$0.isWhitespace }) else { return true }
        let next = chars[k]
        if next.isLowercase { return false }
        guard singleStop else { return true }
        // The word before the full stop, with its own dots (`e.g`).
        var b = terminator
        while b > 0 && (chars[b - 1].isLetter || chars[b - 1] == ".") { b -= 1 }
        let before = String(chars[b..<terminator])
        if before.count == 1 && before.first!.isUppercase { return false }  // an initial: J. Smith
        let key = before.lowercased()
        if alwaysAbbreviated.contains(key) { return false }
        if next.isNumber && abbreviatedBeforeNumber.contains(key) { return false }
        return true
    }

    /// Titles and Latin abbreviations that are never the end of a sentence.
    static let alwaysAbbreviated: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "rev", "cllr", "hon", "sgt", "capt", "lt", "col",
        "gen", "gov", "jr", "sr", "e.g", "i.e", "eg", "ie", "cf", "vs", "viz", "al", "approx",
        "dept", "tel", "ext", "ref", "nb", "n.b",
    ]

    /// Abbreviations that stand before a number: `No. 5`, `p. 12`, `Jan. 2026`.
    static let abbreviatedBeforeNumber: Set<String> = [
        "no", "nos", "p", "pp", "para", "paras", "fig", "figs", "vol", "vols", "ch", "sec", "art",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    static func isTerminator(_ c: Character) -> Bool { c == "." || c == "!" || c == "?" || c == "\u{2026}" }
    static func isCloser(_ c: Character) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]" || c == "\u{00BB}"
    }
}
