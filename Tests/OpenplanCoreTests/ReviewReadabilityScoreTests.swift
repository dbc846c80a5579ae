import Testing
@testable import OpenplanCore

@Suite("Readability scores")
struct ReviewReadabilityScoreTests {
    @Test func scoresAKnownPassage() {
        // 13 words, 2 sentences; syllables: 1 each except "happy" (2), "very" (2) and "indeed" (2): 16.
        let score = ReadabilityScore.measure("The cat sat on the mat. It was a very happy cat indeed.")
        #expect(score.words == 13)
        #expect(score.sentences == 2)
        #expect(score.syllables == 16)
        #expect(abs(score.averageSentenceLength - 6.5) < 1e-9)
        // 0.39 × 6.5 + 11.8 × 16/13 − 15.59
        let grade = 0.39 * 6.5 + 11.8 * 16.0 / 13.0 - 15.59
        #expect(abs(score.fleschKincaidGrade - grade) < 1e-9)
        #expect(abs(score.fleschReadingEase - (206.835 - 1.015 * 6.5 - 84.6 * 16.0 / 13.0)) < 1e-9)
        #expect(abs(score.readingAge - (grade + 5)) < 1e-9)
    }

    @Test func aHarderPassageScoresHigher() {
        let easy = ReadabilityScore.measure("We will call you. We will tell you what happens next. You can ask us anything.")
        let hard = ReadabilityScore.measure(
            "The authority shall determine, having regard to the representations received, whether the "
                + "educational provision specified is appropriate, notwithstanding any alternative arrangements.")
        #expect(hard.readingAge > easy.readingAge + 10)
        #expect(hard.fleschReadingEase < easy.fleschReadingEase)
    }

    @Test func fragmentsCountAsWordsButNotSentences() {
        let score = ReadabilityScore.measure(blocks: ["Next steps", "We will write to you within ten days.", "Yes."])
        #expect(score.words == 11)
        #expect(score.sentences == 1)
    }

    @Test func textOfOnlyFragmentsIsOneSentence() {
        let score = ReadabilityScore.measure("Contact us")
        #expect(score.sentences == 1)
        #expect(score.words == 2)
    }

    @Test func nothingToScoreGivesZeroes() {
        let score = ReadabilityScore.measure("  \n – ")
        #expect(score.words == 0)
        #expect(score.sentences == 0)
        #expect(score.fleschKincaidGrade == 0)
        #expect(score.readingAge == 0)
    }

    @Test func aSentenceNeverRunsAcrossBlocks() {
        let joined = ReadabilityScore.measure(blocks: ["We will write to you", "and we will call you soon"])
        #expect(joined.sentences == 2)
    }
}
