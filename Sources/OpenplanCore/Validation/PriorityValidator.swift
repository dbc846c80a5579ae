/// Reads `Content/priorities/*.md`.
struct PriorityValidator {
    static let known = ["id", "title", "order", "summary"]

    func validate(_ document: RawDocument) -> Checked<Priority> {
        var checked = Checked<Priority>()
        switch document.fields(subject: "This priority", known: Self.known) {
        case .failure(let problem):
            checked.diagnostics = [problem]
            checked.identity = Identity(id: ItemID(document.stem), location: document.origin)
        case .success(var fields):
            let identity = document.identity(from: &fields)
            let title = fields.text("title", required: true, hint: "what this priority is about")
            let order = fields.int("order", in: 0...1_000_000, what: "a place in the list")
            let summary = fields.text("summary")
            checked.identity = identity
            if let title {
                checked.item = Priority(id: identity.id, title: title, order: order, summary: summary,
                                        body: document.body, location: document.origin)
                checked.item?.places = fields.places
            }
            checked.diagnostics = fields.diagnostics
        }
        return checked
    }
}
