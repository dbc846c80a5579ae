/// A word or phrase a plain-English page should not need, and what to say instead.
public struct AvoidedWord: Sendable, Hashable, Comparable {
    /// Lower case, as matched: `utilise`, `in order to`.
    public var phrase: String
    public var alternative: String

    public init(_ phrase: String, _ alternative: String) {
        self.phrase = phrase.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        self.alternative = alternative
    }

    public static func < (a: AvoidedWord, b: AvoidedWord) -> Bool { a.phrase < b.phrase }
}

extension WordsToAvoid {
    /// The list `check` uses: the default list with the site's words added (a site's
    /// alternative wins for a word in both), or only the site's words when it asks to replace
    /// the defaults. Sorted, so reports do not depend on the order of a dictionary.
    public var resolved: [AvoidedWord] {
        var byPhrase: [String: AvoidedWord] = [:]
        if !replaceDefaults {
            for entry in AvoidedWord.defaults { byPhrase[entry.phrase] = entry }
        }
        for (phrase, alternative) in words {
            let entry = AvoidedWord(phrase, alternative)
            guard !entry.phrase.isEmpty else { continue }
            byPhrase[entry.phrase] = entry
        }
        return byPhrase.values.sorted()
    }
}

extension AvoidedWord {
    /// Words and phrases that official writing reaches for and families stumble over, with
    /// plainer ones. Terms that are part of the SEND system itself ("co-production",
    /// "outcomes", "provision") are left out: pages should explain those, not avoid them.
    public static let defaults: [AvoidedWord] = [
        AvoidedWord("additional", "extra, more"),
        AvoidedWord("aforementioned", "this, these"),
        AvoidedWord("approximately", "about"),
        AvoidedWord("assist", "help"),
        AvoidedWord("assistance", "help"),
        AvoidedWord("at this point in time", "now"),
        AvoidedWord("cohort", "group"),
        AvoidedWord("commence", "start, begin"),
        AvoidedWord("deliver", "provide, give, do"),
        AvoidedWord("disseminate", "share, send out"),
        AvoidedWord("empower", "help, let, give the power to"),
        AvoidedWord("endeavour", "try"),
        AvoidedWord("ensure", "make sure"),
        AvoidedWord("facilitate", "help, make possible, run"),
        AvoidedWord("going forward", "from now on, in future"),
        AvoidedWord("holistic", "whole, looking at everything"),
        AvoidedWord("implement", "carry out, do, start"),
        AvoidedWord("in conjunction with", "with"),
        AvoidedWord("in order to", "to"),
        AvoidedWord("in relation to", "about"),
        AvoidedWord("in respect of", "about, for"),
        AvoidedWord("in the event of", "if"),
        AvoidedWord("leverage", "use"),
        AvoidedWord("liaise", "work with, talk to"),
        AvoidedWord("numerous", "many"),
        AvoidedWord("obtain", "get"),
        AvoidedWord("on a daily basis", "every day"),
        AvoidedWord("prior to", "before"),
        AvoidedWord("purchase", "buy"),
        AvoidedWord("regarding", "about"),
        AvoidedWord("robust", "strong, thorough"),
        AvoidedWord("signpost", "point to, tell you about"),
        AvoidedWord("stakeholder", "people involved, partners"),
        AvoidedWord("subsequently", "later, then"),
        AvoidedWord("sufficient", "enough"),
        AvoidedWord("synergy", "working together"),
        AvoidedWord("terminate", "end, stop"),
        AvoidedWord("therefore", "so"),
        AvoidedWord("utilise", "use"),
        AvoidedWord("utilize", "use"),
        AvoidedWord("whilst", "while"),
        AvoidedWord("with regard to", "about"),
        AvoidedWord("workstream", "area of work, piece of work"),
    ]
}
