package org.adoptsim.cli.scenario;

import static org.adoptsim.cli.scenario.shape.NumberShape.integer;
import static org.adoptsim.cli.scenario.shape.NumberShape.probability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adoptsim.cli.scenario.input.CsvTable;
import org.adoptsim.cli.scenario.shape.BooleanShape;
import org.adoptsim.cli.scenario.shape.EnumShape;
import org.adoptsim.cli.scenario.shape.ListShape;
import org.adoptsim.cli.scenario.shape.ObjectShape;
import org.adoptsim.cli.scenario.shape.StringShape;
import org.adoptsim.cli.yaml.YList;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.core.config.ObservedState;
import org.adoptsim.core.config.Tool;

/**
 * {@code start}: where the initiative stands today — its current week in the organisation's
 * calendar, a state file of the teams that have moved ({@link StateTable}), the tools already built,
 * whether a dashboard is published and a coalition is under way, and the platform's maturity. Runs
 * then simulate forward from that week.
 */
final class StartMapper {
    static final ObjectShape SHAPE = ObjectShape.builder()
            .description("start from today's state instead of week 0 (docs/model.md, 'Starting from today')")
            .required("week", integer().min(1).max(10_000), "the initiative's current week; the first simulated week")
            .optional("stateFile", StringShape.text("a CSV file path"),
                    "CSV (relative to the scenario file): team, status, progress, done_week, champion, coalition,"
                    + " signed_off")
            .optional("tools", ListShape.of(new EnumShape(toolIds())).distinct(), "tools already built")
            .optional("dashboard", new BooleanShape(), "a dashboard of adoption is already published")
            .optional("coalition", new BooleanShape(),
                    "a coalition is under way: its members are the state file's coalition column")
            .optional("maturity", probability(), "the platform's maturity today (default: rules.platform.maturity)")
            .build();

    private StartMapper() {
    }

    /** {@code withoutMandate}: the first strategy without a mandate, or null ({@link StateTable#withoutMandate}). */
    static ObservedState map(Fields f, int teams, TeamRefs refs, String withoutMandate, List<String> functions,
            ReferencedFiles files) {
        int week = f.integer("week", 0);
        ObservedState.Builder b = ObservedState.builder(teams).week(week)
                .dashboard(f.bool("dashboard", false)).coalition(f.bool("coalition", false));
        if (f.has("maturity")) {
            b.maturity(f.number("maturity", 0));
        }
        if (f.has("tools")) {
            for (YNode n : ((YList) f.node("tools")).items()) {
                b.tool(Tool.valueOf(((YScalar) n).text().toUpperCase(Locale.ROOT)));
            }
        }
        if (f.has("stateFile")) {
            YMap.Entry e = f.map().entry("stateFile");
            CsvTable csv = files.csv(f.text("stateFile", null), e.value().where(), f.pathOf("stateFile"));
            StateTable.read(csv, csv.file(), refs, week, withoutMandate, functions, b);
        }
        return f.build(b::build);
    }

    private static List<String> toolIds() {
        List<String> ids = new ArrayList<>();
        for (Tool t : Tool.values()) {
            ids.add(t.id());
        }
        return ids;
    }
}
