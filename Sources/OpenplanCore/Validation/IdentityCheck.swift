/// Finds ids used twice, and different ids that would share a web address, within one kind
/// of item. The first in file order keeps its id; later ones are reported and left out.
struct IdentityCheck {
    let noun: String
    /// The URL folder items are published under (`actions/`), or nil when items have no page.
    let urlFolder: String?
    /// Whether slugs matter at all (people ids never appear in addresses).
    let checksSlugs: Bool
    /// Pages and bulletins: the id is the file name, so a clash is about file names.
    var idsAreFileNames = false

    struct Output {
        /// Positions (in the input) of items that keep their id.
        var accepted: [Int]
        var diagnostics: [Diagnostic]
    }

    func check(_ identities: [Identity?]) -> Output {
        var byID: [ItemID: Identity] = [:]
        var bySlug: [String: Identity] = [:]
        var output = Output(accepted: [], diagnostics: [])
        for (index, identity) in identities.enumerated() {
            guard let identity else { continue }
            let here = identity.location
            if idsAreFileNames, let first = byID[identity.id] ?? bySlug[identity.id.slug] {
                let address = urlFolder.map { "\($0)/\(identity.id.slug)/" } ?? "\(identity.id.slug)/"
                output.diagnostics.append(.error(here.file, line: here.line, column: here.column,
                    "This \(noun) and \(first.location.file) would both be published at \(address). Rename one of the files."))
                continue
            }
            if let first = byID[identity.id] {
                output.diagnostics.append(.error(here.file, line: here.line, column: here.column,
                    "Another \(noun) already has the id \"\(identity.id)\" (\(place(first.location))). Each \(noun) needs its own id."))
                continue
            }
            byID[identity.id] = identity
            if checksSlugs {
                let slug = identity.id.slug
                if slug.isEmpty {
                    let fix = idsAreFileNames ? "Rename the file so its name has letters or digits."
                        : "Give this \(noun) an id with letters or digits."
                    output.diagnostics.append(.error(here.file, line: here.line, column: here.column,
                        "The id \"\(identity.id)\" has no letters or digits, so it cannot be made into a web address. \(fix)"))
                    continue
                }
                if slug.utf8.count > ItemID.maximumSlugLength {
                    output.diagnostics.append(.error(here.file, line: here.line, column: here.column, tooLong(identity.id, slug: slug)))
                    continue
                }
                if let first = bySlug[slug] {
                    let address = urlFolder.map { "\($0)/\(slug)/" } ?? "\"\(slug)\""
                    output.diagnostics.append(.error(here.file, line: here.line, column: here.column,
                        "The \(noun) ids \"\(identity.id)\" (here) and \"\(first.id)\" (\(place(first.location))) would both be "
                        + "published at \(address). Change one of them so they differ in more than punctuation or capitals."))
                    continue
                }
                bySlug[slug] = identity
            }
            output.accepted.append(index)
        }
        return output
    }

    /// Slugs become folder names, and a folder name longer than 255 bytes cannot be made at
    /// all on most systems (less inside a long path, or once copied to a web server).
    private func tooLong(_ id: ItemID, slug: String) -> String {
        let shown = id.raw.count > 40 ? String(id.raw.prefix(40)) + "…" : id.raw
        let limit = ItemID.maximumSlugLength
        if idsAreFileNames {
            return "This file name is too long to be made into a web address: it gives one of \(slug.utf8.count) characters, "
                + "and openplan takes at most \(limit), so the site can be copied to any computer. Rename the file with a shorter name."
        }
        return "The id \"\(shown)\" is too long to be made into a web address: it gives one of \(slug.utf8.count) characters, "
            + "and openplan takes at most \(limit), so the site can be copied to any computer. Use a shorter id."
    }

    private func place(_ location: SourceLocation) -> String {
        "\(location.file) line \(location.line)"
    }
}
