/*
 * Generates the synthetic 1,000-team organisation of ../enterprise-1000.yaml: teams.csv (name,
 * department, archetype), org-chart.csv (influence ties, from,to) and dependencies.csv (team,upstream).
 * The files are committed; this program documents how they were made and remakes them byte for byte:
 *
 *   java scenarios/enterprise-1000/Generate.java scenarios/enterprise-1000
 *
 * The organisation: 24 departments in 6 divisions of 4; team i belongs to department i % 24 (the order
 * adoptsim assigns departments in), named <department>-<nn>. Influence: each team is tied to the next
 * two teams of its department (a chain through the department) and to each other teammate with
 * probability 0.12, plus Poisson(1.2) ties to other departments, three in four inside its division.
 * Dependencies: the six platform departments (division "platform") are upstream of everyone, the four
 * shared-service departments of everyone but the platform; every team takes Poisson(0.7) upstream teams
 * from strictly earlier layers, or from earlier teams of its own layer, so the graph is acyclic.
 * Archetypes: drawn per team, platform teams more conservative than product teams.
 */
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

public class Generate {
    static final int TEAMS = 1000;
    static final String[] DEPARTMENTS = {
        "identity", "data-platform", "networking", "storage", "observability", "messaging",
        "billing", "ledger", "risk", "compliance",
        "payments", "checkout", "payouts", "fraud",
        "search", "catalog", "recommendations", "ads",
        "mobile", "web", "growth", "notifications",
        "support-tools", "internal-tools"};
    static final int PLATFORM = 6;
    static final int SHARED = 10;
    static final String[] ARCHETYPES = {"believer", "pragmatist", "conservative", "holdout"};
    static final double[] PRODUCT_MIX = {0.18, 0.38, 0.30, 0.14};
    static final double[] PLATFORM_MIX = {0.10, 0.30, 0.42, 0.18};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        SplittableRandom rng = new SplittableRandom(20240601L);
        Files.writeString(dir.resolve("teams.csv"), teams(rng));
        Files.writeString(dir.resolve("org-chart.csv"), ties(rng));
        Files.writeString(dir.resolve("dependencies.csv"), dependencies(rng));
    }

    static int dept(int team) {
        return team % DEPARTMENTS.length;
    }

    static String name(int team) {
        return String.format("%s-%02d", DEPARTMENTS[dept(team)], team / DEPARTMENTS.length);
    }

    static String teams(SplittableRandom rng) {
        StringBuilder b = new StringBuilder("name,department,archetype\n");
        for (int t = 0; t < TEAMS; t++) {
            double[] mix = dept(t) < PLATFORM ? PLATFORM_MIX : PRODUCT_MIX;
            double u = rng.nextDouble();
            int k = 0;
            while (k < mix.length - 1 && u >= mix[k]) {
                u -= mix[k++];
            }
            b.append(name(t)).append(',').append(DEPARTMENTS[dept(t)]).append(',').append(ARCHETYPES[k]).append('\n');
        }
        return b.toString();
    }

    static String ties(SplittableRandom rng) {
        TreeSet<Long> edges = new TreeSet<>();
        int d = DEPARTMENTS.length;
        for (int t = 0; t < TEAMS; t++) {
            for (int step = 1; step <= 2; step++) {
                if (t + step * d < TEAMS) {
                    add(edges, t, t + step * d);
                }
            }
            for (int u = t + d; u < TEAMS; u += d) {
                if (rng.nextDouble() < 0.12) {
                    add(edges, t, u);
                }
            }
            int cross = poisson(rng, 1.2);
            for (int c = 0; c < cross; c++) {
                int other = rng.nextDouble() < 0.75 ? sameDivision(rng, t) : rng.nextInt(TEAMS);
                if (dept(other) != dept(t)) {
                    add(edges, t, other);
                }
            }
        }
        return csv("from,to", edges);
    }

    static int sameDivision(SplittableRandom rng, int t) {
        int division = dept(t) / 4;
        while (true) {
            int u = rng.nextInt(TEAMS);
            if (dept(u) / 4 == division) {
                return u;
            }
        }
    }

    static String dependencies(SplittableRandom rng) {
        List<Integer> order = new ArrayList<>();
        for (int layer = 0; layer < 3; layer++) {
            for (int t = 0; t < TEAMS; t++) {
                if (layer(t) == layer) {
                    order.add(t);
                }
            }
        }
        TreeSet<Long> edges = new TreeSet<>();
        for (int pos = 1; pos < order.size(); pos++) {
            int k = poisson(rng, 0.7);
            for (int j = 0; j < k; j++) {
                edges.add(((long) order.get(pos) << 32) | order.get(rng.nextInt(pos)));
            }
        }
        return csv("team,upstream", edges);
    }

    static int layer(int team) {
        return dept(team) < PLATFORM ? 0 : dept(team) < SHARED ? 1 : 2;
    }

    static void add(TreeSet<Long> edges, int a, int b) {
        edges.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
    }

    static String csv(String header, TreeSet<Long> edges) {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (long e : edges) {
            b.append(name((int) (e >>> 32))).append(',').append(name((int) e)).append('\n');
        }
        return b.toString();
    }

    static int poisson(SplittableRandom rng, double mean) {
        double limit = Math.exp(-mean);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }
}
