package io.casehall.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid 18-digit ID numbers for test data, computed with the GB 11643 weights so that each test can
 * use a person of its own. Kept independent of the production checker on purpose.
 */
public final class TestIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900));

    private TestIdNumbers() {
    }

    /** A Dalian (210202) number born 1998-05-12 with a fresh sequence; odd sequence digit means male. */
    public static String next() {
        int seq = SEQUENCE.incrementAndGet() % 1000;
        return withCheck("21020219980512" + String.format("%03d", seq));
    }

    public static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }
}
