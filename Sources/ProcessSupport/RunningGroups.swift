internal import Glibc
internal import Synchronization

/// The process groups of the children running now, so that Ctrl-C (or a
/// `kill`) of baocao takes its plugins with it instead of leaving a hung one
/// behind: their groups are not baocao's, so the terminal's signal misses them.
enum RunningGroups {
    private static let capacity = 256
    /// Read by the signal handler, which may neither lock nor allocate: a
    /// fixed array of pids, 0 where free, each slot claimed under `lock`.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<pid_t> = {
        let slots = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        return slots
    }()
    private static let lock = Mutex(())
    private static let installed = Atomic<Bool>(false)

    static func add(_ pid: pid_t) {
        lock.withLock { _ in
            for index in 0..<capacity where slots[index] == 0 {
                slots[index] = pid
                return
            }
        }
    }

    static func remove(_ pid: pid_t) {
        lock.withLock { _ in
            for index in 0..<capacity where slots[index] == pid { slots[index] = 0 }
        }
    }

    /// Installs, once, handlers for SIGINT, SIGTERM and SIGHUP that kill the
    /// running groups and then let the signal end baocao as it would have;
    /// and ignores SIGPIPE.
    static func installCleanup() {
        _ = slots
        // A parent may have started baocao with these blocked (as Foundation's
        // Process did in our tests): let them reach at least the threads that run plugins.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        guard installed.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged
        else { return }
        // A plugin that exits without reading its whole request must not end
        // baocao: writing to its closed stdin then fails with EPIPE instead.
        // (Children get SIGPIPE back: posix_spawn's SETSIGDEF.)
        signal(SIGPIPE, SIG_IGN)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                for index in 0..<RunningGroups.capacity {
                    let pid = RunningGroups.slots[index]
                    if pid > 0 { kill(-pid, SIGKILL) }
                }
                Glibc.signal(signal, SIG_DFL)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }
}
