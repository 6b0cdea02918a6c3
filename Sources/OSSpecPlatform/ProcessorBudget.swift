/// How many processors this process may keep busy: those online, fewer when it is pinned to
/// some (`taskset`, a container's cpuset) or given a CPU quota (a container's `--cpus`, a
/// cgroup's `cpu.max`). More threads than that only take turns, and on a two-CPU container of
/// a 64-core host they would mean 64 threads and 64 stacks for nothing.
public enum ProcessorBudget {
    /// The processors of the running process, at least 1.
    public static func current() -> Int {
        let online = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #if os(Linux)
        let group = ownCPUGroup(readSmallFile("/proc/self/cgroup") ?? "")
        // A quota on any group above this process's binds it too (a systemd slice's CPUQuota,
        // a container whose processes sit in a child group): the smallest one counts.
        let unified = groupAndAncestors(group.unified).compactMap { path in
            quota(cgroup2Max: readSmallFile("/sys/fs/cgroup" + path + "/cpu.max"), cgroup1Quota: nil, cgroup1Period: nil)
        }
        let version1 = groupAndAncestors(group.cpu).compactMap { path in
            quota(
                cgroup2Max: nil,
                cgroup1Quota: readSmallFile("/sys/fs/cgroup/cpu" + path + "/cpu.cfs_quota_us"),
                cgroup1Period: readSmallFile("/sys/fs/cgroup/cpu" + path + "/cpu.cfs_period_us"))
        }
        return count(
            online: online,
            allowedList: readSmallFile("/proc/self/status").flatMap(statusField("Cpus_allowed_list")),
            quota: (unified + version1).min())
        #else
        return max(1, online)
        #endif
    }

    /// The smallest of what is online, what the affinity list allows and the quota, at least 1.
    public static func count(online: Int, allowedList: String?, quota: Int?) -> Int {
        var result = online
        if let allowed = allowedList.flatMap(countOfList), allowed > 0 { result = min(result, allowed) }
        if let quota, quota > 0 { result = min(result, quota) }
        return max(1, result)
    }

    /// Processors in a kernel CPU list such as `0-3,8,10-11` (here 7); nil when it is not one.
    public static func countOfList(_ list: String) -> Int? {
        var total = 0
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard let first = bounds.first.flatMap({ Int($0) }) else { return nil }
            switch bounds.count {
            case 1: total += 1
            case 2:
                guard let last = Int(bounds[1]), last >= first else { return nil }
                total += last - first + 1
            default: return nil
            }
        }
        return total > 0 ? total : nil
    }

    /// Whole processors a CPU quota grants, rounded up (1.5 CPUs may keep 2 threads busy part of
    /// the time); nil when there is no quota. cgroup v2 writes `max 100000` or `150000 100000`
    /// in `cpu.max`; v1 writes the quota (`-1`: none) and the period in two files.
    public static func quota(cgroup2Max: String?, cgroup1Quota: String?, cgroup1Period: String?) -> Int? {
        if let fields = cgroup2Max?.split(whereSeparator: \.isWhitespace), fields.count == 2,
            let limit = Int(fields[0]), let period = Int(fields[1])
        {
            return wholeProcessors(limit, period)
        }
        if let limit = cgroup1Quota.flatMap({ Int($0.trimmingWhitespace) }),
            let period = cgroup1Period.flatMap({ Int($0.trimmingWhitespace) })
        {
            return wholeProcessors(limit, period)
        }
        return nil
    }

    private static func wholeProcessors(_ limit: Int, _ period: Int) -> Int? {
        guard limit > 0, period > 0 else { return nil }
        return (limit + period - 1) / period
    }

    /// The value of `Name:` in `/proc/self/status`.
    static func statusField(_ name: String) -> (String) -> String? {
        { status in
            for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
                return String(line.dropFirst(name.count + 1)).trimmingWhitespace
            }
            return nil
        }
    }

    /// This process's group below the mount point, from `/proc/self/cgroup`: the unified (v2)
    /// line `0::/path`, and the v1 line whose controllers include `cpu`. Empty when the process
    /// sits at the root, as inside a container with its own cgroup namespace.
    public static func ownCPUGroup(_ table: String) -> (unified: String, cpu: String) {
        var unified = ""
        var cpu = ""
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let path = fields[2] == "/" ? "" : String(fields[2])
            // A path with `..` would climb out of the mount: ignore it, read the root instead.
            guard !path.split(separator: "/").contains("..") else { continue }
            if fields[0] == "0", fields[1].isEmpty { unified = path }
            if fields[1].split(separator: ",").contains("cpu") { cpu = path }
        }
        return (unified, cpu)
    }

    /// A group's path and those of the groups above it, up to the root (`""`): `/a/b` gives
    /// `/a/b`, `/a` and `""`.
    public static func groupAndAncestors(_ path: String) -> [String] {
        var paths = [path]
        var current = Substring(path)
        while let slash = current.lastIndex(of: "/") {
            current = current[..<slash]
            paths.append(String(current))
        }
        return paths.last == "" ? paths : paths + [""]
    }

    /// A file of the kernel's (a few hundred bytes), or nil when it is missing or unreadable.
    private static func readSmallFile(_ path: String) -> String? {
        guard case .bytes(let bytes)? = try? FileSystem.read(path: path, maxBytes: 64 * 1024) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
