import OSSpecPlatform
import Testing

@Suite("Processor budget")
struct ProcessorBudgetTests {
    @Test("kernel CPU lists", arguments: [
        ("0", 1), ("0-1", 2), ("0-3,8,10-11", 7), ("5", 1), ("0-63", 64),
    ])
    func lists(list: String, expected: Int) {
        #expect(ProcessorBudget.countOfList(list) == expected)
    }

    @Test("what is not a CPU list counts as none", arguments: ["", "x", "3-1", "1-2-3", "-1", "1,,2"])
    func notLists(list: String) {
        #expect(ProcessorBudget.countOfList(list) == nil)
    }

    @Test("cgroup quotas, rounded up to whole processors")
    func quotas() {
        #expect(ProcessorBudget.quota(cgroup2Max: "200000 100000\n", cgroup1Quota: nil, cgroup1Period: nil) == 2)
        #expect(ProcessorBudget.quota(cgroup2Max: "150000 100000", cgroup1Quota: nil, cgroup1Period: nil) == 2)
        #expect(ProcessorBudget.quota(cgroup2Max: "50000 100000", cgroup1Quota: nil, cgroup1Period: nil) == 1)
        #expect(ProcessorBudget.quota(cgroup2Max: "max 100000\n", cgroup1Quota: nil, cgroup1Period: nil) == nil)
        #expect(ProcessorBudget.quota(cgroup2Max: nil, cgroup1Quota: "400000\n", cgroup1Period: "100000\n") == 4)
        #expect(ProcessorBudget.quota(cgroup2Max: nil, cgroup1Quota: "-1\n", cgroup1Period: "100000\n") == nil)
        #expect(ProcessorBudget.quota(cgroup2Max: nil, cgroup1Quota: "400000", cgroup1Period: nil) == nil)
    }

    @Test("the process's own group, from /proc/self/cgroup")
    func ownGroup() {
        let unified = ProcessorBudget.ownCPUGroup("0::/user.slice/session-1.scope\n")
        #expect(unified.unified == "/user.slice/session-1.scope")
        #expect(unified.cpu == "")
        let version1 = ProcessorBudget.ownCPUGroup("4:memory:/a\n2:cpu,cpuacct:/docker/abc\n0::/\n")
        #expect(version1.cpu == "/docker/abc")
        #expect(version1.unified == "")
        // At the root (a container with its own cgroup namespace), or a path that climbs out.
        #expect(ProcessorBudget.ownCPUGroup("0::/\n").unified == "")
        #expect(ProcessorBudget.ownCPUGroup("0::/../../etc\n").unified == "")
        #expect(ProcessorBudget.ownCPUGroup("").cpu == "")
    }

    @Test("a group and the groups above it, up to the root")
    func ancestors() {
        #expect(ProcessorBudget.groupAndAncestors("/system.slice/app.service") == ["/system.slice/app.service", "/system.slice", ""])
        #expect(ProcessorBudget.groupAndAncestors("/a") == ["/a", ""])
        #expect(ProcessorBudget.groupAndAncestors("") == [""])
    }

    @Test("the smallest of online, affinity and quota; never below 1")
    func smallest() {
        #expect(ProcessorBudget.count(online: 64, allowedList: "0-3", quota: nil) == 4)
        #expect(ProcessorBudget.count(online: 64, allowedList: "0-63", quota: 2) == 2)
        #expect(ProcessorBudget.count(online: 8, allowedList: nil, quota: nil) == 8)
        #expect(ProcessorBudget.count(online: 8, allowedList: "garbage", quota: 0) == 8)
        #expect(ProcessorBudget.count(online: 0, allowedList: nil, quota: nil) == 1)
    }

    @Test("the running process's budget stays within what is online and what affinity allows")
    func current() throws {
        let budget = ProcessorBudget.current()
        #expect(budget >= 1)
        #expect(budget <= max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        #if os(Linux)
        let status = try FileSystem.read(path: "/proc/self/status", maxBytes: 1 << 16)
        guard case .bytes(let bytes) = status else { Issue.record("/proc/self/status is too large"); return }
        let line = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") }
        let allowed = try #require(line.flatMap { ProcessorBudget.countOfList($0.split(separator: "\t").last.map(String.init) ?? "") })
        #expect(budget <= allowed)
        #endif
    }
}
