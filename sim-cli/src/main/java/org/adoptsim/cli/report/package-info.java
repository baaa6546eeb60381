/**
 * The {@code report} command and what it writes: a reading of the comparison in words, result
 * tables for the terminal, Markdown and HTML.
 *
 * <p>May use: {@code results}, {@code chart}, {@code output}, {@code text} and the root package. Not
 * {@code compare}.
 */
package org.adoptsim.cli.report;
