package org.adoptsim.cli.calibrate;

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
 * scenario has them: a range the field refuses in part (an attention up to 5, a probability) or a field
 * no continuous prior can fit (a whole number such as {@code organisation.teams}) is then one line
 * naming the {@code --priors} entry, or {@code --fit} for a default prior, instead of an error in the
 * middle of the run. Stateless.
 */
final class PriorCheck {
    /** Where across the box (in the transformed space) the in-between point lies: not a round fraction. */
    private static final double INSIDE = 0.3183;

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
        String range = "[" + prior.min()[i] + ", " + prior.max()[i] + "]";
        if (given != null) {
            return new LocatedException(given, p.name(), "the prior " + range + " reaches values the field refuses: "
                    + problem);
        }
        return new InputException("--fit " + p.name() + ": its default prior " + range + " (the scenario's value"
                + " ×/÷ 3) reaches values the field refuses: " + problem + "; give a range it accepts in --priors");
    }
}
