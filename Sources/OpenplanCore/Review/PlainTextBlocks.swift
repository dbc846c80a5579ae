/// Splits a plain-text file into blocks of prose, the way Markdown would see them, so the
/// `readability` command scores text files as `check` scores pages.
enum PlainTextBlocks {
    static func split(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        func finish() {
            if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
            current = []
        }
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            if line.allSatisfy(\.isWhitespace) {
                finish()
            } else if let item = itemText(line) {
                finish()
                current = [item]
                if line.first == "#" { finish() }
            } else {
                current.append(line)
            }
        }
        finish()
        return blocks
    }

    /// The text of a list item or heading line, without its marker; nil for other lines.
    static func itemText(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+•#".contains(first) {
            let rest = line.drop(while: { $0 == first })
            guard rest.first == " " || rest.first == "\t" else { return nil }
            return rest.drop(while: { $0 == " " || $0 == "\t" })
        }
        let digits = line.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        let after = rest.dropFirst()
        guard after.first == " " || after.first == "\t" else { return nil }
        return after.drop(while: { $0 == " " || $0 == "\t" })
    }
}
