/// Facts about osspec itself that outputs name.
public enum ToolInfo {
    public static let name = "osspec"
    /// Bumped with each release; CHANGELOG.md says what changed.
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/osspec/osspec"
}

extension ToolInfo {
    /// A rule's documentation page (docs/rules/<id>.md) on the project's site.
    public static func documentationURI(ofRule id: String) -> String {
        informationURI + "/blob/main/docs/rules/" + id + ".md"
    }
}
