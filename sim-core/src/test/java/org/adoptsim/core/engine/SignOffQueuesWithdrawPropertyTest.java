package org.adoptsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SignOffQueues#withdraw} (a forced-through team's start requests at shutdown) against a list model
 * of the queues: random filings, takes and withdrawals, with the ring's head wrapping round, keep the
 * model's first-come-first-served order and its filing weeks.
 */
class SignOffQueuesWithdrawPropertyTest {
    @Test
    void withdrawMatchesAListModel() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + rnd.nextInt(7);
            int fs = 1 + rnd.nextInt(2);
            SignOffQueues q = new SignOffQueues();
            q.reset(fs, n);
            List<List<int[]>> model = new ArrayList<>(); // (team, filedWeek)
            for (int f = 0; f < fs; f++) {
                model.add(new ArrayList<>());
            }
            int week = 0;
            for (int op = 0; op < 200; op++) {
                int f = rnd.nextInt(fs);
                List<int[]> m = model.get(f);
                int kind = rnd.nextInt(4);
                if (kind == 0 || kind == 1) {
                    int i = rnd.nextInt(n);
                    boolean queued = m.stream().anyMatch(e -> e[0] == i);
                    if (!queued) {
                        q.file(f, i, week);
                        m.add(new int[] {i, week});
                    }
                } else if (kind == 2) {
                    int got = q.takeFiledBefore(f, week);
                    int want = !m.isEmpty() && m.get(0)[1] < week ? m.remove(0)[0] : -1;
                    assertEquals(want, got, "take trial " + trial + " op " + op);
                } else {
                    int i = rnd.nextInt(n);
                    q.withdraw(f, i);
                    m.removeIf(e -> e[0] == i);
                }
                assertEquals(m.isEmpty(), q.isEmpty(f));
                if (rnd.nextInt(3) == 0) {
                    week++;
                }
            }
            // drain and compare order
            week += 1;
            for (int f = 0; f < fs; f++) {
                for (int[] e : model.get(f)) {
                    assertEquals(e[0], q.takeFiledBefore(f, week), "drain trial " + trial);
                }
                assertEquals(-1, q.takeFiledBefore(f, week));
            }
        }
    }
}
