package org.openmom.torture;

import java.time.Duration;
import java.util.Random;

/** SIGKILL of a server at a random moment while producers are getting messages confirmed. */
final class RandomCrash {
    private RandomCrash() {
    }

    /**
     * Waits until the server confirmed a message after this call (so the crash hits a working
     * server), lets a random time of up to {@code latest} pass, then kills it.
     *
     * @return the random delay used, in milliseconds
     */
    static long strike(ServerChild server, Ledger ledger, Random random, Duration latest) throws Exception {
        int before = ledger.confirmedCount();
        Waits.until("a message confirmed", Duration.ofSeconds(120), () -> ledger.confirmedCount() > before);
        long delay = (long) (random.nextDouble() * latest.toMillis());
        Thread.sleep(delay); // the random moment of the crash, not a wait for something
        server.kill();
        return delay;
    }
}
