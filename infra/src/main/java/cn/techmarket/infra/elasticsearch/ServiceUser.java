package cn.techmarket.infra.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Elasticsearch refuses to run as root. When we are root, it runs as an unprivileged system
 * user (created when missing) that owns its directories.
 */
final class ServiceUser {

    static final String NAME = "province-es";

    private final boolean root;

    private ServiceUser(boolean root) {
        this.root = root;
    }

    static ServiceUser forThisProcess() {
        return new ServiceUser("0".equals(run(List.of("id", "-u")).trim()));
    }

    boolean needed() {
        return root;
    }

    /** The command prefix that drops privileges, or nothing when we are not root. */
    List<String> commandPrefix() {
        if (!root) {
            return List.of();
        }
        ensureExists();
        String uid = run(List.of("id", "-u", NAME)).trim();
        String gid = run(List.of("id", "-g", NAME)).trim();
        // setpriv execs in place (no intermediate process), so signals reach Elasticsearch directly
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
    }

    void own(Path... paths) {
        if (!root) {
            return;
        }
        ensureExists();
        List<String> command = new ArrayList<>(List.of("chown", "-R", NAME + ":"));
        for (Path path : paths) {
            command.add(path.toString());
        }
        run(command);
    }

    private synchronized void ensureExists() {
        if (exitCode(List.of("id", "-u", NAME)) != 0) {
            run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME));
        }
    }

    private static int exitCode(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.trim());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
