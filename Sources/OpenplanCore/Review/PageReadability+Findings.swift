import Foundation

extension PageReadability {
    /// Everything on this page a content editor should look at, in file order.
    public var findings: [ReviewFinding] {
        var out: [ReviewFinding] = []
        if isAboveTarget {
            out.append(.warning(.readingAgeAboveTarget, file, line: line,
                                "\"\(title)\" has a reading age of \(readingAgeYears), above the target of \(readingAgeTarget). "
                                    + "Shorter sentences and everyday words will bring it down."))
        }
        for sentence in longSentences {
            out.append(.warning(.longSentence, file, line: sentence.line, column: sentence.column,
                                "This sentence has \(sentence.wordCount) words; aim for \(PlainEnglishReview.longSentenceWords) or fewer. "
                                    + "Try splitting it into two.",
                                quote: sentence.text))
        }
        for hit in abbreviationsNotInGlossary {
            out.append(.warning(.abbreviationNotInGlossary, file, line: hit.line, column: hit.column,
                                "\(hit.text) is not in the glossary. Add it to Content/glossary.yml, or write the words out in full."))
        }
        for hit in termsNotSpelledOut {
            out.append(.warning(.termNotSpelledOut, file, line: hit.line, column: hit.column,
                                "\(hit.term) is not spelled out on this page. The first time it is used, write "
                                    + "\"\(hit.standsFor) (\(hit.term))\"."))
        }
        for hit in wordsToAvoid {
            out.append(.warning(.wordToAvoid, file, line: hit.line, column: hit.column,
                                "\"\(hit.text)\" is on the list of words to avoid. Try \(PageReadability.quoted(hit.word.alternative)) instead."))
        }
        return out.sorted()
    }

    /// `extra, more` → `"extra" or "more"`.
    static func quoted(_ alternatives: String) -> String {
        let parts = alternatives.split(separator: ",").map { "\"" + $0.trimmingCharacters(in: .whitespaces) + "\"" }
        return parts.count <= 1 ? (parts.first ?? "\"\"") : parts.dropLast().joined(separator: ", ") + " or " + parts.last!
    }
}
