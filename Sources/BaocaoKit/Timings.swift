internal import Dispatch
internal import Foundation

/// With `BAOCAO_TIMINGS` set, the seconds since the first mark at which each phase
/// of a run ended, on standard error: for benchmarks and profiling
/// (docs/performance.md), not for users, so not translated.
enum Timings {
    private static let enabled = ProcessInfo.processInfo.environment["BAOCAO_TIMINGS"] != nil
    private static let start = DispatchTime.now()

    static func mark(_ phase: @autoclosure () -> String) {
        guard enabled else { return }
        let first = start   // set by the first mark
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - first.uptimeNanoseconds) / 1e9
        FileHandle.standardError.write(Data("timing \(phase()) \(String(format: "%.3f", seconds))\n".utf8))
    }
}
