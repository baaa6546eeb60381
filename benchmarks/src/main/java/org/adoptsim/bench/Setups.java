package org.adoptsim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.HoldoutEngagement;
import org.adoptsim.core.config.InitialAdopters;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.Presets;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.config.WorkRules;

/**
 * The set-ups the benchmarks and the fingerprint share, so that every number in the results table
 * refers to one documented configuration.
 */
public final class Setups {
    /** Name of the strategy that pulls every lever at once (see {@link #allLevers()}). */
    public static final String ALL_LEVERS = "all-levers";
    /** Teams per department in the scaled-up organisations: the default 42 teams in 6 departments. */
    public static final int TEAMS_PER_DEPARTMENT = 7;

    private Setups() {
    }

    /**
     * {@code earn-then-mandate} plus every lever it leaves off: cost of staying shown, executive
     * unblocks, holdout conversations. With the default rules (all gates, roadmap, blockers, sunset)
     * every mechanism of the weekly step runs.
     */
    public static Strategy allLevers() {
        return Presets.byName(Presets.EARN_THEN_MANDATE).orElseThrow().withName(ALL_LEVERS)
                .withShowCostOfStaying(true)
                .withExecutiveUnblocksPerQuarter(2)
                .withEngageHoldouts(HoldoutEngagement.defaults());
    }

    /**
     * A file of the repository ({@code scenarios/...}), resolved against {@code -Dadoptsim.root} (default:
     * the working directory, as benchmarks/run.sh runs); fails with one clear line when it is missing.
     */
    public static Path repositoryFile(String relative) {
        Path file = Path.of(System.getProperty("adoptsim.root", ".")).resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file.toAbsolutePath() + ": run from the repository root");
        }
        return file;
    }

    /** Deletes a scratch folder a benchmark wrote, and everything in it. */
    public static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The five presets and {@link #allLevers()}, in that order. */
    public static List<Strategy> strategies() {
        List<Strategy> out = new ArrayList<>(Presets.all());
        out.add(allLevers());
        return out;
    }

    /** A preset by name, or {@link #allLevers()}. */
    public static Strategy strategy(String name) {
        return ALL_LEVERS.equals(name) ? allLevers() : Presets.byName(name).orElseThrow();
    }

    /**
     * The default organisation grown to {@code teams} teams with departments of about seven teams, so
     * the influence network keeps the default's local structure (mean degree about 6) instead of
     * turning into six giant cliques.
     */
    public static Organisation scaledOrganisation(int teams) {
        int departments = Math.max(1, Math.round(teams / (float) TEAMS_PER_DEPARTMENT));
        return new Organisation(teams, departments, Organisation.defaults().archetypes(),
                Organisation.defaults().attributes(), Organisation.defaults().network(),
                Organisation.defaults().dependencies());
    }

    /** The default scenario on {@link #scaledOrganisation(int)} with {@link #strategies()}. */
    public static Scenario scaled(int teams) {
        return Scenario.defaults().withOrganisation(scaledOrganisation(teams)).withStrategies(strategies());
    }

    /**
     * Watts' (2002) threshold model in the full engine: every team has threshold {@code theta}, zero
     * effort, attention 1, only the social-proof gate, no roadmap, no dashboard, no dependencies,
     * champions weighing like anybody else; a share {@code seedShare} of teams are done at week 0.
     * One engine week is then one synchronous round of the cascade.
     */
    public static Scenario watts(int teams, NetworkSpec network, Distribution theta, double seedShare, int weeks) {
        TeamAttributes a = TeamAttributes.defaults()
                .withThreshold(Attribute.of(theta, 0, TeamAttributes.NEVER))
                .withEffort(Attribute.of(Distribution.constant(0), 0, 1e7))
                .withHiddenDeps(Attribute.of(Distribution.constant(0), 0, 1000));
        Organisation org = Organisation.defaults().withTeams(teams).withAttributes(a).withNetwork(network)
                .withDependencies(new DependencySpec.None());
        Rules rules = Rules.defaults()
                .withDecisions(Rules.defaults().decisions()
                        .withAttention(1).withGates(false, false).withRoadmap(false).withVisibility(0))
                .withWork(plainWeights(Rules.defaults().work()));
        Strategy s = Strategy.nothing("watts").withAnnounceWeek(0)
                .withInitialAdopters(new InitialAdopters(0, seedShare));
        return Scenario.defaults().withOrganisation(org).withRules(rules).withStrategies(List.of(s))
                .withRun(Scenario.defaults().run().withWeeks(weeks));
    }

    /** The work rules with champion weight 1, so local proof is the plain share of done neighbours. */
    static WorkRules plainWeights(WorkRules w) {
        return new WorkRules(w.readinessShare(), w.resentmentFactor(), w.resentmentSlowdown(), w.dualCapacityFactor(),
                w.coalitionSupport(), 1, w.pChampionCoalition(), w.pChampionOther(), w.pChampionProgramme(),
                w.championMinQuality(), w.oldIncidentRate(), w.newIncidentRate(), w.maturityIncidentFactor(),
                w.qualityIncidentFactor());
    }
}
