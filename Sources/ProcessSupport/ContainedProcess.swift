internal import CSpawn
internal import Glibc

/// Runs a program we did not write and keeps it in bounds: no shell, a
/// minimal environment, its own process group (killed whole on timeout, so a
/// child it forked dies too), a cap on what it may print, a time limit, stdin
/// closed once the request is written. Synchronous: the caller's thread waits,
/// polling the pipes, so a plugin that never reads or never answers cannot
/// block it past the deadline.
///
/// Foundation's `Process` cannot start a child in a process group of its own
/// on Linux, nor cap its output while it runs; swift-subprocess is async only.
public enum ContainedProcess {
    /// What to run. `executable` is a path (see `resolve`); `arguments` the
    /// rest of the argument list, passed as they are — nothing is interpreted.
    public struct Command: Sendable {
        public var executable: String
        public var arguments: [String]
        public var directory: String
        /// The whole environment the child gets.
        public var environment: [String: String]

        public init(executable: String, arguments: [String], directory: String, environment: [String: String]) {
            self.executable = executable
            self.arguments = arguments
            self.directory = directory
            self.environment = environment
        }
    }

    public struct Limits: Sendable {
        public var timeLimit: Duration
        /// Bytes of standard output beyond which the child is killed.
        public var outputCap: Int
        /// Bytes of standard error kept: the last ones.
        public var errorTail: Int

        public init(timeLimit: Duration, outputCap: Int, errorTail: Int = 16 * 1024) {
            self.timeLimit = timeLimit
            self.outputCap = outputCap
            self.errorTail = errorTail
        }
    }

    public enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Killed, with its process group, at the time limit.
        case timedOut
        /// Killed, with its process group, when its output passed the cap.
        case outputExceeded
    }

    public struct Outcome: Sendable {
        public var ending: Ending
        /// Standard output, whole unless `ending` is `outputExceeded`.
        public var output: [UInt8]
        /// The last bytes of standard error (`Limits.errorTail`).
        public var errorTail: [UInt8]
        /// Whether the child stopped reading before it had the whole input.
        public var inputRefused: Bool
        public var elapsed: Duration
    }

    public enum StartError: Error, Sendable, Equatable {
        case notFound(String)
        case notExecutable(String)
        /// `posix_spawn` failed: the errno's text, e.g. "Exec format error".
        case cannotStart(String, reason: String)
    }

    /// `name` as a path to start: relative to `directory` when it holds a `/`
    /// (`./score.py`, `bin/tool`), else looked up in `path` (`python3`), as a
    /// shell would, but without one.
    public static func resolve(_ name: String, in directory: String, path: String) throws(StartError) -> String {
        if name.contains("/") {
            let full = name.hasPrefix("/") ? name : directory + "/" + name
            guard access(full, F_OK) == 0 else { throw .notFound(name) }
            guard isExecutableFile(full) else { throw .notExecutable(name) }
            return full
        }
        var found: String?
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = folder + "/" + name
            if isExecutableFile(candidate) { return candidate }
            if found == nil, access(candidate, F_OK) == 0 { found = candidate }
        }
        throw found == nil ? .notFound(name) : .notExecutable(name)
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }

    /// Starts `command`, writes `input` to its stdin and closes it, collects
    /// what it prints until it exits or a limit is reached, and never leaves
    /// a process of its group behind.
    public static func run(_ command: Command, input: [[UInt8]], limits: Limits) throws(StartError) -> Outcome {
        let started = ContinuousClock.now
        let deadline = started + limits.timeLimit
        guard let stdinPipe = Pipe(), let stdoutPipe = Pipe(), let stderrPipe = Pipe() else {
            throw .cannotStart(command.executable, reason: String(cString: strerror(errno)))
        }
        RunningGroups.installCleanup()
        let pid = try spawn(command, stdin: stdinPipe.read, stdout: stdoutPipe.write, stderr: stderrPipe.write)
        RunningGroups.add(pid)
        defer { RunningGroups.remove(pid) }
        // The child holds its own copies now; ours of its ends would keep its output open.
        stdinPipe.closeRead()
        stdoutPipe.closeWrite()
        stderrPipe.closeWrite()

        var stdin: Int32? = stdinPipe.takeWrite()
        var stdout: Int32? = stdoutPipe.takeRead()
        var stderr: Int32? = stderrPipe.takeRead()
        for descriptor in [stdin, stdout, stderr].compactMap(\.self) {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        var pending = Input(input)
        var output: [UInt8] = []
        var errors = Tail(capacity: limits.errorTail)
        var inputRefused = false
        var ending: Ending?
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)

        if pending.isEmpty, let descriptor = stdin {
            close(descriptor)
            stdin = nil
        }
        while stdout != nil || stderr != nil {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { ending = .timedOut; break }
            var watched: [pollfd] = []
            if let stdin { watched.append(pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)) }
            if let stdout { watched.append(pollfd(fd: stdout, events: Int16(POLLIN), revents: 0)) }
            if let stderr { watched.append(pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&watched, nfds_t(watched.count), Int32(clamping: remaining.milliseconds + 1))
            if ready < 0 {
                if errno == EINTR { continue }
                ending = .timedOut   // cannot watch it any more: treat as hung
                break
            }
            for entry in watched where entry.revents != 0 {
                switch entry.fd {
                case stdin:
                    if pending.write(to: entry.fd) == false {   // the child closed its stdin
                        inputRefused = !pending.isEmpty
                        pending = Input([])
                    }
                    if pending.isEmpty {
                        close(entry.fd)
                        stdin = nil
                    }
                case stdout:
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count > 0 {
                        output.append(contentsOf: buffer[0..<count])
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        close(entry.fd)
                        stdout = nil
                    }
                case stderr:
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count > 0 {
                        errors.append(buffer[0..<count])
                    } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                        close(entry.fd)
                        stderr = nil
                    }
                default:
                    break
                }
            }
            if output.count > limits.outputCap { ending = .outputExceeded; break }
        }
        for descriptor in [stdin, stdout, stderr].compactMap(\.self) { close(descriptor) }

        if ending == nil {
            ending = waitForExit(pid, until: deadline)
        }
        if ending == .timedOut || ending == .outputExceeded {
            kill(-pid, SIGKILL)
            _ = reap(pid, blocking: true)
        }
        // Whatever it forked and left behind goes with it.
        kill(-pid, SIGKILL)
        return Outcome(ending: ending!, output: output, errorTail: errors.trimmed, inputRefused: inputRefused,
                       elapsed: started.duration(to: .now))
    }

    /// The child's exit, or `timedOut` if it has not exited by `deadline`
    /// (it closed its output but goes on running).
    private static func waitForExit(_ pid: pid_t, until deadline: ContinuousClock.Instant) -> Ending {
        var pause = Duration.microseconds(200)
        while true {
            if let ending = reap(pid, blocking: false) { return ending }
            if ContinuousClock.now >= deadline { return .timedOut }
            var interval = timespec(tv_sec: 0, tv_nsec: Int(pause.components.attoseconds / 1_000_000_000))
            nanosleep(&interval, nil)
            pause = min(pause * 2, .milliseconds(20))
        }
    }

    private static func reap(_ pid: pid_t, blocking: Bool) -> Ending? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
            if result == pid { break }
            if result == 0 { return nil }
            if errno == EINTR { continue }
            return .exited(-1)   // not our child any more: nothing to wait for
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    private static func spawn(_ command: Command, stdin: Int32, stdout: Int32, stderr: Int32) throws(StartError)
        -> pid_t
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        posix_spawn_file_actions_addchdir_np(&actions, command.directory)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A process group of its own, to be killed whole; signals as a fresh program has them.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF
                                                     | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigmask(&attributes, &noMask)

        let argv = CStrings([command.executable] + command.arguments)
        let envp = CStrings(command.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
        var pid: pid_t = 0
        let code = posix_spawn(&pid, command.executable, &actions, &attributes, argv.pointers, envp.pointers)
        guard code == 0 else {
            switch code {
            case ENOENT: throw .notFound(command.executable)
            case EACCES: throw .notExecutable(command.executable)
            default: throw .cannotStart(command.executable, reason: String(cString: strerror(code)))
            }
        }
        return pid
    }
}

// MARK: - Pieces

/// A pipe whose ends are closed on exec, so no other child inherits them,
/// and closed when it goes unless taken.
private final class Pipe {
    private(set) var read: Int32
    private(set) var write: Int32

    init?() {
        var ends: [Int32] = [0, 0]
        guard pipe2(&ends, O_CLOEXEC) == 0 else { return nil }
        read = ends[0]
        write = ends[1]
    }

    deinit {
        if read >= 0 { close(read) }
        if write >= 0 { close(write) }
    }

    func closeRead() {
        close(read)
        read = -1
    }

    func closeWrite() {
        close(write)
        write = -1
    }

    func takeRead() -> Int32 {
        defer { read = -1 }
        return read
    }

    func takeWrite() -> Int32 {
        defer { write = -1 }
        return write
    }
}

/// The request still to write, chunk by chunk.
private struct Input {
    private var chunks: [[UInt8]]
    private var offset = 0

    init(_ chunks: [[UInt8]]) {
        self.chunks = chunks.filter { !$0.isEmpty }
    }

    var isEmpty: Bool { chunks.isEmpty }

    /// Writes what the pipe takes now; false when the reader has gone.
    mutating func write(to descriptor: Int32) -> Bool {
        while let chunk = chunks.first {
            let written = chunk.withUnsafeBytes { bytes in
                Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                return errno == EAGAIN || errno == EINTR
            }
            offset += written
            if offset == chunk.count {
                chunks.removeFirst()
                offset = 0
            }
        }
        return true
    }
}

/// The last `capacity` bytes appended.
private struct Tail {
    let capacity: Int
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    mutating func append(_ more: ArraySlice<UInt8>) {
        bytes.append(contentsOf: more)
        if bytes.count > capacity * 2 { bytes.removeFirst(bytes.count - capacity) }
    }

    var trimmed: [UInt8] { Array(bytes.suffix(capacity)) }
}

/// NUL-terminated copies of strings, as `argv` and `envp` want them.
private final class CStrings {
    let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointers = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
        pointers[strings.count] = nil
    }

    deinit {
        for index in 0..<count { free(pointers[index]) }
        pointers.deallocate()
    }
}

extension Duration {
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
