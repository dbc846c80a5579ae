import Foundation
import OpenplanCore

/// A reading's figure as a data team's spreadsheet gives it: `52.0`, `1,234`, `46.4%` (for a
/// percentage), `£12,500` (for money). It is written into the measure's file as the number
/// it says, keeping the decimals given (`52.0` stays `52.0`), never a float's long tail.
struct ReadingValue: Equatable {
    var number: Double
    /// The number as JSON text, for the measure's file.
    var json: String

    /// Beyond these the validator refuses a value; saying so at the cell is clearer.
    static let largest = 1e15
    static let largestPercent = 1000.0

    static func read(_ raw: String, unit: MeasureUnit) -> Result<ReadingValue, ReadingProblem> {
        let original = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var text = original
        if text.hasPrefix("#") {
            return .failure(ReadingProblem("\"\(original)\" is a spreadsheet error, not a figure. Fix the formula, or leave the value empty "
                                           + "and say why in the note."))
        }
        if text.hasSuffix("%") {
            guard unit == .percent else {
                let kind: String
                switch unit {
                case .count: kind = "a count"
                case .score: kind = "a score"
                case .money: kind = "in pounds"
                default: kind = "in \(unit.rawValue)"
                }
                return .failure(ReadingProblem("\"\(original)\" is a percentage, but this measure is \(kind). Give the figure without %."))
            }
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        }
        if text.hasPrefix("£"), unit == .money { text = String(text.dropFirst()) }
        if text.hasPrefix("+") { text = String(text.dropFirst()) }
        // Thousands separators, only where they group digits in threes: "52,5" is a slip.
        if text.contains(",") {
            guard text.wholeMatch(of: #/-?\d{1,3}(,\d{3})+(\.\d+)?/#) != nil else {
                return .failure(ReadingProblem("\"\(original)\" is not a number Openplan can read. Use a point for decimals (52.5) "
                                               + "and commas only between thousands (1,234)."))
            }
            text = text.replacingOccurrences(of: ",", with: "")
        }
        guard text.wholeMatch(of: #/-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/#) != nil, let number = Double(text), number.isFinite else {
            return .failure(ReadingProblem("\"\(original)\" is not a number. Write the figure like 52.0, 1,234"
                                           + (unit == .percent ? " or 46.4%" : "") + "; if there is no figure, leave the value empty and say why in the note."))
        }
        if abs(number) > largest {
            return .failure(ReadingProblem("\(original) is too large to be a measure's value."))
        }
        if unit == .percent, number < 0 || number > largestPercent {
            return .failure(ReadingProblem("\(original) is not a percentage from 0 to 100. Write a percentage like 46.4 or 46.4%, not as a count."))
        }
        // JSON's own grammar as it stands (no leading zeros, digits after a point); otherwise
        // the shortest text that reads back as the same number.
        let json = text.wholeMatch(of: #/-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/#) != nil ? text : XLSXReader.plainNumber(number)
        return .success(ReadingValue(number: number, json: json == "-0" ? "0" : json))
    }
}
