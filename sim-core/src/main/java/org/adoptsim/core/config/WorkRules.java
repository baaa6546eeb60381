package org.adoptsim.core.config;

/**
 * Steps 4–6 of docs/model.md's week: mandate consequences, work, completion, champions and incidents.
 *
 * @param readinessShare        done share at which a mandate counts as fully ready (R = min(1, G/readinessShare))
 * @param resentmentFactor      per-archetype factor on resentment, in {@link Archetype} order
 * @param resentmentSlowdown    work speed is c·(1 − slowdown·r)
 * @param dualCapacityFactor    share of capacity a dual team keeps giving the migration
 * @param coalitionSupport      work multiplier of high-touch support
 * @param championWeight        weight of a champion in its neighbours' local proof
 * @param pChampionCoalition    probability a coalition team becomes a champion
 * @param pChampionOther        probability another team does, without a champions programme
 * @param pChampionProgramme    probability another team does, with a champions programme
 * @param championMinQuality    migration quality a champion needs
 * @param oldIncidentRate       incidents per team-week on the old system
 * @param newIncidentRate       base incidents per team-week after migrating
 * @param maturityIncidentFactor extra incident factor per unit of missing maturity
 * @param qualityIncidentFactor extra incident factor per unit of missing quality
 */
public record WorkRules(double readinessShare, double[] resentmentFactor, double resentmentSlowdown,
        double dualCapacityFactor, double coalitionSupport, double championWeight, double pChampionCoalition,
        double pChampionOther, double pChampionProgramme, double championMinQuality, double oldIncidentRate,
        double newIncidentRate, double maturityIncidentFactor, double qualityIncidentFactor) {

    public WorkRules {
        Checks.positive("readinessShare", readinessShare);
        if (resentmentFactor == null || resentmentFactor.length != Archetype.values().length) {
            throw new IllegalArgumentException("resentmentFactor: needs one value per archetype");
        }
        resentmentFactor = resentmentFactor.clone();
        for (double f : resentmentFactor) {
            Checks.nonNegative("resentmentFactor", f);
        }
        Checks.probability("resentmentSlowdown", resentmentSlowdown);
        Checks.probability("dualCapacityFactor", dualCapacityFactor);
        Checks.positive("coalitionSupport", coalitionSupport);
        Checks.positive("championWeight", championWeight);
        Checks.probability("pChampionCoalition", pChampionCoalition);
        Checks.probability("pChampionOther", pChampionOther);
        Checks.probability("pChampionProgramme", pChampionProgramme);
        Checks.probability("championMinQuality", championMinQuality);
        Checks.probability("oldIncidentRate", oldIncidentRate);
        Checks.probability("newIncidentRate", newIncidentRate);
        Checks.nonNegative("maturityIncidentFactor", maturityIncidentFactor);
        Checks.nonNegative("qualityIncidentFactor", qualityIncidentFactor);
    }

    public static WorkRules defaults() {
        return builder().build();
    }

    @Override
    public double[] resentmentFactor() {
        return resentmentFactor.clone();
    }

    public double resentmentFactor(Archetype a) {
        return resentmentFactor[a.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkRules w && java.util.Arrays.equals(resentmentFactor, w.resentmentFactor)
                && toString().equals(w.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "WorkRules[readinessShare=" + readinessShare + ", resentmentFactor="
                + java.util.Arrays.toString(resentmentFactor) + ", resentmentSlowdown=" + resentmentSlowdown
                + ", dualCapacityFactor=" + dualCapacityFactor + ", coalitionSupport=" + coalitionSupport
                + ", championWeight=" + championWeight + ", pChampionCoalition=" + pChampionCoalition
                + ", pChampionOther=" + pChampionOther + ", pChampionProgramme=" + pChampionProgramme
                + ", championMinQuality=" + championMinQuality + ", oldIncidentRate=" + oldIncidentRate
                + ", newIncidentRate=" + newIncidentRate + ", maturityIncidentFactor=" + maturityIncidentFactor
                + ", qualityIncidentFactor=" + qualityIncidentFactor + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some by name. */
    public Builder toBuilder() {
        return new Builder().readinessShare(readinessShare).resentmentFactor(resentmentFactor)
                .resentmentSlowdown(resentmentSlowdown).dualCapacityFactor(dualCapacityFactor)
                .coalitionSupport(coalitionSupport).championWeight(championWeight)
                .pChampionCoalition(pChampionCoalition).pChampionOther(pChampionOther)
                .pChampionProgramme(pChampionProgramme).championMinQuality(championMinQuality)
                .oldIncidentRate(oldIncidentRate).newIncidentRate(newIncidentRate)
                .maturityIncidentFactor(maturityIncidentFactor).qualityIncidentFactor(qualityIncidentFactor);
    }

    /** Named construction of a {@link WorkRules}; starts at the defaults. */
    public static final class Builder {
        private double readinessShare = 0.7;
        private double[] resentmentFactor = {0.5, 1.0, 1.2, 2.0};
        private double resentmentSlowdown = 0.5;
        private double dualCapacityFactor = 0.25;
        private double coalitionSupport = 1.5;
        private double championWeight = 3;
        private double pChampionCoalition = 0.6;
        private double pChampionOther = 0.2;
        private double pChampionProgramme = 0.5;
        private double championMinQuality = 0.8;
        private double oldIncidentRate = 0.02;
        private double newIncidentRate = 0.01;
        private double maturityIncidentFactor = 1.5;
        private double qualityIncidentFactor = 2.0;

        private Builder() {
        }

        public Builder readinessShare(double v) {
            readinessShare = v;
            return this;
        }

        public Builder resentmentFactor(double[] v) {
            resentmentFactor = v.clone();
            return this;
        }

        public Builder resentmentSlowdown(double v) {
            resentmentSlowdown = v;
            return this;
        }

        public Builder dualCapacityFactor(double v) {
            dualCapacityFactor = v;
            return this;
        }

        public Builder coalitionSupport(double v) {
            coalitionSupport = v;
            return this;
        }

        public Builder championWeight(double v) {
            championWeight = v;
            return this;
        }

        public Builder pChampionCoalition(double v) {
            pChampionCoalition = v;
            return this;
        }

        public Builder pChampionOther(double v) {
            pChampionOther = v;
            return this;
        }

        public Builder pChampionProgramme(double v) {
            pChampionProgramme = v;
            return this;
        }

        public Builder championMinQuality(double v) {
            championMinQuality = v;
            return this;
        }

        public Builder oldIncidentRate(double v) {
            oldIncidentRate = v;
            return this;
        }

        public Builder newIncidentRate(double v) {
            newIncidentRate = v;
            return this;
        }

        public Builder maturityIncidentFactor(double v) {
            maturityIncidentFactor = v;
            return this;
        }

        public Builder qualityIncidentFactor(double v) {
            qualityIncidentFactor = v;
            return this;
        }

        public WorkRules build() {
            return new WorkRules(readinessShare, resentmentFactor, resentmentSlowdown, dualCapacityFactor,
                    coalitionSupport, championWeight, pChampionCoalition, pChampionOther, pChampionProgramme,
                    championMinQuality, oldIncidentRate, newIncidentRate, maturityIncidentFactor,
                    qualityIncidentFactor);
        }
    }
}
