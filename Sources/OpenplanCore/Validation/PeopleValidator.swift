/// Reads `Content/people.yml`: the leads actions name by id.
struct PeopleValidator {
    static let known = ["id", "role", "organisation", "name"]

    func validate(_ document: RawDocument) -> [Checked<Person>] {
        let example = "- { id: NB, role: SEND Lead, organisation: The Council }"
        if let problem = topLevelListProblem(document, example: example) {
            return [Checked(item: nil, identity: nil, diagnostics: [problem])]
        }
        guard let items = topLevelList(document) else { return [] }
        return items.map { node in
            var checked = Checked<Person>()
            guard let map = node.map else {
                checked.diagnostics.append(.error(document.file, line: node.line, column: node.column,
                    "Each person should be a group of keys like { id: NB, role: …, organisation: … }, but this one is \(node.kindDescription)."))
                return checked
            }
            var fields = FieldReader(map, file: document.file, subject: "This person", origin: node.position,
                                     known: Self.known)
            let id = fields.id("id", required: true)
            let role = fields.text("role", required: true, hint: "the job title readers see")
            let organisation = fields.text("organisation")
            let name = fields.text("name")
            let location = SourceLocation(file: document.file, line: node.line, column: node.column)
            if let id {
                checked.identity = Identity(id: id.value, location: SourceLocation(file: document.file, line: id.line, column: id.column))
                if let role {
                    checked.item = Person(id: id.value, role: role, organisation: organisation, name: name, location: location)
                }
            }
            checked.diagnostics = fields.diagnostics
            return checked
        }
    }
}

/// The items of a YAML file that should be a list (people.yml, glossary.yml); an empty file is an empty list.
func topLevelList(_ document: RawDocument) -> [RawNode]? {
    guard document.isReadable else { return nil }
    guard let root = document.root else { return [] }
    guard case .list(let items) = root.value else {
        return nil
    }
    return items
}

/// The problem with a list file whose top level is not a list, if any.
func topLevelListProblem(_ document: RawDocument, example: String) -> Diagnostic? {
    guard document.isReadable, let root = document.root else { return nil }
    if case .list = root.value { return nil }
    let name = document.file.split(separator: "/").last.map(String.init) ?? document.file
    return .error(document.file, line: root.line, column: root.column,
                  "\(name) should be a list, each item on a line starting with \"- \", like: \(example). "
                  + "Here it holds \(root.kindDescription).")
}
