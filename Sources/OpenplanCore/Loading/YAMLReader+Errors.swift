import Yams

extension YAMLReader {
    /// One plain-English diagnostic for a YAML syntax problem, at the place libyaml stopped.
    func diagnostic(for error: YamlError, in yaml: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let (line, column) = clamp(mark, in: yaml)
            return .error(file, line: fileLine(line), column: column,
                          "This YAML could not be read: " + Self.explain(problem: problem, context: context?.text))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let (line, column) = secondOccurrence(of: key, after: context.mark, in: SourceLines(yaml))
                ?? (context.mark.line, context.mark.column)
            return .error(file, line: fileLine(line), column: column,
                          "The key \"\(key)\" is given twice. Keep only one of them.")
        case .reader(let problem, _, _, _):
            return .error(file, line: firstLine, column: 1, "This YAML could not be read: \(problem).")
        default:
            return .error(file, line: firstLine, column: 1, "This YAML could not be read: \(error).")
        }
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
