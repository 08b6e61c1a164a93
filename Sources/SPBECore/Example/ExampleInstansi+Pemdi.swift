/// Kota Contoh's 2026 cycle, the first under the Indeks Pemdi: the coordinator opens it with `spbe cycle open`
/// (owners below, the rest to the coordinator), the agencies self-assess with decimal values, and the external
/// assessors' document review lowers two of them. Illustrative values, not a real result.
extension ExampleInstansi {
    public static let pemdiCycle = "2026"

    /// Who owns which Indeks Pemdi indicator in 2026: the owners file the coordinator would write.
    public static let pemdiOwners: [String: [String]] = [
        "diskominfo": ["P01", "P02", "P04", "P09", "P10", "P11", "P12", "P13", "P14", "P16", "P17", "P18"],
        "bkpsdm": ["P03"],
        "bappeda": ["P05", "P06", "P07"],
        "bagian-hukum": ["P08"],
        "bagian-organisasi": ["P15", "P20"],
        "dpmptsp": ["P19"],
    ]

    /// An illustrative checklist for three indicators (not the official module, which is not published): per
    /// requirement its id, level and text; the decree proves levels 1-2, the coordination minutes level 3.
    static let pemdiChecklist: [String: [(id: String, level: Int, text: String)]] = [
        "P05": [
            ("L1-01", 1, "Ada rancangan kebijakan tata kelola data"),
            ("L2-01", 2, "Kebijakan tata kelola data ditetapkan"),
            ("L3-01", 3, "Forum Satu Data berjalan dengan notulen"),
        ],
        "P07": [
            ("L1-01", 1, "Ada rencana pembangunan statistik sektoral"), ("L2-01", 2, "Rencana ditetapkan"),
            ("L3-01", 3, "Koordinasi statistik berjalan dengan notulen dan daftar hadir"),
        ],
        "P17": [
            ("L1-01", 1, "Portal layanan tersedia"), ("L2-01", 2, "Portal ditetapkan sebagai kanal resmi"),
            ("L3-01", 3, "Portal dievaluasi dalam rapat koordinasi"),
        ],
    ]

    /// The document review's verdicts on the checklist, and its recommendations: P07's level 3 to revise.
    static let pemdiVerdicts: [String: [String: String]] = [
        "P05": ["L1-01": "accepted", "L2-01": "accepted", "L3-01": "accepted"],
        "P07": ["L1-01": "accepted", "L2-01": "accepted", "L3-01": "revise"],
        "P17": ["L1-01": "accepted", "L2-01": "accepted", "L3-01": "accepted"],
    ]

    /// `schemas/checklists/pemdi-2026.json`: the coordinator's illustrative checklist.
    public static var pemdiChecklistFile: [UInt8] {
        let indicators = pemdiChecklist.sorted { $0.key < $1.key }.map { id, requirements in
            (
                id,
                OutputJSON.array(
                    requirements.map { requirement in
                        .object([
                            ("id", .string(requirement.id)), ("level", .int(requirement.level)),
                            ("text", .string(requirement.text)),
                        ])
                    })
            )
        }
        return Array(
            OutputJSON.object([
                ("$schema", .string("../checklist.schema.json")), ("framework", .string("pemdi-2026")),
                ("illustrative", .bool(true)),
                ("source", .string("Contoh ilustratif Kota Contoh; bukan modul resmi")),
                ("indicators", .object(indicators)),
            ]).rendered.utf8)
    }

    /// Self-assessed values in hundredths, and the document review's where it differs.
    static let pemdiValues: [String: (value: Int, document: Int?)] = [
        "P01": (325, nil), "P02": (250, nil), "P03": (275, nil), "P04": (300, nil), "P05": (350, nil),
        "P06": (226, nil), "P07": (300, nil), "P08": (150, 126), "P09": (200, nil), "P10": (275, nil),
        "P11": (250, nil), "P12": (225, nil), "P13": (350, nil), "P14": (325, nil), "P15": (250, nil),
        "P16": (300, nil), "P17": (375, 350), "P18": (250, nil), "P19": (300, nil), "P20": (320, nil),
    ]

    /// An agency's 2026 indicators written into its prepared file: values, explanations, evidence, follow-ups;
    /// with `assessors`, the document review's record too; `revised` adds the evidence the review asked for. With `values`, those replace the example's (benchmarks
    /// vary them); with `linkedEvidence`, evidence files are cited by URL, so the file stands without them.
    public func pemdiAgencyFile(
        _ agency: String, assessors: Bool, cycle: String = pemdiCycle, values: [String: Level] = [:],
        linkedEvidence: Bool = false, revised: Bool = false
    ) -> [UInt8] {
        let indicators = (Self.pemdiOwners[agency] ?? []).map { id in
            (
                id,
                pemdiIndicator(
                    id, agency, assessors, value: values[id], linkedEvidence: linkedEvidence, revised: revised)
            )
        }
        return Array(
            OutputJSON.object([
                ("$schema", .string("../../schemas/assessment.schema.json")),
                ("agency", .string(agency)),
                ("cycle", .string(cycle)),
                ("indicators", .object(indicators)),
            ]).rendered.utf8)
    }

    /// The evidence files an agency's 2026 file cites, by path.
    public func pemdiEvidenceFiles(_ agency: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for id in Self.pemdiOwners[agency] ?? [] {
            let value = Level(hundredths: Self.pemdiValues[id]?.value ?? 100)
            for item in evidence(agency, id, level: value.wholePart, cycle: 2026) where item.path != nil {
                files[item.path!] = Array(item.content.utf8)
            }
        }
        return files
    }

    private func pemdiIndicator(
        _ id: String, _ agency: String, _ assessors: Bool, value given: Level?, linkedEvidence: Bool, revised: Bool
    ) -> OutputJSON {
        let entry = Self.pemdiValues[id] ?? (100, nil)
        let value = given ?? Level(hundredths: entry.value)
        var members: [(String, OutputJSON)] = [("level", value.json)]
        if assessors {
            var record: [(String, OutputJSON)] = []
            if let document = entry.document { record.append(("document", Level(hundredths: document).json)) }
            if let verdicts = Self.pemdiVerdicts[id] {
                let judged = verdicts.sorted { $0.key < $1.key }.map { ($0.key, OutputJSON.string($0.value)) }
                if verdicts.values.contains("revise") {
                    record.append(("notes", .object([("document", .string("Notulen tanpa daftar hadir"))])))
                }
                record.append(("verdicts", .object([("document", .object(judged))])))
                if verdicts.values.contains("revise") {
                    record.append(
                        (
                            "recommendations",
                            .array([
                                .object([
                                    ("stage", .string("document")),
                                    ("action", .string("Lengkapi notulen koordinasi dengan daftar hadir")),
                                    ("due", .string("2026-10-15")), ("status", .string("open")),
                                ])
                            ])
                        ))
                }
            }
            if !record.isEmpty { members.append(("assessor", .object(record))) }
        }
        let subject = topic(id)
        members.append(
            (
                "explanation",
                .string(
                    "Fakta: pelaksanaan \(Self.lowercased(subject)) ditetapkan dengan keputusan wali kota dan dipantau dalam rapat koordinasi Pemerintah Digital. Analisis: lembar kerja penilaian memberi nilai \(value), sehingga tingkat \(value.wholePart) terpenuhi dan tingkat berikutnya sebagian."
                )
            ))
        let items = evidence(agency, id, level: value.wholePart, cycle: 2026)
        if !items.isEmpty {
            members.append(
                (
                    "evidence",
                    .array(
                        items.map { item in
                            // The illustrative checklist: the decree proves levels 1-2, the minutes level 3.
                            let proves =
                                Self.pemdiChecklist[id] == nil
                                ? [] : item.kind == .decree ? ["L1-01", "L2-01"] : ["L3-01"]
                            return item.json(linkedEvidence: linkedEvidence, satisfies: proves)
                        }
                            + (revised && Self.pemdiVerdicts[id]?.values.contains("revise") == true
                                ? [
                                    .object([
                                        ("title", .string("Daftar hadir rapat koordinasi \(Self.lowercased(subject))")),
                                        ("kind", .string("minutes")),
                                        ("url", .string("https://spbe.kotacontoh.go.id/hadir/\(id.lowercased())-2026")),
                                        ("date", .string("2026-08-17")), ("satisfies", .array([.string("L3-01")])),
                                    ])
                                ] : []))
                ))
        }
        if value < Level(4) {
            let target = value.nextWhole
            members.append(
                (
                    "followUp",
                    .array([
                        .object([
                            (
                                "action",
                                .string("Menyusun rencana peningkatan \(Self.lowercased(subject)) ke tingkat \(target)")
                            ),
                            ("due", .string("2027-06-30")), ("status", .string("open")), ("targetLevel", target.json),
                        ])
                    ])
                ))
        }
        return .object(members)
    }
}
