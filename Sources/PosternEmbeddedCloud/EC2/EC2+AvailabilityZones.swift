import PosternAWS

extension EC2 {
    func describeAvailabilityZones(_ input: AWSValue) throws -> AWSValue {
        let names = input.strings("ZoneNames"), ids = input.strings("ZoneIds")
        for name in names where caller.region.zone(named: name, for: caller.account) == nil {
            throw AWSServiceError.invalidParameterValue("ZoneName", name, "\(caller.region.name) has \(caller.zones.map(\.name).joined(separator: ", ")).")
        }
        let filters = try Filters(input, supported: ["zone-name", "zone-id", "state", "region-name", "zone-type"])
        let zones = caller.zones.filter { zone in
            (names.isEmpty || names.contains(zone.name)) && (ids.isEmpty || ids.contains(zone.id))
                && filters.match { name in
                    switch name {
                    case "zone-name": [zone.name]
                    case "zone-id": [zone.id]
                    case "state": ["available"]
                    case "region-name": [caller.region.name]
                    default: ["availability-zone"]
                    }
                }
        }
        return ["AvailabilityZones": .list(zones.map { zone in
            [
                "ZoneName": .string(zone.name), "ZoneId": .string(zone.id), "State": "available",
                "RegionName": .string(caller.region.name), "ZoneType": "availability-zone",
                "GroupName": .string(caller.region.name), "NetworkBorderGroup": .string(caller.region.name),
                "OptInStatus": "opt-in-not-required", "Messages": [],
            ]
        })]
    }

    func describeRegions(_ input: AWSValue) throws -> AWSValue {
        let names = input.strings("RegionNames")
        return ["Regions": .list(Region.all.filter { names.isEmpty || names.contains($0.name) }.map { region in
            ["RegionName": .string(region.name), "Endpoint": .string("ec2.\(region.name).amazonaws.com"),
             "OptInStatus": "opt-in-not-required"]
        })]
    }
}
