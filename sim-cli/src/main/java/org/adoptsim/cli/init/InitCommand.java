package org.adoptsim.cli.init;

import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.ForceOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.scenario.LoadContext;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code adoptsim init --teams teams.csv [--edges …] [--dependencies …] [--out scenario.yaml]}: writes
 * a commented starter scenario around the planner's teams. The files it names must lie in the
 * scenario's folder (the loader's rule), and the text is loaded — teams file and edge lists included —
 * before it is written, so a bad spreadsheet is the loader's located error (exit 2) and nothing is written.
 */
@Command(name = "init",
        description = {"Write a starter scenario around your own teams file.",
            "The scenario names the teams file (and edge lists) relative to its own folder, uses the default rules "
                + "and the five preset strategies, and is checked by loading it before it is written."},
        footerHeading = "%nExamples:%n",
        footer = {"  adoptsim init --teams scenarios/acme-today/teams.csv --out scenarios/acme-today/mine.yaml",
                  "%nExit status: 0 written, 2 bad input (one located line on stderr), 1 internal or I/O error."},
        mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--teams", required = true, paramLabel = "CSV", description = "the teams file (a 'name' column)")
    Path teams;

    @Option(names = "--edges", paramLabel = "CSV", description = "influence edges by team name (two columns)")
    Path edges;

    @Option(names = "--dependencies", paramLabel = "CSV", description = "dependencies: team, upstream (two columns)")
    Path dependencies;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: scenario.yaml next to the teams file)")
    Path out;

    @Mixin
    ForceOption force;

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out : sibling(teams, "scenario.yaml");
        Path dir = target.toAbsolutePath().normalize().getParent();
        if (Files.exists(target) && !force.given()) {
            throw new InputException("adoptsim init: " + target + " exists; give --force to replace it");
        }
        String name = target.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String teamsRef = relative(dir, teams, "--teams");
        String text = StarterScenario.text(name.isEmpty() ? "scenario" : name, teamsRef,
                edges == null ? null : relative(dir, edges, "--edges"),
                dependencies == null ? null : relative(dir, dependencies, "--dependencies"), 0);
        LoadedScenario loaded = ScenarioLoader.parse(text, target.toString(), new LoadContext(dir, displayDir(target)));
        text = StarterScenario.text(name.isEmpty() ? "scenario" : name, teamsRef,
                edges == null ? null : relative(dir, edges, "--edges"),
                dependencies == null ? null : relative(dir, dependencies, "--dependencies"),
                loaded.scenario().organisation().teams());
        String written = text;
        AtomicFile.writeText(target, w -> w.write(written));
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + target + " (" + loaded.scenario().organisation().teams() + " teams, "
                + loaded.scenario().strategies().size() + " strategies); check it with ./adoptsim validate " + target);
        o.flush();
        return 0;
    }

    private static Path sibling(Path file, String name) {
        Path parent = file.getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }

    private static String displayDir(Path target) {
        Path parent = target.getParent();
        return parent == null ? "" : parent.toString();
    }

    /** The file's path from the scenario's folder, which must contain it (the loader's folder rule). */
    private static String relative(Path dir, Path file, String option) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(dir)) {
            throw new InputException("adoptsim init: " + option + " " + file + " is outside the scenario's folder "
                    + dir + "; put the scenario next to it (--out)");
        }
        return dir.relativize(abs).toString().replace('\\', '/');
    }
}
