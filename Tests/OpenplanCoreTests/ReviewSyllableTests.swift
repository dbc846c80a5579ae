import Testing
@testable import OpenplanCore

@Suite("Syllable counting")
struct ReviewSyllableTests {
    /// Counts as the CMU Pronouncing Dictionary gives them, covering each rule.
    static let words: [(String, Int)] = [
        ("the", 1), ("cat", 1), ("make", 1), ("makes", 1), ("jumped", 1), ("wanted", 2), ("needed", 2),
        ("table", 2), ("tables", 2), ("centre", 2), ("whole", 1), ("boxes", 2), ("pages", 2), ("places", 2),
        ("statement", 2), ("hopeful", 2), ("lately", 2), ("baseline", 2), ("something", 2), ("element", 3),
        ("settlement", 3), ("happy", 2), ("system", 2), ("player", 2), ("beyond", 2), ("saying", 2),
        ("trying", 2), ("going", 2), ("being", 2), ("studying", 3), ("radio", 3), ("nation", 2), ("region", 2),
        ("million", 2), ("various", 3), ("precious", 2), ("video", 3), ("people", 2), ("surgeon", 2),
        ("idea", 3), ("area", 3), ("great", 1), ("create", 2), ("react", 2), ("quiet", 2), ("science", 2),
        ("piece", 1), ("friend", 1), ("client", 2), ("easier", 3), ("families", 3), ("actual", 3), ("equal", 2),
        ("usual", 3), ("fluent", 2), ("value", 2), ("question", 2), ("genuine", 3), ("build", 1), ("poem", 2),
        ("does", 1), ("museum", 3), ("medium", 3), ("autism", 3), ("rhythm", 2), ("automatically", 5),
        ("fire", 2), ("unique", 2), ("league", 1), ("social", 2), ("special", 2), ("media", 3), ("marriage", 2),
        ("familiar", 3), ("education", 4), ("assessment", 3), ("partnership", 3), ("priorities", 4),
        ("our", 2), ("hour", 2), ("business", 2), ("every", 3), ("several", 2), ("evening", 2),
    ]

    @Test(arguments: words)
    func countsWord(_ word: String, _ expected: Int) {
        #expect(SyllableCounter.count(word) == expected, "\(word)")
    }

    @Test func capitalsAndAccentsDoNotChangeTheCount() {
        #expect(SyllableCounter.count("Education") == 4)
        #expect(SyllableCounter.count("Café") == SyllableCounter.count("cafe"))
        #expect(SyllableCounter.count("don't") == 1)
    }

    @Test func numbersCountAsOneSyllableEach() {
        #expect(SyllableCounter.count("2026") == 1)
        #expect(SyllableCounter.count("12.5") == 1)
        #expect(SyllableCounter.count("2024/25") == 2)
    }

    @Test func abbreviationsWithoutVowelsAreReadAsLetters() {
        #expect(SyllableCounter.count("NHS") == 3)
        #expect(SyllableCounter.count("WWW") == 9)
        // With a vowel it is read as a word, as textstat does.
        #expect(SyllableCounter.count("SENCO") == 2)
    }

    @Test func hyphenatedWordsAddTheirParts() {
        #expect(SyllableCounter.count("co-production") == 4)
        #expect(SyllableCounter.count("well-being") == 3)
        #expect(SyllableCounter.count("-") == 0)
    }
}
