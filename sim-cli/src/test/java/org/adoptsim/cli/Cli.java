package org.adoptsim.cli;

import org.adoptsim.cli.app.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Test helper: runs {@code adoptsim} in-process with captured output. */
public record Cli(int exit, String out, String err) {

    public static Cli run(String... args) {
        return run(Main.commandLine(), args);
    }

    public static Cli run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
