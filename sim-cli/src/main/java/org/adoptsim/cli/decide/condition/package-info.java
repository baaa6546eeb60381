/**
 * The small condition language of {@code adoptsim discover --when}: comparisons of column names and
 * numbers ({@code < <= > >= == !=}), joined by {@code &&} and {@code ||}, grouped by parentheses, for
 * example {@code final_done_share < 0.9 && (weeks_to_90 > 52 || incidents >= 3)}. Nothing else: no
 * arithmetic, no function calls, nothing evaluated but comparisons, so a condition cannot do harm.
 *
 * <p>Hand-written (a recursive-descent parser of a few dozen lines) because an expression library
 * would accept far more than this language and would make its errors harder to locate. Errors are
 * {@link org.adoptsim.cli.decide.condition.ConditionException}s carrying the 1-based character position.
 *
 * <p>May use: the JDK only (pure).
 */
package org.adoptsim.cli.decide.condition;
