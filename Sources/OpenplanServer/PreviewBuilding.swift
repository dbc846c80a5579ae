import Foundation
import OpenplanCore

/// What the preview server asks of the rendering pipeline.
///
/// The server knows nothing about content, templates or pages: it watches files, serves a folder
/// and tells browsers to reload. Keeping the pipeline behind this small boundary lets the server
/// be tested with a fake builder, and keeps Hummingbird out of the core library.
public protocol PreviewBuilding: Sendable {
    /// Full build into `folder` (the preview's own output folder, never the site's `_site/`).
    func buildAll(into folder: URL) async -> PreviewOutcome
    /// Rebuild after these files changed (paths relative to the site folder, e.g.
    /// "Content/bulletins/2025-11.md"), rendering only the pages they affect. The set includes
    /// files that were deleted or renamed away, so a builder must not assume each one exists.
    func rebuild(changed: Set<String>, into folder: URL) async -> PreviewOutcome
    /// The same rebuild, telling `whenOwnPagesAreOut` as soon as the pages made from the
    /// changed files themselves are written, before the rest, so the page being edited can
    /// reload first. Returns when every page is done.
    func rebuild(changed: Set<String>, into folder: URL,
                 whenOwnPagesAreOut: @escaping @Sendable (PreviewOutcome) async -> Void) async -> PreviewOutcome
}

extension PreviewBuilding {
    /// A builder that writes everything in one step has nothing to tell early.
    public func rebuild(changed: Set<String>, into folder: URL,
                        whenOwnPagesAreOut: @escaping @Sendable (PreviewOutcome) async -> Void) async -> PreviewOutcome {
        await rebuild(changed: changed, into: folder)
    }
}

/// The result of one build: either pages were written, or the content has problems to show.
public enum PreviewOutcome: Sendable {
    case built(pagesWritten: Int)
    case failed([Diagnostic])
}
