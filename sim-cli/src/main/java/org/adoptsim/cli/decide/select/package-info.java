/**
 * Ranking and selection with constraints on probabilities, for simulation optimisation: feasibility
 * checks ("metric ≥ x in at least 90 % of runs", judged with one-sided Wilson bounds), screening by a
 * first-stage subset selection (Nelson, Swann, Goldsman and Song 2001), then the fully sequential
 * procedure KN of Kim and Nelson (2001) on common-random-number outputs, which selects a system within
 * an indifference zone δ of the best with probability at least 1 − α.
 *
 * <p>KN rather than OCBA: KN states a probability of correct selection that holds whatever the
 * variances and the correlation between systems, and it uses the correlation that common random numbers
 * create (it works on paired differences); OCBA allocates a budget well but makes no such statement.
 * Written here because no maintained Java library implements these procedures; they are short and are
 * tested on synthetic problems with a known best.
 *
 * <p>Pure: systems are indices, outputs come from a {@link org.adoptsim.cli.decide.select.Sampler},
 * results are records. May use: {@code org.apache.commons.statistics.distribution} and the JDK. Used by
 * {@code org.adoptsim.cli.decide.optimise}.
 */
package org.adoptsim.cli.decide.select;
