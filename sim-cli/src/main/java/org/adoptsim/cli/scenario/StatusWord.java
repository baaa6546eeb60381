package org.adoptsim.cli.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.adoptsim.cli.Excerpt;
import org.adoptsim.cli.scenario.shape.Problems;
import org.adoptsim.core.config.ObservedState.Status;

/**
 * A team's status as a state file or a migration log writes it: one of the model's statuses (idle,
 * willing, migrating, blocked, done, dual), in any case. The one parser both files use, so an unknown
 * status is worded the same in each. Stateless.
 */
public final class StatusWord {
    private StatusWord() {
    }

    /**
     * The status {@code text} names; {@code error} makes the exception for one that names none (an
     * empty cell included), from the problem in words ("unknown status 'x'; did you mean 'y'?").
     */
    public static Status parse(String text, Function<String, RuntimeException> error) {
        List<String> ids = new ArrayList<>();
        for (Status s : Status.values()) {
            ids.add(s.id());
            if (s.id().equals(text.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw error.apply(Problems.unknown("unknown status " + Excerpt.quoted(text), text, ids));
    }
}
