package org.gazette.cli;

import java.util.Arrays;

/** Timed rounds of a piece of work in a warm JVM: two untimed runs first, then the timed ones, sorted. */
record Rounds(long[] ms) {
    static Rounds time(int rounds, Runnable work) {
        for (int i = 0; i < 2; i++) {
            work.run();
        }
        long[] ms = new long[Math.max(1, rounds)];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        return new Rounds(ms);
    }

    long median() {
        return ms[ms.length / 2];
    }

    long min() {
        return ms[0];
    }

    long max() {
        return ms[ms.length - 1];
    }
}
