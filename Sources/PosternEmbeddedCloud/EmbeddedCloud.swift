import Foundation
import PosternAWS
import PosternAlibaba
import PosternDataPlane

/// The embedded cloud: it holds every account's resources, performs AWS's and Alibaba Cloud's
/// operations on them and keeps them in its own SQLite file, so they outlive a restart.
public actor EmbeddedCloud {
    public struct Configuration: Sendable {
        /// How long provisioning takes (a load balancer, an endpoint service, an endpoint).
        public var delay: TimeInterval
        /// Whether requests must carry a valid SigV4 signature by a known key.
        public var verifiesSignatures: Bool
        /// The loopback slots new VPCs take theirs from (see LoopbackMap): two clouds on one
        /// machine use different ones so that their endpoints' addresses do not meet.
        public var loopbackSlots: ClosedRange<Int>
        /// What share of requests fail, and how.
        public var faults: Faults

        public init(
            delay: TimeInterval = 2, verifiesSignatures: Bool = false, loopbackSlots: ClosedRange<Int> = LoopbackMap.slots, faults: Faults = .none
        ) {
            self.delay = delay
            self.verifiesSignatures = verifiesSignatures
            self.loopbackSlots = loopbackSlots
            self.faults = faults
        }
    }

    public let configuration: Configuration
    public nonisolated let credentials: CloudCredentials
    public nonisolated let alibabaCredentials: AlibabaCloudCredentials
    /// Signalled after every request that changed something.
    public nonisolated let changes = ChangeSignal()
    private var state: CloudState
    private let store: CloudStore
    /// What the data plane meters, for CloudWatch's answers.
    public nonisolated let meter: UsageMeter?

    public init(dataDirectory: URL, configuration: Configuration, meter: UsageMeter? = nil) throws {
        self.meter = meter
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        self.configuration = configuration
        store = try CloudStore(path: dataDirectory.appendingPathComponent("cloud.sqlite").path)
        state = try store.load()
        state.assignLoopbackSlots(from: configuration.loopbackSlots)
        try store.save(&state)
        credentials = try CloudCredentials(file: dataDirectory.appendingPathComponent("cloud-credentials"))
        alibabaCredentials = try AlibabaCloudCredentials(file: dataDirectory.appendingPathComponent("alibaba-credentials"))
    }

    /// Who an access key acts as: a role session's account, a 12-digit key's own account, or
    /// the default customer account.
    func identity(accessKeyID: String) -> (account: String, arn: String, userID: String) {
        if let session = state.roleSessions[accessKeyID] {
            let role = session.roleARN.split(separator: "/").last ?? ""
            return (session.account, "arn:aws:sts::\(session.account):assumed-role/\(role)/\(session.sessionName)",
                    "AROA\(accessKeyID.dropFirst(4)):\(session.sessionName)")
        }
        let account = Account.of(accessKeyID: accessKeyID)
        return (account, Account.rootARN(account), account)
    }

    /// The secret a key signs with: a role session's, or one listed in the credentials file.
    func secret(accessKeyID: String) -> String? {
        state.roleSessions[accessKeyID]?.secretAccessKey ?? credentials.secret(accessKeyID: accessKeyID)
    }

    /// What the data plane should carry now, with every provisioning delay that has passed
    /// taken into account, and when a delay next ends (the plan may change then).
    public func networkPlan() throws -> (plan: NetworkPlan, nextTransition: Date?) {
        try changing(signal: false) { $0.advance(to: Date()) }
        return (state.networkPlan(), state.nextTransition)
    }

    /// Applies `change` to the cloud in place and saves what it changed; if it or the save
    /// fails, undoes all of it. Signals the change unless told not to.
    private func changing<T>(signal: Bool = true, _ change: (inout CloudState) throws -> T) throws -> T {
        do {
            let result = try change(&state)
            if try store.save(&state), signal { changes.signal() }
            return result
        } catch {
            state.rollBack()
            throw error
        }
    }

    /// Performs one operation as `accessKeyID` in `region`: all its changes are saved, or none.
    func perform(service: CloudService, operation: String, input: AWSValue, accessKeyID: String, region: Region) throws -> AWSValue {
        let now = Date()
        let who = identity(accessKeyID: accessKeyID)
        let caller = Caller(
            account: who.account, arn: who.arn, userID: who.userID, region: region, now: now, delay: configuration.delay,
            loopbackSlots: configuration.loopbackSlots, meter: meter)
        return try changing { cloud in
            cloud.advance(to: now)
            // The operations hold the only reference while they work, so no table is copied.
            var operations = service.operations.init(cloud: cloud, caller: caller)
            cloud = CloudState()
            defer { cloud = operations.cloud }
            return try operations.perform(operation, input)
        }
    }

    /// Performs one Alibaba Cloud action as the account of `accessKeyID`, as `perform` does AWS's.
    func performAlibaba(api: AlibabaAPI, action: String, input: AlibabaInput, accessKeyID: String) throws -> AlibabaJSON {
        let now = Date()
        let caller = AlibabaCaller(
            account: AlibabaAccount.of(accessKeyID: accessKeyID), now: now, delay: configuration.delay, loopbackSlots: configuration.loopbackSlots)
        return try changing { cloud in
            cloud.advance(to: now)
            var operations = AlibabaOperations(cloud: cloud, caller: caller)
            cloud = CloudState()
            defer { cloud = operations.cloud }
            return try operations.perform(api, action, input)
        }
    }
}
