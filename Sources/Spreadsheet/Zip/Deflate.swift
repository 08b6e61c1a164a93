import CZlib

/// Raw deflate (RFC 1951) and CRC-32 through zlib, for zip entries.
enum Deflate {
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }

    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard spbe_deflate_init_raw(&stream) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        var input = bytes
        let written = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                return deflate(&stream, Z_FINISH) == Z_STREAM_END ? outputBuffer.count - Int(stream.avail_out) : -1
            }
        }
        return written < 0 ? [] : Array(output[..<written])
    }

    /// The inflated bytes, or nil when they are not raw deflate data or would exceed `limit` bytes: a
    /// compressed entry is inflated no further than its declared size, so a zip bomb costs nothing.
    static func decompress(_ bytes: ArraySlice<UInt8>, expectedSize: Int, limit: Int) -> [UInt8]? {
        guard expectedSize <= limit else { return nil }
        var stream = z_stream()
        guard spbe_inflate_init_raw(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        // One byte more than declared: an entry that inflates past its declared size is refused.
        var output = [UInt8](repeating: 0, count: expectedSize + 1)
        var input = Array(bytes)
        let result: (status: Int32, produced: Int) = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                let status = inflate(&stream, Z_FINISH)
                return (status, outputBuffer.count - Int(stream.avail_out))
            }
        }
        guard result.status == Z_STREAM_END, result.produced == expectedSize else { return nil }
        return Array(output[..<expectedSize])
    }
}
