package org.openmom.admin.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.ChangeKind;
import org.openmom.admin.LogLine;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.Status;
import org.openmom.admin.WatchRequest;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.server.BrokerObserver;
import org.openmom.server.Instance;

/**
 * Fans the broker's changes and the log's lines out to every watch. Called under the broker
 * lock (and on logging threads): it only builds an event and offers it to each interested
 * watcher's bounded queue.
 */
final class WatchHub implements BrokerObserver {
    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private final AtomicLong nextWatchId = new AtomicLong(1);
    private volatile boolean anyFollowsMessages;

    Watcher add(WatchRequest request, WatchPeer peer) {
        Watcher watcher = new Watcher(nextWatchId.getAndIncrement(), request, peer);
        watchers.add(watcher);
        recount();
        return watcher;
    }

    /** Ends watch {@code watchId} of {@code peer}; false when it has no such watch. */
    boolean remove(WatchPeer peer, long watchId) {
        for (Watcher watcher : watchers) {
            if (watcher.peer() == peer && watcher.id() == watchId) {
                watcher.close();
                watchers.remove(watcher);
                recount();
                return true;
            }
        }
        return false;
    }

    /** The connection is gone: all its watches end. */
    void removeAll(WatchPeer peer) {
        for (Watcher watcher : watchers) {
            if (watcher.peer() == peer) {
                watcher.close();
                watchers.remove(watcher);
            }
        }
        recount();
    }

    /** The connection is writable again: its watches send what they hold. */
    void resume(WatchPeer peer) {
        for (Watcher watcher : watchers) {
            if (watcher.peer() == peer) {
                watcher.schedule();
            }
        }
    }

    private void recount() {
        boolean any = false;
        for (Watcher watcher : watchers) {
            any |= watcher.wantsMessages();
        }
        anyFollowsMessages = any;
    }

    private void toAll(ChangeEvent event) {
        for (Watcher watcher : watchers) {
            watcher.offer(event);
        }
    }

    private void toMessageWatchers(ChangeEvent event) {
        for (Watcher watcher : watchers) {
            if (watcher.wantsMessages()) {
                watcher.offer(event);
            }
        }
    }

    void logged(LogLine line) {
        if (watchers.isEmpty()) {
            return;
        }
        ChangeEvent event = event(ChangeKind.LOG, 0, null, 0, null, null, -1, line, null);
        for (Watcher watcher : watchers) {
            if (watcher.wantsLog()) {
                watcher.offer(event);
            }
        }
    }

    void reflexStatusChanged(int index, Status status, String declaration) {
        toAll(event(ChangeKind.STATUS_CHANGED, 0, null, 0, null, status, index, null, declaration));
    }

    void reflexesReloaded(String summary) {
        toAll(event(ChangeKind.REFLEXES_RELOADED, 0, null, 0, null, null, -1, null, summary));
    }

    // ---- BrokerObserver --------------------------------------------------------------------

    @Override
    public void registered(Instance instance) {
        toAll(event(ChangeKind.REGISTERED, instance.id(), instance.who(), 0, null, null, -1, null,
                instance.isAdministration() ? "administration service" : null));
    }

    @Override
    public void unregistered(Instance instance) {
        toAll(event(ChangeKind.UNREGISTERED, instance.id(), instance.who(), 0, null, null, -1, null, null));
    }

    @Override
    public boolean followsMessages() {
        return anyFollowsMessages;
    }

    @Override
    public void posted(Message seed, int recipients, boolean waiting) {
        toMessageWatchers(event(ChangeKind.POSTED, 0, seed.from(), seed.id(),
                waiting ? MailboxRef.server(AdminViews.sectionOf(seed)) : null, null, -1, null,
                seed.event() + " to " + seed.to() + ", " + recipients + (recipients == 1 ? " recipient" : " recipients")));
    }

    @Override
    public void delivered(Instance recipient, Message message) {
        toMessageWatchers(event(ChangeKind.DELIVERED, recipient.id(), recipient.who(), message.id(), null, null, -1, null, null));
    }

    @Override
    public void acknowledged(Instance recipient, long messageId) {
        toMessageWatchers(event(ChangeKind.ACKNOWLEDGED, recipient.id(), recipient.who(), messageId, null, null, -1, null, null));
    }

    @Override
    public void deleted(Instance from, Message message) {
        MailboxRef mailbox = from != null ? MailboxRef.service(from.id()) : MailboxRef.server(AdminViews.sectionOf(message));
        toAll(event(ChangeKind.DELETED, from == null ? 0 : from.id(), from == null ? null : from.who(), message.id(),
                mailbox, null, -1, null, null));
    }

    /** Too many deletes to send one by one: every watcher re-reads what it shows. */
    @Override
    public void purged(ServiceUser target, int count) {
        toAll(event(ChangeKind.RESYNC_NEEDED, 0, target, 0, null, null, -1, null, "purged " + count + " messages of " + target));
    }

    @Override
    public void serverStatusChanged(boolean enabled) {
        toAll(event(ChangeKind.STATUS_CHANGED, 0, null, 0, null, Status.of(enabled), -1, null, "server"));
    }

    @Override
    public void instanceStatusChanged(Instance instance, boolean enabled) {
        toAll(event(ChangeKind.STATUS_CHANGED, instance.id(), instance.who(), 0, null, Status.of(enabled), -1, null, null));
    }

    @Override
    public void routerChanged(String name) {
        toAll(event(ChangeKind.ROUTER_CHANGED, 0, null, 0, null, null, -1, null, name));
    }

    private static ChangeEvent event(ChangeKind kind, long instanceId, ServiceUser who, long messageId, MailboxRef mailbox,
            Status status, int reflexIndex, LogLine log, String detail) {
        return new ChangeEvent(kind, 0, System.currentTimeMillis(), instanceId, who, messageId, mailbox, status, reflexIndex,
                log, detail);
    }
}
