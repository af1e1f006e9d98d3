package org.openmom.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** The answers of asynchronous requests (client and administration APIs), bounded so a hang fails the test. */
public final class Answers {
    private static final long LIMIT_SECONDS = 20;

    private Answers() {}

    public static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
    }

    /** The failure of a request that must fail, as its one-line message. */
    public static String failure(CompletableFuture<?> future) throws Exception {
        try {
            future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause().getMessage();
        }
        throw new AssertionError("expected a failure");
    }
}
