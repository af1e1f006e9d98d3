package org.openmom.app.explorer.overview;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.MailboxKind;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.PageOrder;
import org.openmom.admin.RouterInfo;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.app.explorer.tree.NodeKind;
import org.openmom.app.explorer.tree.ServerConnection;

/**
 * The overview of a group node (a server, its Services, Administration Services, Routers or
 * Server Mailbox): every mailbox under it with its depth, messages in flight, in and out rates,
 * the age of its oldest message and who takes its messages. It reads the server again every
 * {@link Ticker#PERIOD} while it is shown.
 */
public final class OverviewModel {
    private static final MailboxKind[] SECTIONS = {
        MailboxKind.MESSAGE_SEEDS, MailboxKind.PERSISTENT_MESSAGE_SEEDS, MailboxKind.GLOBAL_MESSAGES, MailboxKind.GLOBAL_MESSAGE_SEEDS
    };

    /** One mailbox of the overview, as the table shows it. */
    public record Row(String mailbox, int depth, int inFlight, String inRate, String outRate, String oldest, String consumer) {}

    /** A mailbox to look at, with what the snapshot says of it. */
    private record Watched(String name, MailboxRef ref, int inFlight, String consumer) {}

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final Ticker ticker;
    private final Map<MailboxRef, MailboxSample> samples = new HashMap<>();
    private ExplorerNode group;
    /** Counts the looks: the answers of an older one are dropped. */
    private long looks;

    public OverviewModel(BackgroundWork background) {
        ticker = new Ticker(background, this::look);
    }

    /** Whether {@code node} has an overview: a node that holds mailboxes. */
    public static boolean applies(ExplorerNode node) {
        return node != null && node.connection() != null && switch (node.kind()) {
            case SERVER, SERVICES, ADMINISTRATION_SERVICES, ROUTERS, SERVER_MAILBOX -> true;
            default -> false;
        };
    }

    /** Shows the mailboxes under {@code node} and follows them. */
    public void show(ExplorerNode node) {
        boolean same = group != null && node.key().equals(group.key()) && node.connection() == group.connection();
        group = node;
        title.set("Overview of " + describe(node));
        if (!same) {
            samples.clear();
            rows.clear();
            state.set("Reading…");
            ticker.start();
        }
    }

    /** Shows nothing and stops reading. */
    public void clear() {
        ticker.stop();
        group = null;
        looks++;
        samples.clear();
        rows.clear();
    }

    private void look() {
        ExplorerNode node = group;
        long look = ++looks;
        node.connection().sample(snapshot -> {
            if (look == looks) {
                read(node, look, watched(node.kind(), snapshot));
            }
        }, error -> {
            if (look == looks) {
                state.set("Cannot read " + node.connection() + ": " + error);
            }
        });
    }

    /** Reads the oldest message and the newest ones of each mailbox; the rows change once all are in. */
    private void read(ExplorerNode node, long look, List<Watched> mailboxes) {
        Row[] read = new Row[mailboxes.size()];
        int[] left = {mailboxes.size()};
        if (mailboxes.isEmpty()) {
            rows.clear();
            state.set("No mailbox under " + describe(node));
            return;
        }
        for (int i = 0; i < mailboxes.size(); i++) {
            Watched mailbox = mailboxes.get(i);
            int index = i;
            MailboxQuery newest = MailboxQuery.first(mailbox.ref(), MailboxSample.WINDOW).ordered(PageOrder.NEWEST_FIRST).withPreview(0);
            node.connection().page(newest, newestPage -> node.connection().page(MailboxQuery.first(mailbox.ref(), 1).withPreview(0),
                    oldestPage -> {
                        if (look != looks) {
                            return;
                        }
                        read[index] = row(mailbox, newestPage, oldestPage);
                        if (--left[0] == 0) {
                            rows.setAll(read);
                            state.set(mailboxes.size() + " mailbox" + (mailboxes.size() == 1 ? "" : "es") + ", read every "
                                    + Ticker.PERIOD.toSeconds() + " s; rates per second since the last read");
                        }
                    }, error -> failed(look, error)), error -> failed(look, error));
        }
    }

    private void failed(long look, String error) {
        if (look == looks) {
            state.set("Cannot read a mailbox: " + error);
        }
    }

    private Row row(Watched mailbox, MailboxPage newest, MailboxPage oldest) {
        long now = System.currentTimeMillis();
        MailboxSample sample = MailboxSample.of(now, newest.total(), newest.messages());
        MailboxSample before = samples.put(mailbox.ref(), sample);
        MailboxSample.Rates rates = before == null ? null : sample.since(before, newest.messages());
        String age = oldest.messages().isEmpty() ? "—" : age(now - oldest.messages().get(0).postedAtMillis());
        return new Row(mailbox.name(), newest.total(), mailbox.inFlight(), rates == null ? "…" : rates.inText(),
                rates == null ? "…" : rates.outText(), age, mailbox.consumer());
    }

    private static List<Watched> watched(NodeKind kind, ServerSnapshot snapshot) {
        List<Watched> mailboxes = new ArrayList<>();
        if (kind == NodeKind.SERVER || kind == NodeKind.SERVICES) {
            snapshot.services().forEach(s -> mailboxes.add(service(s)));
        }
        if (kind == NodeKind.ADMINISTRATION_SERVICES) {
            snapshot.administrationServices().forEach(s -> mailboxes.add(service(s)));
        }
        if (kind == NodeKind.SERVER || kind == NodeKind.ROUTERS) {
            for (RouterInfo router : snapshot.routers()) {
                if (router.queueId() > 0) {
                    mailboxes.add(new Watched("Waiting in router " + router.name(), MailboxRef.service(router.queueId()), 0,
                            "router → " + router.targetLabel() + " (" + router.state() + ")"));
                }
            }
        }
        if (kind == NodeKind.SERVER || kind == NodeKind.SERVER_MAILBOX) {
            for (MailboxKind section : SECTIONS) {
                mailboxes.add(new Watched("Server Mailbox: " + section.displayName(), MailboxRef.server(section), 0,
                        section == MailboxKind.PERSISTENT_MESSAGE_SEEDS ? "waits for its recipients to register" : "—"));
            }
        }
        return mailboxes;
    }

    private static Watched service(ServiceInfo service) {
        return new Watched("Mailbox of " + service.who() + " #" + service.instanceId(), MailboxRef.service(service.instanceId()),
                service.inFlight(), service.who() + " #" + service.instanceId() + " (" + String.valueOf(service.deliveryMode()).toLowerCase()
                        + (service.status().isEnabled() ? "" : ", disabled") + ")");
    }

    private static String describe(ExplorerNode node) {
        return node.kind() == NodeKind.SERVER ? node.connection().name()
                : node.text().replaceAll(" \\(\\d+\\)$", "") + " on " + node.connection().name();
    }

    /** {@code 45 s}, {@code 12 min}, {@code 3 h 05 min}, {@code 2 d 04 h}. */
    static String age(long millis) {
        Duration d = Duration.ofMillis(Math.max(0, millis));
        if (d.toMinutes() < 1) {
            return d.toSeconds() + " s";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        if (d.toDays() < 1) {
            return String.format("%d h %02d min", d.toHours(), d.toMinutesPart());
        }
        return String.format("%d d %02d h", d.toDays(), d.toHoursPart());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Overview of Services on Demo/1". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** How many mailboxes and how often they are read, or why they cannot be. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}
