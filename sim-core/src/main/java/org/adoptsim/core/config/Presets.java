package org.adoptsim.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The five named strategies of docs/model.md. Each is a plain {@link Strategy}; override with its {@code with…}. */
public final class Presets {

    public static final String ANNOUNCE_AND_HOPE = "announce-and-hope";
    public static final String EARNED = "earned";
    public static final String MANDATE_EARLY = "mandate-early";
    public static final String EARN_THEN_MANDATE = "earn-then-mandate";
    public static final String PURE_MANDATE = "pure-mandate";

    private static final Map<String, Strategy> ALL = build();

    private Presets() {
    }

    /** Every preset, in the order of docs/model.md. */
    public static List<Strategy> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Strategy> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** The preset's one-line description, for listings. */
    public static String describe(String name) {
        return switch (name) {
            case ANNOUNCE_AND_HOPE -> "announce at week 0; nothing else";
            case EARNED -> "announce at week 0, coalition of 5, all four tools, dashboard, champions, office hours; no mandate";
            case MANDATE_EARLY -> "announce and mandate at week 4, deadline 26 weeks; no coalition, tooling or sunset";
            case EARN_THEN_MANDATE -> "earned, then mandate and sunset when honest adoption reaches 70 %";
            case PURE_MANDATE -> "mandate and sunset at week 0";
            default -> throw new IllegalArgumentException("unknown preset '" + name + "'");
        };
    }

    private static Map<String, Strategy> build() {
        Map<String, Strategy> m = new LinkedHashMap<>();
        Strategy hope = Strategy.nothing(ANNOUNCE_AND_HOPE).withAnnounceWeek(0);
        Strategy earned = hope.withName(EARNED)
                .withCoalition(Coalition.of(5))
                .withTooling(List.of(Tool.SCRIPTS, Tool.RUNBOOKS, Tool.SHIMS, Tool.CANARY))
                .withDashboard(true)
                .withChampions(true)
                .withOfficeHours(8);
        Strategy early = hope.withName(MANDATE_EARLY).withAnnounceWeek(4).withMandate(Mandate.at(Trigger.atWeek(4)));
        Strategy earnThen = earned.withName(EARN_THEN_MANDATE)
                .withMandate(Mandate.at(Trigger.atShare(0.7)))
                .withSunset(Sunset.at(Trigger.atShare(0.7)));
        Strategy pure = hope.withName(PURE_MANDATE)
                .withMandate(Mandate.at(Trigger.atWeek(0)))
                .withSunset(Sunset.at(Trigger.atWeek(0)));
        for (Strategy s : List.of(hope, earned, early, earnThen, pure)) {
            m.put(s.name(), s);
        }
        return m;
    }
}
