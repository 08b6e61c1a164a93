import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// Text from a repository reaches no output raw, and the working tree is read as git reads it.
struct OutputSafetyTests {
    @Test func controlCharactersAreEscapedInEveryFormat() throws {
        let (folder, fixture) = try OwnershipCommandTests.example()
        let bappeda = OwnershipCommandTests.bappeda
        let text = try String(contentsOfFile: folder + "/" + bappeda, encoding: .utf8)
        let cited = text.replacingOccurrences(
            of: "\"evidence\": [",
            with: "\"evidence\": [{\"title\": \"x\", \"kind\": \"other\", \"path\": \"evidence/\\u001b[31mx\\n.pdf\"},",
            options: [], range: text.range(of: "\"evidence\": ["))
        try fixture.commit("Jalur", author: OwnershipCommandTests.bappedaAdmin, files: [bappeda: cited])
        for format in ["text", "github", "junit", "json", "sarif"] {
            let out = CLI.run(["lint", "--format", format], in: folder).stdout
            #expect(out.contains("evidence/"), "\(format)")
            #expect(!out.utf8.contains(0x1B), "\(format) carries a raw ESC")
            #expect(!out.contains("x\n.pdf"), "\(format) carries a raw newline inside a path")
        }
        let junit = CLI.run(["lint", "--format", "junit"], in: folder).stdout
        #expect(junit.contains("evidence/\\u{1B}[31mx"), "\(junit)")
        #expect(String.visible("a\u{85}b\u{7F}") == "a\\u{85}b\\u{7F}")
    }

    @Test func theWorktreeReadsTrackedFilesWhateverGitignoreSays() throws {
        let (folder, fixture) = try OwnershipCommandTests.example()
        try fixture.commit("Abaikan", files: [".gitignore": "assessments/kota-contoh/bkpsdm.json\nevidence/\n"])
        let committed = CLI.run(["score", "--format", "csv"], in: folder)
        let worktree = CLI.run(["score", "--format", "csv", "--worktree"], in: folder)
        #expect(committed.status == .success && worktree.stdout == committed.stdout, "\(worktree.stdout)")
        // An untracked, ignored file is still left out.
        try fixture.write(["assessments/kota-contoh/catatan.json": "{ draf"])
        try fixture.write([
            ".gitignore": "assessments/kota-contoh/bkpsdm.json\nevidence/\nassessments/kota-contoh/catatan.json\n"
        ])
        #expect(CLI.run(["lint", "--worktree"], in: folder).stdout.contains("catatan.json") == false)
    }
}

extension String {
    fileprivate static func visible(_ text: String) -> String { text.visible }
}
