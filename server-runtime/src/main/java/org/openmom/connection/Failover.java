package org.openmom.connection;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a server along a list of addresses (the declarations of a Servers List entry, in
 * order, DESIGN.md §4): each address stands for concrete places ({@link Target#expand}: local
 * first on this machine, the automatic port range), tried one after the other until the
 * owner's {@link Opener} succeeds on one. A refusal ends its address (the right server said no);
 * any other failure moves on to the next place.
 *
 * @param <T> what the owner makes of an opened place (its registered session)
 */
public final class Failover<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Failover.class);

    /** Opens one place: a {@link ClientConnection} and whatever the owner does next (REGISTER). */
    @FunctionalInterface
    public interface Opener<T> {
        CompletableFuture<T> open(Target target);
    }

    /** The owner's session on the place reached, and the index of the address it stands for. */
    public record Reached<T>(T session, int addressIndex) {}

    private final List<ServerAddress> addresses;
    private final OpenMomHome home;
    private final Opener<T> opener;

    public Failover(List<ServerAddress> addresses, OpenMomHome home, Opener<T> opener) {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no server address to try");
        }
        this.addresses = List.copyOf(addresses);
        this.home = home;
        this.opener = opener;
    }

    public List<ServerAddress> addresses() {
        return addresses;
    }

    /**
     * Tries every address once, starting at {@code firstIndex} and going round. Never blocks.
     *
     * @return the first session opened, or fails with {@link NoServerReached}
     */
    public CompletableFuture<Reached<T>> round(int firstIndex) {
        CompletableFuture<Reached<T>> result = new CompletableFuture<>();
        new Round(firstIndex, result).nextAddress();
        return result;
    }

    /** One pass over the addresses: its position and last failure. */
    private final class Round {
        private final int firstIndex;
        private final CompletableFuture<Reached<T>> result;
        private int step;
        private int addressIndex;
        private Iterator<Target> places;
        private ConnectionException last;
        private int tried;

        Round(int firstIndex, CompletableFuture<Reached<T>> result) {
            this.firstIndex = firstIndex;
            this.result = result;
        }

        void nextAddress() {
            while (step < addresses.size()) {
                addressIndex = (firstIndex + step++) % addresses.size();
                ServerAddress address = addresses.get(addressIndex);
                try {
                    places = Target.expand(address, home).iterator();
                } catch (RuntimeException e) {
                    last = new ConnectionException(ConnectionException.Kind.UNREACHABLE, address + ": " + e.getMessage());
                    continue;
                }
                if (places.hasNext()) {
                    nextPlace();
                    return;
                }
            }
            result.completeExceptionally(new NoServerReached(last, tried));
        }

        private void nextPlace() {
            if (!places.hasNext()) {
                nextAddress();
                return;
            }
            Target target = places.next();
            tried++;
            CompletableFuture<T> opening;
            try {
                opening = opener.open(target);
            } catch (RuntimeException e) {
                opening = CompletableFuture.failedFuture(e);
            }
            opening.whenComplete((session, error) -> {
                if (error == null) {
                    result.complete(new Reached<>(session, addressIndex));
                    return;
                }
                last = asConnectionFailure(error, target);
                LOG.debug("{}", last.getMessage());
                if (last.kind() == ConnectionException.Kind.REFUSED) {
                    nextAddress();
                } else {
                    nextPlace();
                }
            });
        }
    }

    private static ConnectionException asConnectionFailure(Throwable error, Target target) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ConnectionException) {
            return (ConnectionException) cause;
        }
        return new ConnectionException(ConnectionException.Kind.UNREACHABLE, cause.getMessage() != null
                && cause.getMessage().startsWith(target.label()) ? cause.getMessage() : target.label() + ": " + cause.getMessage());
    }
}
