import ArgumentParser
struct CallCommand: AsyncParsableCommand { func run() async throws {} }
struct BenchCommand: AsyncParsableCommand { func run() async throws {} }
