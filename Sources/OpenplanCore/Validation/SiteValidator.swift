import Markdown

/// Reads `Content/site.yml` into a `Site`. Without a title and partnership there is nothing
/// to build, so `site` is nil then; the status scale is still returned whenever it can be
/// read, so actions are checked against it either way.
struct SiteValidator {
    struct Output: Sendable {
        var site: Site?
        /// nil only when site.yml is missing or unreadable: statuses are then not checked.
        var scale: StatusScale?
        var diagnostics: [Diagnostic]
    }

    static let file = SiteLayout.siteFile
    static let known = ["title", "partnership", "base_url", "language", "contact", "local_offer_url",
                        "stale_after_days", "statuses", "complete_status", "allow_raw_html", "reading_age",
                        "words_to_avoid"]

    func validate(_ document: RawDocument?) -> Output {
        guard let document else {
            return Output(site: nil, scale: nil, diagnostics: [.error(Self.file,
                "There is no site.yml in the Content folder. Create Content/site.yml holding at least "
                + "\"title: …\" (the site's name) and \"partnership: …\" (who publishes it).")])
        }
        guard document.isReadable else { return Output(site: nil, scale: nil, diagnostics: []) }
        let root = document.root ?? RawNode(value: .map(RawMap(entries: [])), line: 1, column: 1)
        guard let map = root.map else {
            return Output(site: nil, scale: nil, diagnostics: [.error(Self.file, line: root.line, column: root.column,
                "site.yml should hold settings written as keys, like \"title: …\", but it holds \(root.kindDescription).")])
        }
        var fields = FieldReader(map, file: Self.file, subject: "site.yml", origin: TextPosition(line: 1, column: 1), known: Self.known)
        let title = fields.text("title", required: true, hint: "the site's name")
        let partnership = fields.text("partnership", required: true, hint: "the partnership that publishes the plan")
        let scale = readScale(&fields)
        let baseURL = readURL(&fields, "base_url").map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let localOffer = readURL(&fields, "local_offer_url")
        let language = fields.text("language") ?? "en-GB"
        let contact = readContact(&fields)
        let stale = fields.int("stale_after_days", in: 1...Int.max, what: "a number of days")
        let rawHTML = fields.bool("allow_raw_html")
        let readingAge = fields.int("reading_age", in: 5...25, what: "a reading age in years")
        let words = readWordsToAvoid(&fields)

        guard let title, let partnership else {
            return Output(site: nil, scale: scale, diagnostics: fields.diagnostics)
        }
        let site = Site(title: title, partnership: partnership, baseURL: baseURL, language: language, contact: contact,
                        localOfferURL: localOffer, staleAfterDays: stale ?? 90, statuses: scale,
                        allowRawHTML: rawHTML ?? false, readingAge: readingAge ?? 12, wordsToAvoid: words)
        return Output(site: site, scale: scale, diagnostics: fields.diagnostics)
    }

    /// A web address that must start with http:// or https://.
    private func readURL(_ fields: inout FieldReader, _ key: String) -> String? {
        guard let url = fields.located(key) else { return nil }
        let lower = url.value.lowercased()
        guard (lower.hasPrefix("https://") || lower.hasPrefix("http://")), !url.value.contains(" "),
              url.value.split(separator: "/", omittingEmptySubsequences: true).count >= 2 else {
            fields.error(url.line, url.column, "\"\(key)\" should be a full web address starting with https://, "
                         + "like https://example.org/send-progress/, but it is \"\(url.value)\".")
            return nil
        }
        return url.value
    }

    private func readContact(_ fields: inout FieldReader) -> Contact? {
        guard let node = fields.group("contact"), let map = node.map else { return nil }
        var contact = FieldReader(map, file: Self.file, subject: "The contact", origin: node.position,
                                  known: ["email", "phone"])
        let email = contact.located("email")
        if let email, !email.value.contains("@") {
            contact.error(email.line, email.column, "\"\(email.value)\" does not look like an email address: it has no @.")
        }
        let phone = contact.text("phone")
        fields.absorb(contact)
        guard email != nil || phone != nil else { return nil }
        return Contact(email: email?.value, phone: phone)
    }
}
