/// Large network lists made deterministically from a real one, for measuring the index at scale.
///
/// Each synthetic hospital takes its brand word from one real hospital, the rest of its name from
/// a second and its address and city from a third, so word frequencies, name lengths and city
/// sizes stay realistic while the hospitals themselves are new.
enum SyntheticNetwork {
    static func records(count: Int, from real: [HospitalRecord]) -> [HospitalRecord] {
        guard !real.isEmpty else { return [] }
        let n = real.count
        var result: [HospitalRecord] = []
        result.reserveCapacity(count)
        for i in 0..<count {
            let brand = real[(i &* 7919) % n].name.split(separator: " ").first.map(String.init) ?? "Hospital"
            let rest = real[(i &* 104_729 &+ 13) % n].name.split(separator: " ").dropFirst().joined(separator: " ")
            let place = real[(i &* 1_299_709 &+ 7) % n]
            result.append(HospitalRecord(name: rest.isEmpty ? brand : brand + " " + rest, address: place.address, city: place.city))
        }
        return result
    }
}
