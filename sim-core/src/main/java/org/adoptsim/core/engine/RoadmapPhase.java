package org.adoptsim.core.engine;

/**
 * Step 3: willing teams start migrating at a quarter boundary (any week when roadmap planning is off).
 * Coalition teams start at once from their start week, skipping the decision gates. The executive
 * sponsor's per-quarter budget lets willing teams start off the boundary, lowest team index first.
 * After the coalition's first week every coalition team is under way, so only willing teams are visited.
 * A team still missing a start sign-off (docs/model.md, "Across functions") does not start; a
 * coalition team so held becomes willing and starts like any willing team once signed off.
 */
final class RoadmapPhase implements Phase {

    @Override
    public void apply(World w) {
        TeamState t = w.teams;
        Initiative in = w.initiative;
        boolean quarter = w.isQuarterBoundary();
        boolean boundary = quarter || !w.rules.decisions().roadmap();
        if (quarter) {
            in.executiveLeft = w.strategy.executiveUnblocksPerQuarter();
        }
        boolean coalitionDue = !in.coalitionStarted && in.week >= w.strategy.coalition().startWeek();
        if (!coalitionDue && !boundary && in.executiveLeft == 0 && !w.desk.active) {
            return; // no willing team can start this week, and without functions asking files nothing
        }
        for (int block = 0; block < t.words(); block++) {
            for (long b = (coalitionDue ? t.statusWord(Codes.S_IDLE, Codes.S_WILLING, block) : t.statusWord(Codes.S_WILLING, block)); b != 0; b &= b - 1) {
                int i = (block << 6) + Long.numberOfTrailingZeros(b);
                byte s = t.status[i];
                if (coalitionDue && t.coalition[i]) {
                    if (w.desk.holdsStart(t, i, in.week)) {
                        t.setStatus(i, Codes.S_WILLING);
                    } else {
                        w.start(i);
                    }
                } else if (s == Codes.S_WILLING) {
                    if (w.desk.holdsStart(t, i, in.week)) {
                        continue;
                    } else if (boundary) {
                        w.start(i);
                    } else if (in.executiveLeft > 0) {
                        in.executiveLeft--;
                        w.start(i);
                    }
                }
            }
        }
        in.coalitionStarted |= coalitionDue;
    }
}
