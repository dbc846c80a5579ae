/// What a template can find under a name, without `Any`: the compiled renderer
/// (`CompiledTheme`) reads views through this instead of casting and reflecting on every key.
enum TemplateValue {
    case text(String)
    case int(Int)
    case bool(Bool)
    case view(any TemplateView)
    case list(any TemplateList)
}

/// A view struct whose stored properties templates can name. The conformances are generated
/// by `scripts/generate-view-keys` (in `Views+TemplateKeys.swift`), one switch case a property.
protocol TemplateView: TemplateValueConvertible {
    /// nil when the view has no such property, or the property is nil: the template engine
    /// then looks in the enclosing view, as Mustache does.
    func templateValue(_ key: TemplateKey) -> TemplateValue?
}

extension TemplateView {
    var templateValue: TemplateValue? { .view(self) }
}

/// A list a section iterates over.
protocol TemplateList {
    var count: Int { get }
    func templateElement(_ index: Int) -> TemplateValue?
    /// What `{{list}}` prints, the same as the template library's `String(describing:)`.
    var describing: String { get }
}

/// Anything a view property can hold.
protocol TemplateValueConvertible {
    var templateValue: TemplateValue? { get }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue? { .text(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue? { .int(self) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue? { .bool(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue? { self?.templateValue }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue? { .list(self) }
}

extension Array: TemplateList where Element: TemplateValueConvertible {
    func templateElement(_ index: Int) -> TemplateValue? { self[index].templateValue }
    var describing: String { String(describing: self) }
}
