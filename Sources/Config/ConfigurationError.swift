/// A configuration value that cannot be used, with a message meant for the operator who set it.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
