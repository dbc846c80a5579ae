import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Marks the first use of each glossary term in a body as a link to its glossary entry with
/// an `<abbr>` giving what it stands for.
///
/// The text is read once, left to right. At each place where a word starts, the longest
/// unmarked term that matches there wins, so "EHC plan" is marked before "EHC" can claim its
/// first three letters. Matching is case-sensitive and whole-word: the characters either side
/// of a match must not be letters or digits.
struct GlossaryMarker {
    private struct Term {
        var mark: GlossaryMark
        var bytes: [UInt8]
        var startsWithWord: Bool
        var endsWithWord: Bool
    }

    /// Longest first, then in the order given.
    private var terms: [Term] = []
    /// The terms' bytes one after another, and where each term's are: the scans compare
    /// against these in place rather than copying a `Term` (and its strings) at each candidate.
    private var termBytes: [UInt8] = []
    private var termRanges: [Range<Int>] = []
    /// Which bytes some term starts with (bit `b % 64` of word `b / 64`), so most positions
    /// cost one bit test. A marker is made for every body, so this is a few words rather than
    /// a table of lists.
    private var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var marked: [Bool] = []
    private var remaining = 0

    init(glossary: [GlossaryMark], alreadyMarked: Set<String>) {
        var seen: Set<String> = []
        var candidates: [Term] = []
        for mark in glossary where !mark.term.isEmpty && !alreadyMarked.contains(mark.term) && seen.insert(mark.term).inserted {
            let bytes = Array(mark.term.utf8)
            let (startsWithWord, endsWithWord) = bytes.withUnsafeBufferPointer {
                (WordBoundary.isWordScalar(startingAt: 0, in: $0), WordBoundary.isWordScalar(endingAt: $0.count, in: $0))
            }
            candidates.append(Term(mark: mark, bytes: bytes, startsWithWord: startsWithWord, endsWithWord: endsWithWord))
        }
        terms = candidates.enumerated()
            .sorted { ($0.element.bytes.count, -$0.offset) > ($1.element.bytes.count, -$1.offset) }
            .map(\.element)
        for term in terms {
            termRanges.append(termBytes.count..<(termBytes.count + term.bytes.count))
            termBytes += term.bytes
            let b = Int(term.bytes[0])
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: firstBytes.0 |= bit
            case 1: firstBytes.1 |= bit
            case 2: firstBytes.2 |= bit
            default: firstBytes.3 |= bit
            }
        }
        marked = Array(repeating: false, count: terms.count)
        remaining = terms.count
    }

    /// Marks terms in `nodes` (text nodes in document order) and returns the terms marked.
    mutating func mark(in nodes: [CmarkNode]) -> Set<String> {
        var result: Set<String> = []
        for node in nodes {
            guard remaining > 0 else { break }
            // Scanned where cmark keeps it; copied only when there is something to mark.
            let text = node.literalBytes
            let matches = findMatches(in: text)
            guard !matches.isEmpty else { continue }
            let bytes = Array(text)
            // Some parents (GFM table cells) refuse custom inline nodes. Probe first, so a
            // refusal leaves the text exactly as written rather than losing the term.
            let probe = CmarkNode.customHTML(block: false, html: "")
            guard node.insertBefore(probe) else { continue }
            probe.free()
            var cursor = 0
            for (range, termIndex) in matches {
                if range.lowerBound > cursor {
                    node.insertBefore(.text(String(decoding: bytes[cursor..<range.lowerBound], as: UTF8.self)))
                }
                node.insertBefore(.customHTML(block: false, html: Self.html(for: terms[termIndex].mark)))
                result.insert(terms[termIndex].mark.term)
                cursor = range.upperBound
            }
            if cursor < bytes.count {
                node.setLiteral(String(decoding: bytes[cursor...], as: UTF8.self))
            } else {
                node.free()
            }
        }
        return result
    }

    private func mayStartTerm(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return firstBytes.0 & bit != 0
        case 1: return firstBytes.1 & bit != 0
        case 2: return firstBytes.2 & bit != 0
        default: return firstBytes.3 & bit != 0
        }
    }

    /// Every term that matches on its own (ignoring the others) somewhere in `nodes` where a
    /// mark could go, without changing anything. A term missing here cannot be marked in these
    /// nodes whatever else is marked: other terms only ever take text away from it, and a
    /// node that refuses marks (a table cell) never gets one.
    func termsPresent(in nodes: [CmarkNode]) -> Set<String> {
        var found = [Bool](repeating: false, count: terms.count)
        var remaining = terms.count
        var result: Set<String> = []
        for node in nodes {
            guard remaining > 0 else { break }
            let bytes = node.literalBytes
            var here: [Int] = []
            for index in bytes.indices where mayStartTerm(bytes[index]) {
                let atWordStart = !WordBoundary.isWordScalar(endingAt: index, in: bytes)
                for termIndex in terms.indices where !found[termIndex] && !here.contains(termIndex) {
                    if match(termIndex, at: index, in: bytes, atWordStart: atWordStart) != nil { here.append(termIndex) }
                }
            }
            // The probe (can a mark go here?) costs a node, so only where a new term is found.
            guard !here.isEmpty else { continue }
            let probe = CmarkNode.customHTML(block: false, html: "")
            guard node.insertBefore(probe) else { continue }
            probe.free()
            for termIndex in here {
                found[termIndex] = true
                remaining -= 1
                result.insert(terms[termIndex].mark.term)
            }
        }
        return result
    }

    private mutating func findMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, Int)] {
        var matches: [(Range<Int>, Int)] = []
        var index = 0
        let count = bytes.count
        scanning: while index < count, remaining > 0 {
            if mayStartTerm(bytes[index]) {
                let atWordStart = !WordBoundary.isWordScalar(endingAt: index, in: bytes)
                for termIndex in terms.indices where !marked[termIndex] {
                    guard let end = match(termIndex, at: index, in: bytes, atWordStart: atWordStart) else { continue }
                    matches.append((index..<end, termIndex))
                    marked[termIndex] = true
                    remaining -= 1
                    index = end
                    continue scanning
                }
            }
            index += 1
        }
        return matches
    }

    /// Where the term ends when it matches, as a whole word where it starts or ends with one,
    /// at `index`; nil otherwise.
    private func match(_ termIndex: Int, at index: Int, in bytes: UnsafeBufferPointer<UInt8>, atWordStart: Bool) -> Int? {
        let range = termRanges[termIndex]
        let end = index + range.count
        guard end <= bytes.count, bytes[index] == termBytes[range.lowerBound] else { return nil }
        let same = termBytes.withUnsafeBufferPointer { store in
            memcmp(bytes.baseAddress! + index, store.baseAddress! + range.lowerBound, range.count) == 0
        }
        guard same else { return nil }
        if terms[termIndex].startsWithWord, !atWordStart { return nil }
        if terms[termIndex].endsWithWord, WordBoundary.isWordScalar(startingAt: end, in: bytes) { return nil }
        return end
    }

    /// `<a href><abbr title>term</abbr></a>`, escaped; control characters that would end the C
    /// string or look like an embed marker are left out.
    static func html(for mark: GlossaryMark) -> String {
        let html = "<a href=\"\(HTML.escape(mark.href))\"><abbr title=\"\(HTML.escape(mark.title))\">\(HTML.escape(mark.term))</abbr></a>"
        guard html.utf8.contains(where: { $0 <= 1 }) else { return html }
        return String(decoding: html.utf8.filter { $0 > 1 }, as: UTF8.self)
    }
}

/// Whether the character beside a position is part of a word (a letter or digit in any script).
enum WordBoundary {
    static func isWordScalar(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < bytes.count else { return false }
        let lead = bytes[index]
        if lead < 0x80 { return isASCIIWord(lead) }
        return decode(from: index, in: bytes).map(isWord) ?? false
    }

    static func isWordScalar(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, index <= bytes.count else { return false }
        let last = bytes[index - 1]
        if last < 0x80 { return isASCIIWord(last) }
        var start = index - 1
        while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(from: start, in: bytes).map(isWord) ?? false
    }

    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func decode(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
