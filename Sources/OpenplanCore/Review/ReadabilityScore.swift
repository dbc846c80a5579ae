/// How hard a piece of prose is to read, by the Flesch reading-ease and Flesch–Kincaid
/// grade formulas, and the reading age families understand (grade + 5).
///
/// Counting follows textstat, so the figures can be checked against it: every word counts
/// (numbers too), but a "sentence" of one or two words (a heading such as "Next steps", a
/// list label, "Yes.") is not counted as a sentence. Counting fragments would make a page of
/// headings and bullet points look easier than its sentences really are.
public struct ReadabilityScore: Sendable, Hashable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int

    /// Sentences shorter than this many words are fragments: their words count, they do not.
    public static let shortestSentence = 3

    public init(words: Int, sentences: Int, syllables: Int) {
        self.words = words
        self.sentences = words > 0 ? max(sentences, 1) : 0
        self.syllables = syllables
    }

    public var averageSentenceLength: Double {
        sentences == 0 ? 0 : Double(words) / Double(sentences)
    }

    public var averageSyllablesPerWord: Double {
        words == 0 ? 0 : Double(syllables) / Double(words)
    }

    /// 0 to 100 for most prose; higher is easier. 0 when there is nothing to score.
    public var fleschReadingEase: Double {
        words == 0 ? 0 : 206.835 - 1.015 * averageSentenceLength - 84.6 * averageSyllablesPerWord
    }

    /// The US school grade that could read it. 0 when there is nothing to score.
    public var fleschKincaidGrade: Double {
        words == 0 ? 0 : 0.39 * averageSentenceLength + 11.8 * averageSyllablesPerWord - 15.59
    }

    /// The age, in years, of a reader who could read it: the grade plus five. 0 when there
    /// is nothing to score.
    public var readingAge: Double {
        words == 0 ? 0 : fleschKincaidGrade + 5
    }

    /// Scores plain text: blank lines separate paragraphs, and each list item (`-`, `*`,
    /// `•`, `1.`) or `#` heading line stands on its own.
    public static func measure(_ text: String) -> ReadabilityScore {
        measure(blocks: PlainTextBlocks.split(text))
    }

    /// Scores several blocks of prose together, as one page. A sentence never runs from one
    /// block into the next.
    public static func measure(blocks: [String]) -> ReadabilityScore {
        var words = 0, sentences = 0, syllables = 0
        // A page uses far fewer different words than it has words: count each spelling once.
        var known: [String: Int] = [:]
        for block in blocks {
            for sentence in SentenceSplitter.sentences(in: block) where sentence.wordCount >= shortestSentence {
                sentences += 1
            }
            for word in WordTokenizer.words(in: block) {
                words += 1
                if let count = known[word.text] {
                    syllables += count
                } else {
                    let count = SyllableCounter.count(word.text)
                    known[word.text] = count
                    syllables += count
                }
            }
        }
        return ReadabilityScore(words: words, sentences: sentences, syllables: syllables)
    }
}
