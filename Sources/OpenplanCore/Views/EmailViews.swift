/// `email.mustache`: the HTML email of one bulletin, with every link absolute.
struct EmailView {
    /// The inline styles, read by the template as `{{s.name}}`.
    var s: EmailStyle
    var lang: String
    /// "November 2025 update – Cumberland SEND progress".
    var documentTitle: String
    /// The line mail programs show after the subject: the bulletin's summary, or its title.
    var preheader: String
    var siteTitle: String
    var partnership: String
    var siteURL: String
    var title: String
    var date: DateView
    var summary: String?
    var bodyHTML: String
    /// This bulletin on the web.
    var webURL: String
    var bulletinsURL: String
    var feedbackURL: String
    var contactEmail: String?
    var contactEmailHref: String?
    var contactPhone: String?
}

/// `text-email.mustache`: the plain-text email (`email.txt`), written in Markdown. `body` is
/// the line `{{body}}`, which stands for the bulletin's own text, as an embed does.
struct TextEmailView {
    var siteTitle: String
    var partnership: String
    var siteURL: String
    var title: String
    var date: DateView
    var summary: String?
    var body: String
    /// This bulletin on the web.
    var webURL: String
    var bulletinsURL: String
    var feedbackURL: String
    var contactEmail: String?
    var contactPhone: String?
}
