import HospitalSearch
import Shared

/// `/search-hospitals` and `/search-by-city`: answered from the directory, no session.
struct SearchTurnHandler: Sendable {
    let directory: HospitalDirectory

    func answer(_ request: Turn.SearchRequest) -> TurnEffects {
        let search = NetworkSearch(directory: directory)
        let limit = request.limit.map { min(max($0, 1), NetworkSearch.maximumLimit) } ?? NetworkSearch.defaultLimit
        let reply: SearchReply
        if let query = request.query {
            reply = search.hospitals(query: query, city: request.city, limit: limit)
        } else {
            reply = search.byCity(request.city ?? "", limit: limit)
        }
        return TurnEffects(reply: .json(DialogEngine.json(reply)), report: .searched)
    }
}
