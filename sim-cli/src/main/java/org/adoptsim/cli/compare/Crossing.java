package org.adoptsim.cli.compare;

import org.adoptsim.core.config.Strategy;

/**
 * Splits a strategy into its timing and its investments and crosses two strategies. Timing is when the
 * initiative acts on teams — announcement week, mandate, sunset; investments are everything else —
 * coalition, initial adopters, tools, dashboard and cost-of-staying display, champions, office hours,
 * executive unblocks, holdout engagement. A crossed variant is built by name from the investing
 * strategy with the timing strategy's three timing levers.
 */
final class Crossing {
    private Crossing() {
    }

    /** {@code timing}'s timing with {@code investments}' investments. */
    static Strategy cross(Strategy timing, Strategy investments) {
        return investments.toBuilder().name(name(timing, investments)).announceWeek(timing.announceWeek())
                .mandate(timing.mandate()).sunset(timing.sunset()).build();
    }

    /** The name of a crossed variant: "A-timing+B-investments". */
    static String name(Strategy timing, Strategy investments) {
        return timing.name() + "-timing+" + investments.name() + "-investments";
    }
}
