package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HeapAfterFullCollection;

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

    private static final Pattern RESIDENT = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    /** The process and its descendants: Elasticsearch's launcher JVM starts the server JVM as a child. */
    static ProcessMemory of(long pid) {
        List<Long> tree = ProcessHandle.of(pid).stream()
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .map(ProcessHandle::pid)
                .toList();
        long[] heaps = tree.stream().map(HeapAfterFullCollection::of).flatMapToLong(OptionalLong::stream).toArray();
        return new ProcessMemory(heaps.length == 0 ? OptionalLong.empty() : OptionalLong.of(LongStream.of(heaps).sum()),
                tree.stream().mapToLong(ProcessMemory::residentKilobytes).sum() * 1024);
    }

    private static long residentKilobytes(long pid) {
        try {
            Matcher matcher = RESIDENT.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        } catch (IOException e) {
            return 0; // not Linux, or the process just exited
        }
    }
}
