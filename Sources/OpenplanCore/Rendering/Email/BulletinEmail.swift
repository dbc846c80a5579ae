import Markdown

/// A bulletin as email: `email.html`, built for mail programs (a 600-pixel table layout,
/// every style inline, no stylesheet, script or SVG, every link absolute), and `email.txt`,
/// the same content as plain text with its links listed at the end.
///
/// Both need the site's `base_url`: without it there is no absolute address to link to, so
/// no email is made (the build warns about the missing `base_url`).
enum BulletinEmail {
    /// `bulletins/<slug>/email.html` and `email.txt`, or nothing without a `base_url`.
    static func files(_ bulletin: Bulletin, site: SiteContext) -> [OutputFile] {
        guard site.linksFeeds, let base = site.plan.site.baseURL else { return [] }
        let folder = SitePaths.bulletin(bulletin.id)
        return [OutputFile(path: folder + "email.html", text: html(bulletin, site: site, baseURL: base)),
                OutputFile(path: folder + "email.txt", text: text(bulletin, site: site, baseURL: base))]
    }

    /// The body alone in the email flavour (inline styles, absolute links, no SVG): also the
    /// full content of the bulletin feeds, which mail services turn into campaigns.
    static func bodyHTML(_ bulletin: Bulletin, site: SiteContext, baseURL: String) -> String {
        site.bulletinMoments.emailBody(bulletin, baseURL: baseURL) {
            let page = context(.email(baseURL: baseURL), bulletin, site)
            // The Markdown renderer writes each element's style; the embeds' email templates carry their own.
            page.elementStyles = EmailStyle.standardMarkdown
            return page.body(bulletin.body)
        }
    }

    static func html(_ bulletin: Bulletin, site: SiteContext, baseURL: String) -> String {
        let view = self.view(bulletin, site: site, baseURL: baseURL, body: bodyHTML(bulletin, site: site, baseURL: baseURL))
        return site.theme.render(view, "email") + "\n"
    }

    /// The text-email template's Markdown, with the bulletin's Markdown where it says
    /// `{{body}}` and the `text-` embed templates' Markdown in place of each embed, all written
    /// as text by one `PlainTextWriter`, so the links are numbered through the whole email.
    static func text(_ bulletin: Bulletin, site: SiteContext, baseURL: String) -> String {
        let page = context(.text(baseURL: baseURL), bulletin, site)
        let info = site.plan.site
        let view = TextEmailView(
            siteTitle: info.title, partnership: info.partnership, siteURL: baseURL, title: bulletin.title,
            date: DateView(bulletin.date), summary: bulletin.summary, body: "{{body}}",
            webURL: baseURL + SitePaths.bulletin(bulletin.id), bulletinsURL: baseURL + SitePaths.bulletins,
            feedbackURL: baseURL + SitePaths.feedback, contactEmail: info.contact?.email, contactPhone: info.contact?.phone)
        var writer = PlainTextWriter()
        PageContext.templateMarkdown.renderText(site.theme.render(view, "text-email"), into: &writer, fromTemplate: true,
                                                embed: { call, writer in
            if call.kind == "body" { page.writeText(bulletin.body, into: &writer) }
        })
        var text = writer.text
        if !writer.links.isEmpty {
            text += "\n\n" + PlainTextWriter.underline("Links", level: 2) + "\n\n" + writer.linkList
        }
        return text + "\n"
    }

    private static func context(_ flavour: OutputFlavour, _ bulletin: Bulletin, _ site: SiteContext) -> PageContext {
        let page = PageContext(site: site, path: PagePath(folder: SitePaths.bulletin(bulletin.id)))
        page.flavour = flavour
        // Glossary marks link to the site's glossary on every first use: too many links for an email.
        page.marksGlossary = false
        page.speak(as: bulletin)
        return page
    }

    private static func view(_ bulletin: Bulletin, site: SiteContext, baseURL: String, body: String) -> EmailView {
        let info = site.plan.site
        return EmailView(
            s: .standard, lang: info.language, documentTitle: "\(bulletin.title) – \(info.title)",
            preheader: bulletin.summary ?? bulletin.title, siteTitle: info.title, partnership: info.partnership,
            siteURL: baseURL, title: bulletin.title, date: DateView(bulletin.date), summary: bulletin.summary,
            bodyHTML: body, webURL: baseURL + SitePaths.bulletin(bulletin.id), bulletinsURL: baseURL + SitePaths.bulletins,
            feedbackURL: baseURL + SitePaths.feedback, contactEmail: info.contact?.email,
            contactEmailHref: info.contact?.email.map { "mailto:" + $0 }, contactPhone: info.contact?.phone)
    }
}

extension PageContext {
    /// `{{measure ID}}` for email and plain text: the figures, the trend and where it stands in
    /// words, with a link to the chart on the site (mail programs do not show SVG).
    func embedMeasureWithoutChart(_ measure: Measure) -> String {
        render(measureEmbedView(measure, chartHTML: nil), template("embed-measure"))
    }

    /// Renders an embed's view; in email, with the inline styles beside it as `s`.
    func render<View: TemplateView>(_ view: View, _ name: String) -> String {
        if case .email = flavour { return site.theme.render(EmailEmbedView(s: .standard, e: view), name) }
        return site.theme.render(view, name)
    }
}
