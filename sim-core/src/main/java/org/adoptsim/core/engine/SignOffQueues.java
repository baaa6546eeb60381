package org.adoptsim.core.engine;

import java.util.Arrays;

/**
 * The functions' request queues for one run (docs/model.md, "Across functions", a review): per
 * function a first-come-first-served ring of team indices, the week each queued request was filed (a
 * request filed in week t can be taken from week t + 1) and the week each team first filed with the
 * function (for the weeks from first filing to approval). A team is in a function's queue at most
 * once, so a ring of one slot per team never overflows. Sized at {@link #reset}; a week allocates nothing.
 */
final class SignOffQueues {
    private int n;
    private int[][] queue = new int[0][];
    private int[] head = new int[0];
    private int[] size = new int[0];
    private int[][] filedWeek = new int[0][];
    private int[][] firstFiled = new int[0][];

    /** Empties every queue for a run of {@code teams} teams and {@code functions} functions. */
    void reset(int functions, int teams) {
        if (queue.length != functions || n != teams) {
            n = teams;
            queue = new int[functions][teams];
            head = new int[functions];
            size = new int[functions];
            filedWeek = new int[functions][teams];
            firstFiled = new int[functions][teams];
        }
        for (int f = 0; f < functions; f++) {
            head[f] = 0;
            size[f] = 0;
            Arrays.fill(filedWeek[f], SignOffDesk.NONE);
            Arrays.fill(firstFiled[f], SignOffDesk.NONE);
        }
    }

    /** Team {@code i} files with function {@code f} in {@code week}: its first filing is remembered, and it queues. */
    void file(int f, int i, int week) {
        if (firstFiled[f][i] == SignOffDesk.NONE) {
            firstFiled[f][i] = week;
        }
        enqueue(f, i, week);
    }

    /** Team {@code i} joins the back of function {@code f}'s queue in {@code week} (a first filing or a send-back). */
    void enqueue(int f, int i, int week) {
        filedWeek[f][i] = week;
        queue[f][(head[f] + size[f]) % n] = i;
        size[f]++;
    }

    boolean isEmpty(int f) {
        return size[f] == 0;
    }

    /**
     * The team at the front of function {@code f}'s queue, taken off it, if its request was filed
     * before {@code week}; else −1 (and the queue is left as it was).
     */
    int takeFiledBefore(int f, int week) {
        if (size[f] == 0) {
            return SignOffDesk.NONE;
        }
        int i = queue[f][head[f]];
        if (filedWeek[f][i] >= week) {
            return SignOffDesk.NONE;
        }
        head[f] = (head[f] + 1) % n;
        size[f]--;
        return i;
    }

    /**
     * Takes team {@code i} off function {@code f}'s queue, if it is queued there, keeping the others'
     * order (a request withdrawn: O(queue), once per team at the most).
     */
    void withdraw(int f, int i) {
        int[] q = queue[f];
        int at = -1;
        for (int k = 0; k < size[f] && at < 0; k++) {
            if (q[(head[f] + k) % n] == i) {
                at = k;
            }
        }
        if (at < 0) {
            return;
        }
        for (int k = at; k < size[f] - 1; k++) {
            q[(head[f] + k) % n] = q[(head[f] + k + 1) % n];
        }
        size[f]--;
        filedWeek[f][i] = SignOffDesk.NONE;
    }

    /** The week team {@code i} first filed with function {@code f}, or −1. */
    int firstFiled(int f, int i) {
        return firstFiled[f][i];
    }
}
