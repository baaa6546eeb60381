package org.adoptsim.core.engine;

/**
 * Step 3: willing teams start migrating at a quarter boundary (any week when roadmap planning is off).
 * Coalition teams start at once from their start week, skipping the decision gates. The executive
 * sponsor's per-quarter budget lets willing teams start off the boundary, lowest team index first.
 */
final class RoadmapPhase implements Phase {

    @Override
    public void apply(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        boolean boundary = !w.rules.decisions().roadmap() || w.isQuarterBoundary();
        if (w.isQuarterBoundary()) {
            in.executiveLeft = w.strategy.executiveUnblocksPerQuarter();
        }
        int coalitionStart = w.strategy.coalition().startWeek();
        for (int i = 0; i < t.n; i++) {
            byte s = t.status[i];
            if (t.coalition[i] && in.week >= coalitionStart && (s == Codes.S_IDLE || s == Codes.S_WILLING)) {
                w.start(i);
            } else if (s == Codes.S_WILLING) {
                if (boundary) {
                    w.start(i);
                } else if (in.executiveLeft > 0) {
                    in.executiveLeft--;
                    w.start(i);
                }
            }
        }
    }
}
