package cn.techmarket.hub.federation;

import org.springframework.web.client.RestClientResponseException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

/** What the chain of causes of a failed call to a tenant says about why it failed. */
public final class FailureCauses {

    private FailureCauses() {
    }

    /** Nothing listened: the request never reached the tenant. */
    public static boolean connectionRefused(Throwable failure) {
        return anyCause(failure, ConnectException.class);
    }

    public static boolean timedOut(Throwable failure) {
        return anyCause(failure, HttpTimeoutException.class) || anyCause(failure, SocketTimeoutException.class);
    }

    /** The HTTP status the tenant answered with, when it answered with an error status. */
    public static Optional<Integer> httpStatus(Throwable failure) {
        return cause(failure, RestClientResponseException.class).map(http -> http.getStatusCode().value());
    }

    private static boolean anyCause(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type).isPresent();
    }

    /** The first failure of this type in the chain of causes, the failure itself included. */
    public static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
