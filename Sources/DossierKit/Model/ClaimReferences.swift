/// What a claim refers to, and where each reference is written: all that checking its
/// references needs. Kept for a claim that did not read (a field it cannot do without, its date,
/// actor or text, was missing or wrong), so that its references are still checked in the same
/// run and claims answering it are not told it is unknown.
public struct ClaimReferences: Sendable {
    /// Nil when the id itself did not read.
    var id: String?
    var actor: String?
    var topic: String?
    var subjects: [String]
    var weapons: [String]
    var respondsTo: [String]
    var sources: [Claim.Source]
    var source: SourceMap
}

extension ClaimReferences {
    init(_ claim: Claim) {
        self.init(
            id: claim.id, actor: claim.actor, topic: claim.topic, subjects: claim.subjects, weapons: claim.weapons,
            respondsTo: claim.respondsTo, sources: claim.sources, source: claim.source)
    }
}
