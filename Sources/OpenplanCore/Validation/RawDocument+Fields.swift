extension RawDocument {
    /// A reader over the document's top-level keys, or a diagnostic when the top level is not
    /// a group of keys. An empty front matter reads as no keys, so each missing one is reported.
    func fields(subject: String, known: [String]) -> Outcome<FieldReader> {
        let map: RawMap
        switch root?.value {
        case nil, .null?:
            map = RawMap(entries: [])
        case .map(let m)?:
            map = m
        case .some:
            let node = root!
            return .failure(.error(file, line: node.line, column: node.column,
                "The front matter should hold keys like \"title: …\", one per line, but it holds \(node.kindDescription)."))
        }
        return .success(FieldReader(map, file: file, subject: subject, origin: origin.position, known: known))
    }

    /// The item's id: the `id:` key when given, otherwise the file name. An empty `id:` is
    /// reported; the file name then stands in so the item is still checked.
    func identity(from fields: inout FieldReader) -> Identity {
        if let id = fields.optionalID("id") {
            return Identity(id: id.value, location: SourceLocation(file: file, line: id.line, column: id.column))
        }
        return Identity(id: ItemID(stem), location: origin)
    }

    func reference(_ kind: Reference.Kind, _ id: Located<ItemID>) -> Reference {
        Reference(kind: kind, id: id.value, location: SourceLocation(file: file, line: id.line, column: id.column))
    }
}
