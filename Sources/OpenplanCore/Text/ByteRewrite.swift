extension Array where Element == UInt8 {
    /// Appends a string's UTF-8 in one copy. `+= text.utf8` goes through the generic
    /// sequence path, which was a tenth of rendering a page from its template.
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}

/// Copies a string's UTF-8, replacing the pieces `replacement` picks out: for each byte
/// position it gives nil (keep the byte) or how many bytes to replace and with what. For
/// escapers whose every change is an ASCII character or a whole multi-byte sequence, so the
/// result is the same as going character by character, at a fraction of the cost.
enum ByteRewrite {
    static func apply(_ text: String,
                      _ replacement: (UnsafeBufferPointer<UInt8>, Int) -> (length: Int, with: String)?) -> String {
        var text = text
        let out = text.withUTF8 { bytes -> [UInt8]? in
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            while i < bytes.count {
                guard let (length, with) = replacement(bytes, i) else { i += 1; continue }
                if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.appendUTF8(with)
                i += length
                copied = i
            }
            if copied == 0 { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return out
        }
        return out.map { String(decoding: $0, as: UTF8.self) } ?? text
    }
}
