package org.adoptsim.cli.report;

/** report.md: the report as Markdown, charts linked by relative path (they live in charts/). */
final class MarkdownReport {
    private MarkdownReport() {
    }

    static String render(ReportContent c) {
        StringBuilder b = new StringBuilder("# ").append(c.title()).append("\n\n");
        c.facts().forEach(f -> b.append("- ").append(f).append('\n'));
        b.append('\n');
        if (c.warning() != null) {
            b.append("> **").append(c.warning()).append("**\n\n");
        }
        if (!c.verdict().isEmpty()) {
            b.append("## The answer\n\n```\n");
            c.verdict().forEach(l -> b.append(l).append('\n'));
            b.append("```\n\n");
        }
        b.append("## What the numbers say\n\n");
        c.reading().forEach(p -> b.append(p).append("\n\n"));
        b.append("## Tables\n\n");
        c.tables().forEach(t -> b.append(t.toMarkdown()).append('\n'));
        b.append("## Charts\n\n");
        for (ReportContent.Chart ch : c.charts()) {
            b.append("### ").append(ch.heading()).append("\n\n");
            b.append("![").append(ch.heading()).append("](").append(ch.file()).append(")\n\n");
            b.append(ch.caption()).append("\n\n");
        }
        b.append("## Files\n\n").append(Files.TEXT).append('\n');
        return b.toString();
    }

    /** The closing note on the folder's data files. */
    static final class Files {
        static final String TEXT = "runs.csv has one row per strategy and replicate; weekly.csv the mean and"
                + " quantiles per strategy and week; summary.csv and paired.csv the tables above with full"
                + " precision; best.csv each strategy's chance of being best on the objective; caveats.csv the results"
                + " that follow from an assumption; manifest.json how the run was made. Shares are fractions of teams (0-1), rates per"
                + " team-week; an empty cell is a milestone not reached.";

        private Files() {
        }
    }
}
