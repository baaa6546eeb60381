package org.adoptsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The suite's markdown report: machine, targets met or missed, then one table per benchmark. Scores
 * are JMH means with their 99.9 % error; "best" is the fastest measured iteration, which on a shared
 * machine is the better guide to what the code can do (the mean includes other processes' load).
 */
final class Report {
    private final String mode;
    private final String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    private final String loadAtStart = loadAverage();
    private final Map<Class<?>, List<RunResult>> results = new LinkedHashMap<>();

    Report(String mode) {
        this.mode = mode;
    }

    void add(Class<?> benchmark, Collection<RunResult> r) {
        results.computeIfAbsent(benchmark, k -> new ArrayList<>()).addAll(r);
    }

    String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# adoptsim benchmarks: ").append(mode).append(" mode\n\n");
        s.append(machine()).append('\n');
        s.append(Targets.markdown(this)).append('\n');
        Tables.all(this, s);
        return s.toString();
    }

    List<RunResult> of(Class<?> benchmark) {
        return results.getOrDefault(benchmark, List.of());
    }

    private String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, """
                | machine | |
                |---|---|
                | started | %s |
                | processors (nproc) | %d |
                | CPU | %s |
                | JDK | %s %s (%s) |
                | OS | %s %s |
                | load average at start / now | %s / %s |
                """, started, rt.availableProcessors(), cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"), loadAtStart, loadAverage());
    }

    private static String cpuModel() {
        return read("/proc/cpuinfo").flatMap(t -> t.lines().filter(l -> l.startsWith("model name")).findFirst())
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    }

    private static String loadAverage() {
        return read("/proc/loadavg").map(t -> String.join(" ", List.of(t.trim().split("\\s+")).subList(0, 3)))
                .orElse("unknown");
    }

    private static Optional<String> read(String path) {
        try {
            return Optional.of(Files.readString(Path.of(path)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static double score(RunResult r) {
        return r.getPrimaryResult().getScore();
    }

    static double best(RunResult r) {
        return r.getPrimaryResult().getStatistics().getMax();
    }

    static double error(RunResult r) {
        double e = r.getPrimaryResult().getScoreError();
        return Double.isNaN(e) ? 0 : e;
    }

    static double secondary(RunResult r, String name) {
        Result<?> x = r.getSecondaryResults().get(name);
        return x == null ? Double.NaN : x.getScore();
    }

    static String param(RunResult r, String name) {
        return r.getParams().getParam(name);
    }

    /** A rate in scientific notation, e.g. 1.07e9. */
    static String sci(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3g", x).replace("e+0", "e").replace("e+", "e");
    }

    /** A count with thousands separators. */
    static String num(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%,.0f", x);
    }
}
