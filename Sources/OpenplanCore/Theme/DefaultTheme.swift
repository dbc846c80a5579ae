import Foundation

/// The theme built into the binary, so a folder holding only `Content/` builds.
///
/// Its files live at the top of the repository in `Templates/` and `Public/`;
/// `scripts/embed-theme` copies them into `DefaultTheme+Files.swift`, and a test fails
/// when the two differ.
enum DefaultTheme {
    static let assets: [String: [UInt8]] = {
        var out: [String: [UInt8]] = [:]
        for (path, text) in textAssets { out[path] = Array(text.utf8) }
        for (path, base64) in binaryAssets {
            out[path] = Data(base64Encoded: base64).map { [UInt8]($0) } ?? []
        }
        return out
    }()
}
