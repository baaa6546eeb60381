#!/usr/bin/env bash
# Builds the JMH uber-jar (./mvnw) and runs the benchmark suite, then prints the results table it wrote
# to benchmarks/results/<date>-<mode>.md. JMH's own output goes to benchmarks/results/<date>-<mode>-logs/.
#
#   benchmarks/run.sh          quick mode: headline cases, short iterations (about 5 minutes on 2 cores)
#   benchmarks/run.sh full     every parameter, the iterations the classes declare (about 15 minutes)
#   benchmarks/run.sh reference   only the C reference, the cascade and the comparison timings (below)
#   BENCH_JAVA_OPTS="..."      extra JVM options for every java started here (e.g. -Djmh.ignoreLock=true
#                              when another JMH run holds /tmp/jmh.lock on a shared machine)
#
# Interrupting keeps the sections already finished. Other processes on the machine lower the means:
# run it on a quiet machine, and read the "best iteration" columns as what the code can do.
#
# The same run also builds the C reference (benchmarks/reference/cascade.c, with cc -O2), runs it on the
# arrays of the engine's own 100,000-team cascade, and reports the engine's time on that cascade
# (CascadeBenchmark) as a multiple of it; then times a warm comparison (CompareBenchmark: results only, and
# every file written) and a cold one through ./adoptsim (5 runs, JVM start included, wall and CPU), runs a
# 1,000,000-team organisation for 104 weeks under -Xmx1g (MillionTeams), and times one optimisation over
# 2,000 candidate plans (OptimiseBenchmark).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-quick}"
case "$mode" in
  quick) memory_teams=200000 ;;
  full) memory_teams=1000000 ;;
  reference) memory_teams=0 ;;
  *) echo "usage: benchmarks/run.sh [quick|full|reference]" >&2; exit 2 ;;
esac

echo "building benchmarks/target/benchmarks.jar ..." >&2
./mvnw -q -B -DskipTests package -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar

mkdir -p benchmarks/results
report="benchmarks/results/$(date +%Y-%m-%d-%H%M)-$mode.md"
logs="${report%.md}-logs"
mkdir -p "$logs"
trap 'echo >&2; echo "interrupted: finished sections are in $report" >&2; exit 130' INT TERM

# shellcheck disable=SC2086  # BENCH_JAVA_OPTS is a list of options: split it on purpose
java() { command java ${BENCH_JAVA_OPTS:-} "$@"; }

if [[ "$mode" == reference ]]; then
  {
    echo "# adoptsim benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), reference sections only"
    echo
    echo "Machine: nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'),"
    echo "$(java -version 2>&1 | tail -n 1), load average at the start $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
  } > "$report"
else
  java -cp "$jar" org.adoptsim.bench.Suite "$mode" "$report"
  echo "[cpu] CpuTimeCheck" >&2
  {
    echo "## Cross-check in thread CPU time (CpuTimeCheck, not JMH)"
    echo
    echo "What one core does when it is ours: the same work timed by the thread's CPU time, which leaves out"
    echo "the time spent waiting for a core while other processes run (compare with the load average above)."
    echo
    java -cp "$jar" org.adoptsim.bench.CpuTimeCheck
    echo
  } >> "$report"
  echo "[memory] MemoryFootprint at $memory_teams teams" >&2
  {
    echo "## Memory (MemoryFootprint)"
    echo
    java -XX:+UseSerialGC -Xmx6g -cp "$jar" org.adoptsim.bench.MemoryFootprint "$memory_teams"
  } >> "$report"
fi

echo "[million] MillionTeams under -Xmx1g" >&2
{
  echo "## A 1,000,000-team organisation in 1 GB of heap (MillionTeams, -Xmx1g)"
  echo
  echo '```'
  java -Xmx1g -cp "$jar" org.adoptsim.bench.MillionTeams 2>&1 | grep -v '^[[:space:]]at ' || true
  echo '```'
  echo
} >> "$report"

echo "[cascade] C reference and CascadeBenchmark" >&2
cc -O2 -o benchmarks/target/cascade-reference benchmarks/reference/cascade.c
arrays=benchmarks/target/cascade-100k.bin
j_out="$(java -cp "$jar" org.adoptsim.bench.CascadeReference "$arrays")"
c_out="$(benchmarks/target/cascade-reference "$arrays")"
j_cpu="$(awk '$1 == "java_cpu_ms_median" {print $2}' <<<"$j_out")"
c_cpu="$(awk '$1 == "c_cpu_ms_median" {print $2}' <<<"$c_out")"
c_best="$(awk '$1 == "c_ms_best" {print $2}' <<<"$c_out")"
c_median="$(awk '$1 == "c_ms_median" {print $2}' <<<"$c_out")"
rounds="$(awk '$1 == "rounds" {print $2}' <<<"$c_out")"
jmh_csv="benchmarks/target/cascade-jmh.csv"
java -jar "$jar" CascadeBenchmark -rf csv -rff "$jmh_csv" > "$logs/cascade.log" 2>&1
# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
score() { awk -F, -v b="\"org.adoptsim.bench.CascadeBenchmark.$1\"" '$1 == b {print $5}' "$jmh_csv"; }
run_ms="$(score runWeeks)"
draw_ms="$(score drawOrganisation)"
{
  echo "## The 100,000-team cascade against a C sweep (CascadeBenchmark, benchmarks/reference/cascade.c)"
  echo
  echo "Erdős–Rényi, mean degree 10, θ ~ U(0.1, 0.3), 1 % seeds, $rounds synchronous rounds (the last adopts"
  echo "nobody); C and the engine run on the same arrays and end with the same adopters. C: cc -O2, $(cc --version | head -n 1)."
  echo
  echo "| what | ms | target | met |"
  echo "|---|---:|---|---|"
  echo "| C sweep, one cascade (median of 31; best $c_best) | $c_median | – | – |"
  awk -v r="$run_ms" -v c="$c_median" 'BEGIN { m = (r / c <= 1.5) ? "yes" : "no";
    printf "| engine, one run through run'"'"'s path, drawing excluded (JMH mean) | %.3f = %.2f× C | ≤ 1.5× C | %s |\n", r, r / c, m }'
  awk -v j="$j_cpu" -v c="$c_cpu" 'BEGIN {
    printf "| cross-check in thread CPU time (medians; CascadeReference, cascade.c): engine %.3f, C %.3f | %.2f× C | ≤ 1.5× C | %s |\n",
      j, c, j / c, (j / c <= 1.5) ? "yes" : "no" }'
  awk -v d="$draw_ms" 'BEGIN { m = (d <= 20) ? "yes" : "no";
    printf "| drawing the 100,000-team ER organisation (JMH mean) | %.3f | ≤ 20 ms | %s |\n", d, m }'
  echo
} >> "$report"

echo "[compare] CompareBenchmark (warm) and ./adoptsim compare (cold, 5 runs)" >&2
java -jar "$jar" CompareBenchmark -rf csv -rff benchmarks/target/compare-jmh.csv > "$logs/compare.log" 2>&1
compare_score() { awk -F, -v b="\"org.adoptsim.bench.CompareBenchmark.$1\"" '$1 == b {print $5}' benchmarks/target/compare-jmh.csv; }
warm_results="$(compare_score resultsOnly)"
warm_files="$(compare_score withFiles)"
./adoptsim --version > /dev/null   # builds the launcher's jar and archive if needed, outside the timing
cold_dir="$(mktemp -d)"
# bash's time keyword: wall, user and system seconds of the launcher and the JVM it execs.
TIMEFORMAT='%R %U %S'
for i in $(seq 1 5); do
  { time ./adoptsim compare scenarios/platform-migration.yaml --replicates 1000 --out "$cold_dir/$i" --quiet ; } 2>> "$cold_dir/times.txt"
done
unset TIMEFORMAT
rm -rf "$cold_dir"/[0-9]*
{
  echo "## A comparison, 5 strategies × 1,000 replicates (CompareBenchmark; ./adoptsim compare)"
  echo
  echo "| what | s | target | met |"
  echo "|---|---:|---|---|"
  awk -v w="$warm_results" 'BEGIN { m = (w / 1000 <= 0.25) ? "yes" : "no";
    printf "| warm, in one JVM, results only: what explore pays per change (JMH mean, resultsOnly) | %.3f | ≤ 0.25 s | %s |\n", w / 1000, m }'
  awk -v w="$warm_files" 'BEGIN {
    printf "| warm, in one JVM, every file written and synced (JMH mean, withFiles) | %.3f | – | – |\n", w / 1000 }'
  sort -n "$cold_dir/times.txt" | awk '{ t[NR] = $1 } END { med = t[3]; m = (med <= 1.5) ? "yes" : "no";
    printf "| cold, ./adoptsim with JVM start, wall (median of 5; range %.2f–%.2f) | %.2f | ≤ 1.5 s | %s |\n",
      t[1], t[NR], med, m }'
  awk '{ print $2 + $3 }' "$cold_dir/times.txt" | sort -n | awk '{ c[NR] = $1 } END {
    printf "| cold, the same runs, CPU time user + system (median; range %.2f–%.2f) | %.2f | – | – |\n", c[1], c[NR], c[3] }'
  echo
  echo "On $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Wall time includes waiting for"
  echo "a core while other processes run; the CPU time does not."
  echo
} >> "$report"
rm -rf "$cold_dir"

echo "[optimise] OptimiseBenchmark: 2,000 plans of the default scenario on 2 threads" >&2
opt_csv="benchmarks/target/optimise-jmh.csv"
opt_iterations=()
[[ "$mode" == quick ]] && opt_iterations=(-i 1)   # quick: one measured optimisation after the warm-up one
java -jar "$jar" OptimiseBenchmark "${opt_iterations[@]}" -rf csv -rff "$opt_csv" > "$logs/optimise.log" 2>&1
opt_s="$(awk -F, '$1 == "\"org.adoptsim.bench.OptimiseBenchmark.optimise\"" {print $5}' "$opt_csv")"
opt_cpu="$(awk '$1 == "#" && $2 == "optimise:" {print $3}' "$logs/optimise.log")"
{
  echo "## optimise over 2,000 candidate plans (OptimiseBenchmark)"
  echo
  echo "scenarios/platform-migration.yaml, four sampled levers of earn-then-mandate, objective weeks_to_100, one"
  echo "constraint, 2 threads, the command's defaults (KN to 400 replicates per plan, the re-check, the chart)."
  echo
  echo "| what | s | target | met |"
  echo "|---|---:|---|---|"
  awk -v w="$opt_s" -v c="$opt_cpu" 'BEGIN { m = (w <= 60) ? "yes" : "no";
    printf "| one optimisation, wall (JMH single shot, mean); process CPU time %s s | %.1f | ≤ 60 s on 2 cores | %s |\n", c, w, m }'
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
} >> "$report"

cat "$report"
echo >&2
echo "written: $report" >&2
