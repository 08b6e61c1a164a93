extension ExampleInstansi {
    /// The folder of the example scope.
    public static var folder: String { AssessmentPath.scopeFolder(scope) }

    /// The manifest of a cycle (2023 and before read the predikat from the rounded index, as KemenPANRB did).
    /// With `owners` (agency → indicators), that ownership instead of the cycles 2022-2024's.
    public func manifest(cycle year: Int, owners: [String: [String]]? = nil) -> [UInt8] {
        let agencies = Self.agencies.map { agency in
            (
                agency.id,
                OutputJSON.object([
                    ("name", .string(agency.name)),
                    ("maintainers", .array([.string(Self.maintainer(agency.id))])),
                    (
                        "indicators",
                        .array((owners.map { $0[agency.id] ?? [] } ?? agency.indicators).map(OutputJSON.string))
                    ),
                ])
            )
        }
        return Array(
            OutputJSON.object([
                ("$schema", .string("../../schemas/instansi.schema.json")),
                ("id", .string(Self.scope)),
                ("name", .string("Pemerintah Kota Contoh [contoh ilustratif]")),
                ("category", .string("kota")),
                ("framework", .string(framework.id)),
                (
                    "cycle",
                    .object([
                        ("id", .string(String(year))), ("start", .string("\(year)-01-01")),
                        ("end", .string("\(year)-12-31")),
                        ("predikatFrom", .string(year <= 2023 ? "rounded" : "exact")),
                    ])
                ),
                ("target", .number("3.5")),
                (
                    "coordinator",
                    .object([
                        ("agency", .string(Self.coordinator)),
                        ("maintainers", .array([.string(Self.coordinatorEmail)])),
                    ])
                ),
                ("agencies", .object(agencies)),
            ]).rendered.utf8)
    }

    /// One agency's file for a cycle; with `assessors` false, only the self-assessment (before the external stages).
    /// With `levels`, those levels replace the cycle's (benchmarks vary them); with `linkedEvidence`, evidence
    /// files are cited by URL instead of by path, so the file stands without them.
    public func agencyFile(
        _ agency: String, cycle year: Int, assessors: Bool = true, levels: [String: Int] = [:],
        linkedEvidence: Bool = false
    ) -> [UInt8] {
        let owned = Self.agencies.first { $0.id == agency }?.indicators ?? []
        let indicators = owned.map { id in
            (id, indicator(id, cycle: year, assessors: assessors, level: levels[id], linkedEvidence: linkedEvidence))
        }
        return Array(
            OutputJSON.object([
                ("$schema", .string("../../schemas/assessment.schema.json")),
                ("agency", .string(agency)),
                ("cycle", .string(String(year))),
                ("indicators", .object(indicators)),
            ]).rendered.utf8)
    }

    /// The evidence files an agency's file cites in a cycle, by path.
    public func evidenceFiles(_ agency: String, cycle year: Int) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for id in Self.agencies.first(where: { $0.id == agency })?.indicators ?? [] {
            for item in evidence(agency, id, level: claimedLevel(id, cycle: year), cycle: year) where item.path != nil {
                files[item.path!] = Array(item.content.utf8)
            }
        }
        return files
    }

    /// The final level of an indicator in a cycle.
    func finalLevel(_ id: String, cycle year: Int) -> Int {
        guard let position = framework.indicators.firstIndex(where: { $0.id == id }), let values = Self.levels[year]
        else { return 1 }
        return values[position]
    }

    func claimedLevel(_ id: String, cycle year: Int) -> Int {
        year == 2023 ? Self.claimed2023[id]?.level ?? finalLevel(id, cycle: year) : finalLevel(id, cycle: year)
    }

    private func indicator(
        _ id: String, cycle year: Int, assessors: Bool, level: Int? = nil, linkedEvidence: Bool = false
    ) -> OutputJSON {
        let final = level ?? finalLevel(id, cycle: year)
        var members: [(String, OutputJSON)] = [("level", .int(level ?? claimedLevel(id, cycle: year)))]
        if assessors && year == 2023 {
            if let claim = Self.claimed2023[id] {
                var stages: [(String, OutputJSON)] = [("document", .int(claim.document))]
                if let interview = claim.interview { stages.append(("interview", .int(interview))) }
                members.append(("assessor", .object(stages)))
            } else if Self.confirmed2023.contains(id) {
                members.append(("assessor", .object([("document", .int(final)), ("interview", .int(final))])))
            }
        }
        members.append(("explanation", .string(explanation(id, level: final))))
        let agency = Self.agencies.first { $0.indicators.contains(id) }?.id ?? Self.coordinator
        let items = evidence(agency, id, level: level ?? claimedLevel(id, cycle: year), cycle: year)
        if !items.isEmpty {
            members.append(
                (
                    "evidence",
                    .array(items.map { $0.json(linkedEvidence: linkedEvidence) })
                ))
        }
        if final < 5 {
            let status = ["I13", "I33"].contains(id) ? "done" : "open"
            members.append(
                (
                    "followUp",
                    .array([
                        .object([
                            (
                                "action",
                                .string(
                                    "Menyusun rencana peningkatan \(Self.lowercased(topic(id))) ke tingkat \(final + 1)"
                                )
                            ),
                            ("due", .string(final < 3 ? "\(year + 1)-06-30" : "\(year + 1)-10-31")),
                            ("status", .string(status)),
                            ("targetLevel", .int(final + 1)),
                        ])
                    ])
                ))
        }
        return .object(members)
    }
}
