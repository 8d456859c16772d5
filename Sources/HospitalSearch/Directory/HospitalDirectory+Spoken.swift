/// How Loop AI says the hospitals it names.
extension HospitalDirectory {
    /// One hospital as Loop AI names it.
    func spoken(_ hospital: Int) -> SpokenHospital {
        let record = index.hospitals[hospital]
        return SpokenHospital(name: index.spokenName(hospital), area: index.area(hospital), address: record.address, city: index.cityName(hospital))
    }

    /// Several hospitals as they will be named together: two that would sound the same
    /// ("Manipal Hospitals in Whitefield", twice) are told apart by a narrower area.
    func spoken(_ hospitals: [Int]) -> [SpokenHospital] {
        var spoken = hospitals.map(spoken)
        for (position, hospital) in hospitals.enumerated() {
            let same = spoken.indices.filter { spoken[$0].name == spoken[position].name && spoken[$0].area == spoken[position].area }
            guard same.count > 1, same.first != position, let narrower = index.narrowerArea(hospital) else { continue }
            spoken[position].area = narrower
        }
        return spoken
    }
}
