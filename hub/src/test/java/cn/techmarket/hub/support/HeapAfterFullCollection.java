package cn.techmarket.hub.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heap another JVM of this machine has in use right after a full collection, asked of it with {@code jcmd}. */
public final class HeapAfterFullCollection {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private HeapAfterFullCollection() {
    }

    /**
     * Bytes in use after {@code GC.run}, summed over the heap's generations as {@code GC.heap_info}
     * lists them (JDK 17 and 25); empty when the JVM could not be attached to (another user's, or
     * gone) or named no figures.
     */
    public static OptionalLong of(long pid) {
        String info = jcmd(pid, "GC.run") == null ? null : jcmd(pid, "GC.heap_info");
        if (info == null) {
            return OptionalLong.empty();
        }
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
        return usedKiB == 0 ? OptionalLong.empty() : OptionalLong.of(usedKiB * 1024);
    }

    /** The command's output, or null when the JVM could not be attached to. */
    private static String jcmd(long pid, String command) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0 && !out.contains("Exception") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
