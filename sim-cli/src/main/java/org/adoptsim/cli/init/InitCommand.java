package org.adoptsim.cli.init;

import org.adoptsim.cli.text.Count;
import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.ForceOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.output.AtomicFile;
import org.adoptsim.cli.scenario.LoadContext;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.describe.KnownText;
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
        footer = {"  adoptsim init --teams scenarios/acme-today/teams.csv \\",
                  "      --out scenarios/acme-today/mine.yaml",
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

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write, never a folder (default: scenario.yaml next to the teams file)")
    Path out;

    @Mixin
    ForceOption force;

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out : sibling(teams, "scenario.yaml");
        Path dir = target.toAbsolutePath().normalize().getParent();
        // The inputs first: a missing teams file is the problem to report, not the scenario it would replace.
        String teamsRef = input(dir, teams, "--teams");
        String edgesRef = edges == null ? null : input(dir, edges, "--edges");
        String dependenciesRef = dependencies == null ? null : input(dir, dependencies, "--dependencies");
        notAnInput(target, teams, "--teams");
        notAnInput(target, edges, "--edges");
        notAnInput(target, dependencies, "--dependencies");
        force.checkFile("adoptsim init", target, "scenario.yaml");
        String name = target.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String text = StarterScenario.text(name.isEmpty() ? "scenario" : name, teamsRef, edgesRef, dependenciesRef, 0);
        LoadedScenario loaded = load(text, target, dir);
        text = StarterScenario.text(name.isEmpty() ? "scenario" : name, teamsRef, edgesRef, dependenciesRef,
                loaded.scenario().organisation().teams());
        String written = text;
        AtomicFile.writeText(target, w -> w.write(written));
        PrintWriter o = spec.commandLine().getOut();
        var org = loaded.scenario().organisation();
        o.println("wrote " + target + " (" + org.teams() + " teams, "
                + Count.of(loaded.scenario().strategies().size(), "strategy", "strategies") + "); check it with ./adoptsim validate " + target);
        o.println("  " + Count.of(org.departments(), "department", "departments") + "; " + KnownText.of(org.known(), org.teams()));
        o.flush();
        return 0;
    }

    /**
     * The starter text, loaded. A problem located in the text itself (not yet written, so not to be named)
     * is about a file an option gave: it is reported against that option. Problems inside the named
     * files keep their own locations.
     */
    private LoadedScenario load(String text, Path target, Path dir) {
        try {
            return ScenarioLoader.parse(text, target.toString(), new LoadContext(dir, displayDir(target)));
        } catch (LocatedException e) {
            if (!e.where().file().equals(target.toString())) {
                throw e;
            }
            String option = e.path().startsWith("organisation.network") ? "--edges " + edges
                    : e.path().startsWith("organisation.dependencies") ? "--dependencies " + dependencies
                    : "--teams " + teams;
            throw new InputException("adoptsim init: " + option + ": " + e.problem());
        }
    }

    /** An input file's path from the scenario's folder; it must exist, be a file and lie in that folder. */
    private static String input(Path dir, Path file, String option) {
        if (!Files.exists(file)) {
            throw new InputException("adoptsim init: " + option + " " + file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException("adoptsim init: " + option + " " + file + ": not a file");
        }
        return relative(dir, file, option);
    }

    /**
     * Refuses an {@code --out} that is one of the inputs, {@code --force} or not: the scenario would replace the
     * very file it names, leaving a scenario that cannot load and the planner's file gone.
     */
    private static void notAnInput(Path target, Path file, String option) throws IOException {
        if (file != null && Files.exists(target) && Files.isSameFile(target, file)) {
            throw new InputException("adoptsim init: --out " + target + " is the " + option + " file, which the"
                    + " scenario names; write the scenario to another file");
        }
    }

    private static Path sibling(Path file, String name) {
        Path parent = file.getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }

    private static String displayDir(Path target) {
        Path parent = target.getParent();
        return parent == null ? "" : parent.toString();
    }

    /**
     * The file's path from the scenario's folder, which must contain it (the loader's folder rule), links
     * followed: init has no {@code --allow-outside-files}, so a link out of the folder is refused here.
     */
    private static String relative(Path dir, Path file, String option) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(dir)) {
            throw new InputException("adoptsim init: " + option + " " + file + " is outside the scenario's folder "
                    + dir + "; put the scenario next to it (--out)");
        }
        if (!realPath(abs).startsWith(realPath(dir))) {
            throw new InputException("adoptsim init: " + option + " " + file + " links to a file outside the scenario's"
                    + " folder " + dir + "; copy the file into it");
        }
        return dir.relativize(abs).toString().replace('\\', '/');
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new InputException("adoptsim init: cannot resolve " + p + ": " + e.getMessage());
        }
    }
}
