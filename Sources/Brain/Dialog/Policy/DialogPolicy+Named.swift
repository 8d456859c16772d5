import HospitalSearch

/// Questions about a hospital by name, and the place they are asked in.
extension DialogPolicy {
    /// The request a question about a named hospital makes ("is Jehangir covered", "how many
    /// Sahyadri hospitals in Pune"). Its place is the one said; else, for the name Loop AI just asked
    /// the city of, the city given; else, when the caller points back at the last answer ("how many
    /// of them are Sahyadri", "उनमें से सह्याद्रि कितने हैं"), that answer's place — a name asked
    /// about on its own never borrows one.
    func namedRequest(_ understanding: Understanding, pending: Pending?, state: DialogState) -> DialogRequest {
        var request = DialogRequest(kind: .confirm, place: understanding.place, name: understanding.name)
        if !understanding.unspoken.isEmpty { request.unspoken = understanding.unspoken }
        if understanding.heardIn.isTransliterated { request.heardIn = understanding.heardIn }
        if understanding.wantsAddress { request.wantsAddress = true }
        if request.place == nil, case .whichCity(let waiting)? = pending, case .confirm = waiting.kind, waiting.name == request.name {
            request.place = waiting.place
        }
        if request.place == nil, understanding.refersBack { request.place = state.lastRequest?.placeToBorrow }
        return request
    }
}
