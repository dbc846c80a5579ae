/// `check --format json`: the same findings as the text report, in the shape documented in
/// docs/check-json-schema.md. Keys come in a fixed order and numbers with fixed decimals,
/// so the same content always gives the same bytes.
extension ReviewReport {
    public static let jsonSchemaVersion = 1

    public func json() -> String {
        let c = counts
        let document: OrderedJSON = .object([
            ("schemaVersion", .int(ReviewReport.jsonSchemaVersion)),
            ("readingAgeTarget", .int(readingAgeTarget)),
            ("summary", .object([
                ("errors", .int(c.errors)),
                ("warnings", .int(c.warnings)),
                ("pages", .int(pages.count)),
                ("pagesAboveTarget", .int(pagesAboveTarget.count)),
            ])),
            ("findings", .array(findings.map(ReviewReport.json))),
            ("pages", .array(pages.map(ReviewReport.json))),
        ])
        return document.rendered() + "\n"
    }

    static func json(_ finding: ReviewFinding) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [
            ("file", .string(finding.file)),
            ("line", .int(finding.line)),
            ("column", .int(finding.column)),
            ("severity", .string(finding.severity.rawValue)),
            ("rule", .string(finding.rule.rawValue)),
            ("message", .string(finding.message)),
        ]
        if let quote = finding.quote { members.append(("quote", .string(quote))) }
        return .object(members)
    }

    static func json(_ page: PageReadability) -> OrderedJSON {
        .object([
            ("file", .string(page.file)),
            ("url", .string(page.url)),
            ("title", .string(page.title)),
            ("words", .int(page.words)),
            ("sentences", .int(page.sentences)),
            ("syllables", .int(page.score.syllables)),
            ("averageSentenceLength", .number(page.averageSentenceLength, decimals: 1)),
            ("fleschReadingEase", .number(page.readingEase, decimals: 1)),
            ("fleschKincaidGrade", .number(page.score.fleschKincaidGrade, decimals: 1)),
            ("readingAge", .number(page.readingAge, decimals: 1)),
            ("readingAgeYears", .int(page.readingAgeYears)),
            ("scored", .bool(page.isScored)),
            ("aboveTarget", .bool(page.isAboveTarget)),
            ("longSentences", .array(page.longSentences.map { s in
                .object([("line", .int(s.line)), ("column", .int(s.column)), ("words", .int(s.wordCount)),
                         ("text", .string(s.text))])
            })),
            ("abbreviationsNotInGlossary", .array(page.abbreviationsNotInGlossary.map { h in
                .object([("abbreviation", .string(h.text)), ("line", .int(h.line)), ("column", .int(h.column))])
            })),
            ("termsNotSpelledOut", .array(page.termsNotSpelledOut.map { h in
                .object([("term", .string(h.term)), ("standsFor", .string(h.standsFor)), ("line", .int(h.line)),
                         ("column", .int(h.column))])
            })),
            ("wordsToAvoid", .array(page.wordsToAvoid.map { h in
                .object([("text", .string(h.text)), ("word", .string(h.word.phrase)),
                         ("alternative", .string(h.word.alternative)), ("line", .int(h.line)), ("column", .int(h.column))])
            })),
        ])
    }
}
