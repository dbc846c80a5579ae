import FuzzSupport
@testable import OpenplanCore

/// libFuzzer entry: a file's bytes read as an action (UTF-8 check, front matter split, YAML,
/// field validation). Built only by scripts/fuzz.
/// (`@_cdecl` too, so a plain libFuzzer build with its own `main` can use it.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let file = "Content/actions/fuzz.md"
    let bytes = FuzzSupport.bytes(data, size)
    switch SourceText.decode(bytes, file: file) {
    case .failure:
        return 0
    case .success(let text):
        var document = RawDocument(kind: .action, file: file, stem: "fuzz", root: nil,
                                   origin: SourceLocation(file: file, line: 1, column: 1),
                                   body: .empty(file: file), isReadable: false, diagnostics: [])
        document.parse(text)
        var diagnostics = document.diagnostics
        if document.isReadable { diagnostics += ActionValidator().validate(document).diagnostics }
        for diagnostic in diagnostics {
            FuzzSupport.checkPlace(line: diagnostic.line, column: diagnostic.column, in: text, what: diagnostic.description)
        }
    }
    return 0
}

FuzzSupport.run(fuzzFrontMatter)
