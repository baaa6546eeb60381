#!/usr/bin/env bash
# Prepares issue 19's many-core scaling check for a lent machine that has no JDK and no network:
# a slim jar holding SweepBenchmark, the engine and JMH (.device/sweep-bench.jar, about 4 MB) and a
# Java runtime cut to the modules it needs (.device/jre, about 35 MB), both under .device/, which git
# ignores. Run it here, then run benchmarks/device/scaling.sh there with .device carried.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar_in=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar_in" ]]; then
  ./mvnw -q -B package -pl benchmarks -am -DskipTests -Djacoco.skip=true -Dadoptsim.cds.skip=true
fi
rm -rf .device && mkdir -p .device/classes
# The engine, the benchmark classes, JMH and the libraries they use; not the command line's libraries.
(cd .device/classes && unzip -q "../../$jar_in" 'org/adoptsim/core/*' 'org/adoptsim/bench/*' \
  'org/openjdk/jmh/*' 'joptsimple/*' 'org/apache/commons/*' 'META-INF/BenchmarkList' \
  'META-INF/CompilerHints' 'META-INF/MANIFEST.MF')
jar --create --file .device/sweep-bench.jar --manifest .device/classes/META-INF/MANIFEST.MF -C .device/classes .
rm -rf .device/classes
jlink --add-modules java.base,java.logging,jdk.management,jdk.unsupported --strip-debug --no-header-files \
  --no-man-pages --compress=2 --output .device/jre
du -sh .device/sweep-bench.jar .device/jre
echo "then, on the lent machine: run with carry [\".device\"] and command: bash benchmarks/device/scaling.sh"
