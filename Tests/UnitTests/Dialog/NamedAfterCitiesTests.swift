import Testing

@testable import Brain
@testable import HospitalSearch
import Shared

/// Hospitals named after their own city ("Bombay Hospital", "Pune Netralaya") and names as
/// Marathi writes them: the list, not the city's word, says which is meant.
@Suite("Names that begin with a city")
struct NamedAfterCitiesTests {
    static let directory = HospitalDirectory(
        path: "cities",
        records: [
            HospitalRecord(name: "Bombay Hospital & Medical Research Centre", address: "12 Marine Lines", city: "Mumbai"),
            HospitalRecord(name: "New Bombay Hospital", address: "Sector 19, Airoli, Navi Mumbai", city: "Mumbai"),
            HospitalRecord(name: "Lilavati Hospital", address: "Bandra Reclamation, Bandra West", city: "Mumbai"),
            HospitalRecord(name: "Sevenhills Healthcare Private Limited", address: "Marol-Maroshi Road, Andheri (E)", city: "Mumbai"),
            HospitalRecord(name: "Wockhardt Hospitals Ltd", address: "Dr Anandrao Nair Road, Mumbai Central", city: "Mumbai"),
            HospitalRecord(name: "Pune Netralaya", address: "Aundh", city: "Pune"),
            HospitalRecord(name: "Bhagawati Netralaya", address: "Chakan", city: "Pune"),
            HospitalRecord(name: "Ruby Hall Clinic", address: "Sassoon Road", city: "Pune"),
        ])

    static func understand(_ said: String, in language: Language = .english) -> Understanding {
        Interpreter(directory: directory).understand(said, in: language)
    }

    static func confirmed(_ understanding: Understanding) -> String? {
        guard case .one(let hospital) = directory.confirm(understanding.name, in: understanding.place, heardIn: understanding.heardIn ?? .latin)
        else { return nil }
        return hospital.name
    }

    @Test(
        "A hospital named after its city, asked about by name, is that hospital and not the city's list",
        arguments: [
            ("is bombay hospital covered", "Bombay Hospital & Medical Research Centre"),
            ("is pune netralaya in my network", "Pune Netralaya"),
        ])
    func askedByName(said: String, hospital: String) {
        let understood = Self.understand(said)
        #expect(understood.intent == .confirm, "\(understood)")
        #expect(Self.confirmed(understood) == hospital, "\(understood)")
    }

    @Test("Asking for a city's hospitals is still a list, though a hospital there is named after the city")
    func listsStayLists() {
        let understood = Self.understand("tell me bombay hospitals")
        #expect(understood.intent == .list && understood.name.isEmpty && understood.place == .city("Mumbai"), "\(understood)")
    }

    @Test("Of the names holding every word said, the one they begin is meant")
    func theNameBegun() {
        guard case .one(let hospital) = Self.directory.confirm(["bombay", "hospital"], in: .city("Mumbai")) else {
            Issue.record("\(Self.directory.confirm(["bombay", "hospital"], in: .city("Mumbai")))")
            return
        }
        #expect(hospital.name == "Bombay Hospital & Medical Research Centre")
    }

    @Test("A Marathi case ending is cut from a city's name, and only from one")
    func marathiCaseEndings() {
        let marathi = LanguageRegistry.profile(.marathi)
        #expect(marathi.split("मुंबईतचे")?.stem == "मुंबईत")
        #expect(marathi.split("पुण्याला")?.stem == "पुण्या")
        // A name that merely ends as a case ending does is left whole.
        #expect(marathi.split("भारत") == nil && marathi.split("कमला") == nil)
        let understood = Self.understand("मुंबईतचे वोकहार्ट हॉस्पिटल कॅशलेस चालेल का", in: .marathi)
        #expect(understood.place == .city("Mumbai"), "\(understood)")
    }

    @Test("An English plural written in Devanagari, and its व्ह for v, find the listed name")
    func pluralsAndVh() {
        #expect(Transliteration.latin("व्हिजन") == "vijan")
        let understood = Self.understand("सेव्हनहिल्स हॉस्पिटल माझ्या नेटवर्कमध्ये येते का", in: .marathi)
        #expect(Self.confirmed(understood) == "Sevenhills Healthcare", "\(understood)")
    }
}
