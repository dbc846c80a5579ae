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
        if let words = asciiWords(in: text) { return words }
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

    /// The same words, read from the bytes when the text is all ASCII without a carriage
    /// return (then each byte is one character, so offsets agree). The review splits every
    /// page into words several times over; going through `Character`s made that its largest cost.
    private static func asciiWords(in text: String) -> [Word]? {
        var text = text
        return text.withUTF8 { bytes -> [Word]? in
            for byte in bytes where byte >= 0x80 || byte == 13 { return nil }
            var words: [Word] = []
            let n = bytes.count
            var i = 0
            while i < n {
                while i < n && isASCIISpace(bytes[i]) { i += 1 }
                let start = i
                while i < n && !isASCIISpace(bytes[i]) { i += 1 }
                guard i > start else { continue }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<i])
                guard !isASCIIAddress(token), let first = token.firstIndex(where: isASCIIAlphanumeric),
                      let last = token.lastIndex(where: isASCIIAlphanumeric) else { continue }
                words.append(Word(text: String(decoding: UnsafeBufferPointer(rebasing: token[first...last]), as: UTF8.self),
                                  offset: start + first))
            }
            return words
        }
    }

    /// `Character.isWhitespace` for ASCII: tab, line feed, vertical tab, form feed, space (and
    /// carriage return, which never reaches here).
    private static func isASCIISpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

    private static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    /// `isAddress`, on ASCII bytes.
    private static func isASCIIAddress(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        func hasPrefix(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard token.count >= count else { return false }
            for k in 0..<count where lower(token[k]) != prefix.utf8Start[k] { return false }
            return true
        }
        if hasPrefix("www.") || hasPrefix("mailto:") { return true }
        var k = 0
        while k + 2 < token.count {
            if token[k] == 58, token[k + 1] == 47, token[k + 2] == 47 { return true }  // "://"
            k += 1
        }
        if let at = token.firstIndex(of: 64), token[at...].contains(46) { return true }  // "@" then "."
        return false
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
