package org.adoptsim.cli.compare;

import org.adoptsim.cli.app.Main;
import picocli.CommandLine;

/**
 * {@code adoptsim} as its own program, for the kill -9 test; {@code -Dadoptsim.test.replicateMillis=N}
 * makes each finished replicate of {@code compare} take N ms longer, so a kill can land in the
 * simulation however fast the machine.
 */
public final class CompareChild {
    private CompareChild() {
    }

    public static void main(String[] args) {
        CommandLine cl = Main.commandLine();
        long millis = Long.getLong("adoptsim.test.replicateMillis", 0);
        SimulationCommand compare = cl.getSubcommands().get("compare").getCommand();
        compare.onReplicate = done -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        System.exit(cl.execute(args));
    }
}
