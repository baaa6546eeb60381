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
 * every corner of their joint box (of every pair of them when a node has more than eight fitted fields). A range the field refuses in part (an attention up to 5, a
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
                    if (wholeOnly(factory, p, v)) {
                        // No prior can respect it: fitted values are real numbers.
                        throw new InputException("--fit " + p.name() + ": cannot be fitted, its values are drawn as"
                                + " real numbers: " + e.problem());
                    }
                    throw together(params, priors, List.of(i), e);
                }
            }
        }
        for (List<Integer> node : jointly(sharingANode(params))) {
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
        if (refused < 0) {
            // The refused field is not fitted: its value follows from the fitted ones (a derived field, or a
            // node's check), so no one prior is to blame.
            String names = String.join(",", params.stream().map(FitParameter::name).toList());
            return new InputException("--fit " + names + ": a draw from these priors makes the scenario refuse "
                    + (e.path().isEmpty() ? "it" : e.path()) + ", which follows from the fitted values: " + e.problem()
                    + "; narrow the priors of the fields it depends on");
        }
        List<Integer> involved = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            if (node(params.get(i)).equals(node(params.get(refused)))) {
                involved.add(i);
            }
        }
        return together(params, priors, involved, e);
    }

    /**
     * The groups whose corners are tried together: a node of at most {@link #MAX_JOINT} fields whole, a
     * larger one as every pair of its fields (all its corners would be too many loads), so that two fields
     * that bound each other are always tried at each other's ends.
     */
    static List<List<Integer>> jointly(List<List<Integer>> nodes) {
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> node : nodes) {
            if (node.size() <= MAX_JOINT) {
                groups.add(node);
                continue;
            }
            for (int a = 0; a < node.size(); a++) {
                for (int b = a + 1; b < node.size(); b++) {
                    groups.add(List.of(node.get(a), node.get(b)));
                }
            }
        }
        return groups;
    }

    /**
     * Groups of two or more parameters that are fields of one node, in the order fitted. A node also
     * groups siblings that do not bound each other (rules.decisions.attention and another decision rate):
     * their corners all load, so that costs loads but never refuses priors that are fine.
     */
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
     * The one line for priors the scenario refuses, before the run or during it: "the prior [a, b] and X's
     * [c, d] (priors.yaml:2:5) together reach values the field refuses: …", located at the refused field's
     * --priors entry (else another involved one's); naming --fit, with each default's rule, when every
     * involved prior is a default.
     */
    private static InputException together(List<FitParameter> params, Priors.Given priors, List<Integer> involved,
            LocatedException e) {
        List<Integer> order = new ArrayList<>(involved);
        order.sort((a, b) -> Boolean.compare(!params.get(a).path().equals(e.path()), !params.get(b).path().equals(e.path())));
        Integer head = order.stream().filter(i -> priors.at().containsKey(params.get(i).name())).findFirst().orElse(null);
        Prior prior = priors.prior();
        String advice = order.size() > 1 ? "; give ranges that cannot cross" : "; give a range it accepts";
        if (head == null) {
            List<String> ranges = order.stream().map(i -> (order.size() > 1 ? params.get(i).name() + " " : "")
                    + range(prior, i) + " (" + Priors.defaultRule(params.get(i).current()) + ")").toList();
            return new InputException("--fit " + String.join(",", order.stream().map(i -> params.get(i).name()).toList())
                    + (order.size() > 1 ? ": the default priors " : ": its default prior ") + String.join(" and ", ranges)
                    + (order.size() > 1 ? " together reach" : " reaches") + " values the field refuses: "
                    + field(params.get(order.get(0)), e) + advice + " in --priors");
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
            b.append(advice);
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
}
