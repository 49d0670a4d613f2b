package cn.techmarket.infra.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The minimal Elasticsearch distribution Maven resolved for the build
 * ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip}), unpacked once per
 * version into a directory every JVM on the machine shares.
 */
public final class ElasticsearchDistribution {

    private static final String GROUP_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch";

    private final String version;
    private final Path zip;

    private ElasticsearchDistribution(String version, Path zip) {
        this.version = version;
        this.zip = zip;
    }

    /** The distribution this build resolved; fails naming the places it looked. */
    public static ElasticsearchDistribution resolved() {
        Properties properties = new Properties();
        try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream("distribution.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("infra was built without distribution.properties", e);
        }
        String version = properties.getProperty("version");
        String fileName = "elasticsearch-" + version + ".zip";
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getProperty("elasticsearch.distribution.zip");
        if (explicit != null) {
            candidates.add(Path.of(explicit));
        }
        for (String repository : new String[] {
                System.getProperty("maven.repo.local"),
                properties.getProperty("localRepository"),
                System.getProperty("user.home") + "/.m2/repository"}) {
            if (repository != null && !repository.startsWith("@")) {
                candidates.add(Path.of(repository, GROUP_PATH, version, fileName));
            }
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .map(zip -> new ElasticsearchDistribution(version, zip))
                .orElseThrow(() -> new IllegalStateException("Elasticsearch distribution " + fileName
                        + " not found; run the Maven build first (it resolves it). Looked at: " + candidates));
    }

    public String version() {
        return version;
    }

    /**
     * Unpacks the distribution under {@code root} unless a previous run already did, and
     * returns its home. Safe when several JVMs race: they take a file lock.
     */
    public Path installUnder(Path root) {
        Path home = root.resolve("elasticsearch-" + version);
        Path done = home.resolve(".unpacked");
        if (Files.exists(done)) {
            return home;
        }
        try {
            Files.createDirectories(root);
            try (FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.exists(done)) {
                    unzip(root);
                    Files.createFile(done);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip + " under " + root, e);
        }
    }

    private void unzip(Path root) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                // java.util.zip drops Unix modes: the launch scripts and native tools must be executable
                if (target.getParent().getFileName().toString().equals("bin")) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }
}
