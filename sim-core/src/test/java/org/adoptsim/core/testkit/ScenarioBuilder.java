package org.adoptsim.core.testkit;

import java.util.List;
import java.util.function.UnaryOperator;
import org.adoptsim.core.config.ArchetypeMix;
import org.adoptsim.core.config.Attribute;
import org.adoptsim.core.config.DecisionRule;
import org.adoptsim.core.config.AdoptionRules;
import org.adoptsim.core.config.DecisionRules;
import org.adoptsim.core.config.LedgerRules;
import org.adoptsim.core.config.DependencySpec;
import org.adoptsim.core.config.Distribution;
import org.adoptsim.core.config.NetworkSpec;
import org.adoptsim.core.config.Organisation;
import org.adoptsim.core.config.PlatformSpec;
import org.adoptsim.core.config.Rules;
import org.adoptsim.core.config.RunSettings;
import org.adoptsim.core.config.Scenario;
import org.adoptsim.core.config.Strategy;
import org.adoptsim.core.config.SunsetRules;
import org.adoptsim.core.config.TeamAttributes;
import org.adoptsim.core.config.ToolingRules;
import org.adoptsim.core.config.WorkRules;

/**
 * Readable test set-ups. {@link #lab(int)} starts from a clean room in which only social proof acts:
 * zero effort, attention 1, no roadmap, no trust or value gate, no blockers, no dependencies, no
 * post-migration support asked of the platform team, no champions (they would re-weight local proof), no influence network, no dashboard, announced at
 * week 0. {@link #model()} starts from docs/model.md's
 * default organisation and rules with the {@code announce-and-hope} strategy. Every method returns
 * this builder; {@link #build()} gives a one-strategy {@link Scenario}.
 */
public final class ScenarioBuilder {
    private Organisation org;
    private Rules rules;
    private Strategy strategy;
    /**
     * Added to every seed: run the suite with {@code -Dadoptsim.test.seedOffset=N} to check that the
     * statistical tests' margins do not depend on the particular seeds they were written with.
     */
    static final long SEED_OFFSET = Long.getLong("adoptsim.test.seedOffset", 0);
    private RunSettings run = new RunSettings(104, 1, 42 + SEED_OFFSET);

    private ScenarioBuilder(Organisation org, Rules rules, Strategy strategy) {
        this.org = org;
        this.rules = rules;
        this.strategy = strategy;
    }

    /** The clean room: only the decision rule's social proof moves teams; each move is instant. */
    public static ScenarioBuilder lab(int teams) {
        TeamAttributes a = TeamAttributes.defaults();
        a = a.withEffort(a.effort().withAll(Distribution.constant(0)));
        Organisation o = Organisation.defaults().withTeams(teams).withAttributes(a)
                .withNetwork(new NetworkSpec.None()).withDependencies(new DependencySpec.None());
        Rules r = Rules.defaults()
                .withDecisions(DecisionRules.defaults().withAttention(1).withGates(false, false).withRoadmap(false))
                .withPlatform(PlatformSpec.defaults().withBlockerRate(0))
                .withWork(Records.with(WorkRules.defaults(),
                        "pChampionCoalition", 0.0, "pChampionOther", 0.0, "pChampionProgramme", 0.0))
                .withAdoption(AdoptionRules.builder().supportHours(0).build());
        return new ScenarioBuilder(o, r, Strategy.nothing("lab").withAnnounceWeek(0));
    }

    /** docs/model.md's defaults: 42 teams, default rules, the announce-and-hope strategy. */
    public static ScenarioBuilder model() {
        return new ScenarioBuilder(Organisation.defaults(), Rules.defaults(),
                Strategy.nothing("announce-and-hope").withAnnounceWeek(0));
    }

    public ScenarioBuilder teams(int n) {
        org = org.withTeams(n);
        return this;
    }

    /** One explicit threshold per team, for every archetype (no per-archetype overrides). */
    public ScenarioBuilder thresholds(double... values) {
        return threshold(new Distribution.Values(values));
    }

    /** The same threshold distribution for every team, dropping per-archetype overrides. */
    public ScenarioBuilder threshold(Distribution d) {
        return attributes(a -> a.withThreshold(a.threshold().withAll(d)));
    }

    public ScenarioBuilder effort(Distribution d) {
        return attributes(a -> a.withEffort(a.effort().withAll(d)));
    }

    public ScenarioBuilder capacity(Distribution d) {
        return attributes(a -> a.withCapacity(a.capacity().withAll(d)));
    }

    public ScenarioBuilder attributes(UnaryOperator<TeamAttributes> change) {
        org = org.withAttributes(change.apply(org.attributes()));
        return this;
    }

    /** Replaces one attribute (by its {@link TeamAttributes} component name) with {@code attribute}. */
    public ScenarioBuilder attribute(String name, Attribute attribute) {
        org = org.withAttributes(Records.with(org.attributes(), name, attribute));
        return this;
    }

    public ScenarioBuilder network(NetworkSpec n) {
        org = org.withNetwork(n);
        return this;
    }

    public ScenarioBuilder dependencies(DependencySpec d) {
        org = org.withDependencies(d);
        return this;
    }

    public ScenarioBuilder archetypes(ArchetypeMix m) {
        org = org.withArchetypes(m);
        return this;
    }

    public ScenarioBuilder organisation(UnaryOperator<Organisation> change) {
        org = change.apply(org);
        return this;
    }

    /** Publishes a dashboard whose global proof has weight {@code visibility}. */
    public ScenarioBuilder dashboard(double visibility) {
        decisions(d -> d.withVisibility(visibility));
        return strategy(s -> s.withDashboard(true));
    }

    public ScenarioBuilder bass(double p, double q) {
        return decisions(d -> d.withRule(DecisionRule.BASS, p, q));
    }

    public ScenarioBuilder roadmap(boolean on) {
        return decisions(d -> d.withRoadmap(on));
    }

    public ScenarioBuilder attention(double a) {
        return decisions(d -> d.withAttention(a));
    }

    public ScenarioBuilder gates(boolean proof, boolean value) {
        return decisions(d -> d.withGates(proof, value));
    }

    public ScenarioBuilder decisions(UnaryOperator<DecisionRules> change) {
        rules = rules.withDecisions(change.apply(rules.decisions()));
        return this;
    }

    public ScenarioBuilder work(UnaryOperator<WorkRules> change) {
        rules = rules.withWork(change.apply(rules.work()));
        return this;
    }

    public ScenarioBuilder platform(UnaryOperator<PlatformSpec> change) {
        rules = rules.withPlatform(change.apply(rules.platform()));
        return this;
    }

    public ScenarioBuilder tooling(UnaryOperator<ToolingRules> change) {
        rules = rules.withTooling(change.apply(rules.tooling()));
        return this;
    }

    public ScenarioBuilder adoption(UnaryOperator<AdoptionRules> change) {
        rules = rules.withAdoption(change.apply(rules.adoption()));
        return this;
    }

    public ScenarioBuilder ledger(UnaryOperator<LedgerRules> change) {
        rules = rules.withLedger(change.apply(rules.ledger()));
        return this;
    }

    public ScenarioBuilder sunsetRules(UnaryOperator<SunsetRules> change) {
        rules = rules.withSunset(change.apply(rules.sunset()));
        return this;
    }

    public ScenarioBuilder strategy(UnaryOperator<Strategy> change) {
        strategy = change.apply(strategy);
        return this;
    }

    public ScenarioBuilder weeks(int w) {
        run = run.withWeeks(w);
        return this;
    }

    public ScenarioBuilder replicates(int r) {
        run = run.withReplicates(r);
        return this;
    }

    public ScenarioBuilder seed(long s) {
        run = run.withSeed(s + SEED_OFFSET);
        return this;
    }

    public Strategy strategy() {
        return strategy;
    }

    public Rules rules() {
        return rules;
    }

    public Organisation organisation() {
        return org;
    }

    public Scenario build() {
        return new Scenario("test", org, rules, run, List.of(strategy));
    }

    /** The scenario with several strategies, each made from this builder's strategy. */
    @SafeVarargs
    public final Scenario buildComparing(UnaryOperator<Strategy>... variants) {
        List<Strategy> list = new java.util.ArrayList<>();
        for (int i = 0; i < variants.length; i++) {
            list.add(variants[i].apply(strategy.withName(strategy.name() + "-" + i)));
        }
        return new Scenario("test", org, rules, run, list);
    }
}
