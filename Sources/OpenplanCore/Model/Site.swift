/// `Content/site.yml`: the partnership, its status scale and its publishing choices.
public struct Site: Sendable {
    public var title: String
    public var partnership: String
    /// Always ends with `/` when set. Needed for feeds, the sitemap and email.
    public var baseURL: String?
    public var language: String
    public var contact: Contact?
    public var localOfferURL: String?
    public var staleAfterDays: Int
    public var statuses: StatusScale
    /// Raw HTML in Markdown is dropped unless the site opts in.
    public var allowRawHTML: Bool
    /// The plain-English target for `check`: reading age (Flesch–Kincaid grade + 5).
    public var readingAge: Int
    /// Extra or replacement words to avoid, for `check`.
    public var wordsToAvoid: WordsToAvoid

    public init(title: String, partnership: String, baseURL: String? = nil, language: String = "en-GB",
                contact: Contact? = nil, localOfferURL: String? = nil, staleAfterDays: Int = 90,
                statuses: StatusScale, allowRawHTML: Bool = false, readingAge: Int = 12,
                wordsToAvoid: WordsToAvoid = WordsToAvoid()) {
        self.title = title
        self.partnership = partnership
        self.baseURL = baseURL
        self.language = language
        self.contact = contact
        self.localOfferURL = localOfferURL
        self.staleAfterDays = staleAfterDays
        self.statuses = statuses
        self.allowRawHTML = allowRawHTML
        self.readingAge = readingAge
        self.wordsToAvoid = wordsToAvoid
    }
}

public struct Contact: Sendable, Hashable {
    public var email: String?
    public var phone: String?
    public init(email: String? = nil, phone: String? = nil) {
        self.email = email
        self.phone = phone
    }
}

/// `words_to_avoid` in site.yml: either extends the default list or replaces it.
public struct WordsToAvoid: Sendable, Hashable {
    /// word or phrase → plainer alternative
    public var words: [String: String]
    public var replaceDefaults: Bool
    public init(words: [String: String] = [:], replaceDefaults: Bool = false) {
        self.words = words
        self.replaceDefaults = replaceDefaults
    }
}
