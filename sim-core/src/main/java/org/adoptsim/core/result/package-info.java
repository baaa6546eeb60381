/**
 * What a run gives back, immutable: {@code RunResult} (per-run {@code RunMetrics} with its
 * {@code Ledger}, and as its {@code RunDetail} asks, per-team {@code TeamOutcomes} and the
 * {@code WeeklySeries}), the observer
 * interface the engine calls each week ({@code WeekObserver} with a {@code WeekView}), the enums
 * that name states, laggard reasons, ledger entries and platform uses (each with its snake_case
 * output label), and pure helpers over results such as {@code BreakEven}. Hours are engineer-hours,
 * cumulative from week 0 unless a method says otherwise; milestones are weeks elapsed, event weeks
 * are week indices, −1 means not reached.
 *
 * <p>May use: nothing else in sim-core. No libraries.
 */
package org.adoptsim.core.result;
