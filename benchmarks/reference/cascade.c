/*
 * The C reference of issue 19: a tight synchronous sweep of the threshold cascade over CSR arrays.
 *
 * Reads the arrays org.adoptsim.bench.CascadeReference wrote (the engine's own 100,000-team Erdős–Rényi
 * organisation: graph, thresholds, seed teams), runs the cascade REPEATS times and prints the time of one
 * cascade (median and best, in wall-clock and in thread CPU time), after checking that it took the engine's number of rounds and
 * ended with the engine's number of adopters.
 *
 * One round reads only the previous round's state (as the engine's weeks do): every team not yet done
 * counts its done neighbours and adopts when count / degree >= theta. The smallest such count is worked
 * out per team before the clock starts, so the timed loop is integer compares only. The last round is
 * the one that adopts nobody.
 *
 * Build and run (benchmarks/run.sh does both): cc -O2 -o cascade cascade.c && ./cascade FILE
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define REPEATS 31

static int32_t *read_ints(FILE *f, size_t count) {
    int32_t *a = malloc(count * sizeof *a + 1);
    if (a == NULL || fread(a, sizeof *a, count, f) != count) {
        fprintf(stderr, "cascade: short read\n");
        exit(1);
    }
    return a;
}

static double now(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* One cascade from the seeds; returns the rounds run, *adopters the teams done at the end. */
static int cascade(int n, const int32_t *off, const int32_t *adj, const int32_t *need, const int32_t *seeds,
                   int nseeds, uint8_t *done, int32_t *fresh, int *adopters) {
    memset(done, 0, (size_t)n);
    for (int s = 0; s < nseeds; s++) {
        done[seeds[s]] = 1;
    }
    int total = nseeds, rounds = 0, nfresh;
    do {
        nfresh = 0;
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            int count = 0;
            for (int32_t e = off[i]; e < off[i + 1]; e++) {
                count += done[adj[e]];
            }
            if (count >= need[i]) {
                fresh[nfresh++] = i;
            }
        }
        for (int k = 0; k < nfresh; k++) {
            done[fresh[k]] = 1;
        }
        total += nfresh;
        rounds++;
    } while (nfresh > 0);
    *adopters = total;
    return rounds;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: cascade FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (f == NULL) {
        perror(argv[1]);
        return 2;
    }
    int32_t *h = read_ints(f, 5);
    int n = h[0], entries = h[1], want_rounds = h[2], want_done = h[3], nseeds = h[4];
    int32_t *off = read_ints(f, (size_t)n + 1);
    int32_t *adj = read_ints(f, (size_t)entries);
    double *theta = malloc((size_t)n * sizeof *theta);
    if (theta == NULL || fread(theta, sizeof *theta, (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "cascade: short read\n");
        return 1;
    }
    int32_t *seeds = read_ints(f, (size_t)nseeds);
    fclose(f);

    /* need[i]: the smallest count with count / degree >= theta (a team without neighbours never adopts). */
    int32_t *need = malloc((size_t)n * sizeof *need);
    for (int i = 0; i < n; i++) {
        int deg = off[i + 1] - off[i], c = 0;
        while (c <= deg && !(deg > 0 && (double)c / deg >= theta[i])) {
            c++;
        }
        need[i] = c;
    }
    uint8_t *done = malloc((size_t)n);
    int32_t *fresh = malloc((size_t)n * sizeof *fresh);
    double times[REPEATS], cpu[REPEATS];
    int rounds = 0, adopters = 0;
    for (int r = 0; r < REPEATS; r++) {
        double t0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_THREAD_CPUTIME_ID);
        rounds = cascade(n, off, adj, need, seeds, nseeds, done, fresh, &adopters);
        times[r] = now(CLOCK_MONOTONIC) - t0;
        cpu[r] = now(CLOCK_THREAD_CPUTIME_ID) - c0;
    }
    if (rounds != want_rounds || adopters != want_done) {
        fprintf(stderr, "cascade: C ended after %d rounds with %d adopters; the engine after %d with %d\n", rounds,
                adopters, want_rounds, want_done);
        return 1;
    }
    qsort(times, REPEATS, sizeof times[0], compare_doubles);
    qsort(cpu, REPEATS, sizeof cpu[0], compare_doubles);
    printf("c_ms_median %.3f\nc_ms_best %.3f\nc_cpu_ms_median %.3f\nc_cpu_ms_best %.3f\nrounds %d\nadopters %d\n"
           "teams %d\n", times[REPEATS / 2] * 1e3, times[0] * 1e3, cpu[REPEATS / 2] * 1e3, cpu[0] * 1e3, rounds,
           adopters, n);
    return 0;
}
