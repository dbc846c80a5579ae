import Markdown

extension PlainEnglishReview {
    /// Every use of a word or phrase to avoid, sentence by sentence so a phrase never runs
    /// across a full stop. A single word also matches its common endings: `utilise` finds
    /// `utilises`, `utilised` and `utilising`.
    func wordsToAvoid(in prose: [ProseBlock], firstLine: Int) -> [PageReadability.AvoidedHit] {
        let entries = wordsToAvoid.map { (entry: $0, forms: PlainEnglishReview.forms(of: $0.phrase)) }
        // The entries that can start at a word, by that word: one look-up per word of the page
        // rather than a try of every entry. Each list keeps the entries' order, so the same one wins.
        var byFirstWord: [String: [(entry: AvoidedWord, forms: [Set<String>])]] = [:]
        for candidate in entries {
            for first in candidate.forms.first ?? [] { byFirstWord[first, default: []].append(candidate) }
        }
        var hits: [PageReadability.AvoidedHit] = []
        for block in prose {
            let lines = BlockLines(block)
            for sentence in SentenceSplitter.sentences(in: block.text) {
                let words = WordTokenizer.words(in: sentence.text)
                let lower = words.map { $0.text.lowercased() }
                var i = 0
                while i < words.count {
                    var matched = 1
                    for (entry, forms) in byFirstWord[lower[i]] ?? [] {
                        guard let length = PlainEnglishReview.match(forms, in: lower, at: i) else { continue }
                        let written = words[i..<(i + length)].map(\.text).joined(separator: " ")
                        let place = lines.position(ofOffset: sentence.offset + words[i].offset, firstLine: firstLine)
                        hits.append(PageReadability.AvoidedHit(text: written, word: entry, position: place))
                        matched = length
                        break
                    }
                    i += matched
                }
            }
        }
        return hits
    }

    /// The words of a phrase, each a set of accepted spellings: the last word of a phrase,
    /// or a single word, with its endings.
    static func forms(of phrase: String) -> [Set<String>] {
        let words = phrase.split(separator: " ").map(String.init)
        return words.enumerated().map { index, word in
            index == words.count - 1 ? inflections(of: word) : [word]
        }
    }

    static func inflections(of word: String) -> Set<String> {
        var out: Set<String> = [word, word + "s", word + "es", word + "d", word + "ed", word + "ing"]
        if word.hasSuffix("e") {
            let stem = String(word.dropLast())
            out.formUnion([stem + "ing", stem + "ed"])
        }
        if word.hasSuffix("y") {
            let stem = String(word.dropLast())
            out.formUnion([stem + "ies", stem + "ied"])
        }
        return out
    }

    /// The number of words matched at `start`, or nil.
    static func match(_ forms: [Set<String>], in words: [String], at start: Int) -> Int? {
        guard start + forms.count <= words.count else { return nil }
        for (offset, accepted) in forms.enumerated() where !accepted.contains(words[start + offset]) {
            return nil
        }
        return forms.count
    }
}
