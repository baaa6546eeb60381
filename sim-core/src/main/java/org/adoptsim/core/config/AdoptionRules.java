package org.adoptsim.core.config;

/**
 * Self-sufficiency after migrating and the seed's definition of adoption (docs/model.md, "Adoption as
 * the seed defines it"). A team that becomes done starts at σ = {@code coalitionStart} if it had
 * high-touch coalition support, else 0, plus {@code runbooksBonus} if runbook templates were built
 * (capped at 1). Each week it asks the platform team for {@code supportHours·(1 − σ)} hours; when
 * served, σ ← σ + (1 − σ)·{@code learningRate}·max(q, {@code minLearningQuality}), in proportion to
 * the share of the ask that was served. A team is adopted when done and σ ≥ {@code adoptedAt}; the
 * initiative is done when the old system is off for everyone, every team is adopted and the support
 * asked has fallen below {@code initiativeSupportShare} of the platform capacity. The definitions come
 * from the seed; the numbers are chosen (docs/model.md says which). Build by name with
 * {@link #builder()} or {@link #toBuilder()}.
 *
 * @param supportHours           hours per week a done team with σ = 0 asks of the platform team (default 3, chosen)
 * @param learningRate           λ: weekly growth of σ when fully served, per unit of quality (default 0.08, chosen: self-sufficient after about 20 served weeks)
 * @param minLearningQuality     floor on the quality in the growth (default 0.1, chosen: even a forced team learns)
 * @param coalitionStart         σ at completion of a team that had high-touch support (default 0.3, chosen)
 * @param runbooksBonus          added to the starting σ once runbook templates exist (default 0.2, chosen)
 * @param adoptedAt              σ from which a done team counts as adopted (default 0.8, chosen)
 * @param initiativeSupportShare share of platform capacity under which post-migration support must fall
 *                               for the initiative to be done (default 0.05, chosen)
 */
public record AdoptionRules(double supportHours, double learningRate, double minLearningQuality,
        double coalitionStart, double runbooksBonus, double adoptedAt, double initiativeSupportShare) {

    public AdoptionRules {
        Checks.nonNegative("supportHours", supportHours);
        Checks.probability("learningRate", learningRate);
        Checks.probability("minLearningQuality", minLearningQuality);
        Checks.probability("coalitionStart", coalitionStart);
        Checks.probability("runbooksBonus", runbooksBonus);
        Checks.probability("adoptedAt", adoptedAt);
        Checks.probability("initiativeSupportShare", initiativeSupportShare);
    }

    public static AdoptionRules defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().supportHours(supportHours).learningRate(learningRate)
                .minLearningQuality(minLearningQuality).coalitionStart(coalitionStart).runbooksBonus(runbooksBonus)
                .adoptedAt(adoptedAt).initiativeSupportShare(initiativeSupportShare);
    }

    /** Named construction; starts at the defaults. */
    public static final class Builder {
        private double supportHours = 3;
        private double learningRate = 0.08;
        private double minLearningQuality = 0.1;
        private double coalitionStart = 0.3;
        private double runbooksBonus = 0.2;
        private double adoptedAt = 0.8;
        private double initiativeSupportShare = 0.05;

        private Builder() {
        }

        public Builder supportHours(double v) {
            supportHours = v;
            return this;
        }

        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        public Builder minLearningQuality(double v) {
            minLearningQuality = v;
            return this;
        }

        public Builder coalitionStart(double v) {
            coalitionStart = v;
            return this;
        }

        public Builder runbooksBonus(double v) {
            runbooksBonus = v;
            return this;
        }

        public Builder adoptedAt(double v) {
            adoptedAt = v;
            return this;
        }

        public Builder initiativeSupportShare(double v) {
            initiativeSupportShare = v;
            return this;
        }

        public AdoptionRules build() {
            return new AdoptionRules(supportHours, learningRate, minLearningQuality, coalitionStart, runbooksBonus,
                    adoptedAt, initiativeSupportShare);
        }
    }
}
