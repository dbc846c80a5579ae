import Markdown
import Testing
@testable import OpenplanCore

@Suite("Plain English review")
struct ReviewPlainEnglishTests {
    typealias F = ReviewFixtures

    private func review(_ blocks: [ProseBlock], glossary: [GlossaryEntry] = [], words: WordsToAvoid = WordsToAvoid(),
                        title: String = "About us", firstLine: Int = 5) -> PageReadability {
        PlainEnglishReview(glossary: glossary, wordsToAvoid: words, readingAgeTarget: 12)
            .review(title: title, file: "Content/pages/about.md", url: "about/", firstLine: firstLine, prose: blocks)
    }

    static let longSentence = "When families asked us for help with the plan we did not always reply on time, and some of "
        + "them waited many weeks before anyone from the team rang them back to explain."

    @Test func reportsSentencesOverTwentyFiveWordsWithTheirFileLine() {
        let page = review([
            F.paragraph("A short one. " + Self.longSentence, line: 3, column: 1),
            F.paragraph("First line.\nSecond line here, then " + Self.longSentence.lowercased(), line: 7, column: 3),
        ])
        #expect(page.longSentences.count == 2)
        // Body starts on file line 5; block line 3 is file line 7; "A short one. " is 13 characters.
        #expect(page.longSentences[0].line == 7)
        #expect(page.longSentences[0].column == 14)
        #expect(page.longSentences[0].wordCount == 33)
        #expect(page.longSentences[0].text == Self.longSentence)
        // The second sentence starts on the block's second line.
        #expect(page.longSentences[1].line == 12)
        #expect(page.longSentences[1].column == 1)
    }

    @Test func aSentenceOfExactlyTwentyFiveWordsIsNotLong() {
        let twentyFive = Array(repeating: "word", count: 24).joined(separator: " ") + " end."
        let twentySix = "one " + twentyFive
        #expect(review([F.paragraph(twentyFive)]).longSentences.isEmpty)
        #expect(review([F.paragraph(twentySix)]).longSentences.count == 1)
    }

    @Test func abbreviationsNotInTheGlossaryAreReportedOnceAtFirstUse() {
        let page = review([F.paragraph("Ask the SENCO about EHCPs. The SENCO and the DfE and the UK agree."),
                           F.paragraph("A SEND-related note from the ICB's team.", line: 2)],
                          glossary: [F.glossary("EHCP", "Education, Health and Care plan"), F.glossary("SEND", nil)])
        #expect(page.abbreviationsNotInGlossary.map(\.text) == ["SENCO", "DfE", "ICB"])
        #expect(page.abbreviationsNotInGlossary.first?.line == 5)
        #expect(page.abbreviationsNotInGlossary.first?.column == 9)
    }

    @Test func aGlossaryTermOfSeveralWordsExplainsItsAbbreviation() {
        let page = review([F.paragraph("Your EHC plan is reviewed by the EHC team.")],
                          glossary: [F.glossary("EHC plan", "Education, Health and Care plan")])
        #expect(page.abbreviationsNotInGlossary.isEmpty)
    }

    @Test func headingsInCapitalsAndRomanNumeralsAreNotAbbreviations() {
        #expect(review([F.paragraph("WHAT WE ARE DOING")]).abbreviationsNotInGlossary.isEmpty)
        #expect(review([F.paragraph("Read Part II and Part XIV of the CoP.")]).abbreviationsNotInGlossary.map(\.text) == ["CoP"])
    }

    @Test func glossaryTermsUsedButNeverSpelledOutAreReported() {
        let glossary = [F.glossary("EHCP", "Education, Health and Care plan"),
                        F.glossary("SENCO", "special educational needs co-ordinator"),
                        F.glossary("Local Offer", nil)]
        let page = review([F.paragraph("The Local Offer lists help."),
                           F.paragraph("Your EHCP says what help you get. Your senco helps too.", line: 3)],
                          glossary: glossary)
        // SENCO is used only in lower case, which is not the abbreviation; Local Offer has nothing to spell out.
        #expect(page.termsNotSpelledOut.map(\.term) == ["EHCP"])
        #expect(page.termsNotSpelledOut.first?.line == 7)
        #expect(page.termsNotSpelledOut.first?.column == 6)
    }

    @Test func pluralAndPossessiveFormsOfAGlossaryTermCountAsTheTerm() {
        let glossary = [F.glossary("SENCo", "special educational needs co-ordinator"),
                        F.glossary("ICB", "integrated care board"),
                        F.glossary("Local Offer", "the list of local help")]
        let page = review([F.paragraph("All SENCos meet the ICB\u{2019}s team."),
                           F.paragraph("Our Local Offer's pages are new.", line: 2)],
                          glossary: glossary)
        // The plural with a small s is explained by the glossary, not an unknown abbreviation.
        #expect(page.abbreviationsNotInGlossary.isEmpty)
        // Each form is a use of the term, found at its own place.
        #expect(page.termsNotSpelledOut.map(\.term) == ["SENCo", "ICB", "Local Offer"])
        #expect(page.termsNotSpelledOut.map(\.column) == [5, 21, 5])
    }

    @Test func aTermSpelledOutAnywhereOnThePageOrInItsTitleIsFine() {
        let glossary = [F.glossary("EHCP", "Education, Health and Care plan")]
        let inText = review([F.paragraph("Your Education, Health and\ncare plan (EHCP) is new.")], glossary: glossary)
        #expect(inText.termsNotSpelledOut.isEmpty)
        let inTitle = review([F.paragraph("Your EHCP is new.")], glossary: glossary, title: "Education, Health and Care plans")
        #expect(inTitle.termsNotSpelledOut.isEmpty)
    }

    @Test func wordsToAvoidAreFoundWithTheirEndingsAndAlternatives() {
        let page = review([F.paragraph("We utilised the data in order to facilitate meetings. Order to order. Prior to that, we ensure it.")])
        #expect(page.wordsToAvoid.map(\.text) == ["utilised", "in order to", "facilitate", "Prior to", "ensure"])
        #expect(page.wordsToAvoid.first?.word.alternative == "use")
        #expect(page.wordsToAvoid.first?.column == 4)
    }

    @Test func aPhraseNeverMatchesAcrossAFullStop() {
        #expect(review([F.paragraph("We are in order. To be clear, it works.")]).wordsToAvoid.isEmpty)
    }

    @Test func aSiteCanExtendTheDefaultWords() {
        let words = WordsToAvoid(words: ["cohort": "group of children", "Touch base": "talk"], replaceDefaults: false)
        let page = review([F.paragraph("Let us touch base about the cohort and ensure it works.")], words: words)
        #expect(page.wordsToAvoid.map(\.text) == ["touch base", "cohort", "ensure"])
        #expect(page.wordsToAvoid[1].word.alternative == "group of children")
    }

    @Test func aSiteCanReplaceTheDefaultWords() {
        let words = WordsToAvoid(words: ["touch base": "talk"], replaceDefaults: true)
        #expect(words.resolved == [AvoidedWord("touch base", "talk")])
        let page = review([F.paragraph("Let us touch base and ensure it works.")], words: words)
        #expect(page.wordsToAvoid.map(\.text) == ["touch base"])
    }

    @Test func theDefaultListIsSortedWithAnAlternativeForEveryWord() {
        let list = WordsToAvoid().resolved
        #expect(list.count >= 40)
        #expect(list == list.sorted())
        #expect(list.allSatisfy { !$0.alternative.isEmpty })
        #expect(list.contains(AvoidedWord("utilise", "use")))
    }

    @Test func readingAgeAboveTheTargetIsAWarningAtTheBodysFirstLine() {
        let hard = "The authority shall determine, having regard to representations received, whether the educational "
            + "provision specified is appropriate, notwithstanding alternative arrangements that may subsequently be proposed. "
            + "Consequential modifications to these arrangements necessitate comprehensive consultation with organisations."
        let page = review([F.paragraph(hard)])
        #expect(page.isAboveTarget)
        #expect(page.targetStatus == "above target")
        let finding = page.findings.first { $0.rule == .readingAgeAboveTarget }
        #expect(finding?.line == 5)
        #expect(finding?.message.contains("above the target of 12") == true)
    }

    @Test func aShortPageIsListedButNotJudged() {
        let page = review([F.paragraph("Notwithstanding considerable organisational complexity.")])
        #expect(!page.isScored)
        #expect(!page.isAboveTarget)
        #expect(page.targetStatus == "too short to score")
    }
}
