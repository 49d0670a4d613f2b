package cn.techmarket.infra.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK that can run Elasticsearch 9 (Java 21 or newer): {@code ES_JAVA_HOME} first, then
 * the newest JDK under {@code /usr/lib/jvm}, then the JDK running us.
 */
public final class JavaRuntimes {

    static final int MINIMUM_FEATURE_VERSION = 21;
    private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)(?:[.\"].*)?$", Pattern.MULTILINE);

    /** One JDK home with its feature version (21, 25, ...). */
    public record Jdk(Path home, int featureVersion) {
        public Path java() {
            return home.resolve("bin").resolve("java");
        }
    }

    private final String esJavaHome;
    private final Path jvmRoot;

    public JavaRuntimes(String esJavaHome, Path jvmRoot) {
        this.esJavaHome = esJavaHome;
        this.jvmRoot = jvmRoot;
    }

    public static JavaRuntimes ofThisMachine() {
        return new JavaRuntimes(System.getenv("ES_JAVA_HOME"), Path.of("/usr/lib/jvm"));
    }

    /**
     * @throws IllegalStateException naming what was looked at, when no JDK is new enough
     */
    public Jdk forElasticsearch() {
        List<Path> candidates = new ArrayList<>();
        if (esJavaHome != null && !esJavaHome.isBlank()) {
            Path configured = Path.of(esJavaHome);
            Optional<Jdk> jdk = inspect(configured);
            if (jdk.isPresent() && jdk.get().featureVersion() >= MINIMUM_FEATURE_VERSION) {
                return jdk.get();
            }
            candidates.add(configured);
        }
        List<Jdk> found = new ArrayList<>();
        if (Files.isDirectory(jvmRoot)) {
            try (Stream<Path> homes = Files.list(jvmRoot)) {
                homes.forEach(home -> {
                    candidates.add(home);
                    inspect(home).ifPresent(found::add);
                });
            } catch (IOException e) {
                // unreadable: treated as empty, and named in the message below
            }
        }
        Path current = Path.of(System.getProperty("java.home"));
        candidates.add(current);
        inspect(current).ifPresent(found::add);
        return found.stream()
                .filter(jdk -> jdk.featureVersion() >= MINIMUM_FEATURE_VERSION)
                .filter(jdk -> Files.isExecutable(jdk.java()))
                .max(Comparator.comparingInt(Jdk::featureVersion))
                .orElseThrow(() -> new IllegalStateException(
                        "Elasticsearch 9 needs Java " + MINIMUM_FEATURE_VERSION + " or newer, and none was found. Looked at: "
                                + candidates + ". Install one (e.g. apt-get install openjdk-21-jdk-headless) "
                                + "or point ES_JAVA_HOME at it, or set ELASTICSEARCH_URL to use a running cluster."));
    }

    static Optional<Jdk> inspect(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher matcher = RELEASE_VERSION.matcher(Files.readString(release));
            if (matcher.find()) {
                int feature = Integer.parseInt(matcher.group(1));
                // Java 8 and older report "1.8.0_x"
                return Optional.of(new Jdk(home.toRealPath(), feature == 1 ? 8 : feature));
            }
        } catch (IOException | NumberFormatException e) {
            // not a JDK we can read
        }
        return Optional.empty();
    }
}
