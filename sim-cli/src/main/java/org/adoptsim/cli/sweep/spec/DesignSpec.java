package org.adoptsim.cli.sweep.spec;

/**
 * Which design a sweep uses and its size settings. Sizes in points (parameter combinations):
 * grid = product of the level counts; Latin hypercube = {@code points}; Sobol/Saltelli =
 * {@code samples·(k + 2)} for k parameters; Morris = {@code trajectories·(k + 1)}.
 */
public sealed interface DesignSpec {

    String type();

    String canonical();

    /** Full factorial over every parameter's listed values (or range steps). */
    record Grid() implements DesignSpec {
        @Override
        public String type() {
            return "grid";
        }

        @Override
        public String canonical() {
            return "grid";
        }
    }

    /** A Latin hypercube of {@code points} points. */
    record LatinHypercube(int points) implements DesignSpec {
        @Override
        public String type() {
            return "lhs";
        }

        @Override
        public String canonical() {
            return "lhs(points=" + points + ")";
        }
    }

    /** Saltelli's scheme on a Sobol sequence with {@code samples} base rows (matrices A and B). */
    record Sobol(int samples) implements DesignSpec {
        /**
         * The fewest Saltelli base rows whose indices adoptsim prints: below this the bootstrap intervals of
         * first-order indices are typically wider than the [0, 1] they live in. A chosen value (docs/sweeps.md).
         */
        public static final int MIN_SAMPLES = 64;

        @Override
        public String type() {
            return "sobol";
        }

        @Override
        public String canonical() {
            return "sobol(samples=" + samples + ")";
        }
    }

    /** Morris elementary effects: {@code trajectories} one-at-a-time trajectories on a p-level grid. */
    record Morris(int trajectories, int levels) implements DesignSpec {
        /**
         * The fewest trajectories whose μ* and σ adoptsim prints: Campolongo, Cariboni and Saltelli (2007)
         * screen with 10 to 20; with fewer, σ rests on a handful of effects. A chosen value (docs/sweeps.md).
         */
        public static final int MIN_TRAJECTORIES = 10;

        @Override
        public String type() {
            return "morris";
        }

        @Override
        public String canonical() {
            return "morris(trajectories=" + trajectories + ",levels=" + levels + ")";
        }
    }
}
