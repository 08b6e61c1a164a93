import Localization

/// The messages of schema failures, in English and Indonesian.
enum SchemaMessages {
    static let falseSchema = Localized(
        en: "no value is allowed here; remove it", indonesian: "tidak ada nilai yang diizinkan di sini; hapus")
    static let not = Localized(
        en: "value matches a schema it must not match", indonesian: "nilai cocok dengan skema yang dilarang")

    static func tooDeep(_ limit: Int) -> Localized {
        Localized(
            en: "the schema nests more than \(limit) levels here; fix the schema",
            indonesian: "skema bersarang lebih dari \(limit) tingkat di sini; perbaiki skemanya")
    }
    static let referenceLoop = Localized(
        en:
            "the schema refers back to itself here without going deeper into the value (a reference loop); fix the schema",
        indonesian:
            "skema merujuk dirinya sendiri di sini tanpa masuk lebih dalam ke nilai (rujukan melingkar); perbaiki skemanya"
    )
    static func unresolvable(_ uri: String) -> Localized {
        Localized(
            en: "schema reference '\(uri)' cannot be resolved; load the document it names",
            indonesian: "rujukan skema '\(uri)' tidak dapat diselesaikan; muat dokumen yang dirujuk")
    }
    static func anyOf(_ count: Int) -> Localized {
        Localized(
            en: "value matches none of the \(count) allowed forms",
            indonesian: "nilai tidak cocok dengan satu pun dari \(count) bentuk yang diizinkan")
    }
    static func oneOfMany(_ matches: [Int]) -> Localized {
        let list = matches.map(String.init).joined(separator: ", ")
        return Localized(
            en: "value matches more than one of the exclusive forms (\(list)); make it match exactly one",
            indonesian:
                "nilai cocok dengan lebih dari satu bentuk eksklusif (\(list)); buat agar cocok dengan tepat satu")
    }
    /// JSON's type names in Indonesian.
    private static let typeNamesID = [
        "string": "teks", "number": "angka", "integer": "bilangan bulat", "object": "objek", "array": "larik",
        "boolean": "boolean", "null": "null",
    ]

    static func type(expected: [String], found: JSONValue) -> Localized {
        let list = expected.joined(separator: " or ")
        let listID = expected.map { typeNamesID[$0] ?? $0 }.joined(separator: " atau ")
        let foundID = typeNamesID[found.typeName] ?? found.typeName
        let plain = Localized(
            en: "expected \(list), found \(found.typeName)", indonesian: "seharusnya \(listID), ditemukan \(foundID)")
        // "4" where 4 belongs: the fix is to remove the quotes.
        if case .string(let text) = found, expected.contains(where: { $0 == "number" || $0 == "integer" }) {
            // "3,5" is a decimal comma as well as quotes.
            let point = String(text.map { $0 == "," ? "." : $0 })
            if (try? JSONParser().parse(Array(point.utf8)).root.number) != nil {
                return Localized(
                    en: "\(plain.en); write \(point) without quotes",
                    indonesian: "\(plain.indonesian); tulis \(point) tanpa tanda kutip")
            }
        }
        return plain
    }
    static func enumeration(_ values: [JSONValue]) -> Localized {
        let list = values.prefix(12).map(JSONWriter.compact).joined(separator: ", ") + (values.count > 12 ? ", …" : "")
        return Localized(en: "value must be one of: \(list)", indonesian: "nilai harus salah satu dari: \(list)")
    }
    static func constant(_ value: JSONValue) -> Localized {
        let text = JSONWriter.compact(value)
        return Localized(en: "value must be \(text)", indonesian: "nilai harus \(text)")
    }
    static func maximum(_ limit: JSONNumber, exclusive: Bool) -> Localized {
        exclusive
            ? Localized(en: "value must be less than \(limit)", indonesian: "nilai harus kurang dari \(limit)")
            : Localized(en: "value must be at most \(limit)", indonesian: "nilai paling besar \(limit)")
    }
    static func minimum(_ limit: JSONNumber, exclusive: Bool) -> Localized {
        exclusive
            ? Localized(en: "value must be greater than \(limit)", indonesian: "nilai harus lebih dari \(limit)")
            : Localized(en: "value must be at least \(limit)", indonesian: "nilai paling kecil \(limit)")
    }
    static func multipleOf(_ divisor: JSONNumber) -> Localized {
        Localized(en: "value must be a multiple of \(divisor)", indonesian: "nilai harus kelipatan \(divisor)")
    }
    static func maxLength(_ limit: Int) -> Localized {
        Localized(
            en: "text is longer than \(limit) characters; shorten it",
            indonesian: "teks lebih dari \(limit) karakter; persingkat")
    }
    static func minLength(_ limit: Int) -> Localized {
        Localized(en: "text is shorter than \(limit) characters", indonesian: "teks kurang dari \(limit) karakter")
    }
    static func pattern(_ source: String) -> Localized {
        Localized(
            en: "text does not match the pattern '\(source)'", indonesian: "teks tidak cocok dengan pola '\(source)'")
    }
    static func format(_ name: String, _ text: String) -> Localized {
        guard name == "date" else {
            return Localized(en: "'\(text)' is not a valid \(name)", indonesian: "'\(text)' bukan \(name) yang sah")
        }
        return Localized(
            en: "'\(text)' is not a real date; write YYYY-MM-DD, e.g. 2024-06-30",
            indonesian: "'\(text)' bukan tanggal yang sebenarnya; tulis YYYY-MM-DD, mis. 2024-06-30")
    }
    static func required(_ name: String) -> Localized {
        Localized(
            en: "missing required key '\(name)'; add it", indonesian: "kunci wajib '\(name)' belum ada; tambahkan")
    }
    static func dependentRequired(_ name: String, _ trigger: String) -> Localized {
        Localized(
            en: "key '\(name)' is required when '\(trigger)' is present",
            indonesian: "kunci '\(name)' wajib ada jika '\(trigger)' ada")
    }
    static func maxProperties(_ limit: Int) -> Localized {
        Localized(en: "object has more than \(limit) keys", indonesian: "objek memiliki lebih dari \(limit) kunci")
    }
    static func minProperties(_ limit: Int) -> Localized {
        Localized(en: "object has fewer than \(limit) keys", indonesian: "objek memiliki kurang dari \(limit) kunci")
    }
    static func additionalProperty(_ name: String, allowed: [String]?) -> Localized {
        guard let allowed, !allowed.isEmpty else {
            return Localized(
                en: "key '\(name)' is not allowed here; remove it",
                indonesian: "kunci '\(name)' tidak diizinkan di sini; hapus"
            )
        }
        let list = allowed.joined(separator: ", ")
        return Localized(
            en: "key '\(name)' is not allowed here; allowed keys: \(list)",
            indonesian: "kunci '\(name)' tidak diizinkan di sini; kunci yang diizinkan: \(list)")
    }
    static func propertyName(_ name: String) -> Localized {
        Localized(
            en: "key '\(name)' is not a valid name here", indonesian: "kunci '\(name)' bukan nama yang sah di sini")
    }
    static func unevaluatedProperty(_ name: String) -> Localized {
        Localized(
            en: "key '\(name)' is not allowed here; remove it",
            indonesian: "kunci '\(name)' tidak diizinkan di sini; hapus")
    }
    static func maxItems(_ limit: Int) -> Localized {
        Localized(en: "list has more than \(limit) items", indonesian: "daftar berisi lebih dari \(limit) butir")
    }
    static func minItems(_ limit: Int) -> Localized {
        Localized(en: "list has fewer than \(limit) items", indonesian: "daftar berisi kurang dari \(limit) butir")
    }
    static func uniqueItems(_ first: Int, _ second: Int) -> Localized {
        Localized(
            en: "items \(first) and \(second) are equal; list items must be unique",
            indonesian: "butir \(first) dan \(second) sama; butir daftar harus unik")
    }
    static func contains(_ minimum: Int) -> Localized {
        Localized(
            en: "list must contain at least \(minimum) matching item(s)",
            indonesian: "daftar harus memuat paling sedikit \(minimum) butir yang cocok")
    }
    static func maxContains(_ maximum: Int) -> Localized {
        Localized(
            en: "list contains more than \(maximum) matching item(s)",
            indonesian: "daftar memuat lebih dari \(maximum) butir yang cocok")
    }
    static func unevaluatedItem(_ index: Int) -> Localized {
        Localized(
            en: "item \(index) is not allowed here; remove it",
            indonesian: "butir \(index) tidak diizinkan di sini; hapus")
    }
}
