package org.adoptsim.cli.sweep;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import org.adoptsim.cli.sweep.io.Checkpoint;
import picocli.CommandLine;

/**
 * Runs {@code adoptsim sweep} (test scenario source) while a sampler thread forces a full collection
 * every 25 ms and prints {@code sample RUNS_WRITTEN HEAP_USED_BYTES}: the heap a sweep retains, against
 * how far it is. Arguments: OUT_DIR SWEEP_FILE [more sweep options].
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path checkpoint = Path.of(args[0], "checkpoint.json");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(25);
                    long runs = Checkpoint.read(checkpoint).map(Checkpoint::runsDone).orElse(0L);
                    System.gc();
                    System.out.println("sample " + runs + " " + memory.getHeapMemoryUsage().getUsed());
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // the checkpoint was being replaced; take the next sample
                }
            }
        }, "memory-sampler");
        sampler.setDaemon(true);
        String[] sweep = new String[args.length + 1];
        sweep[0] = args[1];
        sweep[1] = "--out";
        sweep[2] = args[0];
        System.arraycopy(args, 2, sweep, 3, args.length - 2);
        sampler.start();
        int code = new CommandLine(new SweepCommand(TestScenarios.source())).execute(sweep);
        sampler.interrupt();
        sampler.join();
        System.out.println("exit " + code);
        System.exit(code);
    }
}
