package org.adoptsim.cli.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.calibrate.posterior.FitParameter;
import org.adoptsim.cli.sweep.overrides.YamlScenarioFactory;

/**
 * Before a fit runs (and before its output folder exists), loads the scenario with each fitted parameter
 * at its prior's min, its max and a point in between that is not a whole number, the others as the
 * scenario has them; then, for the parameters that are fields of one node (a uniform's min and max), at
 * every corner of their joint box. A range the field refuses in part (an attention up to 5, a
 * probability), ranges that together reach a combination it refuses (a max prior reaching below the min
 * prior's top) or a field no continuous prior can fit (a whole number such as {@code organisation.teams})
 * is then one line naming the {@code --priors} entries, or {@code --fit} for a default prior, instead of
 * an error in the middle of the run. {@link #refused(List, Priors.Given, LocatedException)} words a
 * combination the scenario still refuses during the run the same way. Stateless.
 */
final class PriorCheck {
    /** Where across the box (in the transformed space) the in-between point lies: not a round fraction. */
    private static final double INSIDE = 0.3183;
    /** The most fields of one node whose corners are all tried (2^n loads). */
    private static final int MAX_JOINT = 8;

    private PriorCheck() {
    }

    static void check(YamlScenarioFactory factory, List<FitParameter> params, Priors.Given priors) {
        Prior prior = priors.prior();
        for (int i = 0; i < params.size(); i++) {
            FitParameter p = params.get(i);
            for (double fraction : new double[] {0, 1, INSIDE}) {
                double v = prior.at(i, fraction);
                try {
                    factory.at(Map.of(p.path(), v), Map.of());
                } catch (LocatedException e) {
                    throw refused(p, prior, i, priors.at().get(p.name()), wholeOnly(factory, p, v), e.problem());
                }
            }
        }
        for (List<Integer> node : sharingANode(params)) {
            if (node.size() > MAX_JOINT) {
                continue;
            }
            for (int corner = 0; corner < 1 << node.size(); corner++) {
                Map<String, Object> at = new LinkedHashMap<>();
                for (int k = 0; k < node.size(); k++) {
                    at.put(params.get(node.get(k)).path(), prior.at(node.get(k), corner >> k & 1));
                }
                try {
                    factory.at(at, Map.of());
                } catch (LocatedException e) {
                    throw together(params, priors, node, e);
                }
            }
        }
    }

    /**
     * The one line for a point of the priors' box the scenario refuses (during the run: a combination the
     * check before it could not foresee): the parameters of the refused field's node, each with its range
     * and where it is given.
     */
    static InputException refused(List<FitParameter> params, Priors.Given priors, LocatedException e) {
        int refused = -1;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).path().equals(e.path())) {
                refused = i;
            }
        }
        List<Integer> involved = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            if (refused < 0 || node(params.get(i)).equals(node(params.get(refused)))) {
                involved.add(i);
            }
        }
        return together(params, priors, involved, e);
    }

    /** Groups of two or more parameters that are fields of one node, in the order fitted. */
    private static List<List<Integer>> sharingANode(List<FitParameter> params) {
        Map<String, List<Integer>> byNode = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            byNode.computeIfAbsent(node(params.get(i)), k -> new ArrayList<>()).add(i);
        }
        return byNode.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static String node(FitParameter p) {
        int dot = p.path().lastIndexOf('.');
        return dot < 0 ? "" : p.path().substring(0, dot);
    }

    /**
     * "the prior [a, b] and X's [c, d] (priors.yaml:2:5) together reach values the field refuses: …",
     * located at the refused field's --priors entry (else another involved one's); naming --fit when
     * every involved prior is a default.
     */
    private static InputException together(List<FitParameter> params, Priors.Given priors, List<Integer> involved,
            LocatedException e) {
        List<Integer> order = new ArrayList<>(involved);
        order.sort((a, b) -> Boolean.compare(!params.get(a).path().equals(e.path()), !params.get(b).path().equals(e.path())));
        Integer head = order.stream().filter(i -> priors.at().containsKey(params.get(i).name())).findFirst().orElse(null);
        Prior prior = priors.prior();
        if (head == null) {
            List<String> ranges = order.stream().map(i -> params.get(i).name() + " " + range(prior, i)).toList();
            return new InputException("--fit " + String.join(",", order.stream().map(i -> params.get(i).name()).toList())
                    + ": the default prior" + (order.size() > 1 ? "s " : " ") + String.join(" and ", ranges)
                    + (order.size() > 1 ? " together reach" : " reaches") + " values the field refuses: "
                    + field(params.get(order.get(0)), e) + "; give ranges it accepts in --priors");
        }
        StringBuilder b = new StringBuilder("the prior ").append(range(prior, head));
        for (int i : order) {
            if (i != head) {
                SourceLocation at = priors.at().get(params.get(i).name());
                b.append(" and ").append(params.get(i).name()).append("'s ").append(range(prior, i))
                        .append(at == null ? " (its default)" : " (" + at + ")");
            }
        }
        b.append(order.size() > 1 ? " together reach" : " reaches").append(" values the field refuses: ")
                .append(field(params.get(head), e));
        if (order.size() > 1) {
            b.append("; give ranges that cannot cross");
        }
        return new LocatedException(priors.at().get(params.get(head).name()), params.get(head).name(), b.toString());
    }

    /** The loader's problem, with the refused field's path when it is not {@code p}'s. */
    private static String field(FitParameter p, LocatedException e) {
        return e.path().equals(p.path()) || e.path().isEmpty() ? e.problem() : e.path() + ": " + e.problem();
    }

    private static String range(Prior prior, int i) {
        return "[" + prior.min()[i] + ", " + prior.max()[i] + "]";
    }

    /**
     * Whether the field takes only whole numbers near {@code v}: the nearest whole number is accepted and
     * the halves either side of it are not (a probability refusing 1.4 accepts 0.5, so it is a range).
     */
    private static boolean wholeOnly(YamlScenarioFactory factory, FitParameter p, double v) {
        double w = Math.rint(v);
        return v != w && accepts(factory, p, w) && !accepts(factory, p, w - 0.5) && !accepts(factory, p, w + 0.5);
    }

    private static boolean accepts(YamlScenarioFactory factory, FitParameter p, double v) {
        try {
            factory.at(Map.of(p.path(), v), Map.of());
            return true;
        } catch (LocatedException e) {
            return false;
        }
    }

    /**
     * @param wholeOnly whether the field takes whole numbers only, which no prior can respect: fitted
     *                  values are real numbers
     */
    private static InputException refused(FitParameter p, Prior prior, int i, SourceLocation given, boolean wholeOnly,
            String problem) {
        if (wholeOnly) {
            return new InputException("--fit " + p.name() + ": cannot be fitted, its values are drawn as real"
                    + " numbers: " + problem);
        }
        if (given != null) {
            return new LocatedException(given, p.name(), "the prior " + range(prior, i) + " reaches values the field"
                    + " refuses: " + problem);
        }
        return new InputException("--fit " + p.name() + ": its default prior " + range(prior, i) + " ("
                + Priors.defaultRule(p.current()) + ") reaches values the field refuses: " + problem
                + "; give a range it accepts in --priors");
    }
}
