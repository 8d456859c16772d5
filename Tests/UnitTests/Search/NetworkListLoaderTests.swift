import Foundation
import TestSupport
import Testing

@testable import Brain
@testable import HospitalSearch

/// Reading network lists, with all the mess real files have.
@Suite("Network list loading")
struct NetworkListLoaderTests {
    func write(_ text: String, bytes prefix: [UInt8] = []) throws -> String {
        let path = try PackagePaths.temporaryDirectory("csv").appendingPathComponent("list.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(prefix + Array(text.utf8)))
        return path
    }

    @Test("Quoted commas, a BOM, CRLF line ends, blank lines, stray spaces and duplicates are handled")
    func messyButValid() throws {
        let text =
            "HOSPITAL NAME , Address,city\r\n"
            + "\"Manipal Hospitals, Sarjapur\",\"Survey No 46/2, Ambalipura Sarjapur Road\",Bengaluru\r\n"
            + "\r\n"
            + "  Ruby Hall Clinic  ,  40 Sassoon Road ,  Pune  \r\n"
            + "Ruby Hall Clinic,40 Sassoon Road,Pune\r\n"
            + ",No name here,Pune\r\n"
            + "Nameless City Hospital,Somewhere,\r\n"
        let loaded = try NetworkListLoader.load(path: try write(text, bytes: [0xEF, 0xBB, 0xBF]))
        #expect(
            loaded.records == [
                HospitalRecord(name: "Manipal Hospitals, Sarjapur", address: "Survey No 46/2, Ambalipura Sarjapur Road", city: "Bengaluru"),
                HospitalRecord(name: "Ruby Hall Clinic", address: "40 Sassoon Road", city: "Pune"),
            ])
        #expect(loaded.skipped == ["duplicate rows": 1, "without a hospital name": 1, "without a city": 1])
        #expect(loaded.skippedSummary.contains("1 duplicate rows"))
    }

    @Test(
        "A file that cannot be used stops with one message naming the file and the problem",
        arguments: [
            ("Name,Address,City\nA,B,C\n", "missing column 'HOSPITAL NAME'"),
            ("HOSPITAL NAME,CITY\nA,B\n", "missing column 'ADDRESS'"),
            ("", "empty"),
            ("HOSPITAL NAME,Address,CITY\n", "no usable rows"),
        ])
    func unusableFiles(text: String, problem: String) throws {
        let path = try write(text)
        #expect {
            _ = try NetworkListLoader.load(path: path)
        } throws: { error in
            let message = "\(error)"
            return message.contains(path) && message.contains(problem)
        }
    }

    @Test("A missing file, a directory and a file that is not UTF-8 are explained")
    func unreadableFiles() throws {
        #expect(throws: NetworkListError(path: "/nonexistent/list.csv", problem: "the file does not exist")) {
            _ = try NetworkListLoader.load(path: "/nonexistent/list.csv")
        }
        let directory = try PackagePaths.temporaryDirectory("dir").path
        #expect(throws: NetworkListError(path: directory, problem: "it is a directory, not a CSV file")) {
            _ = try NetworkListLoader.load(path: directory)
        }
        let latin1 = try write("", bytes: Array("HOSPITAL NAME,Address,CITY\nCaf".utf8) + [0xE9, 0xFF] + Array(",x,Pune\n".utf8))
        #expect(throws: NetworkListError(path: latin1, problem: "it is not UTF-8 text")) {
            _ = try NetworkListLoader.load(path: latin1)
        }
    }

    @Test("The bundled demo list loads and has the hospitals a fresh clone's first call needs")
    func demoList() throws {
        let loaded = try NetworkListLoader.load(path: NetworkSource.bundledDemoList)
        #expect(loaded.records.count >= 24)
        #expect(loaded.skippedCount == 0)
        let index = HospitalIndex(records: loaded.records)
        let bengaluru = try #require(index.places.city(named: "bengaluru"))
        #expect(index.hospitals(inCity: bengaluru).count >= 3)
        #expect(index.find(HospitalQuery(text: "Manipal Sarjapur", cities: [bengaluru])).matches.count == 1)
    }

    @Test("A row or field far past any real one is refused with its row number, before any work on it")
    func enormousRows() throws {
        let huge = String(repeating: "x", count: 200_000)
        let path = try write("HOSPITAL NAME,Address,CITY\nGood Hospital,1 Road,Pune\n\(huge),2 Road,Pune\nLong Name \(String(repeating: "y", count: 400)),3 Road,Pune\n")
        let loaded = try NetworkListLoader.load(path: path)
        #expect(loaded.records.map(\.name) == ["Good Hospital"])
        #expect(loaded.skippedRows.map(\.row) == [3, 4])
        #expect(loaded.skippedRows[0].reason.contains("at most 4096") && loaded.skippedRows[1].reason.contains("HOSPITAL NAME longer than 300"))
    }
}
