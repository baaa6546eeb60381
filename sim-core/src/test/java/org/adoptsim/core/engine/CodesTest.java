package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.TeamStatus;
import org.junit.jupiter.api.Test;

/** The engine's byte codes are the ordinals of the result enums, which translate them by position. */
class CodesTest {

    @Test
    void statusCodesAreTeamStatusOrdinals() {
        Map<TeamStatus, Byte> codes = Map.of(TeamStatus.IDLE, Codes.S_IDLE, TeamStatus.WILLING, Codes.S_WILLING,
                TeamStatus.MIGRATING, Codes.S_MIGRATING, TeamStatus.BLOCKED, Codes.S_BLOCKED,
                TeamStatus.DONE, Codes.S_DONE, TeamStatus.DUAL, Codes.S_DUAL);
        assertEquals(TeamStatus.values().length, codes.size(), "every status has a code");
        codes.forEach((status, code) -> assertEquals(status.ordinal(), code.intValue(), status.name()));
    }

    @Test
    void reasonCodesAreReasonOrdinals() {
        Map<Reason, Byte> codes = Map.ofEntries(Map.entry(Reason.NONE, Codes.R_NONE),
                Map.entry(Reason.UNAWARE, Codes.R_UNAWARE), Map.entry(Reason.PEERS, Codes.R_PEERS),
                Map.entry(Reason.PROOF, Codes.R_PROOF), Map.entry(Reason.COST, Codes.R_COST),
                Map.entry(Reason.ROADMAP, Codes.R_ROADMAP), Map.entry(Reason.BLOCKED_PLATFORM, Codes.R_BLOCKED_PLATFORM),
                Map.entry(Reason.BLOCKED_DEPENDENCY, Codes.R_BLOCKED_DEPENDENCY),
                Map.entry(Reason.HOLDOUT, Codes.R_HOLDOUT), Map.entry(Reason.MIGRATING, Codes.R_MIGRATING),
                Map.entry(Reason.DUAL, Codes.R_DUAL),
                Map.entry(Reason.SIGN_OFF, Codes.R_SIGN_OFF));
        assertEquals(Reason.values().length, codes.size(), "every reason has a code");
        codes.forEach((reason, code) -> assertEquals(reason.ordinal(), code.intValue(), reason.name()));
    }

    @Test
    void enumsTranslateCodesBack() {
        for (TeamStatus s : TeamStatus.values()) {
            assertEquals(s, TeamStatus.of(s.ordinal()));
        }
        for (Reason r : Reason.values()) {
            assertEquals(r, Reason.of(r.ordinal()));
        }
    }
}
