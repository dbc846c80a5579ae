/// Why a build refused its output folder, in words for the person who typed `--output`.
public enum OutputFolderError: Error, CustomStringConvertible {
    case isLink(String, target: String)
    case isSiteFolder(String)
    case holdsSite(String, site: String)
    case insideSitePart(String, part: String, site: String)
    case isFile(String, site: String)
    case unreadable(String, reason: String)
    case notABuild(String, examples: [String])

    public var description: String {
        switch self {
        case .isLink(let path, let target):
            return "The folder \(path) is a link (to \(target)). Openplan does not replace links. "
                + "Give the folder itself with --output."
        case .isSiteFolder(let path):
            return "The folder \(path) is the site folder itself: building there would replace your content. "
                + "Choose a new folder, such as \(path)/_site."
        case .holdsSite(let path, let site):
            return "The folder \(path) holds the site folder \(site): building there would replace the site "
                + "and everything beside it. Choose a new folder, such as \(site)/_site."
        case .insideSitePart(let path, let part, let site):
            return "The folder \(path) is the site's \(part) folder or inside it. Openplan reads that folder, "
                + "so it never builds there. Choose a folder outside Content, Templates and Public, such as \(site)/_site."
        case .isFile(let path, let site):
            return "The folder \(path) is a file, not a folder. Openplan does not replace files. "
                + "Choose a name that is not taken, such as \(site)/_site."
        case .unreadable(let path, let reason):
            return "The folder \(path) could not be looked at (\(reason)), so Openplan does not replace it."
        case .notABuild(let path, let examples):
            let some = examples.map { "\"\($0)\"" }.joined(separator: ", ")
            return "The folder \(path) holds files not made by Openplan (such as \(some)). "
                + "Openplan replaces what is in it, so it only writes into a new or empty folder, "
                + "or one it made before (it leaves a file called \(BuildMarker.name) there). "
                + "Choose another folder, or empty this one first if you are sure you do not need its files."
        }
    }
}
