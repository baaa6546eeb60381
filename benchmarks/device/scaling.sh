#!/usr/bin/env bash
# Issue 19's many-core target: SweepBenchmark at 1, 2, 4, 8, 16 threads and every core, scaling
# against 1 thread (target: at least 14x on 16 cores). Runs on a lent machine from what
# benchmarks/device/prepare.sh put in .device/; writes scaling.md, the JMH CSV and its log to $OUT
# (default benchmarks/results/device). About 2.5 minutes; THREADS="1,2" overrides the thread counts.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${OUT:-benchmarks/results/device}"
mkdir -p "$out"
java=.device/jre/bin/java
[[ -x "$java" ]] || java=java
cores="$(nproc)"
threads="${THREADS:-$(printf '%s\n' 1 2 4 8 16 "$cores" | awk -v n="$cores" '$1 <= n' | sort -un | paste -sd,)}"
{
  echo "# SweepBenchmark scaling on $(hostname)"
  echo
  echo "- started: $(date -u +%Y-%m-%dT%H:%M:%SZ); processors (nproc): $cores"
  echo "- CPU: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "- $(lscpu 2>/dev/null | grep -E '^(Thread\(s\) per core|Core\(s\) per socket|Socket\(s\))' | tr -s ' ' | paste -sd';')"
  echo "- JVM: $("$java" -version 2>&1 | head -1); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} > "$out/scaling.md"
"$java" -jar .device/sweep-bench.jar SweepBenchmark -p threads="$threads" -wi 5 -w 2 -i 5 -r 2 -f 1 \
  -rf csv -rff "$out/sweep.csv" > "$out/sweep.log" 2>&1
# JMH's CSV (CRLF lines): "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: threads"
awk -F, 'NR > 1 {gsub(/["\r]/, ""); t[NR] = $8; s[NR] = $5; e[NR] = $6; if ($8 == 1) base = $5}
  END {
    print "| threads | runs/s (mean ± error) | scaling over 1 thread |"; print "|---:|---:|---:|"
    for (i = 2; i <= NR; i++) printf "| %s | %.0f ± %.0f | %.2fx |\n", t[i], s[i], e[i], (base > 0 ? s[i] / base : 0)
  }' "$out/sweep.csv" >> "$out/scaling.md"
echo >> "$out/scaling.md"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/scaling.md"
cat "$out/scaling.md"
