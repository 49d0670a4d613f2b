package cn.techmarket.hub.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * What a process holds in memory: the heap its JVM keeps after a full collection, so that growth
 * is memory actually retained and not garbage not yet collected, and the resident set of the
 * process with its descendants.
 *
 * @param heapBytes empty where no JVM of the process could be attached to
 */
record ProcessMemory(OptionalLong heapBytes, long residentBytes) {

    private static final Pattern HEAP_USED = Pattern.compile("(?:total|committed) \\d+K, used (\\d+)K");
    private static final Pattern RESIDENT = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    /** The process and its descendants: Elasticsearch's launcher JVM starts the server JVM as a child. */
    static ProcessMemory of(long pid) {
        List<Long> tree = ProcessHandle.of(pid).stream()
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .map(ProcessHandle::pid)
                .toList();
        long[] heaps = tree.stream().map(ProcessMemory::heapAfterFullCollection).flatMapToLong(OptionalLong::stream).toArray();
        return new ProcessMemory(heaps.length == 0 ? OptionalLong.empty() : OptionalLong.of(LongStream.of(heaps).sum()),
                tree.stream().mapToLong(ProcessMemory::residentKilobytes).sum() * 1024);
    }

    /**
     * {@code jcmd <pid> GC.run}, then the "used" figures of {@code GC.heap_info}, summed over the
     * generations a collector reports (serial: young and tenured; G1: one heap, whose line names
     * the committed size from JDK 21 on).
     */
    private static OptionalLong heapAfterFullCollection(long pid) {
        String info = jcmd(pid, "GC.run") == null ? null : jcmd(pid, "GC.heap_info");
        if (info == null) {
            return OptionalLong.empty();
        }
        Matcher matcher = HEAP_USED.matcher(info);
        long used = 0;
        boolean found = false;
        while (matcher.find()) {
            used += Long.parseLong(matcher.group(1)) * 1024;
            found = true;
        }
        return found ? OptionalLong.of(used) : OptionalLong.empty();
    }

    private static long residentKilobytes(long pid) {
        try {
            Matcher matcher = RESIDENT.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        } catch (IOException e) {
            return 0; // not Linux, or the process just exited
        }
    }

    /** The command's output, or null when the JVM could not be attached to. */
    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            return process.waitFor() == 0 && !output.contains("Exception") ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
