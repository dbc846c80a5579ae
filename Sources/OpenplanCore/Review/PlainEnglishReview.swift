import Markdown

/// Reviews the prose of each page a family can read: how hard it is to read, and the
/// sentences, abbreviations and words that make it harder.
///
/// It sees only prose blocks, so code, tables of figures, embeds and addresses are never
/// scored; the Markdown stage leaves them out.
public struct PlainEnglishReview: Sendable {
    public var glossary: [GlossaryEntry]
    public var wordsToAvoid: [AvoidedWord]
    public var readingAgeTarget: Int

    /// A sentence with more words than this is reported.
    public static let longSentenceWords = 25

    /// Abbreviations every reader knows, which need no glossary entry.
    public static let wellKnownAbbreviations: Set<String> = ["UK", "OK", "TV"]

    public init(glossary: [GlossaryEntry], wordsToAvoid: WordsToAvoid, readingAgeTarget: Int) {
        self.glossary = glossary
        self.wordsToAvoid = wordsToAvoid.resolved
        self.readingAgeTarget = readingAgeTarget
    }

    /// The review as the site asks for it: its glossary, words to avoid and reading-age target.
    public init(plan: Plan) {
        self.init(glossary: plan.glossary, wordsToAvoid: plan.site.wordsToAvoid, readingAgeTarget: plan.site.readingAge)
    }

    /// - Parameters:
    ///   - file: the source file, relative to the site folder.
    ///   - url: the published page, used only to link to it from reports.
    ///   - firstLine: the file line on which the body's first line stands.
    ///   - prose: the body's prose blocks, positioned relative to the body.
    ///   - titleProse: the title where it was written, checked for abbreviations and words to
    ///     avoid but not scored; nil when the title is not written in this file.
    public func review(title: String, file: String, url: String, firstLine: Int, prose: [ProseBlock],
                       titleProse: ProseBlock? = nil) -> PageReadability {
        let score = ReadabilityScore.measure(blocks: prose.map(\.text))
        let sentences = SentenceFinder.sentences(in: prose, firstLine: firstLine)
        let withTitle = (titleProse.map { [$0] } ?? []) + prose
        return PageReadability(
            file: file, url: url, title: title, line: firstLine, score: score, readingAgeTarget: readingAgeTarget,
            longSentences: sentences.filter { $0.wordCount > PlainEnglishReview.longSentenceWords },
            abbreviationsNotInGlossary: abbreviationsNotInGlossary(withTitle, firstLine: firstLine),
            termsNotSpelledOut: termsNotSpelledOut(prose, title: title, firstLine: firstLine),
            wordsToAvoid: wordsToAvoid(in: withTitle, firstLine: firstLine)
        )
    }

    /// Reviews a rendered Markdown body: its prose, at the lines of its source file.
    public func review(title: String, url: String, source: MarkdownSource, rendered: RenderedMarkdown) -> PageReadability {
        review(title: title, file: source.file, url: url, firstLine: source.firstLine, prose: rendered.prose)
    }

    /// Every word of the prose with its block (and that block's place in the list), for the
    /// word-level checks.
    func located(_ prose: [ProseBlock]) -> [(word: WordTokenizer.Word, block: BlockLines, index: Int)] {
        prose.enumerated().flatMap { index, block in
            let lines = BlockLines(block)
            return WordTokenizer.words(in: block.text).map { (word: $0, block: lines, index: index) }
        }
    }

    func hit(_ text: String, _ word: WordTokenizer.Word, _ block: BlockLines, firstLine: Int) -> PageReadability.Hit {
        let place = block.position(ofOffset: word.offset, firstLine: firstLine)
        return PageReadability.Hit(text: text, position: place)
    }
}
