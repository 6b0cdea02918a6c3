#!/usr/bin/env bash
# The osspec benchmark: `osspec lint` against libyaml's bare event scan (the floor).
#
#     bash bench/run.sh                    # the table for bench/README.md
#     bash bench/run.sh --callgrind 20000  # instruction counts, osspec vs the floor
#
# Builds osspec in release (statically linked Swift stdlib when that links) into
# .build-bench, compiles bench/floor.c, generates specs with bench/generate_spec.py and, for
# each size, times N interleaved runs (osspec, floor, osspec --jobs 1, osspec, ...) and reports the
# medians, their ratio and peak memory. Progress goes to stderr, the Markdown table to stdout.
#
# Environment:
#   RUNS=7          timed runs of each program per size
#   RUNS_40K=5      timed runs for sizes of 40,000 agents and more (default: min(RUNS, 5))
#   SIZES="10 10000 20000 40000"   agent counts to measure
#   CALLGRIND_OUT=DIR              --callgrind: keep the callgrind.out files in DIR
#   TOP=25                         --callgrind: how many functions to list (bench/callgrind_top.py)
#
# Needs: swift, a C compiler, pkg-config and libyaml-dev (yaml-0.1), python3, bash >= 5;
# valgrind for --callgrind only.
set -euo pipefail
export LC_ALL=C

usage() {
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
}

die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 2; }
note() { printf '%s\n' "$*" >&2; }

mode=table
callgrind_size=
while (($#)); do
    case "$1" in
        --callgrind)
            [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || die "--callgrind needs a number of agents, e.g. --callgrind 20000"
            mode=callgrind; callgrind_size=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown argument '$1' (see --help)" ;;
    esac
done

RUNS=${RUNS:-7}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$RUNS'"
RUNS_40K=${RUNS_40K:-$(( RUNS < 5 ? RUNS : 5 ))}
[[ $RUNS_40K =~ ^[1-9][0-9]*$ ]] || die "RUNS_40K must be a positive integer, not '$RUNS_40K'"
SIZES=${SIZES:-10 10000 20000 40000}
for n in $SIZES; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "SIZES holds '$n', not a number of agents"; done
TOP=${TOP:-25}

# Run from the repository root whatever the caller's directory.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -f Package.swift && -f bench/generate_spec.py && -f bench/floor.c ]] \
    || die "run me from an osspec checkout (bench/run.sh)"

[[ -n ${EPOCHREALTIME:-} ]] || die "needs bash 5 or later (for EPOCHREALTIME); this is bash $BASH_VERSION"
for tool in swift python3 pkg-config; do
    command -v "$tool" >/dev/null || die "needs '$tool' on PATH"
done
CC=${CC:-cc}
command -v "$CC" >/dev/null || die "needs a C compiler ('$CC'; set CC=...)"
pkg-config --exists yaml-0.1 || die "needs libyaml's headers (pkg-config yaml-0.1): apt-get install libyaml-dev"
if [[ $mode == callgrind ]] && ! command -v valgrind >/dev/null; then
    note "bench/run.sh: valgrind is not installed, so the --callgrind mode is skipped."
    note "Install it (apt-get install valgrind) to count instructions."
    exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/osspec-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# --- Build ----------------------------------------------------------------------------------

scratch=.build-bench
note "Building osspec (release, $scratch) ..."
link="linked statically"
if ! swift build -c release --static-swift-stdlib --scratch-path "$scratch" >"$tmp/build.log" 2>&1; then
    note "  --static-swift-stdlib did not build or link; using the shared Swift runtime."
    note "  (startup is slower that way: about 13 ms instead of 3 ms.)"
    link="shared"
    if ! swift build -c release --scratch-path "$scratch" >"$tmp/build.log" 2>&1; then
        tail -n 40 "$tmp/build.log" >&2
        die "swift build -c release failed"
    fi
fi
osspec="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/osspec"
[[ -x $osspec ]] || die "no osspec binary at $osspec"

note "Compiling the floor (bench/floor.c) ..."
floor="$tmp/floor"
# shellcheck disable=SC2046  # pkg-config's flags must split into words
"$CC" -O2 bench/floor.c $(pkg-config --cflags --libs yaml-0.1) -o "$floor" \
    || die "could not compile bench/floor.c"

# --- Helpers --------------------------------------------------------------------------------

# generate N: writes the N-agent spec into $tmp and prints its path.
generate() {
    local path="$tmp/spec-$1.osspec.yaml"
    [[ -f $path ]] || python3 bench/generate_spec.py "$1" >"$path"
    printf '%s\n' "$path"
}

# check_clean FILE: the spec must lint with exit 0 (and the floor must scan it); a warning
# under --strict is reported but not fatal.
check_clean() {
    local file=$1 status=0
    "$osspec" lint --color never "$file" >"$tmp/lint.out" 2>&1 || status=$?
    if ((status != 0)); then
        head -n 40 "$tmp/lint.out" >&2
        die "osspec lint exited $status on the generated spec $(basename "$file"); it must lint clean"
    fi
    if ! "$osspec" lint --strict --color never "$file" >/dev/null 2>&1; then
        note "  note: $(basename "$file") has warnings (osspec lint --strict fails); timings include reporting them."
    fi
    "$floor" "$file" || die "the floor could not scan $(basename "$file")"
}

# microseconds CMD...: runs CMD with its output discarded, prints the wall time in µs.
microseconds() {
    local start end
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || die "'$*' failed during timing"
    end=$EPOCHREALTIME
    printf '%s\n' $(( ${end/./} - ${start/./} ))
}

# median N...: the median of integers (the mean of the two middle ones for an even count).
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# peak_kib CMD...: the peak resident set size of CMD, in KiB.
peak_kib() {
    if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1; then
        /usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null 2>&1 || die "'$*' failed"
        tail -n 1 "$tmp/rss"
    else
        # No GNU time: the same number from getrusage (KiB on Linux).
        python3 -c '
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@" || die "'$*' failed"
    fi
}

# Formatting: µs as ms, bytes as MB, KiB as MiB, a quotient with two decimals.
ms() { awk -v u="$1" 'BEGIN { v = u / 1000; printf (v < 100 ? "%.1f ms" : "%.0f ms"), v }'; }
mb() { awk -v b="$1" 'BEGIN { v = b / 1e6; printf (v < 0.1 ? "%.1f kB" : "%.1f MB"), (v < 0.1 ? b / 1e3 : v) }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
commas() { awk -v n="$1" 'BEGIN { s = ""; while (length(n) > 3) { s = "," substr(n, length(n) - 2) s; n = substr(n, 1, length(n) - 3) } print n s }'; }

machine() {
    local cpu
    cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
    printf '%s, %s cores, %s, Swift stdlib %s' "${cpu:-unknown CPU}" "$(nproc 2>/dev/null || echo '?')" \
        "$(uname -m)" "$link"
}

# --- Callgrind mode ---------------------------------------------------------------------------

# instructions OUTFILE: the total instruction count callgrind wrote.
instructions() {
    awk '/^(summary|totals):/ { print $2; exit }' "$1"
}

if [[ $mode == callgrind ]]; then
    file=$(generate "$callgrind_size")
    check_clean "$file"
    out=${CALLGRIND_OUT:-$tmp}
    mkdir -p "$out"
    note "Running callgrind on osspec lint, $(commas "$callgrind_size") agents (slow: about 50x native) ..."
    # A fixed hash seed makes the count repeat exactly (it varies by ~0.05% otherwise).
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.osspec.$callgrind_size" \
        "$osspec" lint --color never "$file" >/dev/null 2>"$tmp/vg.osspec" \
        || { tail -n 20 "$tmp/vg.osspec" >&2; die "callgrind on osspec failed"; }
    note "Running callgrind on the floor ..."
    valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.floor.$callgrind_size" \
        "$floor" "$file" >/dev/null 2>"$tmp/vg.floor" \
        || { tail -n 20 "$tmp/vg.floor" >&2; die "callgrind on the floor failed"; }
    ir_osspec=$(instructions "$out/callgrind.osspec.$callgrind_size")
    ir_floor=$(instructions "$out/callgrind.floor.$callgrind_size")
    [[ -n $ir_osspec && -n $ir_floor ]] || die "no instruction totals in the callgrind output"

    echo "Instructions (callgrind Ir), $(commas "$callgrind_size") agents, $(mb "$(wc -c <"$file")"), $(date -u +%Y-%m-%d):"
    echo
    echo "| program | instructions | ratio |"
    echo "|---|---:|---:|"
    echo "| osspec lint | $(commas "$ir_osspec") | $(ratio "$ir_osspec" "$ir_floor") |"
    echo "| floor (libyaml event scan) | $(commas "$ir_floor") | 1.00 |"
    if command -v callgrind_annotate >/dev/null; then
        echo
        python3 bench/callgrind_top.py "$out/callgrind.osspec.$callgrind_size" "$TOP" \
            || note "callgrind_annotate could not summarize the profile"
    fi
    if [[ -n ${CALLGRIND_OUT:-} ]]; then
        note "callgrind files kept in $out (callgrind_annotate --inclusive=yes FILE)"
    fi
    exit 0
fi

# --- Timing mode ----------------------------------------------------------------------------

declare -A os_us one_us fl_us os_kib fl_kib bytes runs_used
for n in $SIZES; do
    note "Generating and checking the $(commas "$n")-agent spec ..."
    file=$(generate "$n")
    bytes[$n]=$(wc -c <"$file")
    check_clean "$file"   # also warms the page cache for both programs
    runs=$RUNS
    ((n >= 40000)) && runs=$RUNS_40K
    runs_used[$n]=$runs
    note "  timing $runs interleaved runs of each ..."
    os_times=() one_times=() fl_times=()
    for ((i = 0; i < runs; i++)); do
        os_times+=("$(microseconds "$osspec" lint --color never "$file")")
        fl_times+=("$(microseconds "$floor" "$file")")
        one_times+=("$(microseconds "$osspec" lint --jobs 1 --color never "$file")")
    done
    os_us[$n]=$(median "${os_times[@]}")
    one_us[$n]=$(median "${one_times[@]}")
    fl_us[$n]=$(median "${fl_times[@]}")
    os_kib[$n]=$(peak_kib "$osspec" lint --color never "$file")
    fl_kib[$n]=$(peak_kib "$floor" "$file")
    note "  osspec $(ms "${os_us[$n]}") ($(ms "${one_us[$n]}") with --jobs 1), floor $(ms "${fl_us[$n]}"), osspec peak $(mib "${os_kib[$n]}")"
done

echo "Measured $(date -u +%Y-%m-%d) on $(machine); medians of interleaved runs (RUNS=$RUNS, RUNS_40K=$RUNS_40K)."
echo
echo "| agents | file size | osspec lint | floor | ratio | osspec --jobs 1 | ratio | osspec peak RSS | floor peak RSS | runs |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
    echo "| $(commas "$n") | $(mb "${bytes[$n]}") | $(ms "${os_us[$n]}") | $(ms "${fl_us[$n]}") |" \
        "$(ratio "${os_us[$n]}" "${fl_us[$n]}")x | $(ms "${one_us[$n]}") | $(ratio "${one_us[$n]}" "${fl_us[$n]}")x |" \
        "$(mib "${os_kib[$n]}") | $(mib "${fl_kib[$n]}") | ${runs_used[$n]} |"
done
echo

# The goals of issue 8, for the sizes that were measured.
# verdict VALUE LIMIT: "met" when VALUE <= LIMIT.
verdict() { if awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 <= b + 0) }'; then echo met; else echo "NOT met"; fi; }
if [[ -n ${os_us[10000]:-} && -n ${os_us[40000]:-} ]]; then
    g=$(ratio "${os_us[40000]}" "${os_us[10000]}")
    echo "- Growth 10k -> 40k: osspec x$g, floor x$(ratio "${fl_us[40000]}" "${fl_us[10000]}")" \
        "(x4 is linear, x16 quadratic); linear within 15%: $(verdict "$g" 4.6)."
fi
if [[ -n ${os_us[20000]:-} ]]; then
    r=$(ratio "${os_us[20000]}" "${fl_us[20000]}")
    echo "- 20,000 agents: ${r}x the floor (goal at most 2x): $(verdict "$r" 2)." \
        "On one thread (--jobs 1): $(ratio "${one_us[20000]}" "${fl_us[20000]}")x."
    echo "- 20,000 agents: peak memory $(mib "${os_kib[20000]}") (goal at most 64 MiB):" \
        "$(verdict "${os_kib[20000]}" 65536)."
fi
if [[ -n ${os_us[10]:-} ]]; then
    echo "- 10 agents: $(ms "${os_us[10]}") whole-process (goal under 10 ms): $(verdict "${os_us[10]}" 9999)."
fi
