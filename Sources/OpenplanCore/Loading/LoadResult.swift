/// What loading a site gives: the validated plan when one could be built, and every problem.
public struct LoadResult: Sendable {
    /// nil only when nothing can be built (no Content folder, or site.yml missing or without
    /// its required keys). Otherwise the plan holds every valid item even when there are
    /// errors elsewhere; a build must still refuse to publish while `hasErrors`.
    public var plan: Plan?
    /// Sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// The site folder itself is wrong (no readable Content folder): a usage problem, not a
    /// content one, which the command line reports with a different exit code.
    public var isUsageProblem: Bool
    /// Every file read, for a later load of the same site to reuse what has not changed.
    public var documents = ReadDocuments()

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    public init(plan: Plan?, diagnostics: [Diagnostic], isUsageProblem: Bool = false) {
        self.plan = plan
        self.diagnostics = diagnostics.sorted()
        self.isUsageProblem = isUsageProblem
    }
}
