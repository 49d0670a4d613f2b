package cn.techmarket.hub.bench;

import java.util.Arrays;

/** Percentiles of measured durations, in milliseconds. */
public final class Latencies {

    private Latencies() {
    }

    public static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
