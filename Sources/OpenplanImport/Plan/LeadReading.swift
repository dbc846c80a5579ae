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

    /// Splits on `/`, `;`, `+` and line breaks always, and on `&` and the word "and" only
    /// where they join two people: before initials (`NB and CB`, `Head of SEND & DCO`) or a
    /// role that starts like one (`… and Director of Public Health`). Inside a role
    /// ("AD Education and Skills") they stay.
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        for hard in text.split(whereSeparator: { "/;+\n".contains($0) }) {
            let words = hard.replacingOccurrences(of: "&", with: " & ").split(separator: " ").map(String.init)
            var current: [String] = []
            for (i, word) in words.enumerated() {
                if word.lowercased() == "and" || word == "&", !current.isEmpty,
                   startsPerson(Array(words[(i + 1)...])) {
                    parts.append(current.joined(separator: " "))
                    current = []
                    continue
                }
                current.append(word)
            }
            if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces.union(CharacterSetPunctuation.trailing)) }.filter { !$0.isEmpty }
    }

    static let roleStarts: Set<String> = ["head", "director", "assistant", "deputy", "designated", "chief", "senior",
                                          "service", "strategic", "principal", "executive", "interim"]

    /// True when the words after an "and" begin another person: initials standing alone, or
    /// a role's usual first word.
    private static func startsPerson(_ rest: [String]) -> Bool {
        guard let first = rest.first else { return false }
        let untilNext = rest.prefix { $0.lowercased() != "and" && $0 != "&" }
        let isInitials = first.count <= 6 && first.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" }
        if isInitials && untilNext.count == 1 { return true }
        return roleStarts.contains(first.lowercased())
    }
}

import Foundation
