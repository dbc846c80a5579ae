import Mustache

extension MustacheParent {
    /// What a view answers for a key it does not have: nothing, so the template engine looks
    /// in the enclosing view, as it would through reflection.
    ///
    /// Debug builds also check that the key really is not a stored property, which would mean
    /// `Views+TemplateKeys.swift` is out of date and the value would silently render as nothing.
    func missingTemplateKey(_ name: String) -> Any? {
        #if DEBUG
        if Mirror(reflecting: self).children.contains(where: { $0.label == name }) {
            preconditionFailure("\(type(of: self)).\(name) is missing from Views+TemplateKeys.swift: run scripts/generate-view-keys")
        }
        #endif
        return nil
    }

    /// The same check for the compiled templates' typed look-ups.
    func missingTemplateValue(_ key: TemplateKey) -> TemplateValue? {
        _ = missingTemplateKey(key.rawValue)
        return nil
    }
}
