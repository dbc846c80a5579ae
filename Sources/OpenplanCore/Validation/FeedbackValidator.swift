/// Reads `Content/feedback/*.md`: "You said, we did" items.
struct FeedbackValidator {
    static let known = ["id", "date", "theme", "source", "you_said", "we_did", "status", "actions"]

    /// With no `status`, an item is "done" when it says what was done, otherwise "listening".
    func validate(_ document: RawDocument) -> Checked<Feedback> {
        var checked = Checked<Feedback>()
        switch document.fields(subject: "This \"You said, we did\" item", known: Self.known) {
        case .failure(let problem):
            checked.diagnostics = [problem]
            checked.identity = Identity(id: ItemID(document.stem), location: document.origin)
        case .success(var fields):
            let identity = document.identity(from: &fields)
            checked.identity = identity
            let date = fields.day("date", required: true)
            let theme = fields.text("theme", required: true, hint: "a short heading such as EHC plans")
            let source = fields.text("source")
            let youSaid = fields.text("you_said", required: true, hint: "what families told you")
            let weDid = fields.text("we_did")
            let statusNode = fields.entry("status").map(\.value)
            let status = fields.choice("status", as: FeedbackStatus.self)
            if status == .done, weDid == nil, let statusNode {
                fields.warning(statusNode.line, statusNode.column, "This item is marked done but has no \"we_did\" saying what was done. "
                               + "Add \"we_did: …\", or set the status to listening or in-progress.")
            }
            let actions = fields.ids("actions")
            checked.references = actions.map { document.reference(.action, $0) }
            checked.diagnostics = fields.diagnostics
            let statusIsValid = statusNode?.isNull ?? true || status != nil
            if let date, let theme, let youSaid, statusIsValid {
                checked.item = Feedback(id: identity.id, date: date, theme: theme, source: source, youSaid: youSaid,
                                        weDid: weDid, status: status ?? (weDid == nil ? .listening : .done),
                                        actions: actions.map { $0.value }, body: document.body, location: document.origin)
                checked.item?.places = fields.places
            }
        }
        return checked
    }
}
