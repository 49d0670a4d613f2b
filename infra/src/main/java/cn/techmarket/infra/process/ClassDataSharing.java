package cn.techmarket.infra.process;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Class data sharing for our Spring Boot jars, as Spring Boot documents it: the jar is extracted
 * once, a training run that stops after the context refresh writes a class archive, and every
 * later start maps the archive instead of loading and verifying its classes again. A start then
 * costs about half the CPU time, which is most of what a restart costs on a busy two-core machine.
 *
 * <p>Prepared once per jar version and JDK, under the temporary directory, and shared by every
 * process that starts the same jar. Anything that goes wrong leaves the plain jar in use: the
 * archive is an optimisation, never a condition for starting.
 */
public final class ClassDataSharing {

    /** {@code -Dmarket.cds=false} starts every jar plainly. */
    public static final String ENABLED_PROPERTY = "market.cds";

    private static final Logger log = LoggerFactory.getLogger(ClassDataSharing.class);
    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "techmarket-cds");
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(2);
    /**
     * The training run builds the context and stops: nothing it could reach may be real. MongoDB
     * is asked to give up at once, so that a bean that touches it while starting does not wait.
     */
    private static final List<String> TRAINING_ARGUMENTS = List.of(
            "--server.port=0",
            "--spring.mongodb.uri=mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=50&connectTimeoutMS=50");
    private static final Map<Path, Optional<Launch>> PREPARED = new ConcurrentHashMap<>();

    /** What to run instead of the jar: its extracted copy, with the options that map its archive. */
    public record Launch(Path jar, List<String> jvmOptions) {
    }

    private ClassDataSharing() {
    }

    /** The extracted jar and its archive, prepared on first use; empty when the jar is to run as it is. */
    public static Optional<Launch> launch(Path jar, String java) {
        if (!Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true"))) {
            return Optional.empty();
        }
        return PREPARED.computeIfAbsent(jar.toAbsolutePath().normalize(), path -> prepare(path, java));
    }

    private static Optional<Launch> prepare(Path jar, String java) {
        try {
            Path dir = ROOT.resolve(versionOf(jar));
            Path archive = dir.resolve("app.jsa");
            Path extracted = dir.resolve(jar.getFileName());
            if (!Files.isRegularFile(archive)) {
                build(jar, java, dir);
            }
            return Optional.of(new Launch(extracted, List.of("-XX:SharedArchiveFile=" + archive)));
        } catch (IOException | RuntimeException e) {
            log.warn("{} starts without a class archive: {}", jar.getFileName(), e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Names a jar's archive by the jar and the JDK: an archive only fits the classes and JVM it was made from. */
    private static String versionOf(Path jar) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        long key = (jar.toString() + attributes.size() + attributes.lastModifiedTime().toMillis() + System.getProperty("java.vm.version")).hashCode() & 0xffffffffL;
        return name + "-" + Long.toHexString(key);
    }

    /**
     * Extracts and trains where the archive will be used (an archive holds the class path it was
     * made with), under a file lock, so that processes starting the same jar build it once.
     */
    private static void build(Path jar, String java, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(ROOT);
        try (FileChannel lockFile = FileChannel.open(ROOT.resolve(dir.getFileName() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            Path archive = dir.resolve("app.jsa");
            if (Files.isRegularFile(archive)) {
                return;
            }
            delete(dir);
            Files.createDirectories(dir);
            run(dir, List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", dir.toString()));
            Path training = dir.resolve("training.jsa");
            List<String> command = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + training,
                    "-XX:+UseSerialGC", "-Dspring.context.exit=onRefresh", "-jar", dir.resolve(jar.getFileName()).toString()));
            command.addAll(TRAINING_ARGUMENTS);
            run(dir, command);
            if (!Files.isRegularFile(training)) {
                throw new IOException("the training run wrote no archive");
            }
            Files.move(training, archive, StandardCopyOption.ATOMIC_MOVE);
        }
        forgetOlderVersions(jar, dir);
    }

    /**
     * Every build of a jar makes a new archive of some 150 MB: the ones of earlier builds go. A
     * process still running from one keeps what it mapped.
     */
    private static void forgetOlderVersions(Path jar, Path current) {
        String prefix = jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-";
        try (Stream<Path> entries = Files.list(ROOT)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && !name.startsWith(current.getFileName().toString())
                        && name.substring(prefix.length()).matches("[0-9a-f]+(\\.lock|\\.log)?")) {
                    delete(entry);
                }
            }
        } catch (IOException e) {
            log.debug("could not remove older class archives of {}: {}", jar.getFileName(), e.getMessage());
        }
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        // beside the directory: the jar's extraction wants an empty one
        Path output = dir.resolveSibling(dir.getFileName() + ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        if (!process.waitFor(TRAINING_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("did not finish within " + TRAINING_TIMEOUT.toSeconds() + " s: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + " from " + String.join(" ", command) + "; see " + output);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
