import Markdown

/// The plain-English review of one page a family can read.
public struct PageReadability: Sendable, Hashable {
    /// A word or phrase found on the page, and where.
    public struct Hit: Sendable, Hashable {
        /// As written on the page.
        public var text: String
        public var position: TextPosition
        public init(text: String, position: TextPosition) {
            self.text = text
            self.position = position
        }
    }

    /// A glossary term used without its meaning spelled out on the page.
    public struct TermHit: Sendable, Hashable {
        public var term: String
        public var standsFor: String
        public var position: TextPosition
        public init(term: String, standsFor: String, position: TextPosition) {
            self.term = term
            self.standsFor = standsFor
            self.position = position
        }
    }

    /// A word to avoid, where it was used, and the plainer alternative.
    public struct AvoidedHit: Sendable, Hashable {
        public var text: String
        public var word: AvoidedWord
        public var position: TextPosition
        public init(text: String, word: AvoidedWord, position: TextPosition) {
            self.text = text
            self.word = word
            self.position = position
        }
    }

    public var file: String
    /// The published page, as the caller gave it (relative to the site root, or absolute).
    public var url: String
    public var title: String
    /// Where the page's body starts in its file: page-wide findings point here.
    public var line: Int
    public var score: ReadabilityScore
    public var readingAgeTarget: Int
    /// Sentences longer than `PlainEnglishReview.longSentenceWords`.
    public var longSentences: [LocatedSentence]
    /// First use of each abbreviation that the glossary does not explain.
    public var abbreviationsNotInGlossary: [Hit]
    public var termsNotSpelledOut: [TermHit]
    public var wordsToAvoid: [AvoidedHit]

    public init(file: String, url: String, title: String, line: Int, score: ReadabilityScore, readingAgeTarget: Int,
                longSentences: [LocatedSentence] = [], abbreviationsNotInGlossary: [Hit] = [],
                termsNotSpelledOut: [TermHit] = [], wordsToAvoid: [AvoidedHit] = []) {
        self.file = file
        self.url = url
        self.title = title
        self.line = line
        self.score = score
        self.readingAgeTarget = readingAgeTarget
        self.longSentences = longSentences
        self.abbreviationsNotInGlossary = abbreviationsNotInGlossary
        self.termsNotSpelledOut = termsNotSpelledOut
        self.wordsToAvoid = wordsToAvoid
    }

    /// Below this many words a reading age says little, so a page is listed but not judged.
    public static let fewestWordsToScore = 30

    public var words: Int { score.words }
    public var sentences: Int { score.sentences }
    public var averageSentenceLength: Double { score.averageSentenceLength }
    public var readingEase: Double { score.fleschReadingEase }
    public var readingAge: Double { score.readingAge }
    /// The reading age in whole years, as families are told it.
    public var readingAgeYears: Int { Int(score.readingAge.rounded()) }
    public var isScored: Bool { score.words >= PageReadability.fewestWordsToScore }
    public var isAboveTarget: Bool { isScored && readingAgeYears > readingAgeTarget }

    /// The target in words: "above target", "within target" or "too short to score".
    public var targetStatus: String {
        if !isScored { return "too short to score" }
        return isAboveTarget ? "above target" : "within target"
    }
}

/// What a finding on a page is found at: its place in the file.
public protocol PlacedInFile {
    var position: TextPosition { get }
}

extension PlacedInFile {
    public var line: Int { position.line }
    public var column: Int { position.column }
}

extension PageReadability.Hit: PlacedInFile {}
extension PageReadability.TermHit: PlacedInFile {}
extension PageReadability.AvoidedHit: PlacedInFile {}
extension LocatedSentence: PlacedInFile {}
