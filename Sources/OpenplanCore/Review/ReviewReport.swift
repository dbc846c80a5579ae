/// Everything `openplan check` found, ready to print as text, JSON or a small review site.
public struct ReviewReport: Sendable {
    /// How many problems of each kind: errors fail the check; warnings fail it only with `--strict`.
    public struct Counts: Sendable, Hashable {
        public var errors: Int
        public var warnings: Int
    }

    /// Every finding, integrity and plain English together, ordered by file and position.
    public var findings: [ReviewFinding]
    /// Hardest to read first, so the pages most worth rewriting head the table.
    public var pages: [PageReadability]
    public var readingAgeTarget: Int

    /// - Parameters:
    ///   - findings: integrity findings, Markdown findings and any build diagnostics passed
    ///     through (as `ReviewFinding(.content, diagnostic)`).
    ///   - pages: one per page a family can read; their own findings are added here.
    public init(findings: [ReviewFinding], pages: [PageReadability], readingAgeTarget: Int) {
        self.findings = (findings + pages.flatMap(\.findings)).sorted()
        self.pages = pages.sorted {
            ($1.isScored ? $1.readingAge : -1, $0.file, $0.title) < ($0.isScored ? $0.readingAge : -1, $1.file, $1.title)
        }
        self.readingAgeTarget = readingAgeTarget
    }

    public var counts: Counts {
        Counts(errors: findings.filter { $0.severity == .error }.count,
               warnings: findings.filter { $0.severity == .warning }.count)
    }

    /// 0 with warnings only, 1 with errors; with `strict`, warnings fail too (for CI).
    public func exitStatus(strict: Bool) -> Int32 {
        let c = counts
        if c.errors > 0 { return 1 }
        return strict && c.warnings > 0 ? 1 : 0
    }

    public var pagesAboveTarget: [PageReadability] { pages.filter(\.isAboveTarget) }

    /// Files with findings, in order, each with its findings.
    var findingsByFile: [(file: String, findings: [ReviewFinding])] {
        var out: [(file: String, findings: [ReviewFinding])] = []
        for finding in findings {
            if out.last?.file == finding.file {
                out[out.count - 1].findings.append(finding)
            } else {
                out.append((file: finding.file, findings: [finding]))
            }
        }
        return out
    }
}

/// A file of the `check --html` review site: a path relative to the chosen folder, and its text.
public struct ReviewFile: Sendable, Hashable {
    public var path: String
    public var contents: String
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
