import Foundation

/// Turns a file's bytes into the text every later stage reads: UTF-8, no byte order mark,
/// and `\n` line endings, so that line and column numbers mean the same thing whichever
/// editor saved the file.
enum SourceText {
    /// The text, or an error pointing at the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8], file: String) -> Outcome<String> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let content = bytes[start...]
        guard firstInvalidByte(content) == content.endIndex else {
            return .failure(notUTF8(content, file: file))
        }
        return .success(normaliseLineEndings(String(decoding: content, as: UTF8.self)))
    }

    /// `\r\n` and a lone `\r` both become `\n`.
    static func normaliseLineEndings(_ text: String) -> String {
        var text = text
        // memchr: most files have no carriage return at all, and this runs on every file.
        guard text.withUTF8({ bytes in bytes.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false }) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 13 {
                out.append(10)
                previousWasCR = true
                continue
            }
            if byte == 10 && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func notUTF8(_ bytes: ArraySlice<UInt8>, file: String) -> Diagnostic {
        let bad = firstInvalidByte(bytes)
        var line = 1
        var column = 1
        var i = bytes.startIndex
        while i < bad {
            let b = bytes[i]
            if b == 10 {
                line += 1
                column = 1
            } else if b == 13 {
                // A CR followed by LF is one line break; a lone CR is a line break of its own.
                if i + 1 < bad, bytes[i + 1] == 10 {
                    // counted when the LF is reached
                } else {
                    line += 1
                    column = 1
                }
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        let hex = String(bytes[bad], radix: 16, uppercase: true)
        return .error(file, line: line, column: column,
                      "This file is not saved as UTF-8 text: the byte 0x\(hex) here is not UTF-8. "
                      + "Open the file in your editor and save it again with the encoding \"UTF-8\".")
    }

    /// The index of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int {
        let start = bytes.startIndex
        return bytes.withUnsafeBufferPointer { buffer in start + firstInvalidOffset(buffer) }
    }

    private static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        let end = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                // ASCII eight bytes at a time: content is nearly all ASCII, and this reads every file.
                i += 1
                while i + 8 <= end, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= end else { return i }
            // The second byte has the tightened range; later ones are plain continuation bytes.
            let second = bytes[i + 1]
            guard second >= low && second <= high else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return end
    }
}
