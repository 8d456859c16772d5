/// Renders settings as the environment section of a `--help` text.
public enum SettingsHelp {
    public static func text(for settings: [Setting]) -> String {
        settings.map { setting in
            let value = setting.defaultValue.map { " (default: \($0))" } ?? " (default: unset)"
            return "  \(setting.name)\(value)\n      \(setting.summary)"
        }.joined(separator: "\n")
    }
}
