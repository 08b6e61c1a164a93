extension Manifest {
    /// The one ownership rule, shared by scoring, diff, blame and status: an indicator's entry gives it its level
    /// when it stands in a file of the agency the manifest gives the indicator to, that file is the first to
    /// claim its agency (`firstClaims`; only files named after their agency are counted, `LoadedScope.levels`), and
    /// it is the indicator's first entry in that file.
    public func gives(_ indicator: String, to agency: String) -> Bool { ownerID(of: indicator) == agency }

    /// For files in loading order, given the agency each claims: whether it is the first to claim that agency
    /// (a second file claiming one agency is reported by lint and counts for nothing).
    public static func firstClaims(_ agencies: [String]) -> [Bool] {
        var seen: Set<String> = []
        return agencies.map { seen.insert($0).inserted }
    }
}

/// An indicator's counted entry (see `Manifest.gives(_:to:)`) with the agency whose file holds it.
public struct CountedIndicator: Sendable {
    public let agency: String
    public let assessment: IndicatorAssessment
}

extension Manifest {
    /// Whether a commit by `email` may change `agency`'s file (its maintainers and the coordinators), or, for a
    /// nil agency, the manifest (the coordinators alone), as `lint --base` will judge it.
    public func mayChange(fileOf agency: String?, email: String) -> Bool {
        let person = email.emailKey
        if coordinatorMaintainers.contains(where: { $0.emailKey == person }) { return true }
        guard let agency, let maintainers = self.agency(agency)?.maintainers else { return false }
        return maintainers.contains { $0.emailKey == person }
    }
}
