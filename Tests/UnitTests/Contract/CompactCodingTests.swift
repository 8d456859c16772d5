import Foundation
import TestSupport
import Testing

@testable import Shared

/// The compact Codable encoding used for call sessions.
@Suite("Compact coding")
struct CompactCodingTests {
    enum Shape: Codable, Equatable {
        case none
        case circle(radius: Double)
        case labelled(String, Int)
        case nested(Box?)
    }

    struct Box: Codable, Equatable {
        var name: String
        var sizes: [Int]
        var maybe: String?
        var flags: [Bool?]
        var shapes: [Shape]
        var byName: [String: Int]
        var byNumber: [Int: String]
        var big: UInt64
        var small: Int8
        var ratio: Float
        var matrix: [[Int]]
    }

    static let sample = Box(
        name: "मणिपाल \"Sarjapur\"\n", sizes: [0, -1, 127, 128, Int.max, Int.min], maybe: nil, flags: [true, nil, false],
        shapes: [.none, .circle(radius: -0.5), .labelled("", 3), .nested(nil), .nested(Box.empty)], byName: ["a": 1, "": 2],
        byNumber: [7: "seven", -1: "minus"], big: .max, small: -128, ratio: 1.5, matrix: [[], [1, 2], []])

    @Test("Structs, enums with payloads, optionals, dictionaries and extreme numbers round-trip")
    func roundTrip() throws {
        let bytes = try CompactEncoder(version: 7).encode(Self.sample)
        #expect(bytes.first == 7)
        #expect(try CompactDecoder().decode(Box.self, from: bytes) == Self.sample)
        #expect(try CompactDecoder().decode([Box].self, from: try CompactEncoder(version: 1).encode([Self.sample, .empty])) == [Self.sample, .empty])
        #expect(try CompactDecoder().decode(String?.self, from: try CompactEncoder(version: 1).encode(String?.none)) == nil)
    }

    @Test("A field added later decodes as absent from older bytes, and an unknown field is ignored")
    func toleratesAddedFields() throws {
        struct Old: Codable { var name: String }
        struct New: Codable, Equatable {
            var name: String
            var added: Int?
        }
        #expect(try CompactDecoder().decode(New.self, from: try CompactEncoder(version: 1).encode(Old(name: "x"))) == New(name: "x", added: nil))
        #expect(try CompactDecoder().decode(Old.self, from: try CompactEncoder(version: 1).encode(New(name: "y", added: 3))).name == "y")
    }

    @Test("A wrong type is a DecodingError")
    func wrongTypeFails() throws {
        let bytes = try CompactEncoder(version: 1).encode(["a": "text"])
        #expect(throws: DecodingError.self) { try CompactDecoder().decode([String: Int].self, from: bytes) }
    }

    @Test("Cut, damaged or deeply nested bytes are refused with an error, never a crash")
    func refusesDamage() throws {
        let bytes = try CompactEncoder(version: 1).encode(Self.sample)
        for length in 0..<bytes.count {
            #expect(throws: (any Error).self) { try CompactDecoder().decode(Box.self, from: Array(bytes.prefix(length))) }
        }
        var generator = SeededGenerator(seed: 31)
        for _ in 0..<3_000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                damaged[Int.random(in: 1..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = try? CompactDecoder().decode(Box.self, from: damaged)
        }
        let deep = [1] + Array(repeating: CompactTag.unkeyed.rawValue, count: 10_000) + Array(repeating: CompactTag.end.rawValue, count: 10_000)
        #expect(throws: DecodingError.self) { try CompactDecoder().decode([[Int]].self, from: deep) }
    }
}

extension CompactCodingTests.Box {
    static let empty = Self(name: "", sizes: [], maybe: "", flags: [], shapes: [], byName: [:], byNumber: [:], big: 0, small: 0, ratio: 0, matrix: [])
}
