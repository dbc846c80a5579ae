import FuzzSupport
@testable import OpenplanCore

/// libFuzzer entry: a measures file's bytes through the JSON reader and the measure checks.
/// Built only by scripts/fuzz.
/// (`@_cdecl` too, so a plain libFuzzer build with its own `main` can use it.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let file = "Content/measures/fuzz.json"
    guard case .success(let text) = SourceText.decode(FuzzSupport.bytes(data, size), file: file) else { return 0 }
    var document = RawDocument(kind: .measure, file: file, stem: "fuzz", root: nil,
                               origin: SourceLocation(file: file, line: 1, column: 1),
                               body: .empty(file: file), isReadable: false, diagnostics: [])
    document.parse(text)
    var diagnostics = document.diagnostics
    if document.isReadable { diagnostics += MeasureValidator().validate(document).flatMap(\.diagnostics) }
    for diagnostic in diagnostics {
        FuzzSupport.checkPlace(line: diagnostic.line, column: diagnostic.column, in: text, what: diagnostic.description)
    }
    return 0
}

FuzzSupport.run(fuzzJSON)
