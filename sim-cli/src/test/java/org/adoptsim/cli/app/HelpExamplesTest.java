package org.adoptsim.cli.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adoptsim.cli.decide.optimise.CandidatePlans;
import org.adoptsim.cli.decide.optimise.Lever;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * What every command's {@code --help} shows a reader holds: each example command line ({@code adoptsim …}
 * in a header, description or footer, continuation lines joined) parses with the command's real options,
 * every shipped file it names ({@code scenarios/…}, other than what it writes with {@code --out}) exists,
 * every {@code docs/…} page the help points to exists, and every optimise lever it shows ({@code --lever}
 * values and {@code strategies.NAME.PATH=VALUES} in prose) parses and applies to the shipped scenario.
 * Read from the command model, not the wrapped help text, so a line break never splits a token.
 */
class HelpExamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern DOC = Pattern.compile("(?<![\\w./$=])docs/[\\w./-]*\\w");
    private static final Pattern LEVER_IN_PROSE = Pattern.compile("strategies\\.[\\w-]+\\.[\\w.,-]+=[^\\s)]+");

    /**
     * {@code words} (an {@code adoptsim …} command line) parses as the program's options, and every
     * {@code scenarios/…} file it reads (not one it writes with {@code --out}) exists under {@code root}.
     */
    static void assertParsesAndReadsShippedFiles(List<String> words, String where, Path root) {
        try {
            Main.commandLine().parseArgs(words.subList(1, words.size()).toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError(where + ": " + e.getMessage(), e);
        }
        for (int i = 1; i < words.size(); i++) {
            String token = words.get(i);
            if (token.startsWith("scenarios/") && !token.contains("*") && !words.get(i - 1).equals("--out")) {
                assertTrue(Files.isRegularFile(root.resolve(token)), where + ": no file " + token);
            }
        }
    }

    @Test
    void everyExampleParsesAndNamesFilesThatExist() {
        List<String> checked = new ArrayList<>();
        for (CommandLine command : commands()) {
            String name = command.getCommandName();
            for (List<String> example : examples(command.getCommandSpec().usageMessage())) {
                String where = name + " --help: " + String.join(" ", example);
                assertParsesAndReadsShippedFiles(example, where, ROOT);
                checked.add(where);
            }
        }
        assertTrue(checked.size() >= 20, "the examples were found: " + checked);
        assertTrue(checked.stream().anyMatch(e -> e.startsWith("calibrate --help: adoptsim calibrate scenarios/")),
                checked.toString());
    }

    /**
     * The rendered {@code --help} shows every example line as written: picocli wraps a line wider than the
     * usage width at a space, which would split an example's arguments onto an unindented line without a
     * backslash, so a reader pasting it runs half a command and then the rest as another.
     */
    @Test
    void everyExampleLineIsShownUnwrapped() {
        int checked = 0;
        for (CommandLine command : commands()) {
            List<String> rendered = command.getUsageMessage(CommandLine.Help.Ansi.OFF).lines()
                    .map(String::stripTrailing).toList();
            for (String line : exampleLines(command.getCommandSpec().usageMessage())) {
                assertTrue(rendered.contains(line.stripTrailing()), command.getCommandName() + " --help wraps the"
                        + " example line '" + line.strip() + "' (" + line.length() + " columns; the help is "
                        + command.getUsageHelpWidth() + " wide)");
                checked++;
            }
        }
        assertTrue(checked >= 20, "the example lines were found: " + checked);
    }

    /**
     * The lines of the example command lines as written: each {@code adoptsim …} line and its continuations,
     * and every indented footer line (the footers indent what is meant to be typed).
     */
    private static List<String> exampleLines(UsageMessageSpec usage) {
        List<String> out = new ArrayList<>();
        for (String footer : usage.footer()) {
            for (String line : footer.replace("%n", "\n").split("\n")) {
                if (line.startsWith("  ") && !line.isBlank()) {
                    out.add(line);
                }
            }
        }
        String[] lines = text(usage).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().startsWith("adoptsim ")) {
                continue;
            }
            out.add(lines[i]);
            while (lines[i].endsWith("\\") && i + 1 < lines.length) {
                out.add(lines[++i]);
            }
        }
        return out;
    }

    @Test
    void everyDocsPageTheHelpNamesExists() {
        for (CommandLine command : commands()) {
            Matcher m = DOC.matcher(text(command.getCommandSpec().usageMessage()));
            while (m.find()) {
                assertTrue(Files.exists(ROOT.resolve(m.group())), command.getCommandName() + " --help: no " + m.group());
            }
        }
    }

    @Test
    void everyLeverTheOptimiseHelpShowsAppliesToTheShippedScenario() {
        CommandLine optimise = Main.commandLine().getSubcommands().get("optimise");
        UsageMessageSpec usage = optimise.getCommandSpec().usageMessage();
        List<String> levers = new ArrayList<>();
        for (List<String> example : examples(usage)) {
            for (int i = 1; i < example.size(); i++) {
                if (example.get(i - 1).equals("--lever")) {
                    levers.add(example.get(i));
                }
            }
        }
        Matcher m = LEVER_IN_PROSE.matcher(text(usage));
        while (m.find()) {
            levers.add(m.group());
        }
        assertTrue(levers.stream().anyMatch(l -> l.contains("[")), "the list-valued lever is checked: " + levers);
        YamlScenarioFactory factory = new YamlScenarioFactory(ROOT.resolve("scenarios/platform-migration.yaml"),
                "platform-migration.yaml", Map.of());
        for (String text : levers) {
            CandidatePlans plans = CandidatePlans.of(List.of(Lever.parse(text)), 50, 1);
            for (int i = 0; i < plans.size(); i++) {
                try {
                    factory.at(plans.overrides(i));
                } catch (RuntimeException e) {
                    throw new AssertionError("optimise --help: --lever " + text + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** Every command and sub-command once (aliases share one). */
    private static List<CommandLine> commands() {
        Map<Object, CommandLine> seen = new IdentityHashMap<>();
        List<CommandLine> out = new ArrayList<>();
        List<CommandLine> todo = new ArrayList<>(Main.commandLine().getSubcommands().values());
        while (!todo.isEmpty()) {
            CommandLine c = todo.remove(0);
            if (seen.put(c.getCommandSpec(), c) == null) {
                out.add(c);
                todo.addAll(c.getSubcommands().values());
            }
        }
        return out;
    }

    /** The header, description and footer as written, one line per element or %n. */
    private static String text(UsageMessageSpec usage) {
        List<String> parts = new ArrayList<>();
        for (String[] block : List.of(usage.header(), usage.description(), usage.footer())) {
            parts.addAll(List.of(block));
        }
        return String.join("\n", parts).replace("%n", "\n");
    }

    /**
     * The example command lines: lines that start with {@code adoptsim }, joined with the lines a
     * trailing backslash continues onto, split into words as a shell would (quotes kept together), up
     * to a comment or a redirection.
     */
    static List<List<String>> examples(UsageMessageSpec usage) {
        List<List<String>> out = new ArrayList<>();
        String[] lines = text(usage).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("adoptsim ")) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            while (line.endsWith("\\") && i + 1 < lines.length) {
                joined.append(line, 0, line.length() - 1).append(' ');
                line = lines[++i].strip();
            }
            out.add(words(joined.append(line).toString()));
        }
        return out;
    }

    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else if ((c == '#' || c == '>' || c == '|') && !inWord) {
                break;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    @Test
    void wordsAreSplitAsAShellWould() {
        assertEquals(List.of("adoptsim", "optimise", "--constraint", "m<=0.05@0.9", "a|b"),
                words("adoptsim optimise --constraint 'm<=0.05@0.9' a|b  # a comment"));
        assertEquals(List.of("adoptsim", "presets", "--yaml"), words("adoptsim presets --yaml > my.yaml"));
    }
}
