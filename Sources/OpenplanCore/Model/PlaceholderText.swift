/// The words `openplan new` writes for an editor to replace. Kept in one place so the starting
/// files and the check for untouched ones can never drift apart.
public enum PlaceholderText {
    public static let actionTitle = "Say what will be done, in a few plain words"
    public static let bulletinSummary = "One or two sentences about this month, for lists, feeds and the email preview."
    public static let bulletinBody = "Write a few short paragraphs for families here: what happened this month and what comes next."
    public static let feedbackTheme = "Write the theme, like EHC plans"
    public static let feedbackSource = "Where this came from, like a parent carer survey"
    public static let feedbackYouSaid = "What families told us, in their words where we can."
}
