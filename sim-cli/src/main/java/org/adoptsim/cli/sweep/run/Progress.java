package org.adoptsim.cli.sweep.run;

/** Observes how many runs of a sweep are done; called on the thread that runs the sweep. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(long total, long alreadyDone) {
        }

        @Override
        public void runsDone(long done) {
        }

        @Override
        public void close() {
        }
    };

    void start(long total, long alreadyDone);

    void runsDone(long done);

    void close();
}
