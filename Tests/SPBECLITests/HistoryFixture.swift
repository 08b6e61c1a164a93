import Foundation
import TestSupport

/// Three review cycles of the small `desa-uji` scope, by three authors, with a framework change and a rename.
///
/// | cycle | Q1 (sekretariat) | Q2 (sekretariat) | Q3 (pelayanan → layanan-publik) | weights Q1/Q2/Q3 | index |
/// |---|---|---|---|---|---|
/// | 2024 | 1 | 2 | 2 | 1/3/6 | 1.9 Rendah |
/// | 2025 | 3 | 2 | self 4, document 4 | 1/3/6 | 3.3 Tinggi |
/// | 2026 | 3 | 3 | unchanged, file renamed | 3/1/6 | 3.6 Tinggi |
enum HistoryFixture {
    static let coordinator = GitFixture.Author("Tim Desa", "sek@desa.go.id")
    static let sekretariat = GitFixture.Author("Staf Sekretariat", "staf.sek@desa.go.id")
    static let pelayanan = GitFixture.Author("Staf Pelayanan", "pel@desa.go.id")

    static func manifest(cycle: String, serviceAgency: String) -> String {
        """
        {
          "id": "desa-uji", "name": "Desa Uji", "category": "kabupaten", "framework": "mini-2026",
          "cycle": { "id": "\(cycle)", "end": "\(cycle)-12-31" },
          "coordinator": { "agency": "sekretariat", "maintainers": ["sek@desa.go.id"] },
          "agencies": {
            "sekretariat": { "name": "Sekretariat", "maintainers": ["staf.sek@desa.go.id"], "indicators": ["Q1", "Q2"] },
            "\(serviceAgency)": { "name": "Pelayanan", "maintainers": ["pel@desa.go.id"], "indicators": ["Q3"] }
          }
        }
        """
    }

    static func sekretariat(cycle: String, q1: Int, q2: Int) -> String {
        """
        {
          "agency": "sekretariat", "cycle": "\(cycle)",
          "indicators": {
            "Q1": { "level": \(q1), "explanation": "Fakta: tingkat \(q1).", "evidence": [{ "title": "SK \(q1)", "kind": "decree", "url": "https://desa.go.id/sk\(q1)" }] },
            "Q2": { "level": \(q2), "explanation": "Fakta: tingkat \(q2).", "evidence": [{ "title": "Perdes \(q2)", "kind": "regulation", "url": "https://desa.go.id/perdes\(q2)" }] }
          }
        }
        """
    }

    static func pelayanan(agency: String, cycle: String, level: Int, document: Int?) -> String {
        let assessor = document.map { ", \"assessor\": { \"document\": \($0) }" } ?? ""
        return """
            {
              "agency": "\(agency)", "cycle": "\(cycle)",
              "indicators": {
                "Q3": { "level": \(level)\(assessor), "explanation": "Fakta: layanan tingkat \(level).",
                        "evidence": [{ "title": "Portal", "kind": "url", "url": "https://desa.go.id/layanan" }],
                        "followUp": [{ "action": "Integrasi layanan", "due": "2025-06-30", "status": "open", "targetLevel": 5 }] }
              }
            }
            """
    }

    static func build() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.copy(from: Paths.fixtures.appendingPathComponent("mini/schemas"), into: "schemas")
        let scope = "assessments/desa-uji"
        try fixture.commit(
            "Siklus 2024", author: coordinator,
            files: [
                "\(scope)/instansi.json": manifest(cycle: "2024", serviceAgency: "pelayanan"),
                "\(scope)/sekretariat.json": sekretariat(cycle: "2024", q1: 1, q2: 2),
                "\(scope)/pelayanan.json": pelayanan(agency: "pelayanan", cycle: "2024", level: 2, document: nil),
            ])
        try fixture.tag("cycle/2024", message: "Siklus 2024")
        try fixture.commit(
            "Buka siklus 2025", author: coordinator,
            files: ["\(scope)/instansi.json": manifest(cycle: "2025", serviceAgency: "pelayanan")])
        try fixture.commit(
            "Q1 naik ke 3", author: sekretariat,
            files: ["\(scope)/sekretariat.json": sekretariat(cycle: "2025", q1: 3, q2: 2)])
        try fixture.commit(
            "Q3 naik ke 4", author: pelayanan,
            files: ["\(scope)/pelayanan.json": pelayanan(agency: "pelayanan", cycle: "2025", level: 4, document: nil)])
        try fixture.commit(
            "Hasil penilaian dokumen", author: coordinator,
            files: ["\(scope)/pelayanan.json": pelayanan(agency: "pelayanan", cycle: "2025", level: 4, document: 4)])
        try fixture.tag("cycle/2025")
        let framework = try String(contentsOfFile: fixture.path + "/schemas/frameworks/mini-2026.json", encoding: .utf8)
            .replacingOccurrences(of: "\"Indikator satu\", \"weight\": 1", with: "\"Indikator satu\", \"weight\": 3")
            .replacingOccurrences(of: "\"Indikator dua\", \"weight\": 3", with: "\"Indikator dua\", \"weight\": 1")
        try fixture.commit("Bobot baru", author: coordinator, files: ["schemas/frameworks/mini-2026.json": framework])
        try fixture.commit(
            "Buka siklus 2026; pelayanan menjadi layanan-publik", author: coordinator,
            files: [
                "\(scope)/instansi.json": manifest(cycle: "2026", serviceAgency: "layanan-publik"),
                "\(scope)/pelayanan.json": nil,
                "\(scope)/layanan-publik.json": pelayanan(
                    agency: "layanan-publik", cycle: "2025", level: 4, document: 4),
            ])
        try fixture.commit(
            "Q2 naik ke 3", author: sekretariat,
            files: ["\(scope)/sekretariat.json": sekretariat(cycle: "2026", q1: 3, q2: 3)])
        try fixture.tag("cycle/2026")
        return fixture
    }
}
