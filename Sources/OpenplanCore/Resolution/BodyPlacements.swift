import Markdown

/// Where a Markdown body sits on a page that shows several: the level its top heading takes
/// and the prefix its ids and same-page links get. Named once, for the check of every page's
/// ids (`PageAnchors`) and for the pages that render the bodies.
extension MarkdownRenderer.Placement {
    /// A page with one body, under the page's `<h1>`.
    static let ownPage = MarkdownRenderer.Placement(minimumHeadingLevel: MarkdownRenderer.ownPageLevel, headingIDPrefix: "")

    /// An action's body on the whole plan, under the action's `<h3>`.
    static func actionInPlan(_ id: ItemID) -> Self {
        Self(minimumHeadingLevel: 4, headingIDPrefix: "action-" + id.slug + "-")
    }

    /// A priority's introduction on the whole plan, under the priority's `<h2>`.
    static func priorityInPlan(_ id: ItemID) -> Self {
        Self(minimumHeadingLevel: 3, headingIDPrefix: "priority-" + id.slug + "-")
    }

    /// A "You said, we did" item's detail on the list of them, under the item's `<h3>`.
    static func feedbackInList(_ id: ItemID) -> Self {
        Self(minimumHeadingLevel: 4, headingIDPrefix: "feedback-" + id.slug + "-")
    }
}
