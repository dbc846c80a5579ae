import Testing
@testable import OpenplanCore

@Suite("Sentences and words")
struct ReviewSentenceTests {
    private func split(_ text: String) -> [String] { SentenceSplitter.sentences(in: text).map(\.text) }

    @Test func endsSentencesAtFullStopsQuestionAndExclamationMarks() {
        #expect(split("We met in May. It went well! Will you come next time? We hope so.")
            == ["We met in May.", "It went well!", "Will you come next time?", "We hope so."])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(split("Dr. Patel will see you. Bring any reports, e.g. from school. Mr. Lee agreed.")
            == ["Dr. Patel will see you.", "Bring any reports, e.g. from school.", "Mr. Lee agreed."])
        #expect(split("Call us, i.e. the SEND team. Then wait.") == ["Call us, i.e. the SEND team.", "Then wait."])
        #expect(split("See No. 5 on the list. It is new.") == ["See No. 5 on the list.", "It is new."])
        #expect(split("Written by J. K. Rowling. Read it.") == ["Written by J. K. Rowling.", "Read it."])
    }

    @Test func decimalsTimesAndAddressesDoNotEndSentences() {
        #expect(split("Spending rose by 12.5 per cent. It was 9.4 million pounds.")
            == ["Spending rose by 12.5 per cent.", "It was 9.4 million pounds."])
        #expect(split("Come at 10.30 am. Visit example.org for more.") == ["Come at 10.30 am.", "Visit example.org for more."])
    }

    @Test func aLowerCaseWordAfterTheMarkContinuesTheSentence() {
        #expect(split("\"Are you coming?\" shouted Priya. He was not.") == ["\"Are you coming?\" shouted Priya.", "He was not."])
    }

    @Test func quotesAndBracketsAfterTheMarkStayWithTheSentence() {
        #expect(split("She said \"No.\" Then she left. (It was late.) We went home.")
            == ["She said \"No.\"", "Then she left.", "(It was late.)", "We went home."])
    }

    @Test func aSentenceMayStartWithANumberOrRunAcrossLines() {
        #expect(split("We met in 2025. 40 families came.") == ["We met in 2025.", "40 families came."])
        #expect(split("It cost a lot. £5 went on bus fares.") == ["It cost a lot.", "£5 went on bus fares."])
        #expect(split("This sentence runs\nacross two lines. Then another.") == ["This sentence runs\nacross two lines.", "Then another."])
    }

    @Test func textWithoutAMarkIsOneSentence() {
        #expect(split("Speech and language therapy") == ["Speech and language therapy"])
        #expect(split("   ").isEmpty)
    }

    @Test func offsetsPointAtEachSentence() {
        let text = "One two three.  Four five six."
        let sentences = SentenceSplitter.sentences(in: text)
        #expect(sentences.map(\.offset) == [0, 16])
        #expect(sentences.map(\.wordCount) == [3, 3])
    }

    @Test func wordsFollowTextstatConventions() {
        let words = WordTokenizer.words(in: "Co-production – it's e.g. 12.5% of £1,000 & more: see https://example.org/x or ask@example.org")
        #expect(words.map(\.text) == ["Co-production", "it's", "e.g", "12.5", "of", "1,000", "more", "see", "or"])
        #expect(words.filter(\.isNumber).map(\.text) == ["12.5", "1,000"])
    }

    @Test func plainTextBlocksSplitAtBlankLinesListItemsAndHeadings() {
        let text = "# Next steps\nWe will write\nto you soon.\n\n- First item\n* Second item\n1. Third item\n\nLast paragraph."
        #expect(PlainTextBlocks.split(text)
            == ["Next steps", "We will write\nto you soon.", "First item", "Second item", "Third item", "Last paragraph."])
        #expect(PlainTextBlocks.split("One line.\r\n\r\nAnother line.") == ["One line.", "Another line."])
    }
}
