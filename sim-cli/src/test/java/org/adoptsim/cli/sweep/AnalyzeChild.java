package org.adoptsim.cli.sweep;

import org.adoptsim.cli.app.Main;

/** {@code adoptsim analyze} as its own program, for the test that runs it in a small heap. */
public final class AnalyzeChild {
    private AnalyzeChild() {
    }

    public static void main(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "analyze";
        System.arraycopy(args, 0, all, 1, args.length);
        System.exit(Main.commandLine().execute(all));
    }
}
