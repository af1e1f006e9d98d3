package org.openmom.torture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.admin.AdminException;
import org.openmom.admin.AdminSession;
import org.openmom.admin.DeleteResult;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageFlag;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.Status;

/**
 * R8's administrator who deletes: reads a page of a random service instance's mailbox or of the
 * server's persistent message seeds, deletes a few of its messages, and disables or re-enables a
 * random instance. The persistent messages it deleted are entered in the ledger as excused: the
 * books then say delivered, deleted, or lost.
 */
final class DeletingAdministrator implements AutoCloseable {
    private static final long ANSWER_SECONDS = 60;
    private static final int PAGE = 50;

    private final AdminSession session;
    private final Ledger ledger;
    private final Watchdog watchdog;
    private final Random random;
    private final AtomicLong deleted = new AtomicLong();
    private final Set<String> persistentDeleted = ConcurrentHashMap.newKeySet();
    private final AtomicLong statusChanges = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();

    DeletingAdministrator(AdminSession session, Ledger ledger, Watchdog watchdog, Random random) {
        this.session = session;
        this.ledger = ledger;
        this.watchdog = watchdog;
        this.random = random;
    }

    void cycle() throws Exception {
        List<ServiceInfo> services = answer(session.snapshot()).services().stream()
                .filter(s -> s.who().service().equals(StressService.SERVICE)).toList();
        MailboxRef mailbox = services.isEmpty() || random.nextInt(4) == 0
                ? MailboxRef.server(MailboxKind.PERSISTENT_MESSAGE_SEEDS)
                : MailboxRef.service(services.get(random.nextInt(services.size())).instanceId());
        MailboxPage page = answer(session.mailbox(MailboxQuery.first(mailbox, PAGE)));
        if (page != null) {
            deleteSome(page);
        }
        if (!services.isEmpty()) {
            ServiceInfo instance = services.get(random.nextInt(services.size()));
            answer(session.setServiceStatus(instance.instanceId(), random.nextBoolean() ? Status.DISABLED : Status.ENABLED));
            statusChanges.incrementAndGet();
        }
    }

    private void deleteSome(MailboxPage page) throws Exception {
        List<MessageSummary> chosen = new ArrayList<>();
        for (MessageSummary message : page.messages()) {
            if (random.nextInt(4) == 0) {
                chosen.add(message);
            }
        }
        if (chosen.isEmpty()) {
            return;
        }
        DeleteResult result = answer(session.delete(page.mailbox(), chosen.stream().map(MessageSummary::id).toList()));
        if (result == null) {
            return;
        }
        Set<Long> notFound = new HashSet<>(result.notFound());
        List<String> keys = new ArrayList<>();
        for (MessageSummary message : chosen) {
            if (!notFound.contains(message.id()) && message.has(MessageFlag.PERSISTENT)) {
                keys.add(Ledger.keyOf(message.preview()));
            }
        }
        ledger.excuse(keys);
        persistentDeleted.addAll(keys);
        deleted.addAndGet(result.deleted());
    }

    /**
     * The server's answer, or null when it refused — the instance acted on left between the
     * snapshot and the request, as it may while services come and go. Either is progress.
     */
    private <T> T answer(CompletableFuture<T> request) throws Exception {
        try {
            T value = request.get(ANSWER_SECONDS, TimeUnit.SECONDS);
            watchdog.progress();
            return value;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof AdminException)) {
                throw e;
            }
            refusals.incrementAndGet();
            watchdog.progress();
            return null;
        }
    }

    long deleted() {
        return deleted.get();
    }

    /** The keys of the confirmed persistent messages it deleted. */
    Set<String> persistentDeleted() {
        return Set.copyOf(persistentDeleted);
    }

    /** Requests the server refused because their instance had left. */
    long refusals() {
        return refusals.get();
    }

    long statusChanges() {
        return statusChanges.get();
    }

    @Override
    public void close() {
        session.close();
    }
}
