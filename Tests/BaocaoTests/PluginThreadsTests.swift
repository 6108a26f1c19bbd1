import BaocaoKit
import Foundation
import ReportModel
import Testing

/// `generate` makes a report's plugins on several threads, each reading the
/// store through a replica of the session: the bundle must be the one made a
/// plugin at a time, in plugin order, for every unit and however many threads.
@Suite struct PluginThreadsTests {
    @Test func aReportMadeOnSeveralThreadsIsTheOneMadeOnOne() throws {
        let session = try ReportSession(ReportSetup(data: Fixtures.sample))
        #expect(session.plugins.count >= 3, "the sample runs every bundled plugin")
        let period = try Period(parsing: "2024-Q2")
        for unit in [session.root] + session.units(ofKinds: [.grassrootsCommittee]).prefix(2) {
            let alone = session.report(unit: unit, period: period)
            #expect(alone.failures.isEmpty)
            for threads in [2, 3, 8] {
                let together = session.report(unit: unit, period: period, threads: threads)
                #expect(together.bundle == alone.bundle, "unit \(unit.id), \(threads) threads")
                #expect(together.failures == alone.failures)
            }
        }
    }
}
