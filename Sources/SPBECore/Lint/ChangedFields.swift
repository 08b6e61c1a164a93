/// Which parts of a file a change touched, for the field-aware ownership rule: in an agency file the assessors'
/// levels are the evaluation team's, everything else (levels, explanations, evidence, follow-ups) the agency's;
/// any other file has one part, the whole of it.
public struct ChangedFields: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Any indicator's `assessor` object.
    public static let assessor = ChangedFields(rawValue: 1)
    /// Anything else in the file.
    public static let agency = ChangedFields(rawValue: 2)
    /// Both parts: what a change to a file that does not parse touches.
    public static let all: ChangedFields = [.assessor, .agency]
    /// A file that is not an agency file: it is all one part.
    public static let whole = ChangedFields.agency

    /// Compares two versions of an agency file (nil: absent).
    public static func between(_ old: [UInt8]?, _ new: [UInt8]?) -> ChangedFields {
        FieldGroups(agencyFile: old).changed(to: FieldGroups(agencyFile: new))
    }
}
