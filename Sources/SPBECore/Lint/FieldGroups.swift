import JSONSchema

/// An agency file split into the parts that different people own (each indicator's `assessor` object, and
/// everything else), each as canonical text, so that two versions compare part by part whatever the layout.
/// The texts compare as bytes: Swift's string equality would take `K` (U+212A) for `K` and let an edit through.
///
/// A file that does not parse, or holds a duplicate key, is one opaque part standing in both places: a step
/// through a broken file counts as touching everything, so nothing is laundered through it.
public struct FieldGroups: Hashable, Sendable {
    enum Part: Hashable, Sendable {
        case text([UInt8]?)
        case opaque([UInt8])
    }

    let agency: Part
    let assessor: Part

    /// The parts of an agency file's bytes (nil: the file is absent; its assessors' part is then empty).
    public init(agencyFile bytes: [UInt8]?) {
        guard let bytes else {
            (agency, assessor) = (.text(nil), .text([]))
            return
        }
        guard let document = try? JSONParser().parse(bytes), document.duplicateKeys.isEmpty else {
            (agency, assessor) = (.opaque(bytes), .opaque(bytes))
            return
        }
        let root = document.root
        var output = OutputJSON(root)
        var assessors = ""
        if let members = root["indicators"]?.members {
            for member in members {
                if let levels = member.node["assessor"] { assessors += "\(member.key)=\(OutputJSON(levels).rendered);" }
            }
            output = output.setting(
                "indicators", .object(members.map { ($0.key, OutputJSON($0.node).setting("assessor", nil)) }))
        }
        (agency, assessor) = (.text(Array(output.rendered.utf8)), .text(Array(assessors.utf8)))
    }

    /// The parts that differ from `other`.
    public func changed(to other: FieldGroups) -> ChangedFields {
        var changed: ChangedFields = []
        if agency != other.agency { changed.insert(.agency) }
        if assessor != other.assessor { changed.insert(.assessor) }
        return changed
    }

    /// The parts a merge changed itself (see `CleanMerge.isOwnChange`), given its version, its parents' and
    /// their merge base's.
    public static func changedByMerge(_ result: FieldGroups, parents: [FieldGroups], base: FieldGroups)
        -> ChangedFields
    {
        var changed: ChangedFields = []
        if CleanMerge.isOwnChange(result.agency, parents: parents.map(\.agency), base: base.agency) {
            changed.insert(.agency)
        }
        if CleanMerge.isOwnChange(result.assessor, parents: parents.map(\.assessor), base: base.assessor) {
            changed.insert(.assessor)
        }
        return changed
    }
}

/// What a merge commit brings of its own, as git's three-way merge sees it.
public enum CleanMerge {
    /// True when a merge's value is not what a clean merge of its parents gives: a clean merge takes the one
    /// value that the parents which changed it (against their merge base) agree on, or the base's when none did.
    /// A value the parents changed in different ways is the merge's own to resolve, even when it keeps one side.
    ///
    /// So a merge that takes a path unchanged from the side that changed it brings nothing itself; one that
    /// edits it, or silently keeps a side that did not change it (dropping the other's change, or bringing back
    /// an old version from an old parent), brings that change itself.
    public static func isOwnChange<Value: Equatable>(_ result: Value, parents: [Value], base: Value) -> Bool {
        let changed = parents.filter { $0 != base }
        guard let first = changed.first else { return result != base }
        guard changed.allSatisfy({ $0 == first }) else { return true }
        return result != first
    }
}
