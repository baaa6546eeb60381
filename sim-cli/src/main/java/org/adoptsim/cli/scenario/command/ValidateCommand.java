package org.adoptsim.cli.scenario.command;

import picocli.CommandLine.Mixin;
import org.adoptsim.cli.options.QuietOption;
import org.adoptsim.cli.options.OutsideFilesOption;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.scenario.LoadedScenario;
import org.adoptsim.cli.scenario.ScenarioLoader;
import org.adoptsim.cli.scenario.describe.ScenarioSummary;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.org.Org;
import org.adoptsim.core.org.OrgFactory;
import org.adoptsim.core.random.RandomStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code adoptsim validate FILE...}: loads each scenario file, draws its organisation once (replicate 0)
 * to catch what only drawing reveals, and prints what it defines. Every file is checked; a bad one is
 * reported in one located line on stderr, its first problem (checking stops there). Exit 0 if all are valid, 2 otherwise.
 */
@Command(name = "validate",
        description = {"Check scenario files and summarise what each defines.",
            "For each file: the organisation (drawn once, for replicate 0), archetype counts, attributes, network, "
                + "dependencies, the rules that differ from the defaults, run settings and what each strategy sets. "
                + "The format is described in docs/scenario-format.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  adoptsim validate scenarios/platform-migration.yaml",
                  "  adoptsim validate --quiet scenarios/*.yaml scenarios/validation/*.yaml",
                  "%nEach invalid file gets one line on stderr: its first problem (fix it and validate again for the next).",
                  "Exit status: 0 all valid, 2 a file is invalid, 1 internal error."},
        mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {
    /** Organisations larger than this are summarised from their specification without drawing them. */
    static final int MAX_DRAWN_TEAMS = 20_000;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files (YAML)")
    List<Path> files;

    @Mixin
    OutsideFilesOption outsideFiles;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : files) {
            try {
                LoadedScenario s = ScenarioLoader.load(file, outsideFiles.given());
                Org drawn = draw(s);
                out.println(file + ": valid");
                if (!quiet.given()) {
                    ScenarioSummary.write(s, drawn, out);
                }
            } catch (InputException e) {
                err.println(e.getMessage());
                invalid++;
            }
            out.flush();
            err.flush();
        }
        return invalid == 0 ? 0 : 2;
    }

    private static Org draw(LoadedScenario s) {
        Organisation o = s.scenario().organisation();
        if (o.teams() > MAX_DRAWN_TEAMS) {
            return null;
        }
        try {
            return OrgFactory.draw(o, new RandomStreams(s.scenario().run().seed(), 0));
        } catch (IllegalArgumentException e) {
            throw new InputException(s.source() + ": organisation: " + e.getMessage(), e);
        }
    }
}
