import Foundation
import OpenplanCore
#if canImport(Glibc)
import Glibc
#endif

/// `openplan import FILE`: reads a plan's table and works out every file to write, into a new
/// site or an existing one, without writing anything until `write()` is called, and only when
/// there are no problems.
public struct PlanImport {
    public struct Options: Sendable {
        public var sheet: String?
        public var columns: [ColumnMapping]
        /// The day written as new actions' `updated`, and recorded in history when a
        /// re-import changes a status.
        public var today: Day
        public init(sheet: String? = nil, columns: [ColumnMapping] = [], today: Day) {
            self.sheet = sheet
            self.columns = columns
            self.today = today
        }
    }

    /// One file the import would write: new, or changed (the whole new text either way).
    public struct FileWrite: Sendable, Hashable {
        public enum Kind: String, Sendable { case new, changed }
        /// Relative to the site folder, like `Content/actions/2a.1.md`.
        public var path: String
        public var text: String
        public var kind: Kind
    }

    /// What the import found and would do.
    public struct Outcome: Sendable {
        public var plan: ImportedPlan
        public var writes: [FileWrite]
        /// True when the folder had no Content/ and a whole site is made.
        public var isNewSite: Bool
        /// Actions in the table whose file is already the same.
        public var unchanged: Int
        /// Problems that stop the import (bad cells, and changes it cannot make safely).
        public var problems: [ImportProblem]
        /// Changes seen but left for a person to make (leads lists, milestones).
        public var notes: [String]
        public var hasProblems: Bool { !problems.isEmpty }
    }

    public enum Failure: Error, CustomStringConvertible {
        case read(OfficeReadError)
        case siteHasErrors([Diagnostic])
        public var description: String {
            switch self {
            case .read(let e): return e.description
            case .siteHasErrors(let d):
                return d.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
                    + "\nerror: the site's content has the problems above; fix them (openplan check) and import again."
            }
        }
    }

    public let siteFolder: URL
    public let options: Options

    public init(siteFolder: URL, options: Options) {
        self.siteFolder = siteFolder
        self.options = options
    }

    /// Reads the file and works out the writes. Throws only when the file or the site cannot
    /// be read at all; problems with cells are in the outcome.
    public func plan(file path: String, displayName: String? = nil) throws -> Outcome {
        let document: SourceDocument
        do {
            document = try OfficeFileReader().read(path: path, displayName: displayName, sheet: options.sheet)
        } catch let error as OfficeReadError {
            throw Failure.read(error)
        }
        return try plan(document: document)
    }

    public func plan(document: SourceDocument) throws -> Outcome {
        let content = siteFolder.appendingPathComponent(SiteLayout.content, isDirectory: true)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory) && isDirectory.boolValue
        if !exists { return newSite(document) }
        let loaded = ContentLoader(siteFolder: siteFolder).load()
        guard let site = loaded.plan else { throw Failure.siteHasErrors(loaded.diagnostics) }
        return existingSite(document, site: site)
    }

    private func newSite(_ document: SourceDocument) -> Outcome {
        let scale = StatusScale.standard
        let reader = PlanReader(mappings: options.columns, scale: scale, people: [], mayAddStatuses: true, existingPriorities: [])
        let imported = reader.read(document)
        var writes: [FileWrite] = []
        let source = (document.file as NSString).lastPathComponent
        writes.append(FileWrite(path: SiteLayout.siteFile,
                                text: SiteFileText.site(scale: scale.statuses + imported.extraStatuses, completeID: scale.completeID, source: source),
                                kind: .new))
        writes.append(FileWrite(path: SiteLayout.peopleFile, text: SiteFileText.people(imported.newPeople), kind: .new))
        for p in imported.priorities {
            writes.append(FileWrite(path: SiteLayout.file(.priority, named: SiteFileText.fileName(p.id)), text: SiteFileText.priority(p), kind: .new))
        }
        for a in imported.actions {
            writes.append(FileWrite(path: SiteLayout.file(.action, named: SiteFileText.fileName(a.id)), text: SiteFileText.action(a, updated: options.today), kind: .new))
        }
        return Outcome(plan: imported, writes: writes, isNewSite: true, unchanged: 0, problems: imported.problems,
                       notes: imported.notes)
    }

    private func existingSite(_ document: SourceDocument, site: Plan) -> Outcome {
        let scale = site.site.statuses
        let reader = PlanReader(mappings: options.columns, scale: scale, people: site.people, mayAddStatuses: false,
                                existingPriorities: site.priorities)
        let imported = reader.read(document)
        var problems = imported.problems
        var notes = imported.notes
        var writes: [FileWrite] = []
        var unchanged = 0

        if !imported.newPeople.isEmpty {
            let path = SiteLayout.peopleFile
            let url = siteFolder.appendingPathComponent(path)
            let old = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            let trimmed = old.trimmingCharacters(in: .whitespacesAndNewlines)
            let added = imported.newPeople.map(SiteFileText.person).joined(separator: "\n") + "\n"
            let text: String
            if trimmed.isEmpty || trimmed == "[]" || trimmed.hasSuffix("\n[]") {
                text = SiteFileText.people(imported.newPeople)
            } else {
                // Appended, so every lead already there stays exactly as written.
                text = old + (old.hasSuffix("\n") ? "" : "\n") + added
            }
            writes.append(FileWrite(path: path, text: text, kind: old.isEmpty ? .new : .changed))
        }
        for p in imported.priorities {
            let path = SiteLayout.file(.priority, named: SiteFileText.fileName(p.id))
            if FileManager.default.fileExists(atPath: siteFolder.appendingPathComponent(path).path) {
                problems.append(ImportProblem(place: path, message: "the table needs a priority \"\(p.id)\" (\(p.title)), but this file already exists with another id. Rename one of them."))
                continue
            }
            writes.append(FileWrite(path: path, text: SiteFileText.priority(p), kind: .new))
        }
        for a in imported.actions {
            guard let existing = site.actionByID[ItemID(a.id)] else {
                let path = SiteLayout.file(.action, named: SiteFileText.fileName(a.id))
                if FileManager.default.fileExists(atPath: siteFolder.appendingPathComponent(path).path) {
                    problems.append(ImportProblem(place: path, message: "the table's action \(a.id) would be written here, but the file already holds another action. Rename one of them."))
                    continue
                }
                writes.append(FileWrite(path: path, text: SiteFileText.action(a, updated: options.today), kind: .new))
                continue
            }
            switch ActionUpdate.edit(existing, to: a, siteFolder: siteFolder, scale: scale, today: options.today) {
            case .same: unchanged += 1
            case .changed(let path, let text, let leftOut):
                writes.append(FileWrite(path: path, text: text, kind: .changed))
                notes += leftOut
            case .leftOut(let leftOut):
                unchanged += 1
                notes += leftOut
            case .failed(let problem): problems.append(problem)
            }
        }
        return Outcome(plan: imported, writes: writes, isNewSite: false, unchanged: unchanged, problems: problems, notes: notes)
    }

    /// Writes every file in two steps: first each new text beside its file under a temporary
    /// name, then, only when all of those are written, each moved into place. If anything
    /// fails in the first step the temporary files are removed and no file has changed.
    /// Call only when there are no problems.
    public func write(_ outcome: Outcome) throws {
        precondition(!outcome.hasProblems, "an import with problems must not write")
        let fm = FileManager.default
        var staged: [(temporary: URL, final: URL)] = []
        var madeFolders: [URL] = []
        do {
            for w in outcome.writes {
                let url = siteFolder.appendingPathComponent(w.path)
                let folder = url.deletingLastPathComponent()
                var missing: [URL] = []
                var probe = folder
                while !fm.fileExists(atPath: probe.path) && probe.path != "/" {
                    missing.insert(probe, at: 0)
                    probe = probe.deletingLastPathComponent()
                }
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                madeFolders += missing
                let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).openplan-import")
                try Data(w.text.utf8).write(to: temporary)
                staged.append((temporary, url))
            }
        } catch {
            for s in staged { try? fm.removeItem(at: s.temporary) }
            for folder in madeFolders.reversed() { try? fm.removeItem(at: folder) }
            throw error
        }
        // rename(2) replaces a file in one step; Foundation's replaceItemAt does not on Linux.
        for s in staged where rename(s.temporary.path, s.final.path) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: s.final.path])
        }
    }
}
