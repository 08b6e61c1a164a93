/// An evaluation framework read from its data file: a tree of weighted groups over indicators, the values an
/// indicator may take, level names, bands, rounding and the cycles it applies to.
///
/// Nothing about a particular framework is in code: another framework is another file. Immutable classes,
/// because every score holds the framework and each of its rows an indicator: copying structs retained every field.
public final class Framework: Sendable {
    public final class Indicator: Sendable {
        public let id: String
        public let number: Int?
        public let name: String
        public let nameEn: String?
        public let weight: Rational
        /// The ids of the groups it stands in, from the top level down (spbe-2020: domain, aspect).
        public let groupIDs: [String]
        /// What kind of practice it measures (`process`, `service`), when the framework says: the key of its
        /// level names in `scales`, and what some evidence rules ask about.
        public let kind: String?
        /// `weight / weightTotal`: what one level of this indicator adds to the index.
        public let share: Rational

        init(
            id: String, number: Int?, name: String, nameEn: String?, weight: Rational, weightTotal: Rational,
            groupIDs: [String], kind: String?
        ) {
            self.id = id
            self.number = number
            self.name = name
            self.nameEn = nameEn
            self.weight = weight
            share = weight / weightTotal
            self.groupIDs = groupIDs
            self.kind = kind
        }
    }

    /// A weighted group of indicators (a domain, an aspect), at any depth of the tree.
    public struct Group: Sendable {
        public let id: String
        public let name: String
        public let nameEn: String?
        public let weight: Rational
        /// 0 for the top level; names itself through `Framework.groupLevels[depth]`.
        public let depth: Int
        public let parentID: String?
        /// Where the indicators under it (at any depth) stand in `Framework.indicators`: always contiguous.
        public let positions: Range<Int>
        /// The indicators' weights over one common denominator (`weight = scaledWeight / weightDenominator`),
        /// so that `Σ value × weight` is a sum of integers and one fraction.
        let scaledWeights: [Int]
        let weightDenominator: Int

        init(
            id: String, name: String, nameEn: String?, weight: Rational, depth: Int, parentID: String?,
            indicators: ArraySlice<Indicator>
        ) {
            self.id = id
            self.name = name
            self.nameEn = nameEn
            self.weight = weight
            self.depth = depth
            self.parentID = parentID
            positions = indicators.startIndex..<indicators.endIndex
            let denominator = indicators.reduce(1) { lcm, indicator in
                lcm / Rational.gcd(lcm, indicator.weight.denominator) * indicator.weight.denominator
            }
            scaledWeights = indicators.map { $0.weight.numerator * (denominator / $0.weight.denominator) }
            weightDenominator = denominator
        }

        /// `Σ value × weight` over its indicators, exactly; `values` in framework order.
        func weightedSum(_ values: [Level]) -> Rational {
            var sum = 0
            for (position, scaled) in zip(positions, scaledWeights) { sum += values[position].hundredths * scaled }
            return Rational(sum, weightDenominator * Level.scale)
        }
    }

    /// The name of one depth of the group tree, e.g. `domain` / Domain.
    public struct GroupLevel: Sendable {
        public let id: String
        public let name: String
        public let nameEn: String
    }

    /// The values an indicator may take: from `min` to `max` in steps of `10^-decimals`.
    public struct Values: Sendable {
        public let min: Level
        public let max: Level
        public let decimals: Int

        public func allows(_ value: Level) -> Bool {
            value >= min && value <= max && value.hundredths % step == 0
        }

        /// The smallest difference between two allowed values, in hundredths.
        var step: Int {
            var step = Level.scale
            for _ in 0..<decimals { step /= 10 }
            return step
        }
    }

    public struct Band: Sendable, Equatable {
        public let name: String
        public let nameEn: String?
        /// The maturity label the framework gives the band (pemdi-2026: Unggul … Merintis), when it names one.
        public let label: String?
        public let labelEn: String?
        public let minimum: Rational
    }

    public let id: String
    public let name: String
    /// What the index is called, e.g. `Indeks SPBE`.
    public let indexName: String
    public let legalBasis: String?
    /// Which facts are confirmed and which are defaults.
    public let provenance: String?
    /// The first and last cycles it applies to (`nil`: open-ended).
    public let appliesFrom: String?
    public let appliesUntil: String?
    public let weightTotal: Rational
    public let values: Values
    /// Level names per indicator kind: `scales["process"]?[3] == "Terdefinisi"`.
    public let scales: [String: [Int: String]]
    /// What each depth of the group tree is called, from the top.
    public let groupLevels: [GroupLevel]
    /// Every group, depth first (a group before the groups inside it).
    public let groups: [Group]
    /// Highest band first.
    public let bands: [Band]
    public let decimals: Int
    /// Whether the predikat is read from the rounded index when a cycle does not say (default: the exact one).
    public let predikatFromRounded: Bool

    /// Every indicator in framework order.
    public let indicators: [Indicator]
    private let indicatorPositions: [String: Int]
    /// The requirements the framework file itself lists (only what is confirmed; often none).
    public let checklist: Checklist

    /// The groups at the top of the tree (spbe-2020's domains, pemdi-2026's aspects).
    public var topGroups: [Group] { groups.filter { $0.depth == 0 } }

    public func indicator(_ id: String) -> Indicator? { indicatorPositions[id].map { indicators[$0] } }

    /// Where an indicator stands in `indicators`.
    public func position(of id: String) -> Int? { indicatorPositions[id] }

    /// Whether the framework applies to a cycle (cycle ids compare as text: `2025` < `2026`).
    public func applies(toCycle cycle: String) -> Bool {
        (appliesFrom.map { cycle >= $0 } ?? true) && (appliesUntil.map { cycle <= $0 } ?? true)
    }

    /// The band an index falls in (lower bounds inclusive); the lowest band below every bound.
    public func band(for index: Rational) -> Band {
        bands.first { index >= $0.minimum } ?? bands[bands.count - 1]
    }

    /// The name of the whole level a value has reached on an indicator's scale, e.g. `Terdefinisi`.
    public func levelName(_ value: Level, of indicator: Indicator) -> String? {
        indicator.kind.flatMap { scales[$0]?[value.wholePart] }
    }

    /// Reads a framework from its JSON (already schema-valid); throws when a number is not usable exactly.
    ///
    /// The tree is `groups` (each with `groups` or `indicators`); files written by spbe 0.1 name the two levels
    /// `domains` → `aspects` with a `scale` per domain, and are read as that tree.
    public init(_ node: JSONNode) throws(FrameworkError) {
        var reader = Reader()
        id = try reader.text(node, "id")
        name = try reader.text(node, "name")
        indexName = node["indexName"]?.string ?? name
        legalBasis = node["legalBasis"]?.string
        provenance = node["provenance"]?.string
        appliesFrom = node["appliesTo"]?["from"]?.string
        appliesUntil = node["appliesTo"]?["until"]?.string ?? node["cycles"]?.elements?.last?.string
        weightTotal = try reader.weight(node, "weightTotal")
        guard weightTotal > .zero else { throw FrameworkError.missing("weightTotal") }
        let decimals = node["levels"]?["decimals"]?.number?.intValue ?? 0
        guard let low = node["levels"]?["min"]?.number.flatMap(Level.init),
            let high = node["levels"]?["max"]?.number.flatMap(Level.init),
            low <= high, low >= .zero, high <= Level(100), (0...2).contains(decimals)
        else {
            throw FrameworkError.missing("levels")
        }
        values = Values(min: low, max: high, decimals: decimals)
        var scales: [String: [Int: String]] = [:]
        for member in node["scales"]?.members ?? [] {
            var names: [Int: String] = [:]
            for level in member.node["levels"]?.elements ?? [] {
                if let number = level["level"]?.number?.intValue, let name = level["name"]?.string {
                    names[number] = name
                }
            }
            scales[member.key] = names
        }
        self.scales = scales
        let legacy = node["groups"] == nil
        try reader.readGroups(node[legacy ? "domains" : "groups"], depth: 0, parent: nil, kind: nil, total: weightTotal)
        guard !reader.indicators.isEmpty else { throw FrameworkError.missing("groups") }
        groups = reader.groups
        indicators = reader.indicators
        checklist = Checklist(requirements: reader.requirements, path: nil, illustrative: false)
        groupLevels =
            legacy
            ? [
                GroupLevel(id: "domain", name: "Domain", nameEn: "Domain"),
                GroupLevel(id: "aspect", name: "Aspek", nameEn: "Aspect"),
            ]
            : (node["groupLevels"]?.elements ?? []).map { level in
                GroupLevel(
                    id: level["id"]?.string ?? "", name: level["name"]?.string ?? "",
                    nameEn: level["nameEn"]?.string ?? level["name"]?.string ?? "")
            }
        guard groupLevels.count > (groups.map(\.depth).max() ?? 0) else { throw FrameworkError.missing("groupLevels") }
        var positions: [String: Int] = [:]
        for (position, indicator) in indicators.enumerated() {
            guard positions[indicator.id] == nil else { throw FrameworkError.duplicateIndicator(indicator.id) }
            positions[indicator.id] = position
        }
        indicatorPositions = positions
        var bands: [Band] = []
        for bandNode in node["bands"]?.elements ?? [] {
            bands.append(
                Band(
                    name: try reader.text(bandNode, "name"), nameEn: bandNode["nameEn"]?.string,
                    label: bandNode["label"]?.string, labelEn: bandNode["labelEn"]?.string,
                    minimum: try reader.weight(bandNode, "min")))
        }
        guard !bands.isEmpty else { throw FrameworkError.missing("bands") }
        self.bands = bands.sorted { $0.minimum > $1.minimum }
        self.decimals = node["rounding"]?["decimals"]?.number?.intValue ?? 2
        predikatFromRounded = node["predikatFrom"]?.string == "rounded"
    }

    /// Walks the group tree depth first, collecting groups and indicators in framework order.
    private struct Reader {
        var groups: [Group] = []
        var indicators: [Indicator] = []
        var requirements: [String: [Requirement]] = [:]

        func text(_ node: JSONNode?, _ key: String) throws(FrameworkError) -> String {
            guard let value = node?[key]?.string else { throw FrameworkError.missing(key) }
            return value
        }

        func weight(_ node: JSONNode?, _ key: String) throws(FrameworkError) -> Rational {
            guard let number = node?[key]?.number else { throw FrameworkError.missing(key) }
            guard let value = Rational(number) else { throw FrameworkError.inexact(key, number.literal) }
            return value
        }

        mutating func readGroups(
            _ list: JSONNode?, depth: Int, parent: [String]?, kind: String?, total: Rational
        ) throws(FrameworkError) {
            guard let elements = list?.elements, !elements.isEmpty else { throw FrameworkError.missing("groups") }
            for node in elements {
                let id = try text(node, "id")
                let path = (parent ?? []) + [id]
                let kind = node["kind"]?.string ?? node["scale"]?.string ?? kind
                let slot = groups.count
                let first = indicators.count
                if let children = node["groups"] ?? node["aspects"] {
                    try readGroups(children, depth: depth + 1, parent: path, kind: kind, total: total)
                } else {
                    guard let list = node["indicators"]?.elements, !list.isEmpty else {
                        throw FrameworkError.missing("indicators")
                    }
                    for indicator in list {
                        if let listed = indicator["requirements"]?.elements, let id = indicator["id"]?.string {
                            requirements[id] = listed.compactMap(Requirement.init)
                        }
                        indicators.append(
                            Indicator(
                                id: try text(indicator, "id"), number: indicator["number"]?.number?.intValue,
                                name: try text(indicator, "name"), nameEn: indicator["nameEn"]?.string,
                                weight: try weight(indicator, "weight"), weightTotal: total, groupIDs: path,
                                kind: indicator["kind"]?.string ?? kind))
                    }
                }
                let group = Group(
                    id: id, name: try text(node, "name"), nameEn: node["nameEn"]?.string,
                    weight: try weight(node, "weight"), depth: depth, parentID: parent?.last,
                    indicators: indicators[first..<indicators.count])
                groups.insert(group, at: slot)
            }
        }
    }
}

/// Why a framework file cannot be used.
public enum FrameworkError: Error, Equatable, Sendable {
    case missing(String)
    case inexact(String, String)
    case duplicateIndicator(String)

    public var message: Localized {
        switch self {
        case .missing(let key):
            Localized(
                en: "the framework lacks a usable '\(key)'",
                indonesian: "kerangka tidak memiliki '\(key)' yang dapat dipakai")
        case .inexact(let key, let value):
            Localized(
                en:
                    "the framework's '\(key)' value \(value) has too many digits to compute exactly (at most 6 decimals)",
                indonesian:
                    "nilai '\(key)' \(value) pada kerangka terlalu banyak digit untuk dihitung eksak (paling banyak 6 desimal)"
            )
        case .duplicateIndicator(let id):
            Localized(
                en: "the framework lists indicator '\(id)' twice",
                indonesian: "kerangka mencantumkan indikator '\(id)' dua kali")
        }
    }
}
