import Foundation
import Markdown

/// Links editors write from the site root (`/actions/1-2/`), made relative to the page.
/// (`PlanResolution` has checked them against what the build publishes.)
extension PageContext {
    func publishedFolder(_ path: String) -> String? { site.outline.publishedFolder(path) }

    /// - Parameter root: what stands for the way up to the site root; this page's own by default.
    func rewrite(_ destination: String, root: String? = nil) -> String {
        guard SiteLink(destination) != nil else { return flavour.isWeb ? destination : absolute(destination) }
        return site.outline.rewrite(destination, root: root ?? href(""))
    }
}
