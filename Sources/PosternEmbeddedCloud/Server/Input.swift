import PosternAWS

extension AWSValue {
    /// A member the operation cannot do without.
    func required(_ member: String) throws -> String {
        guard let value = self[member]?.string, !value.isEmpty else { throw AWSServiceError.missingParameter(member) }
        return value
    }

    func strings(_ member: String) -> [String] { self[member]?.strings ?? [] }

    func bool(_ member: String) -> Bool? { self[member]?.bool }
}

extension Array where Element == Tag {
    var value: AWSValue { .list(map { ["Key": .string($0.key), "Value": .string($0.value)] }) }

    /// The tags a request's `TagSpecifications` give resources of `resourceType`.
    init(specifications input: AWSValue, resourceType: String) throws {
        var tags: [Tag] = []
        for specification in input["TagSpecifications"]?.list ?? [] {
            let type = specification["ResourceType"]?.string ?? resourceType
            guard type == resourceType else {
                throw AWSServiceError(
                    "InvalidParameterValue",
                    "'\(type)' is not a valid taggable resource type for this operation; use '\(resourceType)'.")
            }
            for tag in specification["Tags"]?.list ?? [] {
                tags.append(Tag(key: tag["Key"]?.string ?? "", value: tag["Value"]?.string ?? ""))
            }
        }
        self = tags
    }

    /// `Tags.member.N` as ELBv2 sends them.
    init(list input: AWSValue?) {
        self = (input?.list ?? []).map { Tag(key: $0["Key"]?.string ?? "", value: $0["Value"]?.string ?? "") }
    }
}
