package org.openmom.reflex.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a thread running reflex code that overran its time and ignored being interrupted (a loop
 * that never looks): left alone it would spin for the life of the server, even once its reflex is
 * disabled. {@code Thread.stop} is the only way to end such code in-process; it is deprecated
 * because the stopped code may leave its own objects half changed, which is acceptable for a
 * reflex the server has given up on. Java 20 and later removed it: there the thread is reported
 * and keeps running until the server restarts (docs/security.md).
 */
final class RunawayThreads {
    private static final Logger LOG = LoggerFactory.getLogger(RunawayThreads.class);

    private RunawayThreads() {}

    @SuppressWarnings({"removal", "deprecation"})
    static void stop(Thread thread, String reflex) {
        try {
            thread.stop();
            LOG.warn("{}: stopped its thread {}, which ignored being interrupted after it overran", reflex, thread.getName());
        } catch (UnsupportedOperationException notOnThisJava) {
            LOG.error("{}: its thread {} ignores interruption and this Java cannot stop threads; it runs until the server restarts",
                    reflex, thread.getName());
        }
    }
}
