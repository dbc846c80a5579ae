import Yams

extension SourceLines {
    /// Where each later line of a text value starts, found by walking the value and its source
    /// side by side: a run of spaces or line breaks in the value is any run of spaces, line
    /// breaks and indentation in the source, and every other character must be the same in
    /// both. At the first difference (an escape such as `\"` or `''`) the walk stops, and
    /// the rest of the value keeps the last place found, which is still near.
    ///
    /// Offsets count the value's characters after its leading spaces, as the value is read;
    /// lines are the YAML's own. One pass over the value and the lines it was written on.
    func anchors(of value: String, style: Node.Scalar.Style, line markLine: Int, column markColumn: Int)
        -> [(offset: Int, line: Int, column: Int)] {
        let characters = Array(value.unicodeScalars.drop(while: Self.isWhitespace))
        guard characters.contains(where: Self.isWhitespace) else { return [] }
        var line = markLine
        var column = markColumn
        switch style {
        case .literal, .folded:
            // The text starts on the line after the `|` or `>` header.
            line += 1
            column = 1
        case .singleQuoted, .doubleQuoted:
            column += 1
        default:
            break
        }
        guard var scalars = self.line(line).map({ Array($0.unicodeScalars) }) else { return [] }
        var anchors: [(offset: Int, line: Int, column: Int)] = []
        var anchoredLine = markLine
        var atWordStart = true
        for (offset, character) in characters.enumerated() {
            if Self.isWhitespace(character) {
                atWordStart = true
                continue
            }
            if atWordStart {
                // Past spaces, indentation and line ends in the source, to this word.
                while true {
                    if column > scalars.count {
                        line += 1
                        column = 1
                        guard let next = self.line(line) else { return anchors }
                        scalars = Array(next.unicodeScalars)
                    } else if Self.isWhitespace(scalars[column - 1]) {
                        column += 1
                    } else {
                        break
                    }
                }
                if line != anchoredLine {
                    anchors.append((offset: offset, line: line, column: column))
                    anchoredLine = line
                }
                atWordStart = false
            }
            guard column <= scalars.count, scalars[column - 1] == character else { return anchors }
            column += 1
        }
        return anchors
    }

    /// Unicode's white space, answered without its property tables for ASCII: nearly every
    /// character of a plan is ASCII, and this runs on every character of every multi-word value.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}
