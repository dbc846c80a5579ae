import Markdown
/// Who a page's HTML is for. The same Markdown and embeds are rendered three ways:
///
/// - `web`: the site itself, with relative links and the theme's stylesheet;
/// - `email`: an HTML email, read away from the site in mail programs that drop
///   stylesheets and SVG, so every link is absolute and every style is inline;
/// - `text`: the plain-text email, with absolute links: the editor's Markdown and the
///   `text-` templates' Markdown written as text by `PlainTextWriter`.
enum OutputFlavour: Sendable, Hashable {
    case web
    case email(baseURL: String)
    case text(baseURL: String)

    /// The site's address (ending in `/`) for the flavours that need absolute links.
    var baseURL: String? {
        switch self {
        case .web: return nil
        case .email(let url), .text(let url): return url
        }
    }

    var isWeb: Bool { self == .web }

    /// The theme template for this flavour: `embed-action`, `email-embed-action` or `text-embed-action`.
    func template(_ name: String) -> String {
        switch self {
        case .web: return name
        case .email: return "email-" + name
        case .text: return "text-" + name
        }
    }
}

extension PageContext {
    func template(_ name: String) -> String { flavour.template(name) }

    /// A status as this flavour shows it: the theme's tag on the web; in email a label with
    /// its shape as a text character and inline colours (mail programs drop SVG and
    /// stylesheets); in plain text the label alone, escaped for the `text-` templates' Markdown.
    func tag(_ statusID: String) -> String {
        switch flavour {
        case .web:
            return site.tagHTML(statusID)
        case .email:
            let status = plan.site.statuses.status(statusID) ?? Status(id: statusID, label: statusID, colour: .grey, meaning: "")
            let view = EmailStatusView(status: status, isComplete: plan.site.statuses.isComplete(statusID))
            return site.theme.render(view, "email-status-tag")
        case .text:
            return MarkdownEscaping.escape(site.statusLabel(statusID))
        }
    }

    /// A link as written in Markdown, made absolute against this page's published address.
    func absolute(_ destination: String) -> String {
        guard let base = flavour.baseURL else { return destination }
        return AbsoluteURL.resolve(destination, against: base + path.folder)
    }
}
