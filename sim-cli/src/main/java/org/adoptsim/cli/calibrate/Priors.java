package org.adoptsim.cli.calibrate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adoptsim.cli.InputException;
import org.adoptsim.cli.LocatedException;
import org.adoptsim.cli.SourceLocation;
import org.adoptsim.cli.calibrate.posterior.FitParameter;
import org.adoptsim.cli.scenario.input.TextFile;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;

/**
 * The prior of each fitted parameter. By default the scenario's own value v widened by a factor of
 * three either way: log-uniform on [v/3, 3v] for v &gt; 1 (hours, weeks, counts: a factor matters),
 * uniform on [v/3, min(1, 3v)] for 0 &lt; v ≤ 1 (probabilities and shares). A {@code --priors} file
 * overrides any of them: a YAML map from parameter name to {@code {min: A, max: B}}, with
 * {@code scale: log} for log-uniform. A real-valued rule the scenario does not write comes here at the
 * value the scenario runs with, its default ({@link org.adoptsim.cli.calibrate.posterior.RuleDefaults}), and
 * gets the same default prior around it. A parameter at 0, negative, or otherwise not written in the
 * scenario needs the file. Errors are one located line.
 */
public final class Priors {
    private Priors() {
    }

    /**
     * The priors, and where the {@code --priors} file gives each one it gives (its entry's value), for
     * errors about a range: a parameter with the default prior has no entry.
     */
    public record Given(Prior prior, Map<String, SourceLocation> at) {
        public Given {
            at = Map.copyOf(at);
        }
    }

    public static Given read(List<FitParameter> params, Path file, String display) {
        YMap given = file == null ? null : read(file, display);
        Map<String, SourceLocation> at = new HashMap<>();
        if (given != null) {
            for (YMap.Entry e : given.entries()) {
                if (params.stream().noneMatch(p -> p.name().equals(e.key()))) {
                    throw new LocatedException(e.keyAt(), e.key(), "not a fitted parameter (fitting: "
                            + String.join(", ", params.stream().map(FitParameter::name).toList()) + ")");
                }
            }
        }
        int n = params.size();
        double[] min = new double[n];
        double[] max = new double[n];
        boolean[] log = new boolean[n];
        for (int i = 0; i < n; i++) {
            FitParameter p = params.get(i);
            YNode node = given == null ? null : given.get(p.name());
            if (node != null) {
                YMap m = node instanceof YMap mm ? mm : null;
                if (m == null) {
                    throw new LocatedException(node.where(), p.name(), "expected {min: A, max: B}, was " + node.describe());
                }
                min[i] = number(m, "min", p.name());
                max[i] = number(m, "max", p.name());
                YNode scale = m.get("scale");
                log[i] = scale instanceof YScalar s && "log".equals(s.text());
                if (scale != null && !log[i] && !(scale instanceof YScalar s2 && "linear".equals(s2.text()))) {
                    throw new LocatedException(scale.where(), p.name() + ".scale", "expected log or linear");
                }
                if (!(min[i] < max[i]) || (log[i] && min[i] <= 0)) {
                    throw new LocatedException(m.where(), p.name(), log[i] ? "a log prior needs 0 < min < max"
                            : "needs min < max");
                }
                at.put(p.name(), m.where());
                continue;
            }
            double v = p.current();
            if (!(v > 0)) {
                throw new InputException("--fit " + p.name() + ": the scenario "
                        + (Double.isNaN(v) ? "does not write it" : "gives " + v)
                        + ", so there is no default prior; give its range in --priors ({min: A, max: B})");
            }
            log[i] = logDefault(v);
            min[i] = v / 3;
            max[i] = log[i] ? 3 * v : Math.min(1, 3 * v);
        }
        return new Given(new Prior(params.stream().map(FitParameter::name).toList(), min, max, log), at);
    }

    /** The default prior of a parameter at {@code v} &gt; 0, in words, as {@link #read} draws it. */
    static String defaultRule(double v) {
        return logDefault(v) ? "the scenario's value ×/÷ 3, log-uniform" : "the scenario's value ÷ 3 to × 3, at most 1, uniform";
    }

    /**
     * The one rule of the default prior: a value above 1 is a scale (×/÷ 3, log-uniform); one at most 1
     * may be a share, so its range is ÷ 3 to × 3 capped at 1, uniform.
     */
    private static boolean logDefault(double v) {
        return v > 1;
    }

    private static YMap read(Path file, String display) {
        YNode root = YamlTreeReader.read(TextFile.read(file, display, 1 << 20, null, ""), display, YamlLimits.defaults());
        if (root instanceof YMap m) {
            return m;
        }
        throw new LocatedException(root.where(), "", "a priors file is a map from parameter to {min: A, max: B}");
    }

    private static double number(YMap m, String key, String param) {
        YNode n = m.get(key);
        if (n instanceof YScalar s && s.isNumber()) {
            return s.number().doubleValue();
        }
        throw new LocatedException(n == null ? m.where() : n.where(), param + "." + key,
                n == null ? "missing" : "expected a number, was " + n.describe());
    }

}
