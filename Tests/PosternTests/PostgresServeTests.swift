import Foundation
import PosternTestSupport
import Testing

/// `postern serve --store postgres://…`: the control plane keeps its state in PostgreSQL, not in
/// the data directory, and finds it again after a restart.
@Suite struct PostgresServeTests {
    @Test func serveKeepsItsStateInPostgreSQLAcrossARestart() async throws {
        let server = try await PostgreSQLServer.url()
        let database = "serve_\(UUID().uuidString.prefix(8).lowercased())"
        let made = try await Subprocess.run(["psql", server, "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE \(database)"])
        #expect(made.status == 0, "\(made.stderr)")
        let url = server.replacingOccurrences(of: "/postgres", with: "/\(database)")

        var postern = try await PosternProcess(arguments: ["--store", url])
        let directory = postern.dataDirectory
        #expect(postern.output.contains("store: PostgreSQL at \(url), schema postern"), "\(postern.output)")
        let api = try postern.api()
        let created = try await api.post("/v1beta1/clusters", #"{"displayName": "kept", "region": {"name": "regions/aws-us-west-2"}}"#)
        let id = try #require(created.json["clusterId"].string)
        _ = try await api.wait("/v1beta1/clusters/\(id)", until: "state", is: "ACTIVE")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("postern.sqlite").path), "nothing kept in SQLite")
        postern.stop()

        postern = try await PosternProcess(arguments: ["--store", url], dataDirectory: directory)
        let again = try await postern.api().get("/v1beta1/clusters/\(id)")
        #expect(again.json["state"].string == "ACTIVE", "\(again.json)")
        #expect(again.json["displayName"].string == "kept")
        let events = try await postern.api().get("/v1beta1/clusters/\(id)/events")
        #expect(events.json["events"].array.map { $0["state"].string } == ["CREATING", "ACTIVE"], "\(events.json)")

        let refused = try await Subprocess.run(
            [try PosternProcess.binary().path, "serve", "--data-dir", Scratch.path("postern-test").path, "--store", "mysql://root@127.0.0.1/x", "--port", "0",
             "--cloud-port", "0", "--dns-port", "0"])
        #expect(refused.status != 0)
        #expect((refused.stdout + refused.stderr).contains("is not a PostgreSQL URL"), "\(refused.stdout)\(refused.stderr)")
    }
}
