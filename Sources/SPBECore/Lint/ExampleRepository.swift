/// The small repository every rule example is laid over: a three-indicator framework and one clean scope.
///
/// Scope `desa`: `sekretariat` owns Q1 and Q2 (process scale), `pelayanan` owns Q3 (service scale); cycle 2026.
public enum ExampleRepository {
    public static let baseline: [String: String] = [
        "schemas/frameworks/mini.json": """
        {"id": "mini", "name": "Mini", "indexName": "Indeks Mini", "weightTotal": 10,
         "levels": {"min": 1, "max": 5, "decimals": 0},
         "scales": {"process": {"name": "Proses", "levels": [{"level": 1, "name": "Rintisan"}]},
                    "service": {"name": "Layanan", "levels": [{"level": 1, "name": "Informasi"}]}},
         "groupLevels": [{"id": "domain", "name": "Domain"}, {"id": "aspect", "name": "Aspek", "nameEn": "Aspect"}],
         "groups": [
           {"id": "D1", "name": "Tata kelola", "weight": 4, "kind": "process", "groups": [
             {"id": "A1", "name": "Kebijakan", "weight": 4, "indicators": [
               {"id": "Q1", "name": "Satu", "weight": 1}, {"id": "Q2", "name": "Dua", "weight": 3}]}]},
           {"id": "D2", "name": "Layanan", "weight": 6, "kind": "service", "groups": [
             {"id": "A2", "name": "Layanan publik", "weight": 6, "indicators": [{"id": "Q3", "name": "Tiga", "weight": 6}]}]}],
         "bands": [{"name": "Baik", "min": 3}, {"name": "Kurang", "min": 0}],
         "rounding": {"decimals": 2, "mode": "half-up"}}
        """,
        "assessments/desa/instansi.json": manifest(),
        "assessments/desa/sekretariat.json": """
        {"agency": "sekretariat", "cycle": "2026", "indicators": {
          "Q1": {"level": 1, "explanation": "Fakta: belum ada. Analisis: rintisan."},
          "Q2": {"level": 2, "explanation": "Fakta: SK ada. Analisis: terkelola.",
                 "evidence": [{"title": "SK Kepala Desa", "kind": "decree", "url": "https://desa.go.id/sk.pdf", "date": "2026-02-01"}]}}}
        """,
        "assessments/desa/pelayanan.json": """
        {"agency": "pelayanan", "cycle": "2026", "indicators": {
          "Q3": {"level": 2, "explanation": "Fakta: portal ada. Analisis: interaksi.",
                 "evidence": [{"title": "Portal desa", "kind": "url", "url": "https://desa.go.id"}],
                 "followUp": [{"action": "Tambah layanan transaksi", "due": "2027-03-31", "status": "open", "targetLevel": 3}]}}}
        """,
    ]

    /// A checklist for the mini framework: Q2's levels 1 and 2 each with one main requirement.
    public static let checklist = """
        {"framework": "mini", "illustrative": true, "indicators": {"Q2": [
          {"id": "L1-01", "level": 1, "text": "Ada rancangan kebijakan"},
          {"id": "L2-01", "level": 2, "text": "Kebijakan ditetapkan", "kind": "decree"},
          {"id": "L2-02", "level": 2, "text": "Sosialisasi", "main": false}]}}
        """

    /// Sekretariat's file with Q2's evidence satisfying the given requirement ids (JSON list items), or none.
    public static func sekretariat(satisfies: String?) -> String {
        let member = satisfies.map { ", \"satisfies\": [\($0)]" } ?? ""
        return """
            {"agency": "sekretariat", "cycle": "2026", "indicators": {
              "Q1": {"level": 1, "explanation": "Fakta: belum ada. Analisis: rintisan."},
              "Q2": {"level": 2, "explanation": "Fakta: SK ada. Analisis: terkelola.",
                     "evidence": [{"title": "SK Kepala Desa", "kind": "decree", "url": "https://desa.go.id/sk.pdf", "date": "2026-02-01"\(member)}]}}}
            """
    }

    /// The baseline manifest, with `agencies` replaced when given (as JSON text).
    public static func manifest(framework: String = "mini", agencies: String? = nil, extra: String = "") -> String {
        let owners =
            agencies ?? """
                {"sekretariat": {"name": "Sekretariat", "maintainers": ["sek@desa.go.id"], "indicators": ["Q1", "Q2"]},
                 "pelayanan": {"name": "Pelayanan", "maintainers": ["pel@desa.go.id"], "indicators": ["Q3"]}}
                """
        return """
            {"id": "desa", "name": "Desa Contoh", "category": "kabupaten", "framework": "\(framework)",
             "cycle": {"id": "2026", "start": "2026-01-01", "end": "2026-12-31"}\(extra),
             "coordinator": {"agency": "sekretariat", "maintainers": ["koordinator@desa.go.id"]},
             "agencies": \(owners)}
            """
    }

    /// The baseline with `changes` laid over it (nil removes a file).
    public static func files(_ changes: [String: String?]) -> [String: String] {
        var files = baseline
        for (path, content) in changes { files[path] = content }
        return files
    }
}
