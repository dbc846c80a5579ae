import Foundation
import Markdown

extension PlainEnglishReview {
    /// The first use of each abbreviation (a word with two or more capitals, such as `EHCP`,
    /// `SENDIASS` or `DfE`) that no glossary term explains.
    func abbreviationsNotInGlossary(_ prose: [ProseBlock], firstLine: Int) -> [PageReadability.Hit] {
        let explained = glossaryWords
        var seen: Set<String> = []
        var hits: [PageReadability.Hit] = []
        for block in prose where !isShouting(block.text) {
            let lines = BlockLines(block)
            for word in WordTokenizer.words(in: block.text) {
                // `SEND-related` and `EHCP/EHC plan` hold abbreviations too.
                for part in word.text.split(whereSeparator: { $0 == "-" || $0 == "/" }) {
                    guard let abbreviation = PlainEnglishReview.abbreviation(String(part)),
                          !PlainEnglishReview.isExplained(abbreviation, by: explained),
                          !PlainEnglishReview.wellKnownAbbreviations.contains(abbreviation),
                          seen.insert(abbreviation).inserted else { continue }
                    hits.append(hit(abbreviation, word, lines, firstLine: firstLine))
                }
            }
        }
        return hits
    }

    /// Glossary terms with a `stands_for` that the page uses but never spells out, at their
    /// first use. The title counts as part of the page.
    func termsNotSpelledOut(_ prose: [ProseBlock], title: String, firstLine: Int) -> [PageReadability.TermHit] {
        let pageText = PlainEnglishReview.normalised(([title] + prose.map(\.text)).joined(separator: "\n"))
        let words = located(prose)
        // Every word on the page, in small letters: a term whose first word is not among them
        // is not used, so neither the page nor its words need searching for it. Each search
        // reads the whole page, and a glossary has dozens of terms.
        let present = Set(words.map { $0.word.text.lowercased() })
        var hits: [PageReadability.TermHit] = []
        for entry in glossary {
            guard let firstWord = WordTokenizer.words(in: entry.term).first?.text.lowercased(),
                  PlainEnglishReview.termEndings.contains(where: { present.contains(firstWord + $0) }) else { continue }
            guard let standsFor = entry.standsFor?.trimmingCharacters(in: .whitespaces), !standsFor.isEmpty,
                  !pageText.contains(PlainEnglishReview.normalised(standsFor)),
                  let first = firstUse(of: entry.term, in: words) else { continue }
            let place = first.block.position(ofOffset: first.word.offset, firstLine: firstLine)
            hits.append(PageReadability.TermHit(term: entry.term, standsFor: standsFor, position: place))
        }
        return hits.sorted { ($0.line, $0.column, $0.term) < ($1.line, $1.column, $1.term) }
    }

    /// Every word of every glossary term, upper-cased: `EHC plan` explains `EHC`.
    var glossaryWords: Set<String> {
        var out: Set<String> = []
        for entry in glossary {
            out.insert(entry.term.uppercased())
            for word in WordTokenizer.words(in: entry.term) { out.insert(word.text.uppercased()) }
        }
        return out
    }

    /// Whether a glossary word explains an abbreviation, or it is that word's plural written
    /// with a small s (`SENCos` for `SENCo`).
    static func isExplained(_ abbreviation: String, by explained: Set<String>) -> Bool {
        if explained.contains(abbreviation.uppercased()) { return true }
        return abbreviation.hasSuffix("s") && explained.contains(String(abbreviation.dropLast()).uppercased())
    }

    /// The endings a term may take and still be the term: a plural (`SENCos`, `Local Offers`) or
    /// a possessive (`the ICB's`, `the ICB’s`, `parents'`).
    static let termEndings = ["", "s", "'s", "\u{2019}s", "'", "\u{2019}", "es"]

    /// Where a term is first used. An abbreviation matches only in capitals (`SEND`, not
    /// `send`), and its plural too (`EHCPs`); other terms match in any case.
    func firstUse(of term: String, in words: [(word: WordTokenizer.Word, block: BlockLines, index: Int)])
        -> (word: WordTokenizer.Word, block: BlockLines, index: Int)? {
        let termWords = WordTokenizer.words(in: term).map(\.text)
        guard !termWords.isEmpty else { return nil }
        let exactCase = PlainEnglishReview.abbreviation(term) != nil
        // Only the last word of a term takes an ending: "Local Offer's", not "Locals Offer".
        func same(_ written: String, _ wanted: String, last: Bool) -> Bool {
            let endings = last ? PlainEnglishReview.termEndings : [""]
            if exactCase { return endings.contains { written == wanted + $0 } }
            let w = written.lowercased(), t = wanted.lowercased()
            return endings.contains { w == t + $0 }
        }
        guard words.count >= termWords.count else { return nil }
        for start in 0...(words.count - termWords.count) {
            let run = words[start..<(start + termWords.count)]
            guard run.allSatisfy({ $0.index == run.first!.index }) else { continue }
            let matches = zip(run, termWords).enumerated().allSatisfy { i, pair in
                same(pair.0.word.text, pair.1, last: i == termWords.count - 1)
            }
            if matches { return words[start] }
        }
        return nil
    }

    /// The abbreviation a word is, without a plural or possessive ending; nil for words.
    static func abbreviation(_ word: String) -> String? {
        // Most words have fewer than two capitals; in ASCII that is quick to see from the bytes.
        var upper = 0, ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 65 && byte <= 90 { upper += 1 }
        }
        if ascii && upper < 2 { return nil }
        var core = Substring(word)
        if core.hasSuffix("'s") || core.hasSuffix("\u{2019}s") { core = core.dropLast(2) }
        else if core.hasSuffix("s"), core.dropLast().last?.isUppercase == true { core = core.dropLast() }
        let letters = core.filter(\.isLetter)
        let capitals = letters.filter(\.isUppercase).count
        guard capitals >= 2, capitals > letters.count - capitals, core.first?.isLetter == true else { return nil }
        // Roman numerals such as `II` and `XIV` number things; they are not abbreviations.
        if core.allSatisfy({ "IVX".contains($0) }) { return nil }
        return String(core)
    }

    /// A heading written all in capitals is shouting, not a row of abbreviations.
    private func isShouting(_ text: String) -> Bool {
        !text.contains(where: \.isLowercase) && WordTokenizer.words(in: text).count >= 3
    }

    /// Lower case, with runs of spaces and line breaks as single spaces, for matching phrases.
    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
