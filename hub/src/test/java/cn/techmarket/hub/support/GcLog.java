package cn.techmarket.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM's garbage-collection log ({@code -Xlog:gc:file=…}) read as it grows: every stop-the-world
 * pause, full collections apart. Read it before and after a phase to know what that phase cost.
 */
public record GcLog(Path file) {

    private static final Pattern PAUSE = Pattern.compile(" Pause (.*) (\\d+(?:\\.\\d+)?)ms$");

    /** The option that makes a JVM write this log. */
    public String jvmOption() {
        return "-Xlog:gc:file=" + file.toAbsolutePath();
    }

    /** The pauses so far: young, full, and a concurrent cycle's remark and clean-up. */
    public Pauses pauses() {
        return new Pauses(lines().stream().map(PAUSE::matcher).filter(Matcher::find)
                .map(matcher -> new Pause(matcher.group(1).startsWith("Full"), Double.parseDouble(matcher.group(2)))).toList());
    }

    private List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Pause(boolean full, double millis) {
    }

    /** Pauses in the order they happened; {@link #since} gives a phase's. */
    public record Pauses(List<Pause> all) {

        /** Those after {@code earlier}, read from the same log before. */
        public Pauses since(Pauses earlier) {
            return new Pauses(all.subList(earlier.all.size(), all.size()));
        }

        public long count() {
            return all.size();
        }

        public long full() {
            return all.stream().filter(Pause::full).count();
        }

        public double totalMillis() {
            return all.stream().mapToDouble(Pause::millis).sum();
        }

        public double longestMillis() {
            return all.stream().mapToDouble(Pause::millis).max().orElse(0);
        }
    }
}
