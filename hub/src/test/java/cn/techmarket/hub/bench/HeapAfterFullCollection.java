package cn.techmarket.hub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heap another JVM of this machine has in use right after a full collection, asked of it with {@code jcmd}. */
final class HeapAfterFullCollection {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private HeapAfterFullCollection() {
    }

    /** @return bytes in use after {@code GC.run}, summed over the heap's generations as {@code GC.heap_info} lists them (JDK 17 and 25) */
    static long of(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        long usedKiB = 0;
        for (String line : info.split("\n")) {
            // a generation's line (Serial, Parallel) or the whole heap's (G1) gives a total; its spaces and Metaspace do not count
            String figures = line.strip();
            if (!figures.contains(" total ") || figures.contains("space")) {
                continue;
            }
            Matcher used = USED.matcher(figures);
            if (used.find()) {
                usedKiB += Long.parseLong(used.group(1));
            }
        }
        if (usedKiB == 0) {
            throw new IllegalStateException("no heap figures in jcmd's answer:\n" + info);
        }
        return usedKiB * 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
