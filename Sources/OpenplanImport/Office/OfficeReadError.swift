/// Why a file could not be read at all. Each says so in plain words, for the person who
/// chose the file.
public enum OfficeReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The extension is not one the importer knows.
    case unknownKind(file: String, ext: String)
    /// The file does not exist or cannot be opened.
    case unreadable(file: String, reason: String)
    /// A .docx or .xlsx that is not a ZIP archive, or lacks the parts such a file always has.
    case notThatKind(file: String, format: SourceFormat, detail: String)
    /// A CSV file that is not UTF-8 text.
    case notText(file: String)
    /// An Excel sheet asked for by name that the workbook does not have.
    case noSuchSheet(file: String, sheet: String, available: [String])

    public var description: String {
        switch self {
        case .unknownKind(let file, let ext):
            let shown = ext.isEmpty ? "no extension" : "the extension .\(ext)"
            return "\(file): error: this file has \(shown); Openplan reads plans from Word (.docx), Excel (.xlsx) or CSV (.csv) files."
        case .unreadable(let file, let reason):
            return "\(file): error: the file could not be opened (\(reason))."
        case .notThatKind(let file, let format, let detail):
            var hint = ""
            if format == .docx { hint = " If it is an older Word file (.doc), open it in Word and save it as a Word Document (.docx)." }
            if format == .xlsx { hint = " If it is an older Excel file (.xls), open it in Excel and save it as an Excel Workbook (.xlsx)." }
            return "\(file): error: this is not a real \(format.plainName) (\(detail)).\(hint)"
        case .notText(let file):
            return "\(file): error: this CSV file is not UTF-8 text. In Excel, save it again as \"CSV UTF-8 (Comma delimited)\"."
        case .noSuchSheet(let file, let sheet, let available):
            let list = available.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(file): error: the workbook has no sheet called \"\(sheet)\"; its sheets are \(list)."
        }
    }
}
