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
    public static func manifest(scope: String, framework: Framework, cycle: String, coordinator: String) -> [UInt8] {
        let agency = OutputJSON.object([
            ("name", .string("Dinas Komunikasi dan Informatika")),
            ("maintainers", .array([.string("spbe.diskominfo@example.go.id")])),
            ("indicators", .array(framework.indicators.map { .string($0.id) })),
        ])
        return Array(
            OutputJSON.object([
                ("$schema", .string("../../schemas/instansi.schema.json")),
                ("id", .string(scope)),
                ("name", .string("Pemerintah \(scope)")),
                ("category", .string("kota")),
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

    /// The agency a new instansi starts with, holding every indicator until the coordinator shares them out.
    public static let coordinatingAgency = "diskominfo"
}
