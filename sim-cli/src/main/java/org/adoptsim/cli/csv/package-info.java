/**
 * A streaming CSV reader (RFC 4180, strict about quotes) that keeps the line and column of every field,
 * for error messages that point into the file. Written here rather than taken from Commons CSV because
 * that library reports a record's line but not where each field starts.
 *
 * <p>May use: the JDK only; no other adoptsim package.
 */
package org.adoptsim.cli.csv;
