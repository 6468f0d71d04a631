/// A problem of YAML text: libyaml's own report (reading, scanning, parsing), which stops the
/// parse, or one of the composer's (an undefined alias or a second document, which stop it too;
/// a repeated key or an escape that writes a control character, which do not).
struct YAMLProblem: Error {
    enum Stage {
        case reader, scanner, parser, composer, duplicateKeys, escape, memory
    }

    var stage: Stage
    /// What libyaml was reading when it failed ("while scanning a quoted scalar"), and where it started.
    var context: (text: String, mark: YAMLMark)?
    /// The problem itself ("found unexpected end of stream").
    var problem: String
    var mark: YAMLMark
    /// For `duplicateKeys`, the key repeated at `mark`, and where it was first given.
    var repeatedKey: String?
    var firstGiven: YAMLMark?
    /// For `escape`, the escape as written (`\x0c`).
    var escape: String?
}
