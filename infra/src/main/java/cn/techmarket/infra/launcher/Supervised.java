package cn.techmarket.infra.launcher;

import cn.techmarket.infra.process.ChildProcess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One server the launcher keeps running: when its process exits without having been asked to,
 * this says so and starts it again, waiting 1 s, then twice as long after each failure in a row
 * up to a minute; a server that then ran for five minutes starts again at 1 s. It can also be
 * stopped and started by hand ({@code stop hub}, {@code start hub}), and stays stopped until started.
 */
final class Supervised implements AutoCloseable {

    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    static final Duration HEALTHY_RUN = Duration.ofMinutes(5);

    private final String name;
    private final Supplier<ChildProcess> starter;
    private final Consumer<String> say;
    private final Clock clock;
    private final Sleeper sleeper;
    private ChildProcess process;
    private Instant startedAt;
    private boolean wanted = true;
    private boolean closed;
    private Duration wait = FIRST_WAIT;
    private int restarts;

    /** Waits between restarts; a test makes it instant. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    Supervised(String name, ChildProcess running, Supplier<ChildProcess> starter, Consumer<String> say, Clock clock, Sleeper sleeper) {
        this.name = name;
        this.starter = starter;
        this.say = say;
        this.clock = clock;
        this.sleeper = sleeper;
        watch(running);
    }

    String name() {
        return name;
    }

    synchronized int restarts() {
        return restarts;
    }

    synchronized String status() {
        if (!wanted) {
            return "stopped by hand";
        }
        return process != null && process.isAlive() ? "running, pid " + process.pid() + (restarts == 0 ? "" : ", restarted " + restarts + "×")
                : "down, restarting";
    }

    /** Stops the server and keeps it stopped. */
    void stop() {
        ChildProcess stopping;
        synchronized (this) {
            wanted = false;
            stopping = process;
        }
        if (stopping != null && stopping.isAlive()) {
            stopping.stop(Duration.ofSeconds(30));
        }
        say.accept(name + " stopped; 'start " + name + "' starts it again");
    }

    /** Starts a server stopped by hand. */
    void start() {
        synchronized (this) {
            if (wanted && process != null && process.isAlive()) {
                say.accept(name + " is already running");
                return;
            }
            wanted = true;
            wait = FIRST_WAIT;
        }
        watch(starter.get());
        say.accept(name + " started");
    }

    private synchronized void watch(ChildProcess started) {
        process = started;
        startedAt = clock.instant();
        started.onExit().thenAccept(code -> exited(started, code));
    }

    private void exited(ChildProcess ended, int code) {
        Duration pause;
        synchronized (this) {
            if (closed || !wanted || ended != process) {
                return; // asked to stop, or an old process
            }
            if (Duration.between(startedAt, clock.instant()).compareTo(HEALTHY_RUN) >= 0) {
                wait = FIRST_WAIT;
            }
            pause = wait;
            wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
        }
        say.accept("%s exited unexpectedly (exit code %d); restarting in %d s. Its log: %s".formatted(name, code, pause.toSeconds(), ended.log()));
        later(pause);
    }

    private void restart(Duration pause) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            return;
        }
        synchronized (this) {
            if (closed || !wanted) {
                return;
            }
        }
        try {
            ChildProcess again = starter.get();
            synchronized (this) {
                watch(again);
                restarts++;
            }
            say.accept(name + " restarted, pid " + again.pid());
        } catch (RuntimeException failed) {
            say.accept(name + " could not be restarted: " + failed.getMessage().lines().findFirst().orElse(""));
            synchronized (this) {
                Duration next = wait;
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
                later(next);
            }
        }
    }

    private void later(Duration pause) {
        Thread thread = new Thread(() -> restart(pause), "restart-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        ChildProcess stopping;
        synchronized (this) {
            closed = true;
            stopping = process;
        }
        if (stopping != null) {
            stopping.close();
        }
    }
}
