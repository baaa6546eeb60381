package org.adoptsim.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The {@code comparison} section of a {@code run}'s or {@code compare}'s manifest: what the comparison
 * tables cover. Immutable.
 *
 * @param weeks               weeks per run
 * @param replicatesCompleted replicates 0 … k−1 that finished and are in the files
 * @param strategies          the strategies, in the order of the tables
 * @param baseline            the strategy the paired differences are taken against (compare only; null for run)
 * @param chartFormats        the chart formats the folder holds ({@code png}, {@code svg}, {@code pdf})
 * @param posterior           the calibration's posterior the parameters were drawn from ({@code --posterior}),
 *                            or null
 * @param startWeek           the organisation's calendar week of the runs' week 0 (a scenario {@code start} or
 *                            {@code --from state.csv --week N}); 0 without a calendar, and then not written
 * @param startFrom           the state file of {@code --from … --week …} and the start block it replaced, or null
 *                            (the scenario's own start, or none)
 */
public record Comparison(int weeks, long replicatesCompleted, List<String> strategies, String baseline,
        List<String> chartFormats, Posterior posterior, int startWeek, StartFrom startFrom) {
    public static final String SECTION = "comparison";

    /**
     * {@code --posterior DIR}: the posterior file as named and its SHA-256, the parameters it holds, its
     * particles, and the joint parameter sets drawn (one per replicate pair that finished).
     */
    public record Posterior(String file, String sha256, List<String> parameters, int particles, long draws) {
        public Posterior {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * {@code --from FILE --week N}: the state file the runs started from, as named, and the week of the
     * scenario's own {@code start} block it replaced ({@code start.week}; its state file goes too), or −1
     * when the scenario has none. Written as {@code startFrom: {file, replacedStartWeek}}, the latter only
     * when there was a block.
     */
    public record StartFrom(String file, int replacedStartWeek) {
        public StartFrom {
            java.util.Objects.requireNonNull(file, "file");
        }

        /**
         * For the terminal and the reports, the runs starting at calendar week {@code week}: "start: --from
         * FILE --week 35 replaces the scenario's start block's state file and week 30 (its tools, dashboard,
         * coalition and maturity stay)", or without a block "start: --from FILE --week 35".
         */
        public String describe(int week) {
            return "start: --from " + file + " --week " + week + (replacedStartWeek < 0 ? ""
                    : " replaces the scenario's start block's state file and week " + replacedStartWeek
                            + " (its tools, dashboard, coalition and maturity stay)");
        }
    }

    public Comparison {
        strategies = List.copyOf(strategies);
        chartFormats = List.copyOf(chartFormats);
        if (startWeek < 0) {
            throw new IllegalArgumentException("startWeek: must be >= 0, was " + startWeek);
        }
    }

    /** A comparison without a calendar (its runs' week 0 is no calendar week). */
    public Comparison(int weeks, long replicatesCompleted, List<String> strategies, String baseline,
            List<String> chartFormats, Posterior posterior) {
        this(weeks, replicatesCompleted, strategies, baseline, chartFormats, posterior, 0, null);
    }

    /** This comparison with its runs' week 0 at the organisation's calendar week {@code week} (0: none). */
    public Comparison withStartWeek(int week) {
        return new Comparison(weeks, replicatesCompleted, strategies, baseline, chartFormats, posterior, week,
                startFrom);
    }

    /** This comparison with the runs started by {@code --from} ({@code from}; null: the scenario's own start). */
    public Comparison withStartFrom(StartFrom from) {
        return new Comparison(weeks, replicatesCompleted, strategies, baseline, chartFormats, posterior, startWeek,
                from);
    }

    /** This comparison with the chart formats {@code formats} (report redraws the charts in them). */
    public Comparison withChartFormats(List<String> formats) {
        return new Comparison(weeks, replicatesCompleted, strategies, baseline, formats, posterior, startWeek,
                startFrom);
    }

    public Manifest.Section section() {
        Manifest.Section s = Manifest.Section.of(SECTION);
        ObjectNode n = s.fields();
        n.put("weeks", weeks);
        n.put("replicatesCompleted", replicatesCompleted);
        strategies.forEach(n.putArray("strategies")::add);
        n.put("baseline", baseline);
        chartFormats.forEach(n.putArray("chartFormats")::add);
        if (posterior != null) {
            ObjectNode p = n.putObject("posterior");
            p.put("file", posterior.file());
            p.put("sha256", posterior.sha256());
            posterior.parameters().forEach(p.putArray("parameters")::add);
            p.put("particles", posterior.particles());
            p.put("draws", posterior.draws());
        }
        if (startWeek > 0) {
            n.put("startWeek", startWeek);
        }
        if (startFrom != null) {
            ObjectNode f = n.putObject("startFrom");
            f.put("file", startFrom.file());
            if (startFrom.replacedStartWeek() >= 0) {
                f.put("replacedStartWeek", startFrom.replacedStartWeek());
            }
        }
        return new Manifest.Section(SECTION, n);
    }

    /** The comparison section of {@code m}; an {@link OutputFormatException} when it has none. */
    static Comparison of(Manifest m) {
        if (m.section() == null || !SECTION.equals(m.section().name())) {
            throw new OutputFormatException(OutputFolder.MANIFEST + ": written by '" + m.command()
                    + "', not by run or compare (no comparison section)");
        }
        ManifestFields f = new ManifestFields(OutputFolder.MANIFEST + ": " + SECTION, m.section().fields());
        return new Comparison((int) f.integer("weeks"), f.integer("replicatesCompleted"), f.strings("strategies"),
                f.optionalText("baseline"), f.strings("chartFormats"), posterior(f.optionalObject("posterior")),
                startWeek(f), startFrom(f.optionalObject("startFrom")));
    }

    /** The {@code startFrom} object, or null where it is absent (the scenario's own start, or an older folder). */
    private static StartFrom startFrom(ManifestFields f) {
        if (f == null) {
            return null;
        }
        Long w = f.optionalInteger("replacedStartWeek");
        if (w != null && (w < 0 || w > Integer.MAX_VALUE)) {
            throw new OutputFormatException(f.where() + ": field 'replacedStartWeek' must be a week >= 0, was " + w);
        }
        return new StartFrom(f.text("file"), w == null ? -1 : w.intValue());
    }

    /** The {@code startWeek} field: 0 where it is absent (no calendar, or a folder written before it). */
    private static int startWeek(ManifestFields f) {
        Long w = f.optionalInteger("startWeek");
        if (w != null && (w < 0 || w > Integer.MAX_VALUE)) {
            throw new OutputFormatException(f.where() + ": field 'startWeek' must be a week >= 0, was " + w);
        }
        return w == null ? 0 : w.intValue();
    }

    private static Posterior posterior(ManifestFields p) {
        return p == null ? null : new Posterior(p.text("file"), p.text("sha256"), p.strings("parameters"),
                (int) p.integer("particles"), p.integer("draws"));
    }
}
