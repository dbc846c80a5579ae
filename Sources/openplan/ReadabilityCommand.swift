import ArgumentParser
import Foundation
import OpenplanCore

/// Prints the readability figures for plain-text files, so developers can compare the
/// counting with another implementation (the test suite compares it with PyPI `textstat`).
struct ReadabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readability",
        abstract: "Score the reading level of plain-text files (for developers)",
        discussion: """
            Prints a JSON array with one object per file: file, words, sentences, syllables, \
            fleschReadingEase, fleschKincaidGrade and readingAge (grade + 5). Blank lines \
            separate paragraphs; list items and # headings stand on their own.
            """
    )

    @Argument(help: "The plain-text files to score.")
    var files: [String]

    func run() throws {
        var rows: [OrderedJSON] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ReadabilityFileError(message: "Cannot read \(file): check the path and that the file exists.")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ReadabilityFileError(message: "\(file) is not UTF-8 text: save it as UTF-8 and try again.")
            }
            let score = ReadabilityScore.measure(text)
            rows.append(.object([("file", .string(file))] + score.jsonMembers()))
        }
        print(OrderedJSON.array(rows).rendered())
    }
}

private struct ReadabilityFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
