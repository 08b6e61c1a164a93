/// The files spbe creates, in the shape `fmt` writes them: `init`, `cycle open` and anything else that creates a
/// manifest or an agency file takes them from here.
public enum Templates {
    /// A new agency's file for a cycle: no indicator assessed yet.
    public static func agencyFile(agency: String, cycle: String) -> [UInt8] {
        Array(
            OutputJSON.object([
                ("$schema", .string("../../schemas/assessment.schema.json")), ("agency", .string(agency)),
                ("cycle", .string(cycle)), ("indicators", .object([])),
            ]).rendered.utf8)
    }

    /// A new instansi's manifest giving every indicator to the coordinating agency, for the coordinator to share
    /// out; the cycle runs through the calendar year.
    public static func manifest(
        scope: String, name: String? = nil, category: String? = nil, framework: Framework, cycle: String,
        coordinator: String
    ) -> [UInt8] {
        let agency = OutputJSON.object([
            ("name", .string("Dinas Komunikasi dan Informatika")),
            ("maintainers", .array([.string(placeholderMaintainer)])),
            ("indicators", .array(framework.indicators.map { .string($0.id) })),
        ])
        return Array(
            OutputJSON.object([
                ("$schema", .string("../../schemas/instansi.schema.json")),
                ("id", .string(scope)),
                ("name", .string(name ?? instansiName(scope))),
                ("category", .string(category ?? Self.category(scope))),
                ("framework", .string(framework.id)),
                (
                    "cycle",
                    .object([
                        ("id", .string(cycle)), ("start", .string("\(cycle)-01-01")),
                        ("end", .string("\(cycle)-12-31")),
                        ("predikatFrom", .string(framework.predikatFromRounded ? "rounded" : "exact")),
                    ])
                ),
                (
                    "coordinator",
                    .object([("agency", .string(coordinatingAgency)), ("maintainers", .array([.string(coordinator)]))])
                ),
                ("agencies", .object([(coordinatingAgency, agency)])),
            ]).rendered.utf8)
    }

    /// A readable name from a scope id: `kota-baru` → `Pemerintah Kota Baru`, `kab-lama` → `Pemerintah Kabupaten Lama`.
    public static func instansiName(_ scope: String) -> String {
        let words = scope.split(separator: "-").map { word -> String in
            let expanded = ["kab": "kabupaten", "prov": "provinsi"][String(word)] ?? String(word)
            return expanded.prefix(1).uppercased() + expanded.dropFirst()
        }
        return (["Pemerintah"] + words).joined(separator: " ")
    }

    /// The category a scope id names: `kabupaten-lama` is a kabupaten, `provinsi-…` a province, else a city.
    public static func category(_ scope: String) -> String {
        switch scope.split(separator: "-").first.map(String.init) {
        case "kabupaten", "kab": "kabupaten"
        case "provinsi", "prov": "provinsi"
        default: "kota"
        }
    }

    /// The coordinating agency's maintainer in a new manifest, for the coordinator to replace: `.invalid` is
    /// reserved (RFC 2606) for addresses that can never be real, so lint can tell it is still there.
    public static let placeholderMaintainer = "spbe.diskominfo@example.invalid"

    /// Whether an email is a placeholder: under the reserved `.invalid` domain.
    public static func isPlaceholder(_ email: String) -> Bool { email.emailKey.hasSuffix(".invalid") }

    /// The agency a new instansi starts with, holding every indicator until the coordinator shares them out.
    public static let coordinatingAgency = "diskominfo"
}
