import OpenplanCore

/// A lead the table names who is not yet in people.yml.
public struct NewPerson: Sendable, Hashable {
    public var id: String
    public var role: String
    /// The first cell that named them.
    public var place: String
}

/// Finds or makes the people a Lead cell names.
struct LeadDirectory {
    struct Known { var id: String; var keys: Set<String> }
    private(set) var known: [Known] = []
    private(set) var added: [NewPerson] = []
    private var takenIDs: Set<String> = []

    init(people: [Person]) {
        for p in people {
            var keys: Set<String> = [HeaderText.key(p.id.raw), HeaderText.key(p.role)]
            if let name = p.name { keys.insert(HeaderText.key(name)) }
            known.append(Known(id: p.id.raw, keys: keys))
            takenIDs.insert(p.id.raw.lowercased())
        }
    }

    /// The ids of the people in a cell, adding any not yet known.
    mutating func ids(for text: String, place: String) -> [String] {
        let whole = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if whole.isEmpty { return [] }
        // A role written out may itself hold "&" or "and": try the whole cell first.
        if let found = lookUp(whole) { return [found] }
        var ids: [String] = []
        for part in Self.split(whole) {
            let id = lookUp(part) ?? add(part, place: place)
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    private func lookUp(_ text: String) -> String? {
        let key = HeaderText.key(text)
        guard !key.isEmpty else { return nil }
        return known.first { $0.keys.contains(key) }?.id
    }

    private mutating func add(_ text: String, place: String) -> String {
        let words = text.split(separator: " ")
        var base: String
        if words.count == 1 && text.count <= 8 {
            base = text  // already initials or a short name: the id as written
        } else {
            let small: Set<String> = ["of", "and", "the", "for", "in", "to", "a", "&"]
            base = words.filter { !small.contains($0.lowercased()) }.compactMap { $0.first(where: { $0.isLetter || $0.isNumber }) }
                .map { String($0).uppercased() }.joined()
            if base.isEmpty { base = "LEAD" }
        }
        var id = base
        var n = 2
        while takenIDs.contains(id.lowercased()) || ItemID(id).slug.isEmpty {
            id = base + String(n)
            n += 1
        }
        takenIDs.insert(id.lowercased())
        known.append(Known(id: id, keys: [HeaderText.key(text), HeaderText.key(id)]))
        added.append(NewPerson(id: id, role: text, place: place))
        return id
    }

    /// Splits on `/`, `;`, `&`, `+`, line breaks and the word "and".
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        let words = text.replacingOccurrences(of: "\n", with: " ; ").split(separator: " ", omittingEmptySubsequences: true)
        func flush() {
            let t = current.trimmingCharacters(in: .whitespaces.union(CharacterSetPunctuation.trailing))
            if !t.isEmpty { parts.append(t) }
            current = ""
        }
        for word in words {
            if word.lowercased() == "and" { flush(); continue }
            for ch in word {
                if "/;&+".contains(ch) { flush() } else { current.append(ch) }
            }
            current.append(" ")
        }
        flush()
        return parts.map { $0.split(separator: " ").joined(separator: " ") }
    }
}

import Foundation
