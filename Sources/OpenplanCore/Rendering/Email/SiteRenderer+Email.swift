/// One bulletin's email, as `openplan bulletin` turns it into a draft to send.
public struct BulletinEmailContent: Sendable, Hashable {
    /// The same bytes as the published `email.html`.
    public var html: String
    /// The same bytes as the published `email.txt`.
    public var text: String
}

extension SiteRenderer {
    /// The email of one bulletin, exactly as the build publishes it; nil when the site has
    /// no `base_url` (email needs absolute links) or there is no such bulletin.
    public func email(for bulletinID: ItemID) -> BulletinEmailContent? {
        guard let base = site.plan.site.baseURL,
              let bulletin = site.plan.bulletins.first(where: { $0.id == bulletinID }) else { return nil }
        return BulletinEmailContent(html: BulletinEmail.html(bulletin, site: site, baseURL: base),
                                    text: BulletinEmail.text(bulletin, site: site, baseURL: base))
    }
}

extension Plan {
    /// What `openplan bulletin MONTH` was asked for.
    public enum BulletinMatch: Sendable {
        case found(Bulletin)
        /// No bulletin for that month; the months that have one, oldest first.
        case none(available: [String])
        /// Neither a month written like `2026-02` nor a bulletin's id.
        case notAMonth
    }

    /// The bulletin whose id is `month` (its file name), or else the newest one dated in that
    /// month (`2026-02`).
    public func bulletin(forMonth month: String) -> BulletinMatch {
        if let byID = bulletins.first(where: { $0.id == ItemID(month) }) { return .found(byID) }
        guard case .month(let year, let m)? = PlanDate(month) else { return .notAMonth }
        if let dated = bulletins.first(where: { $0.date.year == year && $0.date.month == m }) { return .found(dated) }
        let months = Set(bulletins.map { PlanDate.month(year: $0.date.year, month: $0.date.month).iso })
        return .none(available: months.sorted())
    }
}

extension EmailDraft {
    /// A bulletin's email as a draft: the bulletin's title as the subject, from the site's
    /// contact address under the partnership's name.
    public init(bulletin: Bulletin, site: Site, email: BulletinEmailContent) {
        let from = site.contact?.email.map { EmailDraft.mailbox(name: site.partnership, address: $0) }
        self.init(subject: bulletin.title, from: from, date: bulletin.date, html: email.html, text: email.text,
                  key: "bulletin-" + bulletin.id.slug)
    }

    /// `Name <address>`, with the name quoted when it holds characters that mean something in
    /// an address header, and encoded when it is not plain ASCII.
    static func mailbox(name: String, address: String) -> String {
        let clean = name.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        let shown: String
        if !clean.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) {
            shown = encodeHeader(clean)
        } else if clean.contains(where: { "()<>[]:;@\\,.\"".contains($0) }) {
            shown = "\"" + clean.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        } else {
            shown = clean
        }
        return "\(shown) <\(address)>"
    }
}
