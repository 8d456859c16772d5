/// A network list that cannot be used, with the file and the reason.
public struct NetworkListError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "Cannot load the network list \(path): \(problem)." }
}
