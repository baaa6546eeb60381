package org.adoptsim.cli.options;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Option;

/** {@code -q, --quiet} (a picocli mixin): no progress and no summary; errors still print. */
public final class QuietOption {
    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; errors still print.")
    boolean quiet;

    public boolean given() {
        return quiet;
    }

    /**
     * Where a command prints its progress and summary: {@code terminal}, or nowhere when quiet. Errors do not
     * go through it, so they still print.
     */
    public PrintWriter summary(PrintWriter terminal) {
        return quiet ? new PrintWriter(Writer.nullWriter()) : terminal;
    }
}
