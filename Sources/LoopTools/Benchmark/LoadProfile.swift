/// What simulated callers say during a load benchmark: a realistic mix of questions,
/// follow-ups and endings, cycled deterministically.
enum LoadProfile {
    /// One call's script after the greeting; the last line ends the call.
    static let calls: [[String]] = [
        ["Tell me 3 hospitals around Bangalore", "more", "what's the address of the second one?", "bye"],
        ["Can you confirm if Manipal Sarjapur in Bangalore is in my network?", "thank you, that's all"],
        ["How many network hospitals are there in Pune?", "yes", "bye"],
        ["Is Fortis Mulund in my network?", "what about Delhi?", "goodbye"],
        ["Hospitals in Mumbai", "next ones", "the first one", "that's all"],
        ["Is Narayana in my network?", "Kolkata", "no thanks"],
        ["Tell me five hospitals in Gurgaon", "how many are there?", "bye"],
        ["Is Apollo in Chennai covered?", "what about Bengaluru?", "bye"],
    ]
}
