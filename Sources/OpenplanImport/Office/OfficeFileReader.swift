import Foundation

/// Reads any file the importer accepts, choosing the reader by the file's extension.
public struct OfficeFileReader {
    public init() {}

    /// The format a file name's extension names, or nil.
    public static func format(of path: String) -> SourceFormat? {
        SourceFormat(rawValue: (path as NSString).pathExtension.lowercased())
    }

    /// Reads the file at `path`; `displayName` is how places name it (default: the path as given).
    /// `sheet` picks one Excel sheet by name.
    public func read(path: String, displayName: String? = nil, sheet: String? = nil) throws -> SourceDocument {
        let name = displayName ?? path
        guard let format = Self.format(of: path) else {
            throw OfficeReadError.unknownKind(file: name, ext: (path as NSString).pathExtension)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw OfficeReadError.unreadable(file: name, reason: !exists ? "there is no such file" : isDirectory.boolValue ? "it is a folder" : "it cannot be read")
        }
        return try read(data: data, file: name, format: format, sheet: sheet)
    }

    public func read(data: Data, file: String, format: SourceFormat, sheet: String? = nil) throws -> SourceDocument {
        switch format {
        case .csv: return try CSVTableReader().read(data: data, file: file)
        case .xlsx: return try XLSXReader().read(data: data, file: file, sheet: sheet)
        case .docx: return try DOCXReader().read(data: data, file: file)
        }
    }
}
