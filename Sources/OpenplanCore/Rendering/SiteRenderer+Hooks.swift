/// Entry points for the stages that publish the same content elsewhere (feeds, email), where
/// links must be absolute because the reader is not on the site.
extension SiteRenderer {
    /// A bulletin's body as HTML, embeds included (its `{{changes}}` covers the time since the
    /// previous bulletin, as on the site), with every site link starting from `root`, usually
    /// the site's `base_url`.
    public func bulletinBodyHTML(_ bulletin: Bulletin, root: String) -> String {
        let page = PageContext(site: site, path: PagePath(folder: SitePaths.bulletin(bulletin.id), fixedRoot: root))
        page.speak(as: bulletin)
        return page.body(bulletin.body)
    }

}
