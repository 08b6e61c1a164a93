import SPBECore

/// The tool could not do its job (exit status 2); printed once as `spbe: error: …`.
public struct ToolError: Error {
    public let message: Localized
    public init(_ message: Localized) { self.message = message }
}
