/**
 * The {@code report} command and what it writes: the verdict first (at most ten lines of 100 columns),
 * a reading of the comparison in words, result tables for the terminal, Markdown and HTML, the
 * decomposition table, and the one-page decision brief (brief.md, and brief.pdf drawn with Apache PDFBox,
 * the PDF library the charts already use). Their prose says a week one way ({@code WeekWords}): the run's
 * own, or, for a run from the organisation's observed state, "calendar week C (n weeks from today)".
 *
 * <p>May use: {@code results}, {@code chart}, {@code output}, {@code text}, {@code calibrate.posterior} (the
 * variance split of a --posterior run), {@code webcharts} (the interactive charts of report.html),
 * {@code functions} (the "who is holding the migration" charts), {@code today} (the laggard ranking, read
 * back from teams.csv), sim-core's {@code result} (reason and status ids) and the root package. Not
 * {@code compare}.
 */
package org.adoptsim.cli.report;
