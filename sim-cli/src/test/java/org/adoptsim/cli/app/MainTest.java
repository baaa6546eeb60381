package org.adoptsim.cli.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run names its command first and gets only that one; everything else gets the whole tree. */
class MainTest {

    private static Set<String> subcommands(String... args) {
        return Main.commandLine(args).getSubcommands().keySet();
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertEquals(Set.of("compare"), subcommands("compare", "scenario.yaml", "--replicates", "10"));
        assertEquals(Set.of("compare"), subcommands("--debug", "compare", "scenario.yaml"));
        assertEquals(Set.of("optimise", "optimize"), subcommands("optimize", "scenario.yaml"));
    }

    @Test
    void usageHelpCompletionAndTyposGetEveryCommand() {
        Set<String> all = Main.commandLine().getSubcommands().keySet();
        for (List<String> args : List.of(List.<String>of(), List.of("--help"), List.of("help", "compare"),
                List.of("completion"), List.of("compar", "x.yaml"), List.of("--version"))) {
            assertEquals(all, subcommands(args.toArray(String[]::new)), args.toString());
        }
    }

    @Test
    void aCommandsOwnHelpIsTheSameEitherWay() {
        assertEquals(usage(Main.commandLine().getSubcommands().get("run")),
                usage(Main.commandLine(new String[] {"run", "--help"}).getSubcommands().get("run")));
    }

    private static String usage(CommandLine cl) {
        StringWriter s = new StringWriter();
        cl.usage(new PrintWriter(s));
        return s.toString();
    }
}
