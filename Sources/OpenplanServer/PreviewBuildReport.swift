/// What the last preview build did, for tests and for measuring where the time goes.
public struct PreviewBuildReport: Sendable {
    public enum Scope: Sendable, Equatable {
        /// Nothing has been built yet.
        case none
        /// Every page and theme file.
        case whole
        /// Only the pages and files the changes affect.
        case partial
    }

    public var scope: Scope = .none
    public var succeeded = false
    /// Output paths the build made (pages, emails, feeds, data files and theme files), sorted.
    public var rendered: [String] = []
    /// The part of `rendered` that differed from the preview folder and was written, sorted.
    public var written: [String] = []
    /// Output paths removed because their page or file no longer exists, sorted.
    public var removed: [String] = []
    /// How many page jobs were rendered, out of how many the site has.
    public var jobsRendered = 0
    public var jobsInSite = 0
    /// Content files parsed, out of how many were read: a file whose bytes did not change
    /// since the last build is not parsed again.
    public var filesParsed = 0
    public var filesRead = 0
    /// Reading and checking the content.
    public var loading: Duration = .zero
    /// Loading the theme (when it had to be), and rendering pages.
    public var rendering: Duration = .zero
    /// Writing and removing files in the preview folder.
    public var writing: Duration = .zero

    public init() {}

    /// One line for the terminal: `whole build: 226 of 226 pages; reading 210 ms, rendering …`.
    public var timingSummary: String {
        let kind = scope == .partial ? "partial rebuild" : "whole build"
        let result = succeeded ? "" : " (stopped: the content has errors)"
        return "\(kind): \(jobsRendered) of \(jobsInSite) pages; reading the content \(loading.milliseconds) ms, "
            + "rendering \(rendering.milliseconds) ms, writing \(writing.milliseconds) ms; "
            + "\(filesParsed) of \(filesRead) content files parsed\(result)"
    }
}
