extension SiteRenderer {
    /// The date pages without one of their own show as "Last updated": the latest date anywhere
    /// in the plan.
    ///
    /// No page's `dependsOn` names the files it comes from (it can be any action, bulletin or
    /// "You said, we did" item), so the live preview compares it between builds and renders
    /// every page when it moves.
    public var lastUpdated: Day? { site.lastUpdated }
}
