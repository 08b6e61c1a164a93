import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// Messages an agency admin who is not a programmer can act on.
struct MessageTests {
    @Test func hintsThatSayWhatToDo() throws {
        let fixture = try CLI.exampleRepository()
        let file = fixture.path + "/assessments/kota-contoh/bappeda.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "\"level\": 4,", with: "\"level\": \"4\",")
            .replacingOccurrences(of: "\"path\": \"evidence/bappeda/", with: "\"path\": \"evidence\\\\bappeda\\\\")
        #expect(changed != text)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: file))
        let lint = CLI.run(["lint", "--worktree"], in: fixture.path).stdout
        #expect(lint.contains("expected number, found string; write 4 without quotes [schema]"), "\(lint)")
        let id = CLI.run(["lint", "--worktree", "--lang", "id"], in: fixture.path).stdout
        #expect(id.contains("tulis 4 tanpa tanda kutip"))
        try Data(
            text.replacingOccurrences(of: "\"path\": \"evidence/bappeda/", with: "\"path\": \"evidence\\\\bappeda\\\\")
                .utf8
        )
        .write(to: URL(fileURLWithPath: file))
        let windows = CLI.run(["lint", "--worktree"], in: fixture.path).stdout
        try Data(text.replacingOccurrences(of: "\"agency\": \"bappeda\"", with: "\"agency\": \"Bappeda\"").utf8).write(
            to: URL(fileURLWithPath: file))
        let pattern = CLI.run(["lint", "--worktree"], in: fixture.path).stdout
        #expect(
            pattern.contains("use lowercase letters, digits and single '-' between them"), "no raw pattern: \(pattern)")
        #expect(
            windows.contains("write the path from the repository's root with '/', e.g. 'evidence/bappeda/"),
            "\(windows)")
    }

    @Test func fmtWriteRemovesTheByteOrderMarkAndWindowsLineEnds() throws {
        let fixture = try CLI.exampleRepository()
        let file = fixture.path + "/assessments/kota-contoh/bappeda.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try Data([0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)).write(
            to: URL(fileURLWithPath: file))
        #expect(CLI.run(["lint", "--worktree"], in: fixture.path).stdout.contains("byte-order mark"))
        #expect(CLI.run(["fmt", "--write"], in: fixture.path).status == .success)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text, "back to the committed bytes")
    }

    @Test func decimalCommasAndWindowsEscapes() throws {
        let fixture = try CLI.exampleRepository()
        let file = fixture.path + "/assessments/kota-contoh/bappeda.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"level\": 4,", with: "\"level\": 4,5,").utf8).write(
            to: URL(fileURLWithPath: file))
        #expect(
            CLI.run(["lint", "--worktree"], in: fixture.path).stdout.contains(
                "a decimal comma? JSON numbers use a point: write 3.5, not 3,5"))
        try Data(text.replacingOccurrences(of: "\"level\": 4,", with: "\"level\": \"4,5\",").utf8).write(
            to: URL(fileURLWithPath: file))
        #expect(CLI.run(["lint", "--worktree"], in: fixture.path).stdout.contains("write 4.5 without quotes"))
        let backspace = text.replacingOccurrences(
            of: "\"path\": \"evidence/bappeda/", with: "\"path\": \"evidence\\bappeda\\b")
        try Data(backspace.utf8).write(to: URL(fileURLWithPath: file))
        let lint = CLI.run(["lint", "--worktree"], in: fixture.path).stdout
        #expect(lint.contains("e.g. 'evidence/bappeda/b"), "a \\b is shown as typed, with the '/' path: \(lint)")
        #expect(!lint.unicodeScalars.contains { $0.value == 0x08 }, "no control character reaches the terminal")
    }
}
