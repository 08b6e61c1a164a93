import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// Writing never replaces what is not a regular file: a FIFO is written in place, a symbolic link is followed,
/// a regular file is replaced atomically, `-` is standard output. Never tried on a system device.
struct OutputFileTests {
    @Test func fifoSymlinkRegularFileAndStandardOutput() throws {
        let fixture = try CLI.miniRepository()
        let folder = try GitFixture.temporaryFolder()
        let fifo = folder + "/laporan.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader on the FIFO, as `cat fifo > file` would be.
        let received = LockedBytes()
        let reader = Thread {
            // A blocking open and read to the end, as `cat` does (Foundation's readers do not wait for a writer).
            let descriptor = open(fifo, O_RDONLY)
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while descriptor >= 0 {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                data.append(contentsOf: buffer[0..<count])
            }
            if descriptor >= 0 { close(descriptor) }
            received.set(data)
        }
        reader.start()
        let run = CLI.run(["report", "--out", fifo], in: fixture.path)
        #expect(run.status == .success, "\(run.stderr)")
        while !received.isSet { usleep(10_000) }
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
        #expect(String(decoding: received.value, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))

        let target = folder + "/target.html"
        let link = folder + "/link.html"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(CLI.run(["report", "--out", link], in: fixture.path).status == .success)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target, "still a link")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))

        // A link to a file not there yet: the file is made, the link stays.
        let dangling = folder + "/dangling.html"
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "new.html")
        #expect(CLI.run(["report", "--out", dangling], in: fixture.path).status == .success)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dangling)) == "new.html")
        #expect(FileManager.default.fileExists(atPath: folder + "/new.html"))

        let stdout = CLI.run(["report", "--out", "-"], in: fixture.path)
        #expect(stdout.status == .success && stdout.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!FileManager.default.fileExists(atPath: fixture.path + "/-"))
    }
}

/// Bytes handed from a reader thread to the test.
final class LockedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: Data?

    func set(_ value: Data) { lock.withLock { bytes = value } }
    var isSet: Bool { lock.withLock { bytes != nil } }
    var value: Data { lock.withLock { bytes ?? Data() } }
}
