package org.adoptsim.cli.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.adoptsim.cli.Cli;
import org.adoptsim.cli.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** One option, one name, one description, one validation: the shared options come from the mixins. */
class SharedOptionsTest {
    private static final Set<String> SHARED = Set.of("--threads", "--out", "--force", "--quiet", "--seed",
            "--allow-outside-files", "--charts");
    /** init's --out names a scenario file, not a folder: the one option of these names that is not shared. */
    private static final Set<String> OWN = Set.of("init --out", "state --out");

    private static List<CommandSpec> commands() {
        List<CommandSpec> out = new ArrayList<>();
        collect(Main.commandLine(), out);
        return out;
    }

    private static void collect(CommandLine cl, List<CommandSpec> out) {
        out.add(cl.getCommandSpec());
        cl.getSubcommands().values().stream().distinct().forEach(c -> {
            if (!out.contains(c.getCommandSpec())) {
                collect(c, out);
            }
        });
    }

    @Test
    void everySharedOptionHasOneDescriptionAndComesFromItsMixin() {
        Map<String, Set<String>> descriptions = new TreeMap<>();
        Map<String, List<String>> users = new TreeMap<>();
        for (CommandSpec c : commands()) {
            for (OptionSpec o : c.options()) {
                String name = o.longestName();
                if (!SHARED.contains(name) || OWN.contains(c.name() + " " + name)) {
                    continue;
                }
                descriptions.computeIfAbsent(name, k -> new java.util.TreeSet<>())
                        .add(String.join(" ", o.description()) + " [" + o.paramLabel() + "] " + List.of(o.names()));
                users.computeIfAbsent(name, k -> new ArrayList<>()).add(c.name());
                Object declared = o.userObject();
                assertTrue(declared instanceof Member m && m.getDeclaringClass().getPackageName()
                        .equals(SharedOptionsTest.class.getPackageName()),
                        c.name() + " " + name + " is declared outside the options mixins: " + declared);
            }
        }
        descriptions.forEach((name, d) -> assertEquals(1, d.size(), name + " is described differently: " + d));
        assertEquals(SHARED, users.keySet());
        assertTrue(users.get("--threads").containsAll(List.of("compare", "run", "sweep", "calibrate", "optimise",
                "explore")), users.get("--threads").toString());
        assertTrue(users.get("--out").containsAll(List.of("compare", "run", "sweep", "merge", "analyze", "discover",
                "calibrate", "optimise")), users.get("--out").toString());
        assertTrue(users.get("--quiet").containsAll(List.of("compare", "run", "sweep", "calibrate", "report",
                "validate")), users.get("--quiet").toString());
        assertTrue(users.get("--force").containsAll(List.of("compare", "run", "init")), users.get("--force").toString());
        assertTrue(users.get("--charts").containsAll(List.of("analyze", "discover", "optimise")),
                users.get("--charts").toString());
        assertTrue(users.get("--seed").containsAll(List.of("compare", "run", "calibrate", "optimise")),
                users.get("--seed").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "run", "sweep", "calibrate", "optimise", "explore", "init", "merge", "analyze",
        "discover", "report", "validate"})
    void helpStillListsEachSharedOption(String command) {
        Cli r = Cli.run(command, "--help");
        assertEquals(0, r.exit(), r.err());
        CommandSpec spec = Main.commandLine().getSubcommands().get(command).getCommandSpec();
        for (OptionSpec o : spec.options()) {
            if (SHARED.contains(o.longestName())) {
                assertTrue(r.out().contains(o.longestName()), command + " --help lacks " + o.longestName());
            }
        }
    }

    @Test
    void outSaysWhereAnalyzeAndDiscoverWriteAndThatMergeHasNoDefault() {
        // "write into the sweep's folder" read as the sweep's own folder, which they refuse (OwnFolder)
        String help = Cli.run("merge", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("analyze and discover: DIR/analysis and DIR/discover in the sweep's folder; merge:"
                + " required"), help);
    }

    @ParameterizedTest
    @ValueSource(strings = {"compare", "sweep", "calibrate", "optimise", "explore"})
    void aThreadCountBelowOneIsTheSameOneLineEverywhere(String command) {
        Cli r = Cli.run(command, "--threads", "0", "whatever.yaml");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--threads: must be at least 1, was 0"), r.err());
    }
}
