package org.adoptsim.cli.results;

import java.util.List;
import java.util.Optional;
import org.adoptsim.cli.results.stats.Estimate;

/**
 * The answer of a comparison on one objective: which strategy has the best mean, and each strategy's
 * probability of being best over the paired replicates (its share of replicate wins, ties shared,
 * with a 95 % Wilson interval), as best.csv holds it.
 *
 * @param objective the metric id ranked on
 * @param best      the strategy with the best mean on the objective (ties: the one best more often)
 * @param standings one per strategy, in run order
 * @param caveats   results that follow from an assumption rather than the simulation (caveats.csv)
 */
public record Verdict(String objective, String best, List<Standing> standings, List<Caveat> caveats) {

    public Verdict {
        standings = List.copyOf(standings);
        caveats = List.copyOf(caveats);
    }

    /** This verdict with the given caveats. */
    public Verdict withCaveats(List<Caveat> c) {
        return new Verdict(objective, best, standings, c);
    }

    /**
     * One strategy's place: its mean on the objective and how often it was best.
     *
     * @param wins   replicates on which it was best (a tie counts as a share of one)
     * @param pBest  wins / replicates with its 95 % Wilson interval
     */
    public record Standing(String strategy, Estimate mean, double wins, long replicates, Estimate pBest) {
        public static Standing of(String strategy, Estimate mean, double wins, long replicates) {
            return new Standing(strategy, mean, wins, replicates,
                    Estimate.wilson(replicates, replicates == 0 ? Double.NaN : wins / replicates, Estimate.LEVEL));
        }
    }

    public Standing standing(String strategy) {
        return standings.stream().filter(s -> s.strategy().equals(strategy)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no standing of '" + strategy + "'"));
    }

    /** The strategy with the second-best mean, if there are two or more. */
    public Optional<Standing> runnerUp(Direction direction) {
        return standings.stream().filter(s -> !s.strategy().equals(best))
                .reduce((a, b) -> direction.compare(b.mean().mean(), a.mean().mean()) > 0 ? b : a);
    }
}
