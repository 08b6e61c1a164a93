/// An evaluation framework read from its data file: domains, aspects, indicators, weights, levels, bands, rounding.
///
/// Nothing about SPBE 2020 is in code: another framework is another file. Immutable classes, because every
/// score holds the framework and each of its rows an indicator: copying structs retained every field.
public final class Framework: Sendable {
    public final class Indicator: Sendable {
        public let id: String
        public let number: Int?
        public let name: String
        public let weight: Rational
        public let domainID: String
        public let aspectID: String
        /// The key of `scales` this indicator's levels are named by (`process`, `service`).
        public let scale: String
        /// `weight / weightTotal`: what one level of this indicator adds to the index.
        public let share: Rational

        init(
            id: String, number: Int?, name: String, weight: Rational, weightTotal: Rational, domainID: String,
            aspectID: String, scale: String
        ) {
            self.id = id
            self.number = number
            self.name = name
            self.weight = weight
            share = weight / weightTotal
            self.domainID = domainID
            self.aspectID = aspectID
            self.scale = scale
        }
    }

    public struct Aspect: Sendable {
        public let id: String
        public let name: String
        public let weight: Rational
        public let indicators: [Indicator]
        /// Where its indicators stand in `Framework.indicators`.
        let positions: Range<Int>
        /// The indicators' weights over one common denominator (`weight = scaledWeight / weightDenominator`),
        /// so that `Σ level × weight` is a sum of integers and one fraction.
        let scaledWeights: [Int]
        let weightDenominator: Int

        init(id: String, name: String, weight: Rational, indicators: [Indicator], firstPosition: Int) {
            self.id = id
            self.name = name
            self.weight = weight
            self.indicators = indicators
            positions = firstPosition..<firstPosition + indicators.count
            let denominator = indicators.reduce(1) { lcm, indicator in
                lcm / Rational.gcd(lcm, indicator.weight.denominator) * indicator.weight.denominator
            }
            scaledWeights = indicators.map { $0.weight.numerator * (denominator / $0.weight.denominator) }
            weightDenominator = denominator
        }

        /// `Σ level × weight` over its indicators, exactly; `levels` in framework order.
        func weightedSum(_ levels: [Int]) -> Rational {
            var sum = 0
            for (position, scaled) in zip(positions, scaledWeights) { sum += levels[position] * scaled }
            return Rational(sum, weightDenominator)
        }
    }

    public struct Domain: Sendable {
        public let id: String
        public let name: String
        public let weight: Rational
        public let scale: String
        public let aspects: [Aspect]
    }

    public struct Band: Sendable, Equatable {
        public let name: String
        public let minimum: Rational
    }

    public let id: String
    public let name: String
    public let cycles: [String]
    public let weightTotal: Rational
    public let levels: ClosedRange<Int>
    /// Level names per scale: `scales["process"]?[3] == "Terdefinisi"`.
    public let scales: [String: [Int: String]]
    public let domains: [Domain]
    /// Highest band first.
    public let bands: [Band]
    public let decimals: Int

    /// Every indicator in framework order.
    public let indicators: [Indicator]
    private let indicatorPositions: [String: Int]

    public func indicator(_ id: String) -> Indicator? { indicatorPositions[id].map { indicators[$0] } }

    /// Where an indicator stands in `indicators`.
    public func position(of id: String) -> Int? { indicatorPositions[id] }

    /// The band an index falls in (lower bounds inclusive); the lowest band below every bound.
    public func band(for index: Rational) -> Band {
        bands.first { index >= $0.minimum } ?? bands[bands.count - 1]
    }

    /// The name of a level on an indicator's scale, e.g. `Terdefinisi`.
    public func levelName(_ level: Int, of indicator: Indicator) -> String? { scales[indicator.scale]?[level] }

    /// Reads a framework from its JSON (already schema-valid); throws when a number is not usable exactly.
    public init(_ node: JSONNode) throws(FrameworkError) {
        func text(_ node: JSONNode?, _ key: String) throws(FrameworkError) -> String {
            guard let value = node?[key]?.string else { throw FrameworkError.missing(key) }
            return value
        }
        func weight(_ node: JSONNode?, _ key: String) throws(FrameworkError) -> Rational {
            guard let number = node?[key]?.number else { throw FrameworkError.missing(key) }
            guard let value = Rational(number) else { throw FrameworkError.inexact(key, number.literal) }
            return value
        }
        id = try text(node, "id")
        name = try text(node, "name")
        cycles = (node["cycles"]?.elements ?? []).compactMap(\.string)
        weightTotal = try weight(node, "weightTotal")
        guard weightTotal > .zero else { throw FrameworkError.missing("weightTotal") }
        guard let low = node["levels"]?["min"]?.number?.intValue, let high = node["levels"]?["max"]?.number?.intValue,
            low <= high, low >= 0, high <= 100
        else {
            throw FrameworkError.missing("levels")
        }
        levels = low...high
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
        var domains: [Domain] = []
        var all: [Indicator] = []
        for domainNode in node["domains"]?.elements ?? [] {
            let domainID = try text(domainNode, "id")
            let scale = try text(domainNode, "scale")
            var aspects: [Aspect] = []
            for aspectNode in domainNode["aspects"]?.elements ?? [] {
                let aspectID = try text(aspectNode, "id")
                var indicators: [Indicator] = []
                for indicatorNode in aspectNode["indicators"]?.elements ?? [] {
                    indicators.append(
                        Indicator(
                            id: try text(indicatorNode, "id"), number: indicatorNode["number"]?.number?.intValue,
                            name: try text(indicatorNode, "name"), weight: try weight(indicatorNode, "weight"),
                            weightTotal: weightTotal,
                            domainID: domainID, aspectID: aspectID, scale: scale))
                }
                aspects.append(
                    Aspect(
                        id: aspectID, name: try text(aspectNode, "name"), weight: try weight(aspectNode, "weight"),
                        indicators: indicators, firstPosition: all.count))
                all += indicators
            }
            domains.append(
                Domain(
                    id: domainID, name: try text(domainNode, "name"), weight: try weight(domainNode, "weight"),
                    scale: scale, aspects: aspects))
        }
        guard !all.isEmpty else { throw FrameworkError.missing("domains") }
        self.domains = domains
        indicators = all
        var positions: [String: Int] = [:]
        for (position, indicator) in all.enumerated() {
            guard positions[indicator.id] == nil else { throw FrameworkError.duplicateIndicator(indicator.id) }
            positions[indicator.id] = position
        }
        indicatorPositions = positions
        var bands: [Band] = []
        for bandNode in node["bands"]?.elements ?? [] {
            bands.append(Band(name: try text(bandNode, "name"), minimum: try weight(bandNode, "min")))
        }
        guard !bands.isEmpty else { throw FrameworkError.missing("bands") }
        self.bands = bands.sorted { $0.minimum > $1.minimum }
        decimals = node["rounding"]?["decimals"]?.number?.intValue ?? 2
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
                en: "the framework lacks a usable '\(key)'", id: "kerangka tidak memiliki '\(key)' yang dapat dipakai")
        case .inexact(let key, let value):
            Localized(
                en:
                    "the framework's '\(key)' value \(value) has too many digits to compute exactly (at most 6 decimals)",
                id:
                    "nilai '\(key)' \(value) pada kerangka terlalu banyak digit untuk dihitung eksak (paling banyak 6 desimal)"
            )
        case .duplicateIndicator(let id):
            Localized(
                en: "the framework lists indicator '\(id)' twice",
                id: "kerangka mencantumkan indikator '\(id)' dua kali")
        }
    }
}
