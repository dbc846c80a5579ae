import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML part of an Office file, as a small tree. Names are kept without their
/// namespace prefix (`w:tc` → `tc`, `r:id` → `id`): Office files use fixed namespaces, and
/// writers differ in the prefixes they choose.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLTree] = []
    /// The text directly inside this element (not inside its children).
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }
    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Every element with this name at any depth below, in document order.
    func descendants(_ name: String) -> [XMLTree] {
        var found: [XMLTree] = []
        func walk(_ node: XMLTree) {
            for c in node.children {
                if c.name == name { found.append(c) }
                walk(c)
            }
        }
        walk(self)
        return found
    }

    /// Parses a whole part; nil when it is not well-formed XML.
    static func parse(_ data: Data) -> XMLTree? {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        return root
    }

    private static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict where !key.hasPrefix("xmlns") {
                attributes[XMLTree.localName(key)] = value
            }
            let node = XMLTree(name: XMLTree.localName(elementName), attributes: attributes)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}
