/// The illustrative "Pemerintah Kota Contoh": twelve agencies sharing the 47 indicators of SPBE 2020, over the
/// cycles 2022-2024, with explanations, evidence and follow-ups. Its levels reproduce Kota Pekanbaru's published
/// results: 2022 index 2.83 (Baik), 2023 domains 5.00/3.00/1.73/3.80 → 3.42 (Baik), 2024 domains
/// 4.80/3.70/2.36/4.20 → 3.85 (Sangat Baik). It is not a real government.
///
/// `spbe init --example` commits it; this repository's own `assessments/` is its 2023 cycle.
public struct ExampleInstansi {
    public static let scope = "kota-contoh"
    public static let cycles = [2022, 2023, 2024]
    public static let coordinator = "diskominfo"
    /// The framework of the cycles 2022-2024, and the one 2026 moves to.
    public static let framework = "spbe-2020"
    public static let pemdiFramework = "pemdi-2026"

    let framework: Framework

    public init(framework: Framework) { self.framework = framework }

    /// Agency id, name, and the indicators it owns, in the manifest's order.
    public static let agencies: [(id: String, name: String, indicators: [String])] = [
        (
            "diskominfo", "Dinas Komunikasi dan Informatika",
            [
                "I01", "I03", "I04", "I05", "I06", "I07", "I08", "I10", "I11", "I15", "I16", "I17", "I18", "I19", "I20",
                "I22", "I23", "I24", "I26", "I28", "I29", "I30", "I31", "I42", "I43",
            ]
        ),
        ("bappeda", "Badan Perencanaan Pembangunan Daerah", ["I02", "I12", "I13", "I14", "I32"]),
        ("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ["I25", "I36", "I41"]),
        ("inspektorat", "Inspektorat Daerah", ["I09", "I21", "I39"]),
        ("bagian-organisasi", "Bagian Organisasi Sekretariat Daerah", ["I27", "I40"]),
        ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", ["I33", "I34", "I38"]),
        ("bagian-hukum", "Bagian Hukum Sekretariat Daerah", ["I44"]),
        ("ukpbj", "Bagian Pengadaan Barang dan Jasa (UKPBJ)", ["I35"]),
        ("dispusip", "Dinas Perpustakaan dan Kearsipan", ["I37"]),
        ("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", ["I45"]),
        ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", ["I46"]),
        ("dinkes", "Dinas Kesehatan", ["I47"]),
    ]

    /// The maintainer email of an agency (the coordinator team for the coordinator's own scope files).
    public static func maintainer(_ agency: String) -> String { "spbe.\(agency)@kotacontoh.go.id" }
    public static let coordinatorEmail = "tim.spbe@kotacontoh.go.id"

    /// The final levels of I01...I47 per cycle (domains sum to the published figures).
    static let levels: [Int: [Int]] = [
        2022: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4] + [2, 3, 3, 2, 3, 2, 3, 2, 3, 2] + [1, 2, 1, 2, 2, 1, 2, 1, 2, 1, 1] + [
            4, 3, 4, 4, 3, 3, 3, 4, 3, 3,
        ] + [3, 3, 3, 3, 3, 2],
        2023: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5] + [3, 4, 3, 2, 3, 3, 3, 3, 3, 3] + [1, 2, 2, 2, 2, 1, 2, 2, 2, 2, 1] + [
            5, 4, 4, 5, 4, 3, 4, 4, 3, 4,
        ] + [4, 4, 4, 3, 3, 3],
        2024: [5, 5, 5, 5, 5, 5, 5, 5, 4, 4] + [4, 4, 4, 3, 4, 4, 4, 3, 4, 3] + [2, 3, 3, 2, 3, 2, 2, 3, 2, 2, 2] + [
            5, 4, 4, 5, 4, 3, 4, 4, 3, 4,
        ] + [5, 5, 5, 4, 4, 4],
    ]

    /// 2023 had external assessors: where the agency claimed more than the assessors gave, and where they agreed.
    static let claimed2023: [String: (level: Int, document: Int, interview: Int?)] = [
        "I14": (3, 2, nil), "I31": (2, 1, 1), "I21": (2, 1, nil), "I37": (4, 3, 3), "I47": (4, 3, nil),
    ]
    static let confirmed2023 = ["I01", "I02", "I11", "I12", "I32", "I36"]

    static let systems: [String: String] = [
        "I32": "aplikasi e-Planning", "I33": "aplikasi e-Budgeting (SIPD)",
        "I34": "aplikasi keuangan daerah (SIPD Penatausahaan)",
        "I35": "LPSE dan e-Katalog lokal", "I36": "SIMPEG daerah", "I37": "aplikasi SRIKANDI",
        "I38": "aplikasi SIMDA BMD",
        "I39": "aplikasi pengawasan internal (e-Audit)", "I40": "aplikasi e-SAKIP", "I41": "aplikasi e-Kinerja",
        "I42": "SP4N-LAPOR! terintegrasi", "I43": "portal Satu Data Kota Contoh", "I44": "JDIH Kota Contoh",
        "I45": "perizinan daring (OSS dan SiCantik)", "I46": "layanan adminduk daring",
        "I47": "pendaftaran puskesmas daring",
    ]
}
