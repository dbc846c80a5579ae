import Foundation
import Synchronization

/// An id as the content editor wrote it. Ids are text, even when they look like numbers or
/// dates (`1.10` is not `1.1`), and each becomes a URL slug.
public struct ItemID: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let raw: String

    public init(_ raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { self.raw = value }

    public var description: String { raw }

    /// Lower case; letters of other scripts and with accents written in ASCII (`Über uns` →
    /// `uber-uns`); every run of characters other than ASCII letters and digits becomes one
    /// `-`, trimmed at both ends. Only `[a-z0-9-]` can come out, so a slug can never climb out
    /// of the output folder, and reads the same in a link and as a folder name.
    public var slug: String { Slug.make(raw) }

    /// The longest slug accepted, in characters (slugs are ASCII, so also bytes). Slugs become
    /// folder names, which most file systems cap at 255 bytes; 100 leaves room for a file
    /// name's other parts (`.csv`) and for servers that are stricter still.
    public static let maximumSlugLength = 100

    /// Natural order, so `1.2` sorts before `1.10` and `2` before `10`.
    public static func < (a: ItemID, b: ItemID) -> Bool { NaturalOrder.less(a.raw, b.raw) }
}

public enum Slug {
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return ascii(text) }
        return ascii(transliterated(text))
    }

    /// Lower case; every run of characters other than ASCII letters and digits becomes one `-`.
    private static func ascii(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isAlnum = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
            if isAlnum {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Letters of any script in ASCII, by the Unicode transliteration rules (ICU's
    /// "Any-Latin; Latin-ASCII"): `Über` → `Uber`, `Straße` → `Strasse`, `日本語` → `ri ben yu`,
    /// `Привет` → `Privet`. What has no Latin form (an emoji) is left out like punctuation.
    /// Remembered, as pages ask for the same slugs many times.
    private static func transliterated(_ text: String) -> String {
        if let known = cache.lookUp(text) { return known }
        let latin = text.applyingTransform(StringTransform(rawValue: "Any-Latin; Latin-ASCII"), reverse: false) ?? text
        cache.store(latin, for: text)
        return latin
    }

    private static let cache = TransliterationCache()
}

private final class TransliterationCache: Sendable {
    private let known = Mutex<[String: String]>([:])

    func lookUp(_ text: String) -> String? { known.withLock { $0[text] } }
    func store(_ latin: String, for text: String) { known.withLock { $0[text] = latin } }
}

/// Compares strings so that runs of digits compare by value: `1.2 < 1.10`, `a2 < a10`.
///
/// Works on the bytes in place, without copying either string: sorting a plan's actions
/// makes hundreds of thousands of these comparisons.
public enum NaturalOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        let decided: Bool? = a.withUTF8 { x in b.withUTF8 { y in less(x, y) } }
        return decided ?? (a < b)
    }

    /// nil when the two are equal in natural order (`1.02` and `1.2`): the caller breaks the tie.
    private static func less(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0, j = 0
        while i < x.count && j < y.count {
            let cx = x[i], cy = y[j]
            if isDigit(cx) && isDigit(cy) {
                // Skip leading zeros, keeping at least one digit of each number.
                var si = i, sj = j
                var ei = i, ej = j
                while ei < x.count && isDigit(x[ei]) { ei += 1 }
                while ej < y.count && isDigit(y[ej]) { ej += 1 }
                while si < ei - 1 && x[si] == 48 { si += 1 }
                while sj < ej - 1 && y[sj] == 48 { sj += 1 }
                let lx = ei - si, ly = ej - sj
                if lx != ly { return lx < ly }
                for k in 0..<lx where x[si + k] != y[sj + k] { return x[si + k] < y[sj + k] }
                i = ei; j = ej
            } else {
                let lx = lower(cx), ly = lower(cy)
                if lx != ly { return lx < ly }
                i += 1; j += 1
            }
        }
        if (x.count - i) != (y.count - j) { return (x.count - i) < (y.count - j) }
        return nil
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    private static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
}
