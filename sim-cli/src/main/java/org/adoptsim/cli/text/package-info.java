/**
 * Text for people and for files: the locale-independent number formats
 * ({@link org.adoptsim.cli.text.Num} for comparison tables, {@link org.adoptsim.cli.text.NumberText} for
 * sweep tables).
 *
 * <p>May use: the JDK only; every other package may use it.
 */
package org.adoptsim.cli.text;
