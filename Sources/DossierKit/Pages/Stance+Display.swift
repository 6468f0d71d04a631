extension Claim.Stance {
    /// A word and a symbol as well as a colour, so that stance never rests on colour alone.
    var symbol: String {
        switch self {
        case .supports: return "✓"
        case .disputes: return "✗"
        case .neutral: return "○"
        }
    }

    var label: String {
        switch self {
        case .supports: return "Supports"
        case .disputes: return "Disputes"
        case .neutral: return "Neutral"
        }
    }
}

extension Topic.Status {
    var label: String {
        switch self {
        case .open: return "Open"
        case .confirmed: return "Confirmed"
        case .refuted: return "Refuted"
        }
    }
}

extension Actor.Kind {
    var label: String {
        switch self {
        case .state: return "State"
        case .person: return "Person"
        case .organisation: return "Organisation"
        case .media: return "Media"
        }
    }

    var pluralLabel: String {
        switch self {
        case .state: return "States"
        case .person: return "People"
        case .organisation: return "Organisations"
        case .media: return "Media"
        }
    }
}
