/// Spreadsheet day numbers and ISO dates: a date cell holds the days since the workbook's epoch.
enum CalendarDays {
    /// Days from 1970-01-01 to the civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The 1900 system counts from 1899-12-30 (Lotus's leap-year bug absorbed for every date after
    /// February 1900); the 1904 system from 1904-01-01.
    static func epoch(date1904: Bool) -> Int {
        date1904 ? days(year: 1904, month: 1, day: 1) : days(year: 1899, month: 12, day: 30)
    }

    static func serial(iso: String) -> Int? {
        guard let (year, month, day) = parse(iso) else { return nil }
        return days(year: year, month: month, day: day) - epoch(date1904: false)
    }

    static func iso(serial: Int, date1904: Bool) -> String {
        let (year, month, day) = civil(serial + epoch(date1904: date1904))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// `YYYY-MM-DD` with a month and day that exist.
    static func parse(_ iso: String) -> (Int, Int, Int)? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return nil }
        let (_, checkMonth, checkDay) = civil(days(year: year, month: month, day: day))
        return checkMonth == month && checkDay == day ? (year, month, day) : nil
    }
}
