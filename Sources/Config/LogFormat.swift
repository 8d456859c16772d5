/// How log lines are written (`LOG_FORMAT`): `key=value` text for people, or one JSON object per
/// line for log shippers.
public enum LogFormat: String, Sendable, CaseIterable {
    case text, json
}
