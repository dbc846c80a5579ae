import Foundation
import ZIPFoundation

/// An .xlsx or .docx file opened as what it is underneath: a ZIP archive of XML parts.
struct OfficePackage {
    let file: String
    let format: SourceFormat
    private let archive: Archive

    /// Opens the archive; a file that is not a ZIP (a renamed .doc or .xls, a CSV saved with
    /// the wrong name) is a plain error, never a crash.
    init(data: Data, file: String, format: SourceFormat) throws {
        self.file = file
        self.format = format
        // ZIP archives start "PK"; checking first gives a clearer message than the library's.
        guard data.count >= 4, data[data.startIndex] == 0x50, data[data.startIndex + 1] == 0x4B else {
            let detail = data.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
                ? "it is in the older binary format"
                : "it is not a ZIP archive, which every \(format.plainName) is underneath"
            throw OfficeReadError.notThatKind(file: file, format: format, detail: detail)
        }
        // Read through a file, not from memory: ZIPFoundation's in-memory archive traps on a
        // damaged archive that seeks past its end, where reading a file just finds no more
        // bytes. The file is removed at once; the archive keeps it open while it is needed.
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("openplan-office-\(UUID().uuidString).zip")
        do {
            try data.write(to: temporary)
        } catch {
            throw OfficeReadError.unreadable(file: file, reason: "a working copy could not be made: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            archive = try Archive(url: temporary, accessMode: .read)
        } catch {
            throw OfficeReadError.notThatKind(file: file, format: format, detail: "its ZIP archive is damaged")
        }
        guard archive.contains(where: { _ in true }) else {
            throw OfficeReadError.notThatKind(file: file, format: format, detail: "its ZIP archive is damaged")
        }
    }

    /// The bytes of a part, or nil when the archive does not hold it.
    func data(_ path: String) throws -> Data? {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard let entry = archive[trimmed] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw OfficeReadError.notThatKind(file: file, format: format, detail: "its part \(trimmed) is damaged")
        }
        return data
    }

    /// A part parsed as XML; nil when absent. A part that is not XML is an error.
    func xml(_ path: String) throws -> XMLTree? {
        guard let bytes = try data(path) else { return nil }
        guard let tree = XMLTree.parse(bytes) else {
            throw OfficeReadError.notThatKind(file: file, format: format, detail: "its part \(path) is not readable XML")
        }
        return tree
    }

    /// A part the format always has.
    func requiredXML(_ path: String) throws -> XMLTree {
        guard let tree = try xml(path) else {
            throw OfficeReadError.notThatKind(file: file, format: format, detail: "it has no \(path)")
        }
        return tree
    }

    /// Where a relationship points, resolved against the folder of the part that owns it:
    /// `xl/_rels/workbook.xml.rels` with `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
