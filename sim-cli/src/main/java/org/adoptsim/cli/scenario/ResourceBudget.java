package org.adoptsim.cli.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.scenario.input.InputLimits;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Scenario;

/**
 * Estimates, before anything is allocated, what a run will need, and refuses with one line that says
 * what to change when it cannot fit: the influence network's ties (every busy worker thread, at most one
 * per replicate, builds its own organisation, and building a graph briefly holds about {@value #BYTES_PER_TIE} bytes per tie), the
 * per-team state, and the size of the output files against the free space of the output folder's disk.
 * The byte counts are estimates chosen from the engine's array layout (sim-core's {@code GraphBuilder}
 * keeps each tie as two {@code int} pairs while building, then two {@code int} targets), rounded up;
 * they decide only whether to start. Stateless.
 */
public final class ResourceBudget {
    /** Peak bytes per tie while a graph is built (edge pairs, their growth copy, targets, compaction). */
    static final long BYTES_PER_TIE = 32;
    /** Bytes per team of a world's state and the run's per-team records (generous). */
    static final long BYTES_PER_TEAM = 4096;
    /** Share of the Java heap a run may plan to use. */
    static final double HEAP_SHARE = 0.8;
    /** The most ties one graph can hold: its targets array has two entries per tie. */
    static final long MAX_TIES = (Integer.MAX_VALUE - 8) / 2;
    /** What run and compare hold besides their worlds (tables, series, report), chosen generously. */
    public static final long RUN_BASE_BYTES = 64L << 20;
    /**
     * What a sweep holds besides its worlds: its window of units in flight keeps only metric numbers;
     * sweep's BoundedMemoryTest measures under 10 MB retained, so 16 MB.
     */
    public static final long SWEEP_BASE_BYTES = 16L << 20;
    /** Bytes per row of runs.csv and of weekly.csv (upper estimates of the written rows). */
    static final long RUN_ROW_BYTES = 400;
    static final long WEEK_ROW_BYTES = 200;

    private ResourceBudget() {
    }

    /** Ties the network will have (its expectation for random networks). */
    public static double ties(Organisation o) {
        int n = o.teams();
        NetworkSpec spec = o.network();
        if (spec instanceof NetworkSpec.ErdosRenyi er) {
            return n * er.meanDegree() / 2;
        } else if (spec instanceof NetworkSpec.WattsStrogatz ws) {
            return (double) n * ws.k() / 2;
        } else if (spec instanceof NetworkSpec.BarabasiAlbert ba) {
            return (double) n * ba.m() + (double) (ba.m() + 1) * (ba.m() + 1);
        } else if (spec instanceof NetworkSpec.Departments d) {
            int depts = Math.min(o.departments(), n);
            long small = n / depts;
            long big = small + 1;
            long bigCount = n % depts;
            double pairs = bigCount * big * (big - 1) / 2.0 + (depts - bigCount) * small * (small - 1) / 2.0;
            return d.inside() * pairs + n * d.crossTiesPerTeam() / 2;
        } else if (spec instanceof NetworkSpec.EdgeList e) {
            return e.edges().size();
        }
        return 0;
    }

    /** Bytes one world of this organisation needs at its peak (its graph while built, and its teams). */
    public static double bytesPerWorld(Organisation o) {
        return ties(o) * BYTES_PER_TIE + (double) o.teams() * BYTES_PER_TEAM;
    }

    /**
     * Refuses a run whose organisations cannot fit in the Java heap with {@code threads} workers.
     *
     * @param file the scenario file as the user named it, for the message
     */
    public static void checkMemory(Scenario s, int threads, String file, long maxHeap) {
        checkMemory(s, threads, file, maxHeap, RUN_BASE_BYTES);
    }

    /**
     * As {@link #checkMemory(Scenario, int, String, long)}, with {@code baseBytes} for what the command
     * holds besides its worlds: {@link #RUN_BASE_BYTES} for run and compare (their tables and series),
     * {@link #SWEEP_BASE_BYTES} for a sweep, whose retained state is a bounded window of metric numbers.
     */
    public static void checkMemory(Scenario s, int threads, String file, long maxHeap, long baseBytes) {
        Organisation o = s.organisation();
        double ties = ties(o);
        int workers = Math.max(1, Math.min(threads, s.run().replicates()));
        SourceLocation at = SourceLocation.startOf(file);
        String what = String.format(Locale.ROOT, "%,d teams on the '%s' network make about %,.0f ties", o.teams(),
                networkName(o.network()), ties);
        if (ties > MAX_TIES) {
            throw new LocatedException(at, "organisation.network", what + ", more than one organisation can hold ("
                    + String.format(Locale.ROOT, "%,d", MAX_TIES) + "); use a sparser network or fewer teams");
        }
        double perWorld = bytesPerWorld(o);
        double need = perWorld * workers + baseBytes;
        if (need > maxHeap * HEAP_SHARE) {
            long suggest = (long) Math.ceil(need / HEAP_SHARE / (1L << 30)) + 1;
            throw new LocatedException(at, "organisation.network", String.format(Locale.ROOT,
                    "%s: about %s of memory with %d thread%s, more than the %s Java may use; use a sparser"
                    + " network (organisation.network), fewer teams or fewer --threads, or give Java more memory"
                    + " (JAVA_OPTS=-Xmx%dg)", what, bytes(need), workers, workers == 1 ? "" : "s", bytes(maxHeap),
                    suggest));
        }
    }

    /** The weeks asked for on the command line, refused above {@link InputLimits#MAX_WEEKS}. */
    public static void checkWeeks(int weeks, String option) {
        if (weeks > InputLimits.MAX_WEEKS) {
            throw new InputException(option + ": at most " + InputLimits.MAX_WEEKS + " weeks (50 years), was " + weeks
                    + "; use fewer weeks");
        }
    }

    /**
     * Refuses a run whose output files would not fit on the disk that holds {@code out} (the nearest
     * existing folder above it is asked when it does not exist yet).
     */
    public static void checkOutput(Scenario s, int strategies, Path out) {
        double rows = (double) s.run().replicates() * strategies;
        double need = rows * RUN_ROW_BYTES + (double) s.run().weeks() * strategies * WEEK_ROW_BYTES + (16 << 20);
        checkDisk(out, need, String.format(Locale.ROOT, "runs.csv: %,.0f rows", rows),
                "use fewer --replicates, or another --out");
    }

    /**
     * Refuses, with one line naming {@code what} the estimate counts and what to change ({@code advice}),
     * output of about {@code need} bytes that would not fit on the disk holding {@code out} (the nearest
     * existing folder above it is asked when it does not exist yet). Says nothing when the disk cannot be
     * asked.
     */
    public static void checkDisk(Path out, double need, String what, String advice) {
        Path probe = out.toAbsolutePath().normalize();
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        if (probe == null) {
            return;
        }
        long free;
        try {
            free = Files.getFileStore(probe).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return;
        }
        if (need > free) {
            throw new InputException(String.format(Locale.ROOT, "%s: the outputs need about %s (%s), the disk"
                    + " holding it has %s free; %s", out, bytes(need), what, bytes(free), advice));
        }
    }

    private static String networkName(NetworkSpec n) {
        return n.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String bytes(double b) {
        if (b >= 1L << 40) {
            return String.format(Locale.ROOT, "%,.1f TB", b / (1L << 40));
        }
        if (b >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", b / (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(b / (1L << 20)));
    }
}
