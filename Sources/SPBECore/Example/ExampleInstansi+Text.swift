extension ExampleInstansi {
    struct EvidenceItem {
        let title: String
        let kind: IndicatorAssessment.Evidence.Kind
        let path: String?
        let url: String?
        let date: String
        let locator: String?
        let content: String

        /// As an agency file writes it; with `linkedEvidence`, a file is cited by URL instead of path and hash.
        func json(linkedEvidence: Bool, satisfies: [String] = []) -> OutputJSON {
            var fields: [(String, OutputJSON)] = [("title", .string(title)), ("kind", .string(kind.rawValue))]
            if let path, !linkedEvidence {
                fields.append(("path", .string(path)))
                fields.append(("sha256", .string(SHA256.hex(Array(content.utf8)))))
            }
            if let url = url ?? (linkedEvidence ? path.map { "https://arsip.kotacontoh.go.id/" + $0 } : nil) {
                fields.append(("url", .string(url)))
            }
            fields.append(("date", .string(date)))
            if !satisfies.isEmpty { fields.append(("satisfies", .array(satisfies.map(OutputJSON.string)))) }
            if let locator { fields.append(("locator", .string(locator))) }
            return .object(fields)
        }
    }

    /// The indicator's name without the leading "Tingkat Kematangan".
    func topic(_ id: String) -> String {
        let name = framework.indicator(id)?.name ?? id
        let prefix = "Tingkat Kematangan "
        return name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
    }

    /// Lowercase for running text, keeping acronyms (SPBE, TIK) and slashed names as written.
    static func lowercased(_ text: String) -> String {
        text.split(separator: " ").map { word in
            word.allSatisfy { !$0.isLetter || $0.isUppercase } || word.contains("/") ? String(word) : word.lowercased()
        }.joined(separator: " ")
    }

    private func domain(_ id: String) -> String { framework.indicator(id)?.groupIDs.first ?? "D1" }

    func explanation(_ id: String, level: Int) -> String {
        let subject = topic(id)
        let fact: String
        var criteria = [
            1: "baru dilaksanakan tanpa perencanaan yang memadai",
            2: "telah dikelola tetapi baru pada sebagian unit kerja",
            3: "telah sesuai pedoman dan berlaku di semua unit kerja",
            4: "telah terpadu dan kinerjanya diukur melalui reviu",
            5: "telah ditingkatkan secara berkelanjutan berdasarkan hasil reviu dan evaluasi",
        ]
        switch domain(id) {
        case "D1":
            let policy = Self.lowercased(subject.replacingOccurrences("Kebijakan Internal ", ""))
            fact =
                "Fakta: Pemerintah Kota Contoh telah menetapkan kebijakan internal yang mengatur \(policy), dan kebijakan tersebut telah direviu."
        case "D4":
            fact =
                "Fakta: \(Self.systems[id] ?? subject) digunakan oleh seluruh unit kerja terkait; tangkapan layar dan alamat layanan terlampir."
            criteria = [
                1: "baru menyajikan informasi satu arah", 2: "sudah memungkinkan interaksi dua arah",
                3: "sudah melayani transaksi secara elektronik",
                4: "sudah terintegrasi dengan layanan lain (kolaborasi)",
                5: "sudah dioptimalkan berdasarkan evaluasi kepuasan pengguna",
            ]
        default:
            fact =
                "Fakta: pelaksanaan \(Self.lowercased(subject)) ditetapkan dengan keputusan wali kota dan dibahas dalam rapat koordinasi SPBE."
        }
        return "\(fact) Analisis: \(subject) \(criteria[level] ?? ""), sehingga memenuhi kriteria tingkat \(level)."
    }

    func evidence(_ agency: String, _ id: String, level: Int, cycle year: Int) -> [EvidenceItem] {
        guard level >= 2 else { return [] }
        let key = id.lowercased()
        let subject = topic(id)
        func file(
            _ title: String, _ kind: IndicatorAssessment.Evidence.Kind, _ path: String, _ date: String,
            _ locator: String?
        ) -> EvidenceItem {
            EvidenceItem(
                title: title, kind: kind, path: "evidence/\(agency)/\(path)", url: nil, date: date, locator: locator,
                content: "Contoh ilustratif data dukung untuk \(id) (\(subject)), \(title).\nBukan dokumen resmi.\n")
        }
        var items: [EvidenceItem] = []
        switch domain(id) {
        case "D1":
            items.append(
                file(
                    "Peraturan Wali Kota Contoh tentang \(subject.replacingOccurrences("Kebijakan Internal ", ""))",
                    .regulation, "perwako-\(key).txt", "2022-03-14", "Pasal 2 sampai Pasal 9"))
            if level >= 4 {
                items.append(
                    file(
                        "Laporan reviu pelaksanaan kebijakan \(id) tahun \(year)", .report, "reviu-\(key)-\(year).txt",
                        "\(year)-10-20", "Bab III"))
            }
        case "D4":
            let system = Self.systems[id] ?? subject
            items.append(
                file("Tangkapan layar \(system)", .screenshot, "tangkapan-\(key)-\(year).txt", "\(year)-09-04", nil))
            items.append(
                EvidenceItem(
                    title: "Alamat layanan \(system)", kind: .url, path: nil, url: "https://\(key).kotacontoh.go.id",
                    date: "\(year)-09-04", locator: nil, content: ""))
            if level >= 4 {
                items.append(
                    file(
                        "Dokumen integrasi API \(system)", .report, "integrasi-\(key)-\(year).txt", "\(year)-07-21",
                        "Lampiran B"))
            }
        default:
            items.append(
                file(
                    "Keputusan Wali Kota Contoh tentang pelaksanaan \(Self.lowercased(subject))", .decree,
                    "sk-\(key).txt", "\(year)-02-06", "Diktum KESATU"))
            if level >= 3 {
                items.append(
                    EvidenceItem(
                        title: "Notulen rapat koordinasi \(Self.lowercased(subject))", kind: .minutes, path: nil,
                        url: "https://spbe.kotacontoh.go.id/notulen/\(key)-\(year)", date: "\(year)-08-17",
                        locator: nil, content: ""))
            }
            if level >= 4 {
                items.append(
                    file(
                        "Laporan evaluasi \(Self.lowercased(subject)) tahun \(year)", .report,
                        "evaluasi-\(key)-\(year).txt", "\(year)-11-28", "halaman 4-11"))
            }
        }
        return items
    }
}
