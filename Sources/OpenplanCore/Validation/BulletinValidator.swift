/// Reads `Content/bulletins/*.md`. A bulletin's id (and address) is its file name.
struct BulletinValidator {
    static let known = ["title", "date", "summary"]

    func validate(_ document: RawDocument) -> Checked<Bulletin> {
        var checked = Checked<Bulletin>()
        checked.identity = Identity(id: ItemID(document.stem), location: document.origin)
        switch document.fields(subject: "This bulletin", known: Self.known) {
        case .failure(let problem):
            checked.diagnostics = [problem]
        case .success(var fields):
            let title = fields.text("title", required: true, hint: "like November 2025 update")
            let date = fields.day("date", required: true)
            let summary = fields.text("summary")
            if let title, let date {
                checked.item = Bulletin(id: ItemID(document.stem), title: title, date: date, summary: summary,
                                        body: document.body, location: document.origin)
                checked.item?.places = fields.places
            }
            checked.diagnostics = fields.diagnostics
        }
        return checked
    }
}
