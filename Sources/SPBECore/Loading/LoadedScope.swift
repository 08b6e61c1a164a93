/// One scope of a revision: `assessments/<id>/` with its manifest, framework and agency files.
public struct LoadedScope {
    public let id: String
    /// `assessments/<id>`.
    public let folder: String
    public let manifestFile: LoadedFile
    /// The manifest, when its file is valid.
    public let manifest: Manifest?
    public let framework: LoadedFramework?
    /// Why the framework could not be used (unknown id, invalid file), when it could not.
    public let frameworkProblem: Localized?
    /// The `*.json` files directly in the folder, other than the manifest.
    public let agencyFiles: [LoadedFile]
    /// Everything else in the folder: other files, deeper paths, symlinks, submodules.
    public let otherEntries: [FileEntry]

    /// The valid agency files, decoded (none under a cache that decodes levels only).
    public var assessments: [AgencyAssessment] {
        agencyFiles.compactMap(\.assessment)
    }

    /// The levels of the valid agency files that claim the agency they are named after: what scores are computed
    /// from. Another file claiming an agency (`aaa.json` with `"agency": "bkpsdm"`) counts for nothing.
    public var levels: [AgencyLevels] {
        agencyFiles.compactMap { file in file.levels.flatMap { Self.isNamed(file, $0.agency) ? $0 : nil } }
    }

    /// Valid agency files that claim another agency than their name: left out of the score, which is then partial.
    public var impostors: [LoadedFile] {
        agencyFiles.filter { file in file.levels.map { !Self.isNamed(file, $0.agency) } ?? false }
    }

    private static func isNamed(_ file: LoadedFile, _ agency: String) -> Bool {
        AssessmentPath(file.path).agency == agency
    }

    /// Each indicator's counted entry, by the ownership rule `Scorer` counts by (`Manifest.gives(_:to:)`).
    public var scoredIndicators: [String: CountedIndicator] {
        guard let manifest else { return [:] }
        var result: [String: CountedIndicator] = [:]
        for file in agencyFiles {
            guard let assessment = file.assessment, Self.isNamed(file, assessment.agency) else { continue }
            for indicator in assessment.indicators
            where result[indicator.id] == nil && manifest.gives(indicator.id, to: assessment.agency) {
                result[indicator.id] = CountedIndicator(agency: assessment.agency, assessment: indicator)
            }
        }
        return result
    }

    /// The score, when manifest and framework are usable.
    public func score(stage: Stage) -> ScopeScore? {
        guard let manifest, let framework = framework?.framework else { return nil }
        return Scorer.score(framework: framework, manifest: manifest, files: levels, stage: stage)
    }
}

/// A framework with where it came from.
public struct LoadedFramework {
    public let framework: Framework
    /// `schemas/frameworks/<id>.json`, or nil for the copy built into spbe.
    public let path: String?
    /// The framework file's blob id; nil for the built-in copy.
    public let blob: ContentID?
    /// The framework's requirements and the repository's checklist for it, at the same revision.
    public var checklist: Checklist = .empty
    /// Why the repository's checklist file could not be used, when it could not.
    public var checklistProblem: Localized?
}
