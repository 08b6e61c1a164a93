import GitStore
import SPBECore

/// One scope of a revision: `assessments/<id>/` with its manifest, framework and agency files.
struct LoadedScope {
    let id: String
    /// `assessments/<id>`.
    let folder: String
    let manifestFile: LoadedFile
    /// The manifest, when its file is valid.
    let manifest: Manifest?
    let framework: LoadedFramework?
    /// Why the framework could not be used (unknown id, invalid file), when it could not.
    let frameworkProblem: Localized?
    /// The `*.json` files directly in the folder, other than the manifest.
    let agencyFiles: [LoadedFile]
    /// Everything else in the folder: other files, deeper paths, symlinks, submodules.
    let otherEntries: [TreeEntry]

    /// The valid agency files, decoded.
    var assessments: [AgencyAssessment] {
        agencyFiles.filter(\.isValid).compactMap { $0.document.flatMap { AgencyAssessment($0.root) } }
    }

    /// The score, when manifest and framework are usable.
    func score(stage: Stage) -> ScopeScore? {
        guard let manifest, let framework = framework?.framework else { return nil }
        return Scorer.score(framework: framework, manifest: manifest, assessments: assessments, stage: stage)
    }
}

/// A framework with where it came from.
struct LoadedFramework {
    let framework: Framework
    /// `schemas/frameworks/<id>.json`, or nil for the copy built into spbe.
    let path: String?
    /// The framework file's blob id; nil for the built-in copy.
    let blob: ObjectID?
}
