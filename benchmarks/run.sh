#!/usr/bin/env bash
# Builds the JMH uber-jar (./mvnw) and runs the benchmark suite, then prints the results table it wrote
# to benchmarks/results/<date>-<mode>.md. JMH's own output goes to benchmarks/results/<date>-<mode>-logs/.
#
#   benchmarks/run.sh          quick mode: headline cases, short iterations (under 5 minutes on 2 cores)
#   benchmarks/run.sh full     every parameter, the iterations the classes declare (about 15 minutes)
#
# Interrupting keeps the sections already finished. Other processes on the machine lower the means:
# run it on a quiet machine, and read the "best iteration" columns as what the code can do.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-quick}"
case "$mode" in
  quick) memory_teams=200000 ;;
  full) memory_teams=1000000 ;;
  *) echo "usage: benchmarks/run.sh [quick|full]" >&2; exit 2 ;;
esac

echo "building benchmarks/target/benchmarks.jar ..." >&2
./mvnw -q -B -DskipTests package -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar

mkdir -p benchmarks/results
report="benchmarks/results/$(date +%Y-%m-%d-%H%M)-$mode.md"
trap 'echo >&2; echo "interrupted: finished sections are in $report" >&2; exit 130' INT TERM

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

cat "$report"
echo >&2
echo "written: $report" >&2
