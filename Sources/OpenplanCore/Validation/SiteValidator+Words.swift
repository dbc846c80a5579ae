extension SiteValidator {
    /// `words_to_avoid`: either `{ word: alternative, … }`, which adds to the built-in list,
    /// or `{ replace: true, words: { word: alternative, … } }`, which stands instead of it.
    /// An alternative may be left empty when there is no single better word.
    func readWordsToAvoid(_ fields: inout FieldReader) -> WordsToAvoid {
        guard let node = fields.group("words_to_avoid"), let map = node.map else { return WordsToAvoid() }
        let structured = map.entries.contains { $0.key == "replace" || ($0.key == "words" && $0.value.map != nil) }
        guard structured else {
            return WordsToAvoid(words: readWordMap(map, &fields), replaceDefaults: false)
        }
        var options = FieldReader(map, file: Self.file, subject: "words_to_avoid", origin: node.position,
                                  known: ["replace", "words"])
        let replace = options.bool("replace") ?? false
        let words = options.group("words").flatMap(\.map).map { readWordMap($0, &options) } ?? [:]
        fields.absorb(options)
        return WordsToAvoid(words: words, replaceDefaults: replace)
    }

    private func readWordMap(_ map: RawMap, _ fields: inout FieldReader) -> [String: String] {
        var words: [String: String] = [:]
        for entry in map.entries {
            switch entry.value.value {
            case .null:
                words[entry.key] = ""
            case .scalar(let scalar):
                words[entry.key] = scalar.text
            default:
                fields.error(entry.value.line, entry.value.column, "The plainer alternative for \"\(entry.key)\" should be "
                             + "text, like \"\(entry.key): plainer words\", but here it is \(entry.value.kindDescription).")
            }
        }
        return words
    }
}
