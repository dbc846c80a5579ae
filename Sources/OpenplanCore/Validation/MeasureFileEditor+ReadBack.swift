import Foundation

/// Reading an edited measures file back, as a build would, so an import trusts an edit only
/// when the file reads as intended. It lives with validation, the stage that knows what a
/// measure is; the editor itself only knows where things are in the file.
extension MeasureFileEditor {
    /// The measures of the file as `openplan build` reads it now, with every problem it finds.
    public func read() -> (measures: [Measure], diagnostics: [Diagnostic]) {
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var document = RawDocument(kind: .measure, file: file, stem: stem, root: nil,
                                   origin: SourceLocation(file: file, line: 1, column: 1),
                                   body: .empty(file: file), isReadable: false, diagnostics: [])
        switch SourceText.decode(bytes, file: file) {
        case .failure(let diagnostic): return ([], [diagnostic])
        case .success(let text): document.parse(text)
        }
        let checked = MeasureValidator().validate(document)
        return (checked.compactMap(\.item), document.diagnostics + checked.flatMap(\.diagnostics))
    }
}
