/**
 * The scenario as immutable values: the organisation to draw ({@code Organisation},
 * {@code TeamAttributes}, networks and dependencies), the behavioural rules ({@code Rules} and its
 * groups, among them {@code AdoptionRules} for self-sufficiency and {@code LedgerRules} for the
 * hours ledger, and {@code Functions} for the functions nobody commands), the initiative owner's
 * levers ({@code Strategy}, {@code Presets}, {@code FunctionLevers}), the run settings, what a planner
 * knows per team ({@code KnownTeams}, {@code TeamField}) and where an initiative stands today
 * ({@code ObservedState}, a scenario's optional start). Every record validates itself and names the offending field; wide records are built by
 * name (builders, {@code toBuilder}, withers). Units and defaults are documented in docs/model.md.
 *
 * <p>May use: nothing else in sim-core. Libraries: Apache Commons Statistics (the distributions'
 * quantile functions) and Commons RNG (the provider interface only).
 */
package org.adoptsim.core.config;
