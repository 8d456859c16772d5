import ArgumentParser
struct BenchmarkCommand: AsyncParsableCommand { func run() async throws {} }
