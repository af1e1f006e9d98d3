package org.openmom.server;

import java.util.ArrayList;
import java.util.List;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * One registration of a (service, user): several instances of the same pair may be registered,
 * each with its own mailbox. State is guarded by the {@link Broker} lock; the transport keeps a
 * reference only to pass it back.
 */
public final class Instance {
    private final long id;
    private final ServiceUser who;
    private final Sink sink;
    private final DeliveryMode mode;
    private final int window;
    /** A router's queue: its sink is the link to another server, not a service. */
    final boolean router;
    private final long registeredAt = System.currentTimeMillis();
    final Mailbox mailbox;
    boolean enabled = true;
    boolean registered = true;
    /** Messages the service still asked for: unbounded in callback mode, FETCH credit in polling mode. */
    long credit;
    /** Waiting seeds are still moving to this instance, a chunk at a time: new messages queue behind them. */
    boolean handingOff;
    /** Why anycast skips it as a bad instance (a CALL timed out, acknowledgements stalled); null while in rotation. */
    String outOfRotation;
    /** When it last answered: an acknowledgement or a reply, or its first message in flight after none. */
    long progressAt = registeredAt;
    /** The lock a client holds it with, or null. */
    InstanceLock lock;
    /** The hand-off waits for the instance to take what it was given (see {@code Broker.hasEnoughToDo}). */
    boolean handOffWaits;
    /**
     * Seeds of its hand-off taken out of the server mailbox while their bodies are read from disk
     * (without the broker lock): still waiting, though in neither mailbox for that moment.
     */
    int seedsInTransit;
    /** Seeds a delivery filter kept from this instance during its hand-off; they wait again once it is over. */
    private List<Message> refusedOnHandOff;
    /** Its places in the anycast rotations of its name and of its service ({@link AnycastIndex}); null for a router's queue or a link. */
    LeastLoaded.Place byName;
    LeastLoaded.Place byService;
    /** The count of backlogged consumers it is a member of ({@link BacklogCount}), or null; and whether it is counted there. */
    BacklogCount backlogs;
    boolean atLowBacklogMark;

    Instance(long id, ServiceUser who, Sink sink, DeliveryMode mode, int window, HeldMemory memory) {
        this(id, who, sink, mode, window, memory, false);
    }

    Instance(long id, ServiceUser who, Sink sink, DeliveryMode mode, int window, HeldMemory memory, boolean router) {
        this.id = id;
        this.router = router;
        this.mailbox = new Mailbox(memory, this::loadChanged);
        this.who = who;
        this.sink = sink;
        this.mode = mode;
        this.window = window;
        this.credit = mode == DeliveryMode.CALLBACK ? Long.MAX_VALUE : 0;
    }

    /**
     * Whether anycast messages and CALLs may choose it now. What this reads changes only through
     * code that then calls {@link AnycastIndex#refresh}, which keeps the rotations true to it.
     */
    boolean takesNewMessages() {
        return registered && enabled && outOfRotation == null && lock == null;
    }

    /** Its mailbox now holds {@code load} undelivered messages: its places in the rotations and the backlog count follow. */
    private void loadChanged(int load) {
        if (byName != null) {
            byName.loadChanged(load);
            byService.loadChanged(load);
        }
        if (backlogs != null) {
            backlogs.changed(this);
        }
    }

    List<Message> refusedOnHandOff() {
        if (refusedOnHandOff == null) {
            refusedOnHandOff = new ArrayList<>();
        }
        return refusedOnHandOff;
    }

    /** Seeds kept from it during its hand-off: still waiting, though in no mailbox until the hand-off is over. */
    int refusedOnHandOffCount() {
        return refusedOnHandOff == null ? 0 : refusedOnHandOff.size();
    }

    List<Message> takeRefusedOnHandOff() {
        List<Message> refused = refusedOnHandOff == null ? List.of() : refusedOnHandOff;
        refusedOnHandOff = null;
        return refused;
    }

    public long id() {
        return id;
    }

    public ServiceUser who() {
        return who;
    }

    public DeliveryMode mode() {
        return mode;
    }

    /** When it registered, epoch milliseconds. */
    public long registeredAt() {
        return registeredAt;
    }

    /** Whether it is an Administration Service. */
    public boolean isAdministration() {
        return sink.isAdministration();
    }

    /** Where it connects from. */
    public String remoteAddress() {
        return sink.remoteAddress();
    }

    /** Why anycast skips it as a bad instance, or null while it is in rotation. */
    public String outOfRotation() {
        return outOfRotation;
    }

    /** The lock a client holds it with, or null. */
    public InstanceLock lock() {
        return lock;
    }

    Sink sink() {
        return sink;
    }

    int window() {
        return window;
    }

    @Override
    public String toString() {
        return who + "#" + id;
    }
}
