#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry for programs with their own `main` (part of the fuzzer runtime that
/// `-sanitize=fuzzer` links in).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// What every fuzz target checks besides "no crash": each problem reported points at a place
/// that exists in the text it was read from, so an editor can always go and look.
public enum FuzzSupport {
    /// Hands control to libFuzzer. SwiftPM gives every executable its own `main`, so
    /// libFuzzer's is never linked; its driver is called from ours instead.
    public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }

    /// The input as bytes; libFuzzer may hand over a null pointer for an empty input.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Stops (so libFuzzer keeps the input) when a reported place lies outside `text`.
    /// `lineOffset` is the file line on which `text`'s first line stands.
    public static func checkPlace(line: Int, column: Int, in text: String, lineOffset: Int = 1, what: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = line - lineOffset
        // One past the last line is allowed: "the file ends here".
        guard index >= 0, index <= lines.count else {
            fatalError("\(what): line \(line) is outside the text (\(lines.count) lines from line \(lineOffset))")
        }
        let length = index < lines.count ? lines[index].unicodeScalars.count : 0
        guard column >= 1, column <= length + 1 else {
            fatalError("\(what): column \(column) is outside line \(line) (\(length) characters)")
        }
    }
}
