/// The kinds of file a site's `Content/` folder holds, and where each lives.
public enum ContentKind: String, Sendable, CaseIterable {
    case site, people, glossary, priority, action, measure, feedback, bulletin, page

    /// The folder under `Content/` for kinds that have one file per item.
    public var folder: String? {
        switch self {
        case .site, .people, .glossary: return nil
        case .priority: return "priorities"
        case .action: return "actions"
        case .measure: return "measures"
        case .feedback: return "feedback"
        case .bulletin: return "bulletins"
        case .page: return "pages"
        }
    }

    /// The single file under `Content/` for kinds that have one.
    public var fileName: String? {
        switch self {
        case .site: return "site.yml"
        case .people: return "people.yml"
        case .glossary: return "glossary.yml"
        default: return nil
        }
    }

    /// The file extension read in this kind's folder.
    public var fileExtension: String {
        switch self {
        case .site, .people, .glossary: return "yml"
        case .measure: return "json"
        default: return "md"
        }
    }

    /// The word a content editor uses for one of these: "action", "measure".
    public var noun: String {
        switch self {
        case .site: return "site.yml"
        case .people: return "person"
        case .glossary: return "glossary entry"
        case .priority: return "priority"
        case .action: return "action"
        case .measure: return "measure"
        case .feedback: return "\"You said, we did\" item"
        case .bulletin: return "bulletin"
        case .page: return "page"
        }
    }

    public static let folderKinds: [ContentKind] = allCases.filter { $0.folder != nil }
}
