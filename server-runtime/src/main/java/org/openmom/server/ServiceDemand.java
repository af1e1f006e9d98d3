package org.openmom.server;

/**
 * How much a service is wanted, as {@link Broker#demand} saw it at one moment.
 *
 * @param waitingSeeds persistent seeds in the server mailbox that an instance of the service could receive
 * @param instances    its registered instances, whatever their users
 * @param busy         those of them that cannot take more now: disabled, or working on messages (in flight) with more
 *                     queued behind them (a polling instance that has not fetched yet is not busy)
 */
public record ServiceDemand(int waitingSeeds, int instances, int busy) {
    /** Whether another instance would take messages that wait: none is there, or every one is busy. */
    public boolean wantsAnotherInstance() {
        return instances == 0 ? waitingSeeds > 0 : busy == instances;
    }
}
