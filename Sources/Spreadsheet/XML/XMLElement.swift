/// One element of a parsed XML part: names without their namespace prefix (spreadsheet programs choose
/// prefixes freely: `x:c` is `c`), attributes by local name, children in order, its own character data.
final class XMLElement {
    let name: String
    let attributes: [String: String]
    var children: [XMLElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The text of every `t` below it, in order: a rich-text string is its runs joined; phonetic runs left out.
    var runText: String {
        if name == "t" { return text }
        return children.filter { $0.name != "rPh" }.map(\.runText).joined()
    }
}
