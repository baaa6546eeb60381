/**
 * The migration log: what a real organisation can say about its migration so far — per team, the week
 * it started, the week its old system went off (empty while it has not) and its status at the end of
 * the record. {@code MigrationLog} holds one; {@code HistoryWriter} writes one per replicate for
 * {@code run --history DIR}; {@code HistoryReader} reads a log a person or a program wrote, in weeks or
 * in ISO dates (with the initiative's start date), and reports a bad cell as one located line;
 * {@code LogState} turns a log into the state of a given week, and {@code StateCommand} is
 * {@code adoptsim state}, which writes it as the state file {@code run/compare --from} reads.
 *
 * <p>May use: {@code org.adoptsim.cli} (the located errors), {@code org.adoptsim.cli.csv} (the
 * project's strict CSV reader, which keeps every field's line and column — see its own note on why it
 * is not Jackson's), {@code org.adoptsim.core.result}, {@code org.adoptsim.cli.output} (the atomic
 * file and CSV writer, for the state file), {@code org.adoptsim.cli.text} (the number policy),
 * {@code org.adoptsim.cli.options} (the shared --force), {@code org.adoptsim.cli.scenario} (the
 * {@code team-1 … team-N} names of a scenario without a teams file) and {@code org.adoptsim.cli.scenario.input}
 * (reading a log file safely).
 * Libraries: picocli (the command).
 */
package org.adoptsim.cli.history;
