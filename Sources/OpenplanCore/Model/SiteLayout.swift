/// Where everything lives in a site folder: the one place that knows the layout. Every other
/// part of Openplan asks here for `Content/`, `Content/actions/1.2.md`, `Templates/` or `_site/`,
/// so the layout (part of the content format) is written down once.
public enum SiteLayout {
    /// The folder of content files, the only one a site must have.
    public static let content = "Content"
    /// Templates that override the default theme's, file by file.
    public static let templates = "Templates"
    /// Static files (pictures, downloads, styles) copied as they are to the site's root.
    public static let publicFiles = "Public"
    /// Where `openplan build` writes the site unless `--output` says otherwise.
    public static let defaultOutput = "_site"
    /// The site's own folders: read by a build, never replaced or published into.
    public static let sourceFolders = [content, templates, publicFiles]

    /// `Content/site.yml`, `Content/people.yml`, `Content/glossary.yml`.
    public static let siteFile = file(.site)
    public static let peopleFile = file(.people)
    public static let glossaryFile = file(.glossary)
    /// The files every page is built from.
    public static let sharedFiles: Set<String> = [siteFile, peopleFile, glossaryFile]

    /// `Content/` + a name inside it: `Content/actions`, `Content/notes.txt`.
    public static func inContent(_ name: String) -> String { content + "/" + name }

    /// The folder of a kind with one file per item: `Content/actions`.
    public static func folder(_ kind: ContentKind) -> String { inContent(kind.folder ?? "") }

    /// The one file of a kind that has one: `Content/site.yml`.
    public static func file(_ kind: ContentKind) -> String { inContent(kind.fileName ?? "") }

    /// An item's file: `Content/actions/1.2.md`, `Content/measures/lo-visits.json`.
    public static func file(_ kind: ContentKind, stem: String) -> String {
        folder(kind) + "/" + stem + "." + kind.fileExtension
    }

    /// A file name inside a kind's folder, as written: `Content/actions/notes.txt`.
    public static func file(_ kind: ContentKind, named name: String) -> String { folder(kind) + "/" + name }
}
