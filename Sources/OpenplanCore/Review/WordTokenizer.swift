/// Splits prose into the words the readability formulas count.
///
/// It follows textstat's conventions so the figures can be compared: a word is anything
/// between spaces that holds a letter or digit (`e.g.` is one word, `12.5` is one word,
/// `co-production` is one word), and marks with no letters or digits (`–`, `&`)
/// are not words; a slash does not split a word (`2024/25`, `and/or`), but a dash between
/// words does. Web and email addresses are not prose and are left out.
public enum WordTokenizer {
    public struct Word: Sendable, Hashable {
        /// As written, without the punctuation around it: `EHCPs`, `co-production`, `e.g`.
        public var text: String
        /// Offset in characters from the start of the text measured.
        public var offset: Int
        public var isNumber: Bool { !text.contains(where: \.isLetter) }
    }

    public static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        var offset = 0
        func finish() {
            if let word = clean(current) { words.append(Word(text: word, offset: start + leadingJunk(current))) }
            current = ""
        }
        for character in text {
            if isSeparator(character) {
                finish()
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
            offset += 1
        }
        finish()
        return words
    }

    /// Whitespace, and en or em dashes that stand between words.
    static func isSeparator(_ c: Character) -> Bool {
        c.isWhitespace || c == "\u{2013}" || c == "\u{2014}" || c == "\u{2015}"
    }

    /// Web and email addresses are not read as words.
    static func isAddress(_ token: String) -> Bool {
        let lower = token.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") || lower.hasPrefix("mailto:") { return true }
        if let at = lower.firstIndex(of: "@"), lower[at...].contains(".") { return true }
        return false
    }

    /// The token without the punctuation around it (`"Yes,"` → `Yes`, `£1,000` → `1,000`);
    /// nil when nothing countable is left.
    static func clean(_ token: String) -> String? {
        guard !token.isEmpty, !isAddress(token) else { return nil }
        let chars = Array(token)
        guard let first = chars.firstIndex(where: isWordCharacter),
              let last = chars.lastIndex(where: isWordCharacter) else { return nil }
        return String(chars[first...last])
    }

    private static func leadingJunk(_ token: String) -> Int {
        token.firstIndex(where: isWordCharacter).map { token.distance(from: token.startIndex, to: $0) } ?? 0
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}
