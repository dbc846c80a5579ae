/// The version printed by `openplan --version`.
public enum Openplan {
    public static let version = "0.1.0"
}
