/// The closed classes of words the understanding stage reads: each language gives its own words
/// for each (``LanguageProfile/closedClasses``), and ``Lexicon`` joins every language's. What each
/// class is for is said where ``Lexicon`` names it.
enum ClosedClass: CaseIterable, Sendable {
    case goodbye, thanks, count, networkSize, confirm, list, more, switchPlace
    case address, yes, no, help, identity, lineCheck, repeatLast, slower
    case textMe, stopRecording, humanAgent, humanAgentNouns, networkQuestion, correction, requestWords, clauseJoiners
    case placeJoiners, comparing, comparingAlone, comparingQuestions, pinWords
    case filler, prepositions, postpositions, notPlaces, negations, takenBackBefore, takenBackAfter, takenBackFiller
    case adjectival, onWords, backReferences, hospitalWords, speakingWords, languageFrame, beforeNetworkPhrase
    case genitives, closesAPlace, both, areaLeadIns, otherPeople, phoneNouns, thatsAll, ambiguousNumbers
    case countedNouns, countFollowers, countLeaders, anyOf, oneWords, thatOne, emergency, emergencySigns
    case longAgo, possessives, insuranceObjects, titles, questionWords, questionOpeners, placeNouns, copulas
    case bodyParts, injuries, longStanding, articles
}
