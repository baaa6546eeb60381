package org.adoptsim.core.engine;

import org.adoptsim.core.result.Reason;
import org.adoptsim.core.result.TeamStatus;

/**
 * The byte codes the engine stores for {@link TeamStatus} and {@link Reason}: each equals the enum
 * constant's ordinal (a test checks it), so results translate codes with {@code values()[code]}.
 */
final class Codes {
    static final byte S_IDLE = 0;
    static final byte S_WILLING = 1;
    static final byte S_MIGRATING = 2;
    static final byte S_BLOCKED = 3;
    static final byte S_DONE = 4;
    static final byte S_DUAL = 5;
    static final int STATUSES = TeamStatus.values().length;

    static final byte R_NONE = 0;
    static final byte R_UNAWARE = 1;
    static final byte R_PEERS = 2;
    static final byte R_PROOF = 3;
    static final byte R_COST = 4;
    static final byte R_ROADMAP = 5;
    static final byte R_BLOCKED_PLATFORM = 6;
    static final byte R_BLOCKED_DEPENDENCY = 7;
    static final byte R_HOLDOUT = 8;
    static final byte R_MIGRATING = 9;
    static final byte R_DUAL = 10;
    static final byte R_SIGN_OFF = 11;
    static final int REASONS = Reason.values().length;

    private Codes() {
    }
}
