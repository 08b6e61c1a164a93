/// A parsed JSON value; containers hold `JSONNode`s so every part keeps its source position.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// The JSON Schema type name: null, boolean, number, string, array, object.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Equality by JSON meaning: numbers by value, objects regardless of member order.
    public func jsonEquals(_ other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
        case let (.array(a), .array(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.value.jsonEquals($1.value) }
        case let (.object(a), .object(b)):
            guard a.count == b.count else { return false }
            return a.allSatisfy { member in
                b.first { $0.key.utf8.elementsEqual(member.key.utf8) }.map {
                    $0.node.value.jsonEquals(member.node.value)
                } ?? false
            }
        default: return false
        }
    }
}

/// A value with the byte range it was parsed from (`start..<end`, 0-based offsets into the document).
public struct JSONNode: Sendable {
    public var value: JSONValue
    public var start: Int
    public var end: Int

    public init(_ value: JSONValue, start: Int = 0, end: Int = 0) {
        self.value = value
        self.start = start
        self.end = end
    }

    /// The member named `key` of an object (the first one if the key is duplicated).
    /// The member's value; of a key given twice, the last (as most parsers read it).
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.last { $0.key == key }?.node
    }

    /// The members of an object, or nil.
    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The elements of an array, or nil.
    public var elements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    public var number: JSONNumber? {
        if case .number(let number) = value { return number }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// The node a JSON pointer leads to, or nil.
    public func resolve(_ pointer: JSONPointer) -> JSONNode? {
        var node = self
        for token in pointer.tokens {
            switch node.value {
            case .object:
                guard let child = node[token] else { return nil }
                node = child
            case .array(let elements):
                guard let index = JSONPointer.arrayIndex(token), index < elements.count else { return nil }
                node = elements[index]
            default:
                return nil
            }
        }
        return node
    }
}

/// One member of an object: its key, where the key starts, and its value.
public struct JSONMember: Sendable {
    public var key: String
    public var keyStart: Int
    public var node: JSONNode
}
