package org.adoptsim.cli.options;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The command line as the user typed it, quoted for a shell: what every manifest records. Stateless. */
public final class Invocation {
    private Invocation() {
    }

    /** {@code adoptsim} and the arguments picocli parsed, each quoted where it holds a space or a quote. */
    public static String text(CommandSpec spec) {
        List<String> args = spec.root().commandLine().getParseResult() == null ? List.of()
                : spec.root().commandLine().getParseResult().originalArgs();
        StringBuilder b = new StringBuilder(spec.root().name());
        for (String a : args) {
            b.append(' ').append(a.isEmpty() || a.matches(".*[\\s'\"].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return b.toString();
    }
}
