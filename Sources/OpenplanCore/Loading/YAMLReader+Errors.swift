import Foundation
import Yams

extension YAMLReader {
    /// Plain-English diagnostics for a YAML syntax problem, at the place libyaml stopped: one,
    /// except for a key given more than once, where every repeat is reported.
    func diagnostics(for error: YamlError, in yaml: String) -> [Diagnostic] {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let (line, column) = clamp(mark, in: yaml)
            return [.error(file, line: fileLine(line), column: column,
                           "This YAML could not be read: " + Self.explain(problem: problem, context: context?.text))]
        case .duplicatedKeysInMapping(let duplicates, let context):
            let lines = SourceLines(yaml)
            let repeats = repeatedKeys(duplicates, firstAt: context.mark, in: lines)
            if !repeats.isEmpty {
                let counts = Dictionary(repeats.map { ($0.key, 1) }, uniquingKeysWith: +)
                return repeats.map { found in
                    let times = counts[found.key, default: 0] + 1
                    return .error(file, line: fileLine(found.line), column: found.column,
                                  "The key \"\(found.key)\" is given \(times == 2 ? "twice" : "\(times) times"). Keep only one of them.")
                }
            }
            let key = duplicates.first ?? ""
            let (line, column) = secondOccurrence(of: key, after: context.mark, in: lines)
                ?? (context.mark.line, context.mark.column)
            return [.error(file, line: fileLine(line), column: column,
                           "The key \"\(key)\" is given twice. Keep only one of them.")]
        case .reader(let problem, let offset, let value, _):
            // libyaml stops at characters YAML does not allow (control characters, mostly
            // invisible ones pasted from elsewhere); point at the character itself.
            let (line, column) = Self.firstDisallowedCharacter(in: yaml) ?? Self.place(ofCharacterOffset: offset, in: yaml)
            let code = String(format: "U+%04X", Int(value) & 0x1F_FFFF)
            let message = problem.contains("control characters")
                ? "This text holds a control character (\(code)) that YAML does not allow. It is usually invisible: "
                    + "delete the character here, or retype the text around it."
                : "This YAML could not be read: \(problem) (\(code))."
            return [.error(file, line: fileLine(line), column: column, message)]
        default:
            return [.error(file, line: firstLine, column: 1, "This YAML could not be read: \(error).")]
        }
    }

    /// The line and column (in Unicode scalars, as libyaml counts) of the first character YAML
    /// does not allow: C0 controls other than tab and line breaks, DEL, C1 controls other
    /// than NEL, surrogates and the two non-characters U+FFFE and U+FFFF.
    static func firstDisallowedCharacter(in yaml: String) -> (Int, Int)? {
        var line = 1, column = 1
        for scalar in yaml.unicodeScalars {
            let v = scalar.value
            let allowed = v == 0x09 || v == 0x0A || v == 0x0D || (v >= 0x20 && v <= 0x7E) || v == 0x85
                || (v >= 0xA0 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
            if !allowed { return (line, column) }
            if v == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// The line and column of a character offset (as Yams gives it), or 1:1 without one.
    static func place(ofCharacterOffset offset: Int?, in yaml: String) -> (Int, Int) {
        guard let offset, let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) else { return (1, 1) }
        var line = 1, column = 1
        for scalar in yaml.unicodeScalars[..<index] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Every repeat of the duplicated keys in the block mapping whose first duplicated key
    /// libyaml found at `first`, in file order; the first use of each key is not a repeat.
    /// Empty when the mapping is not laid out one key per line (a `{ … }` group).
    private func repeatedKeys(_ keys: [String], firstAt first: Mark, in lines: SourceLines) -> [(key: String, line: Int, column: Int)] {
        let column = first.column
        var region = [first.line]
        var number = first.line - 1
        while number >= 1, let text = lines.line(number) {
            let indent = Self.indentation(text)
            if indent == nil || indent! >= column - 1 {
                region.insert(number, at: 0)
            } else {
                // `- key: …` opens a mapping inside a list: its first key is on this line.
                if Self.key(in: text, at: column, among: keys) != nil,
                   text.unicodeScalars.prefix(column - 1).allSatisfy({ $0 == " " || $0 == "-" }) {
                    region.insert(number, at: 0)
                }
                break
            }
            number -= 1
        }
        number = first.line + 1
        while number <= lines.count, let text = lines.line(number) {
            if let indent = Self.indentation(text), indent < column - 1 { break }
            region.append(number)
            number += 1
        }
        var seen: Set<String> = []
        var repeats: [(key: String, line: Int, column: Int)] = []
        for number in region {
            guard let text = lines.line(number), let key = Self.key(in: text, at: column, among: keys) else { continue }
            if !seen.insert(key).inserted { repeats.append((key, number, column)) }
        }
        return repeats.count >= keys.count ? repeats : []
    }

    /// Spaces before the first character of a line; nil for a blank line or a comment.
    private static func indentation(_ text: Substring) -> Int? {
        let spaces = text.prefix { $0 == " " }.count
        let rest = text.dropFirst(spaces)
        if rest.allSatisfy(\.isWhitespace) || rest.hasPrefix("#") { return nil }
        return spaces
    }

    /// Which of `keys` is written at `column` of the line, followed by a colon.
    private static func key(in text: Substring, at column: Int, among keys: [String]) -> String? {
        let scalars = text.unicodeScalars
        guard column - 1 <= scalars.count else { return nil }
        let rest = Substring(scalars[scalars.index(scalars.startIndex, offsetBy: column - 1)...])
        for key in keys {
            var after: Substring
            if rest.hasPrefix("\"" + key + "\"") || rest.hasPrefix("'" + key + "'") {
                after = rest.dropFirst(key.count + 2)
            } else if rest.hasPrefix(key) {
                after = rest.dropFirst(key.count)
            } else {
                continue
            }
            after = after.drop { $0 == " " }
            if after.hasPrefix(":") && (after.count == 1 || after.dropFirst().first!.isWhitespace) { return key }
        }
        return nil
    }

    /// libyaml reports "end of stream" past the last line of text; point at the end of the
    /// last line that has something on it instead.
    private func clamp(_ mark: Mark, in yaml: String) -> (Int, Int) {
        let lines = SourceLines(yaml)
        var last = lines.count
        while last > 1, let text = lines.line(last), text.allSatisfy(\.isWhitespace) { last -= 1 }
        if mark.line > last, let text = lines.line(last) {
            return (last, text.unicodeScalars.count + 1)
        }
        return (mark.line, mark.column)
    }

    /// The repeated key: the next line that has the same key at the same column.
    private func secondOccurrence(of key: String, after first: Mark, in lines: SourceLines) -> (Int, Int)? {
        guard first.line < lines.count else { return nil }
        for number in (first.line + 1)...lines.count {
            guard let text = lines.line(number) else { break }
            let scalars = Array(text.unicodeScalars)
            guard first.column - 1 < scalars.count else { continue }
            var rest = String(String.UnicodeScalarView(scalars[(first.column - 1)...]))
            if rest.hasPrefix("\"" + key + "\"") || rest.hasPrefix("'" + key + "'") {
                rest.removeFirst(key.count + 2)
            } else if rest.hasPrefix(key) {
                rest.removeFirst(key.count)
            } else {
                continue
            }
            if rest.drop(while: { $0 == " " }).hasPrefix(":") { return (number, first.column) }
        }
        return nil
    }

    /// libyaml's problem descriptions, said the way a content editor can act on them.
    static func explain(problem: String, context: String?) -> String {
        switch problem {
        case "mapping values are not allowed in this context":
            return "a colon followed by a space (\": \") is not allowed here. Either the indentation is wrong, "
                + "or this is text containing \": \", which must be put in quotes."
        case "could not find expected ':'":
            return "a key is missing its colon, or a quote opened earlier is never closed."
        case "did not find expected key":
            return "this line does not line up with the keys above it. Check its indentation "
                + "(use spaces, the same number as the other keys)."
        case "did not find expected ',' or ']'":
            return "a list in square brackets [ ] is not closed, or is missing a comma between items."
        case "did not find expected ',' or '}'":
            return "a group in curly brackets { } is not closed, or is missing a comma between items."
        case "did not find expected '-' indicator":
            return "this line does not line up with the list above it. Each list item starts with \"- \" at the same indentation."
        case "found unexpected end of stream":
            return "the file ends inside a value: a quote or bracket opened earlier is never closed."
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return "tabs cannot be used for indentation in YAML. Use spaces instead."
        case "found character that cannot start any token":
            return "this character cannot start a value. Text starting with @, ` or % must be in quotes, "
                + "and tabs cannot be used for indentation."
        case "block sequence entries are not allowed in this context":
            return "a list item (\"- \") cannot start here. Check the indentation."
        case "found undefined alias":
            return "this refers to an anchor (*name) that is not defined."
        case "but found another document":
            return "the file holds a second document after a \"---\" line. Remove the extra \"---\"."
        case "found unknown escape character":
            return "a backslash in double-quoted text starts an unknown escape. Use single quotes, or write \\\\ for a backslash."
        default:
            if problem.hasPrefix("Maximum nesting level") {
                return "lists or groups of keys are nested too deeply here."
            }
            if let context { return "\(context), \(problem)." }
            return problem + "."
        }
    }
}
