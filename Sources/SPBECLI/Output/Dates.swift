/// Calendar dates of commit times, without Foundation's formatters (commit times carry their own offset).
enum Dates {
    /// `YYYY-MM-DD` of a time in seconds since 1970, at the given offset from UTC.
    static func day(_ seconds: Int64, offsetMinutes: Int32 = 0) -> String {
        let local = seconds + Int64(offsetMinutes) * 60
        var days = local / 86_400
        if local % 86_400 < 0 { days -= 1 }
        // Howard Hinnant's civil-from-days algorithm.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
