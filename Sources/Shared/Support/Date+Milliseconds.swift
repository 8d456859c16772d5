import Foundation

extension Date {
    /// Milliseconds since the epoch, the unit every timestamp in Redis uses.
    public static var nowMilliseconds: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
