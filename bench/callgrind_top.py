#!/usr/bin/env python3
"""Summarizes a callgrind profile of osspec: where the instructions go.

    python3 bench/callgrind_top.py callgrind.out.NNN [TOP]

Prints two Markdown lists from `callgrind_annotate`:
  - the TOP osspec-owned functions (source under Sources/) by inclusive instructions;
  - the TOP functions of any library (Swift runtime, libc, libyaml) by self instructions.
Swift names are demangled with `swift-demangle --simplified` when the toolchain has it.
Used by `bench/run.sh --callgrind SIZE`.
"""
import re
import shutil
import subprocess
import sys

LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(.*?)(?:\s+\[(.+)\])?\s*$")


def annotate(path: str, inclusive: bool) -> list[tuple[int, str, str, str]]:
    """Rows of (instructions, file, function, object) from callgrind_annotate."""
    args = ["callgrind_annotate", "--inclusive=yes" if inclusive else "--inclusive=no", path]
    text = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    rows, in_table = [], False
    for line in text.splitlines():
        if line.strip().endswith("file:function"):
            in_table = True
            continue
        if not in_table or line.startswith("---") or not line.strip():
            if in_table and rows and not line.strip():
                break  # the function table ends at the first blank line after its rows
            continue
        m = LINE.match(line)
        if not m:
            continue
        count = int(m.group(1).replace(",", ""))
        location = m.group(3)
        # "file:function"; file names hold no colon, C++ function names do.
        file, sep, function = location.partition(":")
        if not sep:
            file, function = "???", location
        rows.append((count, file, function, (m.group(4) or "").rsplit("/", 1)[-1]))
    return rows


def demangler():
    if shutil.which("swift-demangle"):
        return ["swift-demangle", "--simplified"]
    if shutil.which("swift"):
        probe = subprocess.run(["swift", "demangle", "--help"], capture_output=True)
        if probe.returncode == 0:
            return ["swift", "demangle", "--simplified"]
    return None


def demangle(names: list[str]) -> list[str]:
    tool = demangler()
    if not tool or not names:
        return names
    out = subprocess.run(tool, input="\n".join(names) + "\n", capture_output=True, text=True)
    lines = out.stdout.splitlines()
    return lines if out.returncode == 0 and len(lines) == len(names) else names


def owned(file: str) -> bool:
    return file.startswith("Sources/") or "/Sources/" in file or file.endswith("<compiler-generated>")


def short_file(file: str) -> str:
    i = file.find("Sources/")
    return file[i:] if i >= 0 else file


def main() -> None:
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: callgrind_top.py CALLGRIND_OUT [TOP]")
    path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 25
    total = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                total = int(line.split()[1])
    total = total or 1

    # Inclusive, osspec's own code. callgrind lists a function once per file it was
    # inlined from; keep each function's largest count.
    rows = [r for r in annotate(path, inclusive=True) if owned(r[1])]
    names = demangle([r[2] for r in rows])
    best: dict[str, tuple[int, str]] = {}
    for (count, file, _, _), name in zip(rows, names):
        if name not in best or count > best[name][0]:
            best[name] = (count, short_file(file))
    print(f"Top {top} osspec functions by inclusive instructions (share of the whole process):\n")
    print("| instructions | share | function | file |")
    print("|---:|---:|---|---|")
    ranked = sorted(best.items(), key=lambda item: -item[1][0])
    for name, (count, file) in ranked[:top]:
        print(f"| {count:,} | {100 * count / total:.1f}% | `{name[:120]}` | {file} |")

    # Exclusive, everything: what the instructions are spent on at the bottom.
    rows = annotate(path, inclusive=False)[:top]
    names = demangle([r[2] for r in rows])
    print(f"\nTop {top} functions by self instructions (any library):\n")
    print("| instructions | share | function | object |")
    print("|---:|---:|---|---|")
    for (count, file, _, obj), name in zip(rows, names):
        print(f"| {count:,} | {100 * count / total:.1f}% | `{name[:120]}` | {obj or short_file(file)} |")


if __name__ == "__main__":
    main()
