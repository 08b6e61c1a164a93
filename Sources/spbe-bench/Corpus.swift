/// Generates agency files shaped like real ones: indicators with explanations, evidence lists and follow-ups.
enum Corpus {
    static func generate(files: Int) -> [[UInt8]] {
        var random = SplitMix(seed: 2024)
        return (0..<files).map { number in
            var text =
                "{\n  \"$schema\": \"../../schemas/assessment.schema.json\",\n  \"agency\": \"dinas-\(number)\",\n  \"cycle\": \"2024\",\n  \"indicators\": {\n"
            let count = 2 + Int(random.next() % 8)
            for index in 0..<count {
                let id = String(format2(Int(random.next() % 47) + 1))
                let level = 1 + Int(random.next() % 5)
                text += "    \"I\(id)x\(index)\": {\n      \"level\": \(level),\n"
                text +=
                    "      \"assessor\": { \"document\": \(max(1, level - 1)), \"interview\": \(max(1, level - 1)) },\n"
                text +=
                    "      \"explanation\": \"Fakta: Pemerintah daerah telah menetapkan kebijakan dan melaksanakannya pada unit kerja terkait; dokumen pendukung terlampir (halaman \(index + 3)). Analisis: pelaksanaan memenuhi kriteria tingkat \(level) karena telah diterapkan, direviu dan dievaluasi.\",\n"
                text += "      \"evidence\": [\n"
                let evidence = 1 + Int(random.next() % 4)
                for item in 0..<evidence {
                    text +=
                        "        { \"title\": \"Dokumen pendukung \(item + 1) untuk indikator \(id)\", \"kind\": \"report\", \"path\": \"evidence/dinas-\(number)/dokumen-\(id)-\(item).pdf\", \"sha256\": \"\(hex(random.next()))\(hex(random.next()))\(hex(random.next()))\(hex(random.next()))\", \"date\": \"2024-0\(1 + item % 9)-1\(item % 10)\", \"locator\": \"Pasal \(item + 2)\" }"
                    text += item == evidence - 1 ? "\n" : ",\n"
                }
                text +=
                    "      ],\n      \"followUp\": [ { \"action\": \"Menyusun rencana peningkatan\", \"due\": \"2025-06-30\", \"status\": \"open\", \"targetLevel\": \(min(5, level + 1)) } ]\n"
                text += index == count - 1 ? "    }\n" : "    },\n"
            }
            text += "  }\n}\n"
            return Array(text.utf8)
        }
    }

    private static func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// A small deterministic random generator, so every run measures the same corpus.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
