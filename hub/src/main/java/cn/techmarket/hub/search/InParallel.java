package cn.techmarket.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** The same work for several items at once, as a rebuild does for its indexes and its tenants. */
public final class InParallel {

    public interface Work<T> {
        void run(T item) throws IOException;
    }

    private InParallel() {
    }

    /** Runs the work for every item on the executor and waits for all; any failure fails the whole, as the failure it was. */
    public static <T> void each(Executor executor, Collection<T> items, Work<T> work) throws IOException {
        CompletableFuture<?>[] running = items.stream().map(item -> CompletableFuture.runAsync(() -> {
            try {
                work.run(item);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, executor)).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(running).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException unchecked ? unchecked : e;
        }
    }
}
