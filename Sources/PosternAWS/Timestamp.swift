import Foundation

/// AWS's ISO 8601 timestamps with milliseconds (`2026-11-22T02:19:05.000Z`).
public enum AWSTimestamp {
    public static func format(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    public static func parse(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        return nil
    }
}
