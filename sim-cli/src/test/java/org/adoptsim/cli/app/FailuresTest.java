package org.adoptsim.cli.app;

import org.adoptsim.cli.Cli;

import org.adoptsim.cli.InputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Every command fails the same way: one line on stderr and exit 2 for bad input, exit 1 for a bug. */
class FailuresTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("kaput\nsecond line");
        }
    }

    @Command(name = "bad-input")
    static final class BadInput implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new InputException("out.csv: already exists (use --force to replace it)");
        }
    }

    private static CommandLine withTestCommands() {
        return Main.commandLine().addSubcommand(new Boom()).addSubcommand(new BadInput());
    }

    @Test
    void anInternalErrorIsOneLineAndExit1() {
        Cli r = Cli.run(withTestCommands(), "boom");
        assertEquals(1, r.exit());
        assertEquals("internal error: IllegalStateException: kaput second line (run with --debug for details)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void debugShowsTheStackTraceWhereverTheOptionIsGiven() {
        for (String[] args : new String[][] {{"--debug", "boom"}, {"boom", "--debug"}}) {
            Cli r = Cli.run(withTestCommands(), args);
            assertEquals(1, r.exit());
            assertTrue(r.err().startsWith("internal error: IllegalStateException: kaput second line\n"), r.err());
            assertTrue(r.err().contains("at org.adoptsim.cli.app.FailuresTest$Boom.call"), r.err());
        }
    }

    @Test
    void badInputIsItsOwnLineAndExit2() {
        Cli r = Cli.run(withTestCommands(), "bad-input");
        assertEquals(2, r.exit());
        assertEquals("out.csv: already exists (use --force to replace it)\n", r.err());
    }

    @Test
    void usageErrorsAreOneLineWithAPointerToHelp() {
        Cli missing = Cli.run("validate");
        assertEquals(2, missing.exit());
        assertEquals("adoptsim validate: Missing required parameter: 'FILE' (see 'adoptsim validate --help')\n",
                missing.err());
        Cli typo = Cli.run("valdate", "x.yaml");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().startsWith("adoptsim: Unmatched arguments from index 0: 'valdate', 'x.yaml'; did you mean "
                + "'validate'? (see 'adoptsim --help')"), typo.err());
        assertEquals(1, typo.err().lines().count());
        Cli far = Cli.run("frobnicate");
        assertEquals("adoptsim: Unmatched argument at index 0: 'frobnicate' (see 'adoptsim --help')\n", far.err());
        Cli option = Cli.run("presets", "--yml");
        assertEquals(2, option.exit());
        assertEquals("adoptsim presets: Unknown option: '--yml'; did you mean '--yaml'? (see 'adoptsim presets --help')\n",
                option.err());
    }

    @Test
    void versionAndUsage() {
        Cli v = Cli.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("adoptsim "), v.out());
        Cli none = Cli.run();
        assertEquals(0, none.exit());
        assertTrue(none.out().contains("validate") && none.out().contains("presets"), none.out());
    }
}
