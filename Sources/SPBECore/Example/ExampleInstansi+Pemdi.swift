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

    /// Self-assessed values in hundredths, and the document review's where it differs.
    static let pemdiValues: [String: (value: Int, document: Int?)] = [
        "P01": (325, nil), "P02": (250, nil), "P03": (275, nil), "P04": (300, nil), "P05": (350, nil),
        "P06": (226, nil), "P07": (300, nil), "P08": (150, 126), "P09": (200, nil), "P10": (275, nil),
        "P11": (250, nil), "P12": (225, nil), "P13": (350, nil), "P14": (325, nil), "P15": (250, nil),
        "P16": (300, nil), "P17": (375, 350), "P18": (250, nil), "P19": (300, nil), "P20": (320, nil),
    ]

    /// An agency's 2026 indicators written into its prepared file: values, explanations, evidence, follow-ups;
    /// with `assessors`, the document review's values too. With `values`, those replace the example's (benchmarks
    /// vary them); with `linkedEvidence`, evidence files are cited by URL, so the file stands without them.
    public func pemdiAgencyFile(
        _ agency: String, assessors: Bool, cycle: String = pemdiCycle, values: [String: Level] = [:],
        linkedEvidence: Bool = false
    ) -> [UInt8] {
        let indicators = (Self.pemdiOwners[agency] ?? []).map { id in
            (id, pemdiIndicator(id, agency, assessors, value: values[id], linkedEvidence: linkedEvidence))
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
        _ id: String, _ agency: String, _ assessors: Bool, value given: Level?, linkedEvidence: Bool
    ) -> OutputJSON {
        let entry = Self.pemdiValues[id] ?? (100, nil)
        let value = given ?? Level(hundredths: entry.value)
        var members: [(String, OutputJSON)] = [("level", value.json)]
        if assessors, let document = entry.document {
            members.append(("assessor", .object([("document", Level(hundredths: document).json)])))
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
                            var fields: [(String, OutputJSON)] = [
                                ("title", .string(item.title)), ("kind", .string(item.kind.rawValue)),
                            ]
                            if let path = item.path, !linkedEvidence {
                                fields.append(("path", .string(path)))
                                fields.append(("sha256", .string(SHA256.hex(Array(item.content.utf8)))))
                            }
                            if let url = item.url
                                ?? (linkedEvidence ? item.path.map { "https://arsip.kotacontoh.go.id/" + $0 } : nil)
                            {
                                fields.append(("url", .string(url)))
                            }
                            fields.append(("date", .string(item.date)))
                            if let locator = item.locator { fields.append(("locator", .string(locator))) }
                            return .object(fields)
                        })
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
