import Testing

@testable import Spreadsheet

struct XMLParserTests {
    static func parse(_ text: String) -> XMLElement? { XMLParser.parse(Array(text.utf8)) }

    @Test func elementsAttributesAndText() throws {
        let root = try #require(
            Self.parse(
                "<?xml version=\"1.0\"?>\n<!-- c --><x:a xmlns:x=\"u\" k='v &amp; w'><x:b>1 &lt; 2 &#x41;&#66;</x:b><c/><![CDATA[<raw>]]></x:a>"
            ))
        #expect(root.name == "a" && root["k"] == "v & w")
        #expect(root.child("b")?.text == "1 < 2 AB")
        #expect(root.child("c") != nil && root.text == "<raw>")
    }

    @Test func entitiesAndDoctypesAreRefused() {
        #expect(Self.parse("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>") == nil)
        #expect(Self.parse("<a>&e;</a>") == nil)
        #expect(Self.parse("<a>&#0;</a>") == nil)
    }

    @Test func malformedIsNil() {
        for text in ["<a>", "<a></b>", "<a><b></a></b>", "text", "<a/><b/>", "<a k=v/>", "<a k=\"v/>", ""] {
            #expect(Self.parse(text) == nil, "\(text)")
        }
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        #expect(Self.parse(deep) == nil)
    }

    @Test func richTextRunsJoinWithoutPhonetics() throws {
        let root = try #require(
            Self.parse("<si><r><t>Nilai </t></r><r><rPr/><t>mandiri</t></r><rPh><t>x</t></rPh></si>"))
        #expect(root.runText == "Nilai mandiri")
    }
}
