import Foundation
import Markdown
import Testing
@testable import OpenplanCore

/// The review reads every sentence of every page, so its work must grow in step with the
/// text: twice the prose, about twice the time, whether the prose is one long line or many.
@Suite(.serialized) struct ReviewLinearTimeTests {
    /// Prose with everything the review looks for: long sentences, abbreviations, glossary
    /// terms, words to avoid, decimals and addresses.
    static let sentence = "The SEND team will ensure every family can utilise the local offer in order to get help, "
        + "and the EHCP work (see www.example.org) moves on by 12.5 per cent. "

    static func page(bytes: Int, oneLine: Bool) -> String {
        let separator = oneLine ? "" : "\n"
        let count = bytes / (sentence.utf8.count + separator.utf8.count)
        return Array(repeating: sentence, count: count).joined(separator: separator)
    }

    static let review = PlainEnglishReview(
        glossary: [GlossaryEntry(term: "EHCP", standsFor: "education, health and care plan", meaning: "A plan.",
                                 location: SourceLocation(file: "Content/glossary.yml", line: 1))],
        wordsToAvoid: WordsToAvoid(), readingAgeTarget: 12)

    /// The review of one page, as `check` runs it, in seconds (the quickest of `runs`, so a
    /// busy machine does not make it look slower than it is).
    static func seconds(_ text: String, runs: Int = 2) -> Double {
        let source = MarkdownSource(text: text, file: "Content/pages/long.md", firstLine: 4)
        let rendered = MarkdownRenderer().render(text)
        var best = Double.infinity
        for _ in 0..<runs {
            let start = Date()
            let page = review.review(title: "Long", url: "long/", source: source, rendered: rendered)
            _ = page.findings.count
            best = min(best, Date().timeIntervalSince(start))
        }
        return best
    }

    @Test(arguments: [true, false])
    func twiceTheProseTakesAboutTwiceTheTime(oneLine: Bool) {
        let small = Self.seconds(Self.page(bytes: 100_000, oneLine: oneLine))
        let large = Self.seconds(Self.page(bytes: 400_000, oneLine: oneLine))
        // Linear work gives 4×; quadratic work gives 16×. 8× leaves room for a busy machine.
        #expect(large < max(small, 0.01) * 8, "100 kB: \(small) s, 400 kB: \(large) s")
    }

    /// A bound, not a benchmark: in a debug build on a busy two-core machine this takes about
    /// 15 to 20 seconds (a release build is many times quicker). Before the review was made
    /// linear, a tenth of this text did not finish in eight minutes.
    @Test func aTwoMegabyteLineIsReviewedInAMinute() {
        let seconds = Self.seconds(Self.page(bytes: 2_000_000, oneLine: true), runs: 1)
        #expect(seconds < 60, "2 MB on one line: \(seconds) s")
    }

    /// ASCII text is split into words from its bytes; the result must be the one the
    /// character-by-character reading gives (a non-ASCII word at the end forces that reading).
    @Test func wordsFromBytesMatchWordsFromCharacters() {
        let samples = [Self.sentence, "  \"Yes,\" she said -- e.g. 12.5% of 2024/25\t(EHCPs) mailto:a@b.org x@y z://q WWW.x.org ...\n\u{0B}end.",
                       "", "   ", "a", "--", "£"]
        for text in samples {
            let bytes = WordTokenizer.words(in: text)
            let characters = WordTokenizer.words(in: text + " é").dropLast()
            #expect(bytes == Array(characters), "\(text)")
        }
    }

    /// The places reported on a long line are still exact.
    @Test func placesOnALongLineAreExact() {
        let text = Self.page(bytes: 20_000, oneLine: true)
        let source = MarkdownSource(text: text, file: "Content/pages/long.md", firstLine: 4)
        let page = Self.review.review(title: "Long", url: "long/", source: source, rendered: MarkdownRenderer().render(text))
        let chars = Array(text)
        #expect(page.wordsToAvoid.count > 100)
        for hit in page.wordsToAvoid {
            #expect(hit.line == 4)
            let written = String(chars[(hit.column - 1)..<(hit.column - 1 + hit.text.count)])
            #expect(written == hit.text, "column \(hit.column)")
        }
        let sentenceStarts = page.longSentences.map(\.column)
        #expect(sentenceStarts.count > 100)
        for column in sentenceStarts { #expect(String(chars[(column - 1)..<(column + 2)]) == "The") }
    }
}
