/// `email.mustache` (the HTML email) and `text-email.mustache` (simple HTML that becomes
/// `email.txt`): one bulletin, with every link absolute.
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
