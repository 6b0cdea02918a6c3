#!/usr/bin/env bash
# Fuzzes osspec with libFuzzer and AddressSanitizer (with LeakSanitizer):
# bytes -> loader -> typed spec -> all rules -> every reporter. See bench/fuzz/README.md.
#
#   bash bench/fuzz/run.sh [SECONDS]    fuzz for SECONDS (default 60); exit 1 on a finding
#   bash bench/fuzz/run.sh --check      exit 0 if this toolchain can build the fuzzer, else 1
#
# Environment (all optional):
#   FUZZ_JOBS=N         N fuzzing processes sharing one corpus (default 1)
#   FUZZ_KEEP_GOING=1   record a finding and start that process again (long runs)
#   FUZZ_MAX_LEN=4096   largest input, in bytes
#   FUZZ_CONFIG=release release (-O, default, about 4x faster) or debug (-Onone)
#   FUZZ_ARGS="..."     more libFuzzer flags, e.g. "-use_value_profile=1" or "-seed=1"
#   FUZZ_PIN=0          let each process use every core (default: each on a core of its own)
#
# Everything is written under .build-fuzz/ (ignored by git): the instrumented modules, the
# fuzzer (osspec-fuzz), the seed corpus (seeds/, rebuilt each run), the corpus the fuzzer grows
# (corpus/, kept between runs), crash inputs (crashes/) and the log of each run (logs/).
set -euo pipefail
cd "$(dirname "$0")/../.."

scratch=.build-fuzz
config="${FUZZ_CONFIG:-release}"
jobs="${FUZZ_JOBS:-1}"
max_len="${FUZZ_MAX_LEN:-4096}"
mkdir -p "$scratch"

log() { printf '== %s\n' "$*" >&2; }

# Can this swiftc link a libFuzzer target with ASan? (Swift.org toolchains on Linux can; Xcode's
# toolchain cannot.)
probe() {
    local dir="$scratch/probe"
    mkdir -p "$dir"
    cat >"$dir/probe.swift" <<'EOF'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { 0 }
EOF
    swiftc -sanitize=fuzzer,address -parse-as-library -module-cache-path "$dir/module-cache" \
        "$dir/probe.swift" -o "$dir/probe" >"$dir/probe.log" 2>&1
}

if [ "${1:-}" = "--check" ]; then
    if probe; then
        echo "fuzz: this toolchain supports -sanitize=fuzzer,address"
        exit 0
    fi
    echo "fuzz: this toolchain cannot build with -sanitize=fuzzer,address (see $scratch/probe/probe.log)" >&2
    exit 1
fi

# One run at a time: a second would relink the fuzzer and rebuild the seeds under the first.
if command -v flock >/dev/null; then
    exec 9>"$scratch/run.lock"
    flock -n 9 || { echo "fuzz: another bench/fuzz/run.sh is running on $scratch" >&2; exit 1; }
fi

seconds="${1:-60}"
case "$seconds" in
'' | *[!0-9]*) echo "usage: bash bench/fuzz/run.sh [SECONDS] | --check" >&2; exit 2 ;;
esac
if ! probe; then
    echo "fuzz: this toolchain cannot build with -sanitize=fuzzer,address; see $scratch/probe/probe.log" >&2
    sed 's/^/  /' "$scratch/probe/probe.log" | head -5 >&2
    exit 1
fi

# 1. The library modules, instrumented (coverage for libFuzzer, ASan), as object files. Only
#    the modules the chain needs: not the CLI and no executable, so nothing defines main.
modules=(OSSpecPlatform OSSpecDiagnostics OSSpecYAML OSSpecModel OSSpecRules OSSpecConfig OSSpecLint OSSpecReport)
log "building the library modules ($config, -sanitize=fuzzer,address) into $scratch"
for target in OSSpecLint OSSpecReport; do
    if ! swift build --scratch-path "$scratch" -c "$config" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -g --target "$target" >"$scratch/build.log" 2>&1; then
        cat "$scratch/build.log" >&2
        echo "fuzz: swift build --target $target failed" >&2
        exit 1
    fi
done

# 2. The fuzz target, linked against those objects and libyaml.
build="$scratch/$config"
objects=()
for module in "${modules[@]}"; do
    for object in "$build/$module.build/"*.o; do objects+=("$object"); done
done
optimization=-O
[ "$config" = debug ] && optimization=-Onone
log "linking $scratch/osspec-fuzz"
rm -f "$scratch/osspec-fuzz"
# The linker warns "Cannot export local symbol '__asan_...'" for ASan's globals; it is harmless.
if ! swiftc "$optimization" -g -sanitize=fuzzer,address -parse-as-library \
    -I "$build/Modules" -I Sources/CYAML -module-cache-path "$scratch/module-cache" \
    bench/fuzz/FuzzTarget.swift "${objects[@]}" $(pkg-config --libs yaml-0.1) \
    -o "$scratch/osspec-fuzz" >"$scratch/link.log" 2>&1; then
    grep -v "Cannot export local symbol" "$scratch/link.log" >&2
    echo "fuzz: linking the fuzz target failed" >&2
    exit 1
fi
grep -v "Cannot export local symbol" "$scratch/link.log" >&2 || true

# 3. Seeds: the shipped specs, every YAML fixture of the tests, the YAML examples of the docs,
#    small generated specs, and the YAML test suite.
seeds="$scratch/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$scratch/corpus" "$scratch/crashes" "$scratch/logs"
add_seed() {
    local file name
    for file in "$@"; do
        [ -f "$file" ] || continue
        name="$(cksum <"$file" | tr ' ' '-')"
        cp "$file" "$seeds/$name"
    done
}
add_seed specs/*.yaml
while IFS= read -r -d '' file; do add_seed "$file"; done \
    < <(find Tests -path '*/Fixtures/*' -name '*.yaml' -print0)
# Each ```yaml block of a Markdown page becomes one seed.
blocks="$scratch/doc-blocks"
rm -rf "$blocks"
mkdir -p "$blocks"
for page in README.md docs/*.md docs/*/*.md ../shared/spec-format-v1.md; do
    [ -f "$page" ] || continue
    awk -v prefix="$blocks/$(echo "$page" | tr '/.' '__')-" \
        '/^```yaml/ { n++; inside = 1; next } /^```/ { inside = 0; next } inside { print > (prefix n ".yaml") }' "$page"
done
add_seed "$blocks"/*.yaml
if command -v python3 >/dev/null; then
    for agents in 1 2 3 5; do
        python3 bench/generate_spec.py "$agents" >"$blocks/generated-$agents.yaml"
        add_seed "$blocks/generated-$agents.yaml"
    done
fi
if [ -d ../shared/yaml-test-suite ]; then
    add_seed ../shared/yaml-test-suite/*/in.yaml ../shared/yaml-test-suite/*/*/in.yaml
else
    log "../shared/yaml-test-suite is absent: no seeds from the YAML test suite"
fi
log "$(ls "$seeds" | wc -l | tr -d ' ') seed inputs, $(ls "$scratch/corpus" | wc -l | tr -d ' ') in the kept corpus"

# 4. Fuzz. Swift's backtracer must be off, or it catches the first crash and libFuzzer never
#    writes the crash input. ASan records 8 frames per allocation instead of 30: unwinding
#    every allocation's stack was about a fifth of the time per input. A report still names
#    the input, and replaying it (with ASan's defaults) gives the whole stack.
stamp="$(date +%Y%m%d-%H%M%S)"
flags=(
    -max_len="$max_len"
    -rss_limit_mb=2048
    -timeout=20
    -dict=bench/fuzz/yaml.dict
    -artifact_prefix="$scratch/crashes/"
    -print_final_stats=1
)
# shellcheck disable=SC2206 # FUZZ_ARGS is a list of flags
flags+=(${FUZZ_ARGS:-})
deadline=$(($(date +%s) + seconds))

# One fuzzing process until the deadline. Several share corpus/: each writes what it finds
# there and libFuzzer reloads the folder now and then (-reload), so they learn from each other
# without libFuzzer's fork mode, whose short-lived jobs spent most of their time starting up.
# With FUZZ_KEEP_GOING=1 a finding is recorded (input in crashes/, report in the log) and the
# process starts again; otherwise the process stops there. An interrupted fuzzer (SIGINT; it
# exits 72) is never started again: `pkill -INT -f .build-fuzz/osspec-fuzz` ends a long run
# early, with its summary.
# Each process is pinned to a core of its own: process N to the N-th of the cores this script
# may use (not core N-1, which may be outside a cpuset), when there are as many. Its threads
# share its page tables, so while they are spread over several cores every page ASan unmaps or
# first writes costs an interrupt to the other cores (perf: up to 40% of the time on small
# inputs). Pinned, two processes replay the same inputs in 10 to 30% less time. The parallel
# paths still run on their own threads, interleaved on the one core; the fuzzer checks their
# results, not their speed.
allowed_cores() {
    local list range
    list="$(sed -n 's/^Cpus_allowed_list:[[:space:]]*//p' /proc/self/status 2>/dev/null)"
    for range in ${list//,/ }; do
        case "$range" in
        *-*) seq "${range%-*}" "${range#*-}" ;;
        *) echo "$range" ;;
        esac
    done
}
cores=()
if [ "${FUZZ_PIN:-1}" = 1 ] && command -v taskset >/dev/null; then
    while IFS= read -r core; do cores+=("$core"); done < <(allowed_cores)
    [ "${#cores[@]}" -ge "$jobs" ] || cores=()
fi
worker() {
    local log=$1 job=$2 left status
    local pin=()
    if [ "${#cores[@]}" -gt 0 ]; then pin=(taskset -c "${cores[$job]}"); fi
    while true; do
        left=$((deadline - $(date +%s)))
        [ "$left" -gt 0 ] || return 0
        status=0
        SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:malloc_context_size=8}" \
            LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=bench/fuzz/lsan.supp:print_suppressions=0}" \
            ${pin[@]+"${pin[@]}"} "$scratch/osspec-fuzz" "${flags[@]}" -max_total_time="$left" -interrupted_exitcode=72 \
            "$scratch/corpus" "$seeds" >>"$log" 2>&1 \
            || status=$?
        [ "$status" -eq 0 ] && return 0
        [ "$status" -eq 72 ] && return 72
        [ "${FUZZ_KEEP_GOING:-0}" = 1 ] || return "$status"
    done
}

logs=()
if [ "$jobs" -gt 1 ]; then
    for ((job = 1; job <= jobs; job++)); do logs+=("$scratch/logs/$stamp-$job.log"); done
else
    logs=("$scratch/logs/$stamp.log")
fi
log "fuzzing for ${seconds}s with $jobs process(es); log: ${logs[*]}"
pids=()
job=0
for logfile in "${logs[@]}"; do
    : >"$logfile"
    worker "$logfile" "$job" &
    pids+=($!)
    job=$((job + 1))
done
status=0
interrupted=0
for pid in "${pids[@]}"; do
    code=0
    wait "$pid" || code=$?
    if [ "$code" -eq 72 ]; then interrupted=1; elif [ "$code" -ne 0 ]; then status=$code; fi
done

# 5. Summary: each process's last status line and final stats, the executions in all, and any
#    finding.
total=0
for logfile in "${logs[@]}"; do
    grep -E '^#[0-9]+' "$logfile" | tail -1 || true
    grep -E '^stat::' "$logfile" | tail -6 || true
    # A process that was started again printed stats for each of its runs.
    runs=$( (grep -E '^stat::number_of_executed_units:' "$logfile" || true) | awk '{ sum += $2 } END { print sum + 0 }')
    total=$((total + runs))
done
[ "$jobs" -gt 1 ] && echo "fuzz: $total executions in all ($jobs processes)"
findings="$(grep -hE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|osspec-fuzz: invariant|Test unit written|^artifact_prefix' "${logs[@]}" || true)"
if [ "$status" -ne 0 ] || [ -n "$findings" ]; then
    echo "fuzz: FOUND A PROBLEM (exit $status). Log: ${logs[*]}" >&2
    [ -n "$findings" ] && echo "$findings" >&2
    echo "Reproduce: SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=bench/fuzz/lsan.supp $scratch/osspec-fuzz <input from $scratch/crashes/>" >&2
    echo "Then make the input a fixture: bench/fuzz/README.md, 'When it finds something'." >&2
    exit 1
fi
if [ "$interrupted" = 1 ]; then
    echo "fuzz: interrupted; no crash, leak or sanitizer report before that ($total executions). Log: ${logs[*]}"
    exit 130
fi
echo "fuzz: no crash, leak or sanitizer report in ${seconds}s ($total executions). Log: ${logs[*]}"
