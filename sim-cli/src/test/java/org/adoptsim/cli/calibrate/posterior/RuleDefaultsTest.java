package org.adoptsim.cli.calibrate.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.adoptsim.cli.yaml.YMap;
import org.adoptsim.cli.yaml.YNode;
import org.adoptsim.cli.yaml.YScalar;
import org.adoptsim.cli.yaml.YamlLimits;
import org.adoptsim.cli.yaml.YamlTreeReader;
import org.adoptsim.core.config.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The value a scenario runs with at an unwritten rules path is the default it would write: every real-valued
 * rules field that platform-migration.yaml writes out (it writes every default) reads the same from the
 * defaults, so a default prior centred there is the one the written value would give.
 */
class RuleDefaultsTest {
    @Test
    void everyRealRuleWrittenOutInThePlatformScenarioReadsTheSameFromTheDefaults() throws IOException {
        Path file = Path.of("../scenarios/platform-migration.yaml");
        YNode root = YamlTreeReader.read(Files.readString(file), file.toString(), YamlLimits.defaults());
        YMap rules = (YMap) ((YMap) root).get("rules");
        int compared = 0;
        for (String section : rules.keys()) {
            if (!(rules.get(section) instanceof YMap fields)) {
                continue;
            }
            for (String field : fields.keys()) {
                double fromDefaults = RuleDefaults.at(Scenario.defaults().rules(), "rules." + section + "." + field);
                if (fields.get(field) instanceof YScalar s && s.isNumber() && !Double.isNaN(fromDefaults)) {
                    assertEquals(s.number().doubleValue(), fromDefaults, "rules." + section + "." + field);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 20, "the real-valued rules fields are compared, " + compared + " of them");
        assertEquals(0.7, RuleDefaults.at(Scenario.defaults().rules(), "rules.decisions.attention"));
        assertTrue(Double.isNaN(RuleDefaults.at(Scenario.defaults().rules(), "rules.decisions.stableWeeks")),
                "a whole-number field is not fitted");
        assertTrue(Double.isNaN(RuleDefaults.at(Scenario.defaults().rules(), "rules.decisions.nope")));
        assertTrue(Double.isNaN(RuleDefaults.at(Scenario.defaults().rules(), "organisation.teams")));
    }
}
