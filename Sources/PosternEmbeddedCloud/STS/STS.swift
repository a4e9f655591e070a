import Foundation
import PosternAWS

/// Who the caller is, and role sessions that act in another account.
struct STS {
    var cloud: CloudState
    let caller: Caller

    /// Operations AWS takes without a signature.
    static let unsignedOperations: Set<String> = ["AssumeRoleWithWebIdentity"]

    mutating func perform(_ operation: String, _ input: AWSValue) throws -> AWSValue {
        switch operation {
        case "GetCallerIdentity":
            return ["Account": .string(caller.account), "Arn": .string(caller.arn), "UserId": .string(caller.userID)]
        case "AssumeRole": return try assumeRole(input)
        case "AssumeRoleWithWebIdentity":
            guard let token = input["WebIdentityToken"]?.string, (4...20000).contains(token.count) else {
                throw AWSServiceError("InvalidIdentityToken", "The web identity token is missing or not 4 to 20,000 characters long.")
            }
            var output = try assumeRole(input)
            if case .structure(var members) = output {
                members["SubjectFromWebIdentityToken"] = .string("system:serviceaccount:postern")
                members["Audience"] = "sts.amazonaws.com"
                members["Provider"] = "postern.local"
                output = .structure(members)
            }
            return output
        default: throw AWSServiceError.invalidAction(operation, service: "STS")
        }
    }

    /// The embedded cloud has no IAM: any role ARN can be assumed (and any web identity token
    /// is taken), and the credentials act in the role's account.
    mutating func assumeRole(_ input: AWSValue) throws -> AWSValue {
        let roleARN = try input.required("RoleArn")
        let sessionName = try input.required("RoleSessionName")
        let parts = roleARN.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "iam", Account.isAccountID(String(parts[4])),
            parts[5].hasPrefix("role/")
        else {
            throw AWSServiceError("ValidationError", "The role ARN '\(roleARN)' is invalid: use arn:aws:iam::<12-digit account>:role/<name>.")
        }
        guard (2...64).contains(sessionName.count) else {
            throw AWSServiceError("ValidationError", "The role session name must be 2 to 64 characters long.")
        }
        let duration = input["DurationSeconds"]?.int ?? 3600
        let session = RoleSession(
            accessKeyID: "ASIA" + CloudID.alphanumeric(16), secretAccessKey: CloudID.alphanumeric(40, uppercase: false),
            account: String(parts[4]), roleARN: roleARN, sessionName: sessionName,
            expiresAt: caller.now.addingTimeInterval(TimeInterval(duration)), createdAt: caller.now)
        cloud.roleSessions[session.id] = session
        let roleName = parts[5].dropFirst("role/".count)
        let roleID = "AROA" + String(Region.stableHash(roleARN), radix: 36).uppercased()
        return [
            "Credentials": [
                "AccessKeyId": .string(session.accessKeyID), "SecretAccessKey": .string(session.secretAccessKey),
                "SessionToken": .string(CloudID.alphanumeric(64, uppercase: false)), "Expiration": .timestamp(session.expiresAt),
            ],
            "AssumedRoleUser": [
                "AssumedRoleId": .string("\(roleID):\(sessionName)"),
                "Arn": .string("arn:aws:sts::\(session.account):assumed-role/\(roleName)/\(sessionName)"),
            ],
            "PackedPolicySize": 0,
        ]
    }
}
