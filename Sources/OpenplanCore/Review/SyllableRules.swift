/// The rules behind `SyllableCounter`, applied to one lower-case ASCII word.
///
/// Start from the number of vowel groups, then correct for the commonest ways English
/// spelling and sound part company: a silent final `e` (make, makes, jumped, statement), a
/// syllabic `-le` or `-re` (table, centre), vowel pairs that are two sounds (radio, create,
/// quiet, actual, going) and a few endings (autism, historically, unique).
struct SyllableRules {
    let w: [UInt8]
    private var groups: [Range<Int>] = []

    init(word: [UInt8]) {
        w = word
        var i = 0
        while i < w.count {
            if isVowel(at: i) {
                var j = i
                while j + 1 < w.count && isVowel(at: j + 1) { j += 1 }
                groups.append(i..<(j + 1))
                i = j + 1
            } else {
                i += 1
            }
        }
    }

    func count() -> Int {
        guard !groups.isEmpty else { return 1 }
        var n = groups.count
        if n > 1 { n -= silentE() }
        for group in groups { n += splitPairs(in: group) }
        if (ends("sm") || ends("sms")) && !(ends("ssm") || ends("ssms")) { n += 1 }
        if ends("thm") || ends("thms") { n += 1 }
        if ends("ically") { n -= 1 }
        if w.count > 3 && (ends("ire") || ends("ires") || ends("ired") || ends("irely")) { n += 1 }
        if n > 1 && (ends("que") || ends("ques") || ends("gue") || ends("gues")) { n -= 1 }
        return max(1, n)
    }

    // MARK: Silent e

    /// How many written `e`s are not sounded: at the end, before `-s` or `-d`, or between a
    /// stem and a common ending or second half of a compound (`hopeful`, `baseline`).
    private func silentE() -> Int {
        var silent = 0
        let n = w.count
        if ends("e") && loneE(at: n - 1) {
            let syllabic = (ends("le") || ends("re")) && n >= 3 && isConsonantLetter(w[n - 3]) && !isOneOf(w[n - 3], "lr")
            if !syllabic { silent += 1 }
        } else if ends("es") && loneE(at: n - 2) {
            let stem = Array(w[0..<(n - 2)])
            let sibilant = ["s", "x", "z", "ch", "sh", "g", "c"].contains { hasSuffix(stem, $0) }
            let syllabic = (ends("les") || ends("res")) && n >= 4 && isConsonantLetter(w[n - 4]) && !isOneOf(w[n - 4], "lr")
            if !sibilant && !syllabic { silent += 1 }
        } else if ends("ed") && loneE(at: n - 2) {
            let stem = Array(w[0..<(n - 2)])
            let dental = hasSuffix(stem, "t") || hasSuffix(stem, "d")
            let syllabic = ends("led") && n >= 4 && isConsonantLetter(w[n - 4]) && w[n - 4] != UInt8(ascii: "l")
            if !dental && !syllabic { silent += 1 }
        }
        if let e = silentEBeforeEnding() {
            let c = e - 1
            let onsetCluster = isOneOf(w[c], "rl") && c > 0 && !isVowel(at: c - 1)
            let hasEarlierVowel = w[0..<c].contains(where: isVowelLetter)
            if !ends("lement") && !ends("lements") && !onsetCluster && hasEarlierVowel {
                return silent + 1
            }
        }
        if starts("some") && n > 5 && !isVowelLetter(w[4]) { silent += 1 }
        return silent
    }

    /// The index of an `e` standing between a consonant and a known ending, if there is one.
    private func silentEBeforeEnding() -> Int? {
        for ending in SyllableRules.endingsAfterSilentE where w.count >= ending.count + 3 {
            guard ends(ending) else { continue }
            let e = w.count - ending.count - 1
            if w[e] == UInt8(ascii: "e") && isConsonantLetter(w[e - 1]) && loneE(at: e) { return e }
        }
        return nil
    }

    static let endingsAfterSilentE: [String] = [
        "ly", "ty", "ment", "ments", "ful", "fully", "fulness", "less", "lessly", "ness", "some",
        "line", "lines", "hold", "holds", "holder", "holders", "where", "work", "works", "guard",
        "guards", "book", "books", "out", "way", "ways", "time", "times", "side", "sides", "wide",
        "zone", "zones", "mark", "marks", "wall", "walls", "ground", "grounds", "by", "fore", "of",
        "wise", "page", "pages", "stone", "stones", "cycle", "cycles", "base", "bar", "bars", "step",
        "steps", "off", "offs", "face", "faces",
    ]

    /// An `e` that is a vowel group on its own, after a consonant sound.
    private func loneE(at k: Int) -> Bool {
        k > 0 && k < w.count && w[k] == UInt8(ascii: "e") && groups.contains(k..<(k + 1)) && !isVowel(at: k - 1)
    }

    // MARK: Vowel pairs

    /// Extra syllables inside one vowel group: `ia` in media, `io` in radio, and so on.
    private func splitPairs(in group: Range<Int>) -> Int {
        var extra = 0
        let g = Array(w[group])
        let before: UInt8? = group.lowerBound > 0 ? w[group.lowerBound - 1] : nil
        let after = Array(w[group.upperBound...])
        for k in 0..<(g.count - 1) {
            let pair = String(decoding: g[k...(k + 1)], as: UTF8.self)
            let pb: UInt8? = k > 0 ? g[k - 1] : before
            let rest = Array(g[(k + 2)...]) + after
            let restText = String(decoding: rest, as: UTF8.self)
            let atStart = group.lowerBound == 1 && k == 0
            if twoSyllables(pair: pair, before: pb, rest: restText, at: group.lowerBound + k, atStart: atStart, afterGroup: after) {
                extra += 1
            }
        }
        if g.count > 1 && g.last == UInt8(ascii: "i") && (after == Array("ng".utf8) || after == Array("ngs".utf8)) {
            extra += 1  // going, being, trying
        }
        return extra
    }

    private func twoSyllables(pair: String, before pb: UInt8?, rest: String, at index: Int, atStart: Bool,
                              afterGroup: [UInt8]) -> Bool {
        let word = String(decoding: w, as: UTF8.self)
        func pbIs(_ set: String) -> Bool { pb.map { isOneOf($0, set) } ?? false }
        let first = rest.first
        switch pair {
        case "ia":
            if pbIs("cts") && (first == nil || first == "l" || first == "n") { return false }  // special, Asia
            if rest.hasPrefix("ge") { return false }  // marriage
            if rest == "r" || rest == "rs" { return false }  // familiar
            return true
        case "io":
            return !pbIs("ctsgxhln")  // nation, region, million
        case "eo":
            if pbIs("gc") && (first == "n" || first == "u") { return false }  // surgeon, gorgeous
            return !word.hasPrefix("peo")
        case "ea":
            if (rest.isEmpty && w.count >= 4) || (rest == "s" && w.count >= 5) { return true }  // idea, areas
            if let r = word.range(of: "creat"), !word.contains("creatu"),
               word.distance(from: word.startIndex, to: r.lowerBound) + 2 == index { return true }
            if atStart && ["react", "reass", "reapp", "readj", "rearr", "realloc", "realit", "reawak"].contains(where: word.hasPrefix) {
                return true
            }
            return false
        case "ie":
            if rest.hasPrefix("t") && pb != nil && pb != UInt8(ascii: "f") { return true }  // quiet, society
            if rest.hasPrefix("n") && ((pbIs("lrdpb") && !word.hasPrefix("fri")) || word.contains("scien")) { return true }
            if ["r", "rs", "st"].contains(rest) && pb != nil && !pbIs("tdhc") { return true }  // easier
            return false
        case "ua":
            return pb != nil && !pbIs("qg")  // actual, not equal or guard
        case "ue":
            if pbIs("qg") { return false }
            return first == "l" || first == "n" || first == "t" || rest == "r" || rest == "rs"  // cruel, fluent
        case "ui":
            if afterGroup.starts(with: Array("ng".utf8)) { return false }
            return pbIs("tn") || word.hasPrefix("flui") || word.hasPrefix("rui")  // intuitive, genuine
        case "oe":
            return first.map { "mtvxf".contains($0) } ?? false  // poem, poet, whoever
        case "ei":
            if rest.hasPrefix("ty") { return true }  // deity
            return atStart && word.hasPrefix("rei") && w.count > 6 && !word.hasPrefix("reig")  // reinforce
        case "eu":
            if atStart && word.hasPrefix("reu") { return true }  // reuse
            return rest == "m" || rest == "ms"  // museum
        case "oo":
            return atStart && (word.hasPrefix("coop") || word.hasPrefix("coor")) && w.count > 6
        case "iu":
            return true  // medium
        case "uo":
            return !pbIs("q")  // duo, not quote
        default:
            return false
        }
    }

    // MARK: Letters

    /// `y` is a vowel except at the start of a word or between two vowels (`player`, `beyond`).
    private func isVowel(at i: Int) -> Bool {
        let c = w[i]
        if isOneOf(c, "aeiou") { return true }
        guard c == UInt8(ascii: "y"), i > 0 else { return false }
        let previousIsVowel = isOneOf(w[i - 1], "aeiou")
        let nextIsVowel = i + 1 < w.count && isOneOf(w[i + 1], "aeiou")
        return !(previousIsVowel && nextIsVowel)
    }

    private func isVowelLetter(_ c: UInt8) -> Bool { isOneOf(c, "aeiouy") }
    private func isConsonantLetter(_ c: UInt8) -> Bool { !isOneOf(c, "aeiouy") }
    private func isOneOf(_ c: UInt8, _ set: String) -> Bool { set.utf8.contains(c) }
    private func ends(_ suffix: String) -> Bool { hasSuffix(w, suffix) }
    private func starts(_ prefix: String) -> Bool { w.starts(with: Array(prefix.utf8)) }
    private func hasSuffix(_ letters: [UInt8], _ suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        return letters.count >= s.count && Array(letters.suffix(s.count)) == s
    }
}
