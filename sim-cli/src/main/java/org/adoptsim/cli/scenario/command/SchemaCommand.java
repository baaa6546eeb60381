package org.adoptsim.cli.scenario.command;

import java.util.concurrent.Callable;
import org.adoptsim.cli.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code adoptsim schema}: prints the scenario format's JSON Schema (the same as docs/scenario.schema.json). */
@Command(name = "schema",
        description = {"Print the JSON Schema of scenario files.",
            "Draft 2020-12, the same as docs/scenario.schema.json: for editors and other validators."},
        footerHeading = "%nExamples:%n",
        footer = {"  adoptsim schema > scenario.schema.json",
                  "  # VS Code (YAML extension): add to the top of a scenario file",
                  "  # yaml-language-server: $schema=../docs/scenario.schema.json"},
        mixinStandardHelpOptions = true)
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ScenarioSchema.text());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
