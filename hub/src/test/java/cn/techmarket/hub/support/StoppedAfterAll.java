package cn.techmarket.hub.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A server a test class starts: held in a {@code @RegisterExtension static final} field, it is stopped after the class. */
public interface StoppedAfterAll extends AutoCloseable, AfterAllCallback {

    @Override
    void close();

    @Override
    default void afterAll(ExtensionContext context) {
        close();
    }
}
