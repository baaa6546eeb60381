package org.adoptsim.cli.compare;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.AdoptsimCommand;
import org.adoptsim.cli.output.Sha256;
import org.adoptsim.core.config.Scenario;
import picocli.CommandLine;

/** The adoptsim command line with scenario files replaced by a scenario built in code, and captured output. */
public final class TestCli {
    public final CommandLine cli;
    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();

    public TestCli(Scenario scenario) {
        ScenarioReader reader = file -> new LoadedScenario(scenario, file.toString(),
                Files.exists(file) ? Sha256.of(file) : null);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == CompareCommand.class) {
                    return cls.cast(new CompareCommand(reader));
                }
                if (cls == RunCommand.class) {
                    return cls.cast(new RunCommand(reader));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        cli = new CommandLine(new AdoptsimCommand(), factory);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
    }

    public int execute(String... args) {
        return cli.execute(args);
    }

    /** The named subcommand's instance, to set test hooks before {@link #execute}. */
    public <T> T command(String name) {
        return cli.getSubcommands().get(name).getCommand();
    }

    public static Path scenarioFile(Path dir) throws java.io.IOException {
        return Files.writeString(dir.resolve("scenario.yaml"), "# stands in for a scenario file\n");
    }
}
