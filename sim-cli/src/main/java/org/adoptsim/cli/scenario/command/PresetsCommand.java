package org.adoptsim.cli.scenario.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.adoptsim.cli.scenario.describe.StrategyText;
import org.adoptsim.cli.scenario.describe.StrategyYaml;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code adoptsim presets}: the named strategies every scenario can use, each with its one-line
 * description and the levers it sets; with {@code --yaml}, each written out in full as a
 * {@code strategies:} entry to paste and edit.
 */
@Command(name = "presets",
        description = {"List the named strategies and what each sets.",
            "Any scenario can use them: strategies: {NAME: PRESET} or {NAME: {preset: PRESET, LEVER: ...}} to "
                + "override levers."},
        footerHeading = "%nExamples:%n",
        footer = {"  adoptsim presets",
                  "  adoptsim presets --yaml > my-strategies.yaml   # every lever, to edit"},
        mixinStandardHelpOptions = true)
public final class PresetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--yaml", description = "write each preset in full as a scenario 'strategies:' section")
    boolean yaml;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (yaml) {
            out.println("strategies:");
            for (Strategy s : Presets.all()) {
                StrategyYaml.lines(s, Presets.describe(s.name()), "  ").forEach(out::println);
            }
            return 0;
        }
        for (Strategy s : Presets.all()) {
            out.println(s.name());
            out.println("  " + Presets.describe(s.name()));
            out.println("  sets: " + StrategyText.of(s));
        }
        out.println();
        out.println("Use one in a scenario file:  strategies: {late-mandate: {preset: earned, mandate: {atShare: 0.6}}}");
        return 0;
    }
}
