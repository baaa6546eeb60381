package org.adoptsim.cli.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import org.adoptsim.cli.results.WeeklyTable;
import org.adoptsim.core.result.Reason;

/**
 * The words every chart gives a laggard reason ("too few peers moved", "sign-off: security"): the
 * laggard charts' layers (PNG, SVG, PDF) and, through the JSON the pages get, the reasons chart of
 * the explore page and of report.html, so both say the same.
 */
public final class ReasonLabels {
    private ReasonLabels() {
    }

    /** The label of a reason; {@link Reason#NONE} is "done". */
    public static String of(Reason r) {
        return switch (r) {
            case NONE -> "done";
            case MIGRATING -> "migrating";
            case DUAL -> "dual (half-migrated)";
            case BLOCKED_DEPENDENCY -> "waiting for upstream";
            case BLOCKED_PLATFORM -> "blocked on platform";
            case ROADMAP -> "waiting for roadmap slot";
            case COST -> "payback too long (cost)";
            case PROOF -> "too few stable adopters (proof)";
            case PEERS -> "too few peers moved";
            case HOLDOUT -> "holdout";
            case UNAWARE -> "unaware";
            case SIGN_OFF -> "waiting for a function's sign-off";
        };
    }

    /** The label of the {@code sign-off} reason naming one function (a scenario with functions). */
    public static String signOff(String function) {
        return "sign-off: " + function;
    }

    /** Each reason column of the weekly table (the sign-off split by function too), with its label, in column order. */
    public static Map<String, String> byColumn(WeeklyTable t) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Reason r : Reason.values()) {
            String column = WeeklyTable.reasonColumn(r);
            if (r != Reason.NONE && t.columns().contains(column)) {
                labels.put(column, of(r));
            }
        }
        for (String f : t.signOffFunctions()) {
            labels.put(WeeklyTable.signOffColumn(f), signOff(f));
        }
        return labels;
    }
}
