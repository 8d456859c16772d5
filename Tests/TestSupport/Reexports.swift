// The seeded generator lives with the code that generates evaluation calls; tests use the same one.
@_exported import struct Shared.SeededGenerator
